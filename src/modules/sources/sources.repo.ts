// Cited works of one document (the unscoped /v1/sources paths pass the original article), read
// from the dataset's text layer, each with the endnotes that cite it.
import type { DocumentLayer, SourceRow } from "../../dataset/text.ts";
import type { SourceWithEndnotes } from "./sources.schemas.ts";

function withEndnotes(p: DocumentLayer, source: SourceRow): SourceWithEndnotes {
  const endnotes = [...p.endnoteSources.entries()]
    .flatMap(([n, rows]) =>
      rows.filter((r) => r.sourceId === source.id).map((r) => ({ n, form: r.form, pages: r.pages })),
    )
    .sort((a, b) => a.n - b.n);
  return { ...source, endnotes };
}

/** One page of a document's cited works by id, after `after`, whose author, title or publication hold every word of `q`; limit + 1 of them. */
export function listSources(
  p: DocumentLayer,
  q: string | undefined,
  limit: number,
  after: string | null,
): SourceWithEndnotes[] {
  const words = q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return [...p.sources.values()]
    .filter((s) => after === null || s.id > after)
    .filter((s) => {
      const hay = [...s.authors, s.title ?? "", s.publication ?? ""].join(" ").toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .slice(0, limit + 1)
    .map((s) => withEndnotes(p, s));
}

/** A cited work of a document with the endnotes that cite it, or null. */
export function getSource(p: DocumentLayer, id: string): SourceWithEndnotes | null {
  const source = p.sources.get(id);
  return source ? withEndnotes(p, source) : null;
}
