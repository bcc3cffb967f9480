// The shapes that flow through the ingest pipeline: the parsed text layer of the article
// (document, sections, paragraphs, sentences, endnote markers) and its parsed endnotes.
// Offsets are counted in Unicode code points, not UTF-16 units, so "¹" counts as one.

export interface ParsedSection {
  /** Readable slug of the heading, e.g. "background-of-the-bellicose-relationship"; "introduction" for the text before the first heading. */
  id: string;
  ordinal: number;
  heading: string;
  /** 1 for a section, 2 for a sub-section ("Economy and Energy" under "Dynamics of Engagement"). */
  level: 1 | 2;
  parentId: string | null;
}

export interface ParsedParagraph {
  /** "p1", "p2", … in reading order. */
  id: string;
  ordinal: number;
  sectionId: string;
  /** The paragraph's text, page-break splits re-joined, endnote markers kept. */
  text: string;
  /** Code-point offsets into ParsedDocument.text. */
  start: number;
  end: number;
}

import type { CitationForm, CoverageRule, EndnoteKind } from "../domain/enums.ts";

export type { CoverageRule, EndnoteKind };

export interface ParsedSentence {
  /** "s1", "s2", … in reading order over the whole body. */
  id: string;
  ordinal: number;
  paragraphId: string;
  sectionId: string;
  /** The sentence as in the article, endnote markers kept. */
  text: string;
  /** The same without endnote markers (for search and display). */
  plainText: string;
  /** Code-point offsets into ParsedDocument.text. */
  start: number;
  end: number;
  /** Numbers of the endnote markers that stand inside this sentence, in order. */
  markers: number[];
  /** The endnote covering the sentence (DESIGN.md): the marker that ends it, else the next marker later in the same paragraph, else null. */
  coveringEndnote: number | null;
  coverage: CoverageRule;
}

export interface ParsedMarker {
  n: number;
  sentenceId: string;
  /** Code-point offset of the marker in ParsedDocument.text. */
  offset: number;
}

export interface ParsedDocument {
  /** "russia-japan-reset" */
  id: string;
  title: string;
  /** "Dr. Indrani Talukdar" */
  author: string;
  /** "Research Fellow at Indian Council of World Affairs, New Delhi" */
  affiliation: string;
  disclaimer: string | null;
  /** The disclaimer's line, verbatim: "Disclaimer: Views expressed are of author and …". */
  disclaimerLine: string | null;
  /** The author's line after the body, verbatim: "Dr. Indrani Talukdar is Research Fellow at …". */
  byline: string | null;
  /** The body: paragraphs joined by "\n\n" (headings excluded), markers kept. Offsets point into it. */
  text: string;
  sections: ParsedSection[];
  paragraphs: ParsedParagraph[];
  sentences: ParsedSentence[];
  markers: ParsedMarker[];
}

/** One work an endnote cites, as written there (a short op. cit. form is partial). */
export interface CitedWork {
  /** Stable slug of the resolved work, shared by every endnote citing it, e.g. "smith-2003-russo-japanese-relations". */
  sourceId: string;
  /** How the endnote cites it. */
  form: CitationForm;
  /** For ibid / op. cit.: the endnote this one points back to (the work's first full citation; for Ibid the previous endnote). */
  refersTo: number | null;
  pages: string | null;
}

export interface ParsedSource {
  id: string;
  authors: string[];
  title: string | null;
  publication: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) where the citation gives one. */
  date: string | null;
  /** The date as written. */
  dateText: string | null;
  url: string | null;
  /** Other bibliographic detail as written (volume, report number, publisher). */
  details: string | null;
  /** True when the work is known only from a short form (endnote 6's Kimura): never invented. */
  partial: boolean;
  /** The endnote that cites the work in full (null when none does). */
  firstCitedIn: number | null;
  problems: string[];
}

export interface ParsedEndnote {
  n: number;
  /** The endnote's text as in the article (list prefix and line breaks normalised, "\$" unescaped). */
  text: string;
  kind: EndnoteKind;
  /** For Ibid / op. cit.: the endnote pointed back to (the first one where several works are cited). */
  refersTo: number | null;
  citations: CitedWork[];
  /** Pages of the (first) citation, as written: "5-6", "337", "24". */
  pages: string | null;
  /** The explanatory text of a note or a note-citation mix, else null. */
  note: string | null;
  /** ISO date of the (first) "Accessed on" date, else null. */
  accessed: string | null;
  /** Where the article is wrong or doubtful, e.g. an access date earlier than the publication date. */
  problems: string[];
}

export interface ParsedEndnotes {
  endnotes: ParsedEndnote[];
  sources: ParsedSource[];
}
