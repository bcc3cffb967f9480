// Splits prose into sentences without losing or moving a character: each span is a slice of the
// input (code-point offsets), spans are in order, and only whitespace lies between them.
//
// A sentence ends at ".", "?", "!" or "…", together with what may follow the stop and still
// belong to the sentence: closing quotes and brackets and endnote markers (`…both sides".`,
// `…brief.⁶`, `…decades.'³⁴`). A marker before the stop (`…power’²².`) is inside anyway. The
// stop only ends the sentence when whitespace and a sentence start (a capital, a digit, or an
// opening quote or bracket before one) follow, it is not the full stop of an abbreviation, and
// it does not stand inside a double-quoted passage: `said that "It was not us who created this
// problem. We inherited it …".` is one sentence. A quote mark left unclosed quotes nothing.

import { SUPERSCRIPT_DIGITS } from "../lib/text.ts";

export interface SentenceSpan {
  text: string;
  /** Code-point offsets into the split text; `end` is exclusive. */
  start: number;
  end: number;
}

const STOPS = new Set([".", "?", "!", "…"]);
const CLOSERS = new Set(['"', "'", "’", "”", "»", ")", "]", "*", "_"]);
const OPENERS = new Set(['"', "'", "‘", "“", "«", "(", "["]);

/** Titles and Latin short forms that never end a sentence ("Dr. Indrani", "St. Petersburg", "op. cit."). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "dr",
  "prof",
  "st",
  "sr",
  "jr",
  "gen",
  "col",
  "lt",
  "capt",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "mt",
  "op",
  "cf",
  "vs",
  "viz",
  "approx",
  "dept",
]);

/** Short forms that stand before a number ("p. 47", "No. 5", "Vol. 9", "Jan. 5"). */
const ABBREVIATIONS_BEFORE_NUMBERS = new Set([
  "p",
  "pp",
  "no",
  "nos",
  "vol",
  "vols",
  "art",
  "fig",
  "ch",
  "sec",
  "para",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

const WHITESPACE = /^\s$/u;
const SENTENCE_INITIAL = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]$/u;
const DIGIT = /^\p{Nd}$/u;
const WORD_CHAR = /^[\p{L}.]$/u;
/** "U.S", "e.g": single letters joined by full stops. */
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** "V" of "V. Putin", "P" of "Joseph P. Ferguson". */
const INITIAL = /^\p{Lu}$/u;

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.test(char);
}

/** Characters that may follow the stop and still belong to the sentence. */
function belongsAfterStop(char: string): boolean {
  return STOPS.has(char) || CLOSERS.has(char) || SUPERSCRIPT_DIGITS.includes(char);
}

function skipWhitespace(chars: readonly string[], from: number): number {
  let at = from;
  while (at < chars.length && isWhitespace(chars[at])) at++;
  return at;
}

function startsSentence(chars: readonly string[], at: number): boolean {
  let cursor = at;
  while (cursor < chars.length && OPENERS.has(chars[cursor] ?? "")) cursor++;
  const first = chars[cursor];
  return first !== undefined && SENTENCE_INITIAL.test(first);
}

/** Whether the full stop at `stopAt` closes an abbreviation rather than the sentence. */
function isAbbreviationStop(chars: readonly string[], stopAt: number, nextStart: number): boolean {
  let wordStart = stopAt;
  while (wordStart > 0 && WORD_CHAR.test(chars[wordStart - 1] ?? "")) wordStart--;
  const word = chars.slice(wordStart, stopAt).join("");
  if (word === "") return false;
  if (INITIAL.test(word) || DOTTED_INITIALS.test(word)) return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  return ABBREVIATIONS_BEFORE_NUMBERS.has(lower) && DIGIT.test(chars[nextStart] ?? "");
}

const DOUBLE_QUOTE_CLOSING: Record<string, string> = { '"': '"', "“": "”", "«": "»" };

/**
 * For each position, whether it lies inside a closed double-quoted passage: after the opening
 * mark, up to and including the closing one. Single quotes are not tracked ("’" is also the
 * apostrophe).
 */
function quotedPositions(chars: readonly string[]): boolean[] {
  const inside = chars.map(() => false);
  let at = 0;
  while (at < chars.length) {
    const closing = DOUBLE_QUOTE_CLOSING[chars[at] ?? ""];
    const closeAt = closing === undefined ? -1 : chars.indexOf(closing, at + 1);
    if (closeAt === -1) {
      at++;
      continue;
    }
    for (let k = at + 1; k <= closeAt; k++) inside[k] = true;
    at = closeAt + 1;
  }
  return inside;
}

function spanOf(chars: readonly string[], start: number, end: number): SentenceSpan {
  return { text: chars.slice(start, end).join(""), start, end };
}

export function splitSentences(text: string): SentenceSpan[] {
  const chars = Array.from(text);
  const spans: SentenceSpan[] = [];
  const quoted = quotedPositions(chars);
  let sentenceStart = skipWhitespace(chars, 0);
  let at = sentenceStart;
  while (at < chars.length) {
    if (!STOPS.has(chars[at] ?? "")) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < chars.length && belongsAfterStop(chars[end] ?? "")) end++;
    const nextStart = skipWhitespace(chars, end);
    const endsSentence =
      nextStart > end &&
      nextStart < chars.length &&
      !quoted[end] &&
      startsSentence(chars, nextStart) &&
      !(chars[at] === "." && isAbbreviationStop(chars, at, nextStart));
    if (endsSentence) {
      spans.push(spanOf(chars, sentenceStart, end));
      sentenceStart = nextStart;
    }
    at = end;
  }
  let lastEnd = chars.length;
  while (lastEnd > sentenceStart && isWhitespace(chars[lastEnd - 1])) lastEnd--;
  if (lastEnd > sentenceStart) spans.push(spanOf(chars, sentenceStart, lastEnd));
  return spans;
}
