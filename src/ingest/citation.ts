// Reads one bibliographic citation as the endnotes write it, in any of these shapes:
//   Joseph P. Ferguson, "Title", *Journal*, Vol.9, Spring 1998, p.24. <http://…> (Accessed on January 18, 2014).
//   "Title", *Publication*, April 29, 2013. <http://…> (Accessed on January 16, 2013).
//   Bobo Lo, *Book Title*, (New York: Palgrave Macmillan, 2002), p. 47.
//   Smith, "Short Title", op.cit, p.4.          Ibid, p.5-6.          *Ibid.*
// and the slips found in them: a title missing its opening or closing quote mark, "Accessing
// on", an access date with no label, a URL without angle brackets. Nothing is invented: a part
// the citation does not give is null.

import { findDates, parseDate } from "../lib/dates.ts";
import type { CitedWork, ParsedSource } from "./types.ts";

export type CitationForm = CitedWork["form"];

/** One citation as written: the work's bibliographic fields, and how and where it is cited. */
export interface CitationParts
  extends Pick<ParsedSource, "authors" | "title" | "publication" | "date" | "dateText" | "url" | "details"> {
  form: CitationForm;
  /** ISO date the URL was accessed. */
  accessed: string | null;
  pages: string | null;
  /** Slips in how the citation is written. */
  problems: string[];
}

const IBID = /^[*_\s]*ibid\b\.?[*_]*/i;
const OP_CIT = /,?\s*\bop\.?\s*cit\b\.?/i;
const PAGES = /,?\s*\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)/i;
const ANGLED_URL = /<\s*(https?:\/\/[^\s>]+)\s*>/i;
const BARE_URL = /\bhttps?:\/\/[^\s<>]+/i;
/** "(Accessed on …)", "(accessed on …)", and the article's "(Accessing on …)". */
const LABELLED_ACCESS = /\(\s*access(?:ed|ing)?\b(?:\s+on)?\s*:?\s*([^)]*)\)/i;
const PARENTHESISED = /\(([^()]*)\)/g;
const ITALIC = /\*([^*]+)\*/;
const OPENING_QUOTES = new Set(['"', "“"]);
const CLOSING_QUOTE_FOR: Record<string, string> = { '"': '"', "“": "”" };
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

