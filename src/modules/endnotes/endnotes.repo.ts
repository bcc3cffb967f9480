// Endnotes as the API shows them, read from the dataset's text layer.
import type { CoreDataset } from "../../dataset/core.ts";
import type { Endnote } from "./endnotes.schemas.ts";

export function endnoteView(data: CoreDataset, n: number): Endnote | null {
  const p = data.text;
  const row = p.endnotes.get(n);
  if (!row) return null;
  const sources = p.sourcesOf(n);
  const sentence = row.markerSentenceId ? p.sentences.get(row.markerSentenceId) : undefined;
  const section = sentence ? p.sections.get(sentence.sectionId) : undefined;
  const claims = p.claimsByEndnote.get(n) ?? [];
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
    problems: row.problems,
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
  data: CoreDataset,
  filters: { kind?: Endnote["kind"]; source?: string },
  limit: number,
  after: number | null,
): number[] {
  const p = data.text;
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
