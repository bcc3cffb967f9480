// Seeding as the server and the CLI use it: build when missing or stale, and a coverage report.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { buildHashOf, loadDataset, type SeedData } from "./dataset.ts";
import { writeDatabase } from "./writeDatabase.ts";

/** True when the database is missing, unreadable, or was built from other inputs or code. */
export function isStale(databasePath: string, seedDir: string): boolean {
  if (!existsSync(databasePath)) return true;
  try {
    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT value FROM meta WHERE key = 'build_hash'").get() as
        | { value: string }
        | undefined;
      return row?.value !== buildHashOf(seedDir);
    } finally {
      db.close();
    }
  } catch {
    return true;
  }
}

export function seedDatabase(databasePath: string, seedDir: string): SeedData {
  const dataset = loadDataset(seedDir);
  writeDatabase(databasePath, dataset);
  return dataset;
}

/** Builds the database when it is missing or stale; says whether it did. */
export function ensureDatabase(databasePath: string, seedDir: string): { built: boolean; ms: number } {
  const started = performance.now();
  if (!isStale(databasePath, seedDir)) return { built: false, ms: performance.now() - started };
  seedDatabase(databasePath, seedDir);
  return { built: true, ms: performance.now() - started };
}

export interface CoverageReport {
  bodySentences: number;
  sentencesWithClaim: number;
  share: number;
  sentencesWithoutClaim: { id: string; text: string }[];
  endnotesWithoutClaim: number[];
  entitiesWithoutMention: string[];
  /**
   * Claims whose endnote's explanatory text (for a bare citation, the cited work's title) shares
   * no content word with the claim's sentence: the endnote may be about something else, and the
   * claim's `note` should say so.
   */
  claimsWithUnrelatedEndnote: { id: string; endnote: number; scope: string | null; noted: boolean }[];
  claimsByKind: Record<string, number>;
  counts: Record<string, number>;
}

/** Words that carry no content of their own, for comparing a sentence with an endnote. */
const FUNCTION_WORDS = new Set(
  "about above after again against also among another been before being between both but could does during each from further have having here into itself more most much must other over same should since some such than that their them then there these they this those through under until upon very were what when where which while whom will with within without would your".split(
    " ",
  ),
);

/** The content words of a text: four letters or more, lower-cased, a plural "s" dropped. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(
    words.filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w)).map((w) => w.replace(/(?<=\w{3})s$/, "")),
  );
}

/** A word in more than this share of the body's sentences is too common to tie a sentence to an endnote. */
const COMMON_SHARE = 0.1;

function claimsWithUnrelatedEndnote(data: SeedData): CoverageReport["claimsWithUnrelatedEndnote"] {
  const { document, notes, anchored } = data;
  const sentences = new Map(document.sentences.map((s) => [s.id, s.plainText]));
  // Words most sentences share ("Russia", "Japan") tie an endnote to nothing in particular.
  const frequency = new Map<string, number>();
  for (const text of sentences.values())
    for (const w of contentWords(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const common = (w: string) => (frequency.get(w) ?? 0) > sentences.size * COMMON_SHARE;
  // Only endnotes that explain something: a bare citation's words are a title and a publisher.
  const explanatory = new Map(
    notes.endnotes
      .filter((e) => e.note)
      .map((e) => [e.n, [...contentWords(e.note!)].filter((w) => !common(w))]),
  );
  return anchored.claims
    .filter((c) => c.sentenceId !== null && c.endnoteN !== null && explanatory.has(c.endnoteN))
    .filter((c) => {
      const said = contentWords(sentences.get(c.sentenceId!) ?? "");
      return !explanatory.get(c.endnoteN!)!.some((w) => said.has(w));
    })
    .map((c) => ({
      id: c.input.id,
      endnote: c.endnoteN!,
      scope: c.citationScope,
      noted: Boolean(c.input.note?.toLowerCase().includes(`endnote ${c.endnoteN}`)),
    }));
}

export function coverageReport(data: SeedData): CoverageReport {
  const { document, notes, anchored } = data;
  const claimed = new Set(anchored.claims.map((c) => c.sentenceId).filter((id): id is string => id != null));
  const backed = new Set(anchored.claims.map((c) => c.endnoteN).filter((n): n is number => n != null));
  const mentioned = new Set(anchored.mentions.map((m) => m.entityId));
  const claimsByKind: Record<string, number> = {};
  for (const c of anchored.claims) claimsByKind[c.input.kind] = (claimsByKind[c.input.kind] ?? 0) + 1;
  const sentencesWithClaim = document.sentences.filter((s) => claimed.has(s.id)).length;
  return {
    bodySentences: document.sentences.length,
    sentencesWithClaim,
    share: document.sentences.length ? sentencesWithClaim / document.sentences.length : 0,
    sentencesWithoutClaim: document.sentences
      .filter((s) => !claimed.has(s.id))
      .map((s) => ({ id: s.id, text: s.plainText })),
    endnotesWithoutClaim: notes.endnotes.map((e) => e.n).filter((n) => !backed.has(n)),
    entitiesWithoutMention: anchored.entities
      .map((e) => e.entity.input.id)
      .filter((id) => !mentioned.has(id)),
    claimsWithUnrelatedEndnote: claimsWithUnrelatedEndnote(data),
    claimsByKind,
    counts: {
      sections: document.sections.length,
      paragraphs: document.paragraphs.length,
      sentences: document.sentences.length,
      endnotes: notes.endnotes.length,
      sources: notes.sources.length,
      entities: anchored.entities.length,
      claims: anchored.claims.length,
      relations: anchored.relations.length,
      mentions: anchored.mentions.length,
    },
  };
}

export function formatReport(r: CoverageReport): string {
  const lines = [
    `counts: ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `claims by kind: ${Object.entries(r.claimsByKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `body sentences carrying a claim: ${r.sentencesWithClaim}/${r.bodySentences} (${(r.share * 100).toFixed(1)}%)`,
    ...r.sentencesWithoutClaim.map((s) => `  without a claim: ${s.id} ${s.text}`),
    `endnotes backing no claim: ${r.endnotesWithoutClaim.length ? r.endnotesWithoutClaim.join(", ") : "none"}`,
    `entities with no mention: ${r.entitiesWithoutMention.length ? r.entitiesWithoutMention.join(", ") : "none"}`,
    `claims whose endnote shares no content word with their sentence: ${r.claimsWithUnrelatedEndnote.length}`,
    ...r.claimsWithUnrelatedEndnote.map(
      (c) =>
        `  ${c.id}: endnote ${c.endnote} (${c.scope} scope)${c.noted ? ", noted" : ", no note names the endnote"}`,
    ),
  ];
  return lines.join("\n");
}
