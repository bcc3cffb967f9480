// Builds evidence and citations from the dataset's text layer: the sentence (or endnote text,
// or line outside the body: title, byline, disclaimer) that holds a quote with a selector into it, and the endnote behind it with the
// works it cites resolved through Ibid and op. cit.
import type { DocumentLayer, TextLayer } from "../../dataset/text.ts";
import type { MetadataUnit } from "../../domain/enums.ts";
import type { Anchor } from "../../graph/anchor.ts";
import type { Citation, Evidence } from "./provenance.schemas.ts";

const CONTEXT = 32;

/** The section a quote of a line outside the body is shown in. */
export const LINE_HEADINGS: Record<MetadataUnit, string> = {
  title: "Title",
  byline: "About the author",
  disclaimer: "Disclaimer",
};

/** Where a quote stands, as the seed anchored it (see graph/anchor.ts). */
export type AnchorRef = Anchor;

export type CitationRule = Citation["rule"];
export type CitationScope = Citation["scope"];

/** A text given as code points, joined once, with the UTF-16 offset of each code point. */
interface CodePointText {
  text: string;
  /** offsets[i]: where code point i starts in `text`; offsets[length]: text.length. */
  offsets: Uint32Array;
}

// Built once per text (the document, the byline, an endnote) and kept while the dataset holds
// it: slicing the joined string is far cheaper than joining code points for every selector.
const indexedTexts = new WeakMap<readonly string[], CodePointText>();
const endnoteChars = new WeakMap<object, string[]>();

function indexed(chars: readonly string[]): CodePointText {
  let found = indexedTexts.get(chars);
  if (!found) {
    const offsets = new Uint32Array(chars.length + 1);
    let at = 0;
    for (let i = 0; i < chars.length; i++) {
      offsets[i] = at;
      at += chars[i]?.length ?? 0;
    }
    offsets[chars.length] = at;
    found = { text: chars.join(""), offsets };
    indexedTexts.set(chars, found);
  }
  return found;
}

/** Code points start to end (as Array.prototype.slice takes them, for 0 <= start), joined. */
function slice(t: CodePointText, start: number, end: number): string {
  const length = t.offsets.length - 1;
  const from = Math.min(start, length);
  const to = Math.min(end, length);
  return to > from ? t.text.slice(t.offsets[from], t.offsets[to]) : "";
}

/** A quote and position selector over a text given as code points. */
function selector(chars: readonly string[], start: number, end: number, into: string): Evidence["selector"] {
  const t = indexed(chars);
  return {
    exact: slice(t, start, end),
    prefix: slice(t, Math.max(0, start - CONTEXT), start),
    suffix: slice(t, end, end + CONTEXT),
    start,
    end,
    in: into,
  };
}

/** The sentence of an endnote's text around a quote: from the previous ". " to the next. */
function endnoteSentence(chars: readonly string[], start: number, end: number): string {
  const t = indexed(chars);
  const { text } = t;
  const before = slice(t, 0, start);
  const stop = before.lastIndexOf(". ");
  const from = stop === -1 ? 0 : stop + 2;
  const afterQuote = slice(t, 0, end).length;
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
  const unit = anchor.metadata ?? (anchor.inByline ? "byline" : null);
  if (unit) {
    const line = text.lines[unit];
    return {
      document,
      text: indexed(line).text,
      sentenceId: null,
      section: { id: unit, heading: LINE_HEADINGS[unit] },
      selector: selector(line, start, end, unit),
    };
  }
  const n = anchor.inEndnote ?? 0;
  const note = text.endnotes.get(n);
  let chars = note ? endnoteChars.get(note) : [];
  if (note && !chars) {
    chars = Array.from(note.text);
    endnoteChars.set(note, chars);
  }
  chars ??= [];
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

/** The columns in which a stored claim or relation keeps where its quote stands. */
interface AnchorColumns {
  documentId: string;
  sentenceId: string | null;
  inEndnote: number | null;
  inByline: boolean;
  metadata: MetadataUnit | null;
  quoteStart: number;
  quoteEnd: number;
}

/** The evidence of a stored claim or relation, from its anchor columns. */
export function evidenceOfRow(layer: TextLayer, row: AnchorColumns): Evidence {
  return evidenceOf(layer, {
    documentId: row.documentId,
    sentenceId: row.sentenceId,
    inEndnote: row.inEndnote,
    inByline: row.inByline,
    metadata: row.metadata,
    start: row.quoteStart,
    end: row.quoteEnd,
  });
}

/** The citation of a stored claim or relation, from its citation columns. */
export function citationOfRow(
  layer: TextLayer,
  row: {
    documentId: string;
    endnoteN: number | null;
    citationRule: CitationRule;
    citationReason: string | null;
    citationScope: CitationScope;
  },
): Citation {
  return citationOf(
    layer.need(row.documentId),
    row.endnoteN,
    row.citationRule,
    row.citationReason,
    row.citationScope,
  );
}
