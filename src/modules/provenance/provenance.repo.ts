// Builds evidence and citations from the dataset's text layer: the sentence (or endnote text,
// or byline) that holds a quote with a selector into it, and the endnote behind it with the
// works it cites resolved through Ibid and op. cit.
import type { DocumentLayer, TextLayer } from "../../dataset/text.ts";
import type { Citation, Evidence } from "./provenance.schemas.ts";

const CONTEXT = 32;

export interface AnchorRef {
  /** The document the quote is in. */
  documentId: string;
  sentenceId: string | null;
  inEndnote: number | null;
  inByline: boolean;
  start: number;
  end: number;
}

export type CitationRule = Citation["rule"];
export type CitationScope = Citation["scope"];

/** A quote and position selector over a text given as code points. */
function selector(chars: string[], start: number, end: number, into: string): Evidence["selector"] {
  return {
    exact: chars.slice(start, end).join(""),
    prefix: chars.slice(Math.max(0, start - CONTEXT), start).join(""),
    suffix: chars.slice(end, end + CONTEXT).join(""),
    start,
    end,
    in: into,
  };
}

/** The sentence of an endnote's text around a quote: from the previous ". " to the next. */
function endnoteSentence(chars: string[], start: number, end: number): string {
  const text = chars.join("");
  const before = chars.slice(0, start).join("");
  const stop = before.lastIndexOf(". ");
  const from = stop === -1 ? 0 : stop + 2;
  const afterQuote = chars.slice(0, end).join("").length;
  const next = text.indexOf(". ", afterQuote - 1);
  return text.slice(from, next === -1 ? text.length : next + 1).trim();
}

export function evidenceOf(layer: TextLayer, anchor: AnchorRef): Evidence {
  const { start, end } = anchor;
  const text = layer.need(anchor.documentId);
  const document = text.id;
  const sentence = anchor.sentenceId ? text.sentences.get(anchor.sentenceId) : undefined;
  const section = sentence ? text.sections.get(sentence.sectionId) : undefined;
  if (sentence && section) {
    return {
      document,
      text: sentence.plainText,
      sentenceId: sentence.id,
      section: { id: section.id, heading: section.heading },
      selector: selector(text.documentText, start, end, "document"),
    };
  }
  if (anchor.inByline) {
    return {
      document,
      text: text.byline.join(""),
      sentenceId: null,
      section: { id: "byline", heading: "About the author" },
      selector: selector(text.byline, start, end, "byline"),
    };
  }
  const n = anchor.inEndnote ?? 0;
  const chars = Array.from(text.endnotes.get(n)?.text ?? "");
  return {
    document,
    text: endnoteSentence(chars, start, end),
    sentenceId: null,
    section: { id: "endnotes", heading: `Endnote ${n}` },
    selector: selector(chars, start, end, `endnote:${n}`),
  };
}

/** The citation behind a quote of `text`'s document: its endnote `n` resolved to the works it cites. */
export function citationOf(
  text: DocumentLayer,
  n: number | null,
  rule: CitationRule,
  reason: string | null = null,
  scope: CitationScope = null,
): Citation {
  const note = n == null ? undefined : text.endnotes.get(n);
  if (n == null || !note) {
    return {
      document: text.id,
      endnote: null,
      text: null,
      kind: null,
      refersTo: null,
      chain: [],
      pages: null,
      source: null,
      sources: [],
      rule,
      reason,
      scope: null,
    };
  }
  const sources = text.sourcesOf(n);
  return {
    document: text.id,
    endnote: n,
    text: note.text,
    kind: note.kind,
    refersTo: note.refersTo,
    chain: text.chain(n),
    pages: note.pages,
    source: sources[0] ?? null,
    sources,
    rule,
    reason,
    scope,
  };
}
