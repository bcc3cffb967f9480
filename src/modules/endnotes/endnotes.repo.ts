import { asc, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/open.ts";
import * as t from "../../db/schema.ts";
import { provenanceOf } from "../provenance/provenance.repo.ts";
import type { Endnote } from "./endnotes.schemas.ts";

const claimIndexes = new WeakMap<Db, Map<number, string[]>>();

/** The claims each endnote backs, in reading order: one query per database, not one per endnote. */
function claimIdsByEndnote(db: Db): Map<number, string[]> {
  let index = claimIndexes.get(db);
  if (!index) {
    index = new Map();
    const rows = db
      .select({ id: t.claims.id, n: t.claims.endnoteN })
      .from(t.claims)
      .where(isNotNull(t.claims.endnoteN))
      .orderBy(asc(t.claims.ordinal))
      .all();
    for (const { id, n } of rows) index.set(n!, [...(index.get(n!) ?? []), id]);
    claimIndexes.set(db, index);
  }
  return index;
}

export function endnoteView(db: Db, n: number): Endnote | null {
  const p = provenanceOf(db);
  const row = p.endnotes.get(n);
  if (!row) return null;
  const sources = p.sourcesOf(n);
  const sentence = row.markerSentenceId ? p.sentences.get(row.markerSentenceId) : undefined;
  const section = sentence ? p.sections.get(sentence.sectionId) : undefined;
  const claims = claimIdsByEndnote(db).get(n) ?? [];
  return {
    n: row.n,
    text: row.text,
    kind: row.kind,
    refersTo: row.refersTo,
    chain: p.chain(n),
    source: sources[0] ?? null,
    sources,
    citations: (p.endnoteSources.get(n) ?? []).map(({ sourceId, form, refersTo, pages }) => ({
      sourceId,
      form,
      refersTo,
      pages,
    })),
    pages: row.pages,
    accessed: row.accessed,
    note: row.note,
    problems: JSON.parse(row.problems),
    markerContext:
      sentence && section && row.markerOffset != null
        ? {
            sentenceId: sentence.id,
            sentence: sentence.plainText,
            section: { id: section.id, heading: section.heading },
            offset: row.markerOffset,
          }
        : null,
    claims,
  };
}

export function listEndnoteNumbers(
  db: Db,
  filters: { kind?: Endnote["kind"]; source?: string },
  limit: number,
  after: number | null,
): number[] {
  const p = provenanceOf(db);
  return [...p.endnotes.values()]
    .filter((e) => after === null || e.n > after)
    .filter((e) => !filters.kind || e.kind === filters.kind)
    .filter(
      (e) => !filters.source || (p.endnoteSources.get(e.n) ?? []).some((s) => s.sourceId === filters.source),
    )
    .sort((a, b) => a.n - b.n)
    .slice(0, limit + 1)
    .map((e) => e.n);
}
