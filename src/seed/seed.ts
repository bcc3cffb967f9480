// Seeding as the server and the CLI use it: build when missing or stale, and a coverage report.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { buildHashOf, loadDataset, type SeedData } from "./dataset.ts";
import { writeDatabase } from "./writeDatabase.ts";

export { isOurDatabase } from "../db/meta.ts";

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
  sentencesWithoutClaim: { document: string; id: string; text: string }[];
  endnotesWithoutClaim: { document: string; n: number }[];
  entitiesWithoutMention: string[];
  /**
   * Claims whose endnote's explanatory text (for a bare citation, the cited work's title) shares
   * no content word with the claim's sentence: the endnote may be about something else, and the
   * claim's `note` should say so.
   */
  claimsWithUnrelatedEndnote: {
    id: string;
    document: string;
    endnote: number;
    scope: string | null;
    noted: boolean;
  }[];
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

/** A sentence's or endnote's key across documents. */
const keyOf = (document: string, id: string | number) => `${document}#${id}`;

function claimsWithUnrelatedEndnote(data: SeedData): CoverageReport["claimsWithUnrelatedEndnote"] {
  const { documents, anchored } = data;
  const sentences = new Map(
    documents.flatMap(({ document }) =>
      document.sentences.map((s) => [keyOf(document.id, s.id), s.plainText]),
    ),
  );
  // Words most sentences share ("Russia", "Japan") tie an endnote to nothing in particular.
  const frequency = new Map<string, number>();
  for (const text of sentences.values())
    for (const w of contentWords(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const common = (w: string) => (frequency.get(w) ?? 0) > sentences.size * COMMON_SHARE;
  // Only endnotes that explain something: a bare citation's words are a title and a publisher.
  const explanatory = new Map(
    documents.flatMap(({ document, notes }) =>
      notes.endnotes.flatMap((e) =>
        e.note
          ? [[keyOf(document.id, e.n), [...contentWords(e.note)].filter((w) => !common(w))] as const]
          : [],
      ),
    ),
  );
  return anchored.claims.flatMap((c) => {
    if (c.sentenceId === null || c.endnoteN === null) return [];
    const words = explanatory.get(keyOf(c.documentId, c.endnoteN));
    if (!words) return [];
    const said = contentWords(sentences.get(keyOf(c.documentId, c.sentenceId)) ?? "");
    if (words.some((w) => said.has(w))) return [];
    return [
      {
        id: c.input.id,
        document: c.documentId,
        endnote: c.endnoteN,
        scope: c.citationScope,
        noted: Boolean(c.input.note?.toLowerCase().includes(`endnote ${c.endnoteN}`)),
      },
    ];
  });
}

/** What the curated files cover of every document's text, summed over the documents. */
export function coverageReport(data: SeedData): CoverageReport {
  const { documents, anchored } = data;
  const claimed = new Set(
    anchored.claims.flatMap((c) => (c.sentenceId === null ? [] : [keyOf(c.documentId, c.sentenceId)])),
  );
  const backed = new Set(
    anchored.claims.flatMap((c) => (c.endnoteN === null ? [] : [keyOf(c.documentId, c.endnoteN)])),
  );
  const mentioned = new Set(anchored.mentions.map((m) => m.entityId));
  const claimsByKind: Record<string, number> = {};
  for (const c of anchored.claims) claimsByKind[c.input.kind] = (claimsByKind[c.input.kind] ?? 0) + 1;
  const sentences = documents.flatMap(({ document }) =>
    document.sentences.map((s) => ({ document: document.id, id: s.id, text: s.plainText })),
  );
  const sentencesWithClaim = sentences.filter((s) => claimed.has(keyOf(s.document, s.id))).length;
  const total = (count: (d: (typeof documents)[number]) => number) =>
    documents.reduce((sum, d) => sum + count(d), 0);
  return {
    bodySentences: sentences.length,
    sentencesWithClaim,
    share: sentences.length ? sentencesWithClaim / sentences.length : 0,
    sentencesWithoutClaim: sentences.filter((s) => !claimed.has(keyOf(s.document, s.id))),
    endnotesWithoutClaim: documents.flatMap(({ document, notes }) =>
      notes.endnotes
        .filter((e) => !backed.has(keyOf(document.id, e.n)))
        .map((e) => ({ document: document.id, n: e.n })),
    ),
    entitiesWithoutMention: anchored.entities
      .map((e) => e.entity.input.id)
      .filter((id) => !mentioned.has(id)),
    claimsWithUnrelatedEndnote: claimsWithUnrelatedEndnote(data),
    claimsByKind,
    counts: {
      documents: documents.length,
      sections: total((d) => d.document.sections.length),
      paragraphs: total((d) => d.document.paragraphs.length),
      sentences: sentences.length,
      endnotes: total((d) => d.notes.endnotes.length),
      sources: total((d) => d.notes.sources.length),
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
    ...r.sentencesWithoutClaim.map((s) => `  without a claim: ${s.document} ${s.id} ${s.text}`),
    `endnotes backing no claim: ${r.endnotesWithoutClaim.length ? r.endnotesWithoutClaim.map((e) => `${e.document} ${e.n}`).join(", ") : "none"}`,
    `entities with no mention: ${r.entitiesWithoutMention.length ? r.entitiesWithoutMention.join(", ") : "none"}`,
    `claims whose endnote shares no content word with their sentence: ${r.claimsWithUnrelatedEndnote.length}`,
    ...r.claimsWithUnrelatedEndnote.map(
      (c) =>
        `  ${c.id}: ${c.document} endnote ${c.endnote} (${c.scope} scope)${c.noted ? ", noted" : ", no note names the endnote"}`,
    ),
  ];
  return lines.join("\n");
}
