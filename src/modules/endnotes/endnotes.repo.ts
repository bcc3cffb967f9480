// Endnotes as the API shows them, read from the dataset's text layer: one document's endnote
// by its number (the unscoped /v1/endnotes paths pass the original article).
import type { DocumentLayer } from "../../dataset/text.ts";
import type { Endnote } from "./endnotes.schemas.ts";

export function endnoteView(p: DocumentLayer, n: number): Endnote | null {
  const row = p.endnotes.get(n);
  if (!row) return null;
  const sources = p.sourcesOf(n);
  const sentence = row.markerSentenceId ? p.sentences.get(row.markerSentenceId) : undefined;
  const section = sentence ? p.sections.get(sentence.sectionId) : undefined;
  const claims = p.claimsByEndnote.get(n) ?? [];
  return {
    document: p.id,
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

/** One page of a document's endnotes, in order, after `after`; limit + 1 of them. */
export function listEndnotes(
  p: DocumentLayer,
  filters: { kind?: Endnote["kind"]; source?: string },
  limit: number,
  after: number | null,
): Endnote[] {
  return [...p.endnotes.values()]
    .filter((e) => after === null || e.n > after)
    .filter((e) => !filters.kind || e.kind === filters.kind)
    .filter(
      (e) => !filters.source || (p.endnoteSources.get(e.n) ?? []).some((s) => s.sourceId === filters.source),
    )
    .sort((a, b) => a.n - b.n)
    .slice(0, limit + 1)
    .flatMap((e) => {
      const view = endnoteView(p, e.n);
      return view ? [view] : [];
    });
}
