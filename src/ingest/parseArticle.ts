// Parses the article's Markdown into its text layer: title, byline, sections (from the
// headings), paragraphs (page-break splits re-joined), sentences and endnote markers, with
// code-point offsets into the body text. Pure: no IO.
//
// Layout it relies on (the corpus file's): the title is the first block, the byline the second;
// the body follows until the author's bio ("**Dr. Indrani Talukdar is …") or "Endnotes:".

import { codePointLength, stripMarkers } from "../lib/text.ts";
import { ENDNOTES_HEADING, isListItem, splitBlocks, unescapeMarkdown, withoutAsterisks } from "./markdown.ts";
import { findMarkers, type MarkerInText } from "./markers.ts";
import { type SentenceSpan, splitSentences } from "./sentences.ts";
import { slugify } from "./slug.ts";
import type {
  CoverageRule,
  ParsedDocument,
  ParsedMarker,
  ParsedParagraph,
  ParsedSection,
  ParsedSentence,
} from "./types.ts";

export const DOCUMENT_ID = "russia-japan-reset";

export interface ParseArticleOptions {
  /** The document's id; DOCUMENT_ID by default. */
  id?: string;
}

type BodyItem = { kind: "heading"; text: string } | { kind: "paragraph"; text: string };

const PARAGRAPH_SEPARATOR = "\n\n";
const HEADING_MAX_WORDS = 10;
/** Closing headings are top-level even inside a group of sub-sections (see `buildSections`). */
const CLOSING_HEADING =
  /^(?:conclusions?|concluding remarks|summary|the way (?:forward|ahead)|way forward|epilogue|references|bibliography)$/i;
