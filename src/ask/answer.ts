// The direct answer: one or two sentences in the article's own words, each claim's quote with
// its endnote number, e.g. "In 2001, Putin affirmed that the 1956 Declaration was still valid [16]."
// Nothing is added but the bracketed endnote and a closing full stop; a question about sources
// also gets each endnote's own text ("[24] Kanwal Sibal, …"), so that the cited work is named.
import { plainMarkdown, stripMarkers } from "../lib/text.ts";
import type { IndexedClaim } from "./index.ts";

export function sentenceOf(claim: IndexedClaim): string {
  let text = stripMarkers(claim.quote)
    .trim()
    .replace(/[.;,:]+$/, "");
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const note = claim.endnote !== null ? ` [${claim.endnote}]` : "";
  // A quote that ends a question or an exclamation (the title) keeps its own mark.
  return /[?!]$/.test(text) && !note ? text : `${text}${note}.`;
}

/** The direct answer from the leading claims (one per part or side, at most two); with `notes`, their endnotes' text. */
export function directAnswer(claims: IndexedClaim[], notes = false): string {
  const picked: IndexedClaim[] = [];
  for (const c of claims) {
    if (picked.length >= 2) break;
    // A second claim from the same sentence adds nothing a reader would miss.
    if (
      picked.some(
        (p) => p.id === c.id || (p.sentenceId && p.sentenceId === c.sentenceId && p.quote.includes(c.quote)),
      )
    )
      continue;
    picked.push(c);
  }
  const text = picked.map(sentenceOf).join(" ");
  if (!notes) return text;
  const cited = [...new Map(picked.filter((c) => c.noteText).map((c) => [c.endnote, c.noteText])).entries()];
  return [text, ...cited.map(([n, note]) => `[${n}] ${plainMarkdown(note).trim()}`)].join(" ");
}
