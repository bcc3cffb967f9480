// Small text helpers shared by the seed and the query side.

/** The superscript digits the article uses as endnote markers. */
export const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUPERSCRIPT_RE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu;

export function stripMarkers(text: string): string {
  return text.replace(SUPERSCRIPT_RE, "");
}

/** Length in Unicode code points (offsets in this project are counted so). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * A folded form for look-ups: lower case, accents removed, typographic quotes and dashes made
 * plain, whitespace collapsed. "Putin’s" and "putin's" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Endnote Markdown as plain text: emphasis marks dropped, <url> shown bare. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/<(https?:[^>\s]+)>/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\*([^*]+)\*/g, "$1")
    .replace(/(^|\s)_([^_]+)_(?=\s|[.,;:]|$)/g, "$1$2");
}

/**
 * The matches of a global regular expression in a text, as `[...text.matchAll(re)]` gives them,
 * without the copy of the expression that matchAll makes on every call (a third of a microsecond
 * each, on the question engine's paths run per claim). Leaves `re.lastIndex` at 0, as it finds it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match: step past it, by a code point in a Unicode expression (as matchAll does).
    if (m[0] === "") {
      const at = re.lastIndex;
      const code = text.charCodeAt(at);
      re.lastIndex = at + (re.unicode && code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1);
    }
  }
  return out;
}

const ASCII_ID = /^[a-z0-9-]*$/;

/**
 * Orders ids as `a.localeCompare(b)` does, without ICU's collation data when both are ids of
 * lower-case ASCII letters, digits and hyphens, as every slug of the article's is. There the
 * collation's order (hyphen, then digits, then letters, a prefix first) is the order of the
 * code units; other ids are left to localeCompare. The first localeCompare of a process reads
 * ICU's collation data, which stays resident: 2.4 MiB more of node's file pages at ready.
 */
export function compareIds(a: string, b: string): number {
  if (ASCII_ID.test(a) && ASCII_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

/** Text matched as written inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text with a span of it blanked by spaces: every other position stays where it was. */
export function blanked(text: string, [from, to]: readonly [number, number]): string {
  return text.slice(0, from) + " ".repeat(Math.max(0, to - from)) + text.slice(to);
}

/** A pattern for a text as a word (or words) of its own, not inside another word ("Abe", not "Abeyance"). */
export function asWord(text: string, flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(text)}(?![\\p{L}])`, flags);
}

/**
 * A text as ../shared/eval/score-ask.mjs compares it: NFKC, straight quotes, hyphens for dashes,
 * single spaces, lower case (the calibration bench and the eval sets' test compare as it does).
 */
export function asScorerCompares(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();
}
