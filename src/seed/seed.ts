// Seeding as the server and the CLI use it: build when missing or stale, and a coverage report.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { buildHashOf, type Dataset, loadDataset } from "./dataset.ts";
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

export function seedDatabase(databasePath: string, seedDir: string): Dataset {
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
  claimsByKind: Record<string, number>;
  counts: Record<string, number>;
}

export function coverageReport(data: Dataset): CoverageReport {
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
  ];
  return lines.join("\n");
}