const SENTENCE_FINAL = /[.?!…]$/u;
const TRAILING_CLOSERS_AND_MARKERS = /["'’”»)\]*_⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

export function parseArticle(markdown: string, options: ParseArticleOptions = {}): ParsedDocument {
  const blocks = splitBlocks(markdown).map((lines) => lines.map(unescapeMarkdown));
  const title = withoutAsterisks((blocks[0] ?? []).join(" ").replace(/^#+\s*/, ""));
  const author = withoutAsterisks((blocks[1] ?? []).join(" "));

  const afterByline = blocks.slice(2);
  const bodyEnd = afterByline.findIndex((block) => isBio(block, author) || isEndnotesHeading(block));
  const bodyBlocks = bodyEnd === -1 ? afterByline : afterByline.slice(0, bodyEnd);
  const bio = bodyEnd === -1 ? undefined : afterByline[bodyEnd];
  const { affiliation, disclaimer, disclaimerLine, byline } =
    bio && isBio(bio, author) ? readBio(bio, author) : noBio();

  const items = rejoinPageBreaks(classifyBlocks(bodyBlocks));
  const { sections, sectionOfItem } = buildSections(items);
  const paragraphs = buildParagraphs(items, sectionOfItem);
  const { sentences, markers } = buildSentences(paragraphs);

  return {
    id: options.id ?? DOCUMENT_ID,
    title,
    author,
    affiliation,
    disclaimer,
    disclaimerLine,
    byline,
    text: paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR),
    sections,
    paragraphs,
    sentences,
    markers,
  };
}

/** The bio block opens with the byline's name: "**Dr. Indrani Talukdar is Research Fellow …". */
function isBio(block: readonly string[], author: string): boolean {
  const first = block[0];
  return author !== "" && first !== undefined && withoutAsterisks(first).startsWith(`${author} `);
}

function isEndnotesHeading(block: readonly string[]): boolean {
  return block.length === 1 && ENDNOTES_HEADING.test(block[0] ?? "");
}

interface Bio {
  affiliation: string;
  disclaimer: string | null;
  disclaimerLine: string | null;
  byline: string | null;
}

function noBio(): Bio {
  return { affiliation: "", disclaimer: null, disclaimerLine: null, byline: null };
}

/** "X is Research Fellow at …, New Delhi." gives the affiliation; "Disclaimer: …" the disclaimer. */
function readBio(block: readonly string[], author: string): Bio {
  const lines = block.map(withoutAsterisks);
  const first = lines[0] ?? "";
  const role = first.slice(author.length).match(/^\s+is\s+(.+?)\.?$/);
  const disclaimerMatch = lines.map((line) => line.match(/^disclaimer\s*:\s*(.+)$/i)).find((m) => m !== null);
  return {
    affiliation: role?.[1] ?? "",
    disclaimer: disclaimerMatch?.[1] ?? null,
    disclaimerLine: disclaimerMatch?.[0] ?? null,
    byline: first,
  };
}

/**
 * A heading is a short line standing alone (a block of one line) between paragraphs, with no
 * sentence-final punctuation, no endnote marker and no list marker, starting with a capital,
 * and followed by something that is not the lowercase rest of a split sentence.
 */
function isHeading(block: readonly string[], next: readonly string[] | undefined): boolean {
  const line = block[0];
  if (block.length !== 1 || line === undefined || next === undefined) return false;
  return (
    line.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !/[.?!…:;,]$/u.test(line) &&
    findMarkers(line).length === 0 &&
    !isListItem(line) &&
    /^[\p{Lu}\p{Nd}]/u.test(line) &&
    !STARTS_LOWERCASE.test(next[0] ?? "")
  );
}

function classifyBlocks(blocks: readonly string[][]): BodyItem[] {
  return blocks.map((block, index) => ({
    kind: isHeading(block, blocks[index + 1]) ? "heading" : "paragraph",
    text: block.join(" "),
  }));
}

/** Whether a paragraph stops mid-sentence (markers and closing quotes do not count as an end). */
function endsMidSentence(text: string): boolean {
  return !SENTENCE_FINAL.test(text.replace(TRAILING_CLOSERS_AND_MARKERS, ""));
}

/**
 * Page breaks in the source split some paragraphs mid-sentence ("… rather than to its" /
 * "traditional markets …"): a paragraph that stops without final punctuation, followed by one
 * that starts in lower case, is one paragraph, joined with a single space.
 */
function rejoinPageBreaks(items: readonly BodyItem[]): BodyItem[] {
  const joined: BodyItem[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    if (
      item.kind === "paragraph" &&
      previous?.kind === "paragraph" &&
      endsMidSentence(previous.text) &&
      STARTS_LOWERCASE.test(item.text)
    ) {
      joined[joined.length - 1] = { kind: "paragraph", text: `${previous.text} ${item.text}` };
    } else {
      joined.push(item);
    }
  }
  return joined;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || "section";
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/**
 * Sections from the headings; paragraphs before the first heading form "Introduction".
 *
 * Nesting rule (the article marks no levels, so it is read from the layout): a heading followed
 * directly by another heading has no text of its own and opens a group; the heading right after
 * it, and every later heading, is a sub-section of that group, until a heading that opens a new
 * group or a closing heading ("Conclusion", "References" …), which is top-level again. Here:
 * "Dynamics of Engagement" → "Economy and Energy", "Security and Defence"; then "Conclusion".
 */
function buildSections(items: readonly BodyItem[]): {
  sections: ParsedSection[];
  sectionOfItem: (string | null)[];
} {
  const sections: ParsedSection[] = [];
  const taken = new Set<string>();
  const sectionOfItem: (string | null)[] = [];
  const addSection = (heading: string, level: 1 | 2, parentId: string | null): string => {
    const id = uniqueId(slugify(heading), taken);
    sections.push({ id, ordinal: sections.length + 1, heading, level, parentId });
    return id;
  };

  let current: string | null = items[0]?.kind === "paragraph" ? addSection("Introduction", 1, null) : null;
  let openGroup: string | null = null;
  items.forEach((item, index) => {
    if (item.kind === "heading") {
      const previousIsHeading = items[index - 1]?.kind === "heading";
      const nextIsHeading = items[index + 1]?.kind === "heading";
      if (previousIsHeading && openGroup !== null) {
        current = addSection(item.text, 2, openGroup);
      } else if (nextIsHeading) {
        current = addSection(item.text, 1, null);
        openGroup = current;
      } else if (openGroup !== null && !CLOSING_HEADING.test(item.text)) {
        current = addSection(item.text, 2, openGroup);
      } else {
        current = addSection(item.text, 1, null);
        openGroup = null;
      }
    }
    sectionOfItem.push(current);
  });
  return { sections, sectionOfItem };
}

function buildParagraphs(
  items: readonly BodyItem[],
  sectionOfItem: readonly (string | null)[],
): ParsedParagraph[] {
  const paragraphs: ParsedParagraph[] = [];
  let offset = 0;
  items.forEach((item, index) => {
    if (item.kind !== "paragraph") return;
    const start = offset;
    const end = start + codePointLength(item.text);
    const ordinal = paragraphs.length + 1;
    // A paragraph always has a section: "Introduction" is created when the body starts with text.
    paragraphs.push({
      id: `p${ordinal}`,
      ordinal,
      sectionId: sectionOfItem[index] ?? "introduction",
      text: item.text,
      start,
      end,
    });
    offset = end + codePointLength(PARAGRAPH_SEPARATOR);
  });
  return paragraphs;
}

/**
 * The endnote covering each sentence of one paragraph (DESIGN.md):
 * - a sentence with markers is covered by its last marker ("marker"). That is the marker ending
 *   it when one does (`… brief.⁶`, `… power’²².`); when none ends it, the last one still stands
 *   closest to the sentence's end (the Abe sentence "… talks² … dispute³ by enacting …" → 3);
 * - else by the first marker of a later sentence in the same paragraph ("paragraph-end");
 * - else by nothing ("none").
 */
function coverParagraph(markersBySentence: readonly MarkerInText[][]): {
  coveringEndnote: number | null;
  coverage: CoverageRule;
}[] {
  return markersBySentence.map((markers, index) => {
    const last = markers.at(-1);
    if (last) return { coveringEndnote: last.n, coverage: "marker" };
    const later = markersBySentence.slice(index + 1).find((m) => m.length > 0)?.[0];
    return later
      ? { coveringEndnote: later.n, coverage: "paragraph-end" }
      : { coveringEndnote: null, coverage: "none" };
  });
}

function buildSentences(paragraphs: readonly ParsedParagraph[]): {
  sentences: ParsedSentence[];
  markers: ParsedMarker[];
} {
  const sentences: ParsedSentence[] = [];
  const markers: ParsedMarker[] = [];
  for (const paragraph of paragraphs) {
    const spans: SentenceSpan[] = splitSentences(paragraph.text);
    const markersBySentence = spans.map((span) => findMarkers(span.text));
    const coverage = coverParagraph(markersBySentence);
    spans.forEach((span, index) => {
      const ordinal = sentences.length + 1;
      const id = `s${ordinal}`;
      const start = paragraph.start + span.start;
      const inSentence = markersBySentence[index] ?? [];
      const covered = coverage[index] ?? { coveringEndnote: null, coverage: "none" as const };
      for (const marker of inSentence)
        markers.push({ n: marker.n, sentenceId: id, offset: start + marker.offset });
      sentences.push({
        id,
        ordinal,
        paragraphId: paragraph.id,
        sectionId: paragraph.sectionId,
        text: span.text,
        plainText: stripMarkers(span.text),
        start,
        end: paragraph.start + span.end,
        markers: inSentence.map((marker) => marker.n),
        ...covered,
      });
    });
  }
  return { sentences, markers };
}