/** "Fiona Hill and Bobo Lo" → ["Fiona Hill", "Bobo Lo"]. */
export function splitAuthors(text: string): string[] {
  return text
    .split(/\s*(?:;|&|,|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** The text with `match` cut out (the cut closed with a single space). */
function cut(text: string, match: RegExpExecArray | null): string {
  if (!match) return text;
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}

/** Trims spaces and the commas and full stops left over between removed parts. */
function tidy(text: string): string {
  return text.replace(/\s+/g, " ").replace(/^[\s,.;:]+|[\s,;:]+$/g, "");
}

interface TitleSplit {
  before: string;
  title: string | null;
  after: string;
  problems: string[];
}

/**
 * Finds the title: the first double-quoted passage, or, when there is none, the first italic
 * passage (a book). A straight quote glued to the word before it and followed by a comma is a
 * closing mark whose opening one is missing (`Concept of … Federation", *Approved …*`); an
 * opening mark that is never closed runs to the italic publication or the next comma.
 */
function splitTitle(text: string): TitleSplit {
  const chars = [...text];
  const quoteAt = chars.findIndex((char) => OPENING_QUOTES.has(char) || char === "”");
  if (quoteAt >= 0) {
    const mark = chars[quoteAt] ?? "";
    const glued = quoteAt > 0 && /[^\s,(]/u.test(chars[quoteAt - 1] ?? "");
    if (mark === "”" || (glued && /^\s*[,*]/.test(chars.slice(quoteAt + 1).join("")))) {
      return {
        before: "",
        title: tidy(chars.slice(0, quoteAt).join("")),
        after: chars.slice(quoteAt + 1).join(""),
        problems: ["title has no opening quote mark"],
      };
    }
    const closeAt = chars.indexOf(CLOSING_QUOTE_FOR[mark] ?? mark, quoteAt + 1);
    if (closeAt >= 0) {
      return {
        before: chars.slice(0, quoteAt).join(""),
        title: chars
          .slice(quoteAt + 1, closeAt)
          .join("")
          .trim(),
        after: chars.slice(closeAt + 1).join(""),
        problems: [],
      };
    }
    const rest = chars.slice(quoteAt + 1).join("");
    const beforeItalics = rest.search(/,?\s*\*/);
    const beforeComma = rest.search(/,\s/);
    const titleEnd = beforeItalics >= 0 ? beforeItalics : beforeComma >= 0 ? beforeComma : rest.length;
    return {
      before: chars.slice(0, quoteAt).join(""),
      title: rest.slice(0, titleEnd).trim(),
      after: rest.slice(titleEnd),
      problems: ["title has no closing quote mark"],
    };
  }
  const italic = ITALIC.exec(text);
  if (italic) {
    return {
      before: text.slice(0, italic.index),
      title: (italic[1] ?? "").trim(),
      after: text.slice(italic.index + italic[0].length),
      problems: [],
    };
  }
  // No title at all ("Smith, op. cit."): the leading name is the author.
  const comma = text.indexOf(",");
  return comma === -1
    ? { before: text, title: null, after: "", problems: [] }
    : { before: text.slice(0, comma), title: null, after: text.slice(comma + 1), problems: [] };
}

/** The URL and the date it was accessed; an unlabelled date in parentheses after the URL counts. */
function takeUrlAndAccess(text: string): { rest: string; url: string | null; accessed: string | null } {
  let rest = text;
  const angled = ANGLED_URL.exec(rest);
  const bare = angled ? null : BARE_URL.exec(rest);
  const url = angled?.[1] ?? bare?.[0].replace(/[.,;)]+$/, "") ?? null;
  const urlEnd = angled ? angled.index + angled[0].length : bare ? bare.index + bare[0].length : -1;

  const labelled = LABELLED_ACCESS.exec(rest);
  let accessed = labelled ? parseDate(labelled[1] ?? "") : null;
  let accessText = labelled?.[0] ?? null;
  if (!labelled && urlEnd >= 0) {
    for (const group of rest.slice(urlEnd).matchAll(PARENTHESISED)) {
      const date = parseDate(group[1] ?? "");
      if (date !== null) {
        accessed = date;
        accessText = group[0];
        break;
      }
    }
  }
  if (accessText !== null) rest = rest.replace(accessText, " ");
  if (angled) rest = rest.replace(angled[0], " ");
  else if (bare) rest = rest.replace(bare[0], " ");
  return { rest, url, accessed };
}

export function parseCitation(raw: string): CitationParts {
  const empty: CitationParts = {
    form: "full",
    authors: [],
    title: null,
    publication: null,
    date: null,
    dateText: null,
    url: null,
    accessed: null,
    details: null,
    pages: null,
    problems: [],
  };
  const text = raw.trim();
  const ibid = IBID.exec(text);
  if (ibid) {
    const pages = PAGES.exec(text.slice(ibid[0].length));
    return { ...empty, form: "ibid", pages: pages?.[1]?.replace(/\s+/g, "") ?? null };
  }

  const { rest: withoutUrl, url, accessed } = takeUrlAndAccess(text);
  const opCit = OP_CIT.exec(withoutUrl);
  const { before, title, after: afterTitle, problems } = splitTitle(cut(withoutUrl, opCit));

  let after = afterTitle;
  const pagesMatch = PAGES.exec(after);
  after = cut(after, pagesMatch);

  const italic = ITALIC.exec(after);
  const publicationInItalics = italic ? (italic[1] ?? "").trim() : null;
  after = cut(after, italic);

  // Publisher detail in parentheses, "(New York: Palgrave Macmillan, 2002)", is kept whole.
  const parenthesised = [...after.matchAll(PARENTHESISED)].map((m) => tidy(m[1] ?? "")).filter(Boolean);
  after = after.replace(PARENTHESISED, " ");

  const written = findDates(after)[0];
  if (written) after = `${after.slice(0, written.index)} ${after.slice(written.index + written.text.length)}`;
  const yearInDetails = written ? null : parenthesised.map((p) => YEAR.exec(p)?.[1]).find(Boolean);

  const leftovers = after
    .split(",")
    .map(tidy)
    .filter((part) => part !== "");
  // Without italics, the first plain part after the title names the publication ("Japan Daily Press").
  const plainPublication =
    publicationInItalics === null && title !== null && /^\p{Lu}\p{L}/u.test(leftovers[0] ?? "")
      ? (leftovers.shift() ?? null)
      : null;
  const details = [...leftovers, ...parenthesised].join(", ");

  return {
    form: opCit ? "op-cit" : "full",
    authors: splitAuthors(tidy(before)),
    title,
    publication: publicationInItalics ?? plainPublication,
    date: written?.iso ?? yearInDetails ?? null,
    dateText: written?.text ?? yearInDetails ?? null,
    url,
    accessed,
    details: details === "" ? null : details,
    pages: pagesMatch?.[1]?.replace(/\s+/g, "") ?? null,
    problems,
  };
}

// The opening of a citation: optional names ("Fiona Hill and Bobo Lo, "), then the title, quoted
// and followed by the publication or "op. cit." (the closing mark may be missing), or in italics.
const NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5}`;
const QUOTED_TITLE_THEN_SOURCE = String.raw`[“"][^”"]+[”"]?\s*,?\s*(?:\*|[oO][pP]\.?\s*[cC][iI][tT])|[“"][^”"]+[”"]\s*,\s*\p{Lu}`;
const ITALIC_TITLE = String.raw`\*[^*]+\*`;
const CITATION_OPENING = new RegExp(
  `^(?:${NAMES},\\s*)?(?:${QUOTED_TITLE_THEN_SOURCE}|${ITALIC_TITLE})`,
  "u",
);
/** A title missing its opening quote mark: `Concept of … Federation", *Approved …*`. */
const UNOPENED_TITLE = /^[^"“”]{3,200}?["”],\s*\*/;

/** Whether a piece of an endnote begins a citation (rather than explanatory prose). */
export function startsCitation(piece: string): boolean {
  const text = piece.trim();
  return IBID.test(text) || CITATION_OPENING.test(text) || UNOPENED_TITLE.test(text);
}

/** Whether a piece of an endnote is (part of) a citation. */
export function looksLikeCitation(piece: string): boolean {
  return (
    startsCitation(piece) ||
    OP_CIT.test(piece) ||
    BARE_URL.test(piece) ||
    LABELLED_ACCESS.test(piece) ||
    // The rest of a citation split off after its title's "?" or at a full stop: "*Al Jazeera*, April 30, 2013."
    /^\*[^*]+\*,/.test(piece.trim())
  );
}
