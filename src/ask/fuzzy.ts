// Names as people type them: when no name matches exactly, a name is found by edit distance
// (Levenshtein, `fastest-levenshtein`; a swap of two letters counts as one slip, through
// `damerau-levenshtein`) or by sound (Double Metaphone, `double-metaphone`) over the entities'
// names and aliases: "Shinzo Abbe", "Puttin", "Vladivostock", "Yeltzin", "Hasihmoto". A common
// English word is never read as a misspelt name, and short names must match more closely. A
// one-word name speech-to-text heard as words ("pooh tin", "sack a lean") is matched joined. Also
// here: slips in English words ("accroding") and American spellings of the article's British
// words ("defense"), so that a question is read with the words it means.
import damerau from "damerau-levenshtein";
import { doubleMetaphone } from "double-metaphone";
import { distance } from "fastest-levenshtein";
import { compareIds, fold } from "../lib/text.ts";
import { Memo } from "./memo.ts";
import { isCommonEnglish, isEnglishWord } from "./vocabulary.ts";
import { STOPWORDS, type Word } from "./words.ts";

/** The largest edit distance accepted for a name of this many letters. */
export function maxDistance(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/**
 * Whether a name readers use that the article does not (known-as) may be matched by spelling or
 * sound like an alias: only a distinctive name ("Kunashiri", "Washington", "Pyongyang"), every
 * word of four letters or more, none common English, no digits and no abbreviation (a slip in
 * "ROK" or "WWII" names something else: "ROC", "WWI").
 */
export function fuzzySafe(text: string): boolean {
  const ws = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (ws.length === 0) return false;
  return ws.every(
    (w) =>
      w.length >= 4 &&
      !/\d/.test(w) &&
      w !== w.toUpperCase() &&
      !STOPWORDS.has(fold(w)) &&
      !isCommonEnglish(fold(w)),
  );
}

export interface NameEntry {
  /** The name as written (an alias). */
  text: string;
  entityId: string;
}

export interface FuzzyMatch {
  entityId: string;
  /** The alias it came closest to. */
  name: string;
  distance: number;
  /** "spelling" (edit distance) or "sound" (same Double Metaphone code, edit distance ≤ 2 more). */
  by: "spelling" | "sound";
}

interface Candidate {
  entityId: string;
  name: string;
  /** Folded, letters and digits only, single spaces. */
  loose: string;
  words: number;
  sound: string;
}

const loose = (text: string) =>
  fold(text)
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const soundOf = (text: string) =>
  loose(text)
    .split(" ")
    .map((w) => doubleMetaphone(w)[0])
    .join(" ");

export class FuzzyNames {
  private readonly candidates: Candidate[];
  /**
   * One-word names, and the last word of longer ones where it is no English word ("Talukdar" of
   * "Indrani Talukdar", not "Islands" of "Kuril Islands"): what a name heard as words may be.
   */
  private readonly oneWord: Candidate[];
  /** The matches of each typed text (shared: never changed by a caller). */
  private readonly matches = new Memo<string, FuzzyMatch[]>(10_000);
  /** The matches of words joined as heard (heardAsWords). */
  private readonly heard = new Memo<string, FuzzyMatch[]>(10_000);

  constructor(names: NameEntry[]) {
    const seen = new Set<string>();
    this.candidates = [];
    for (const n of names) {
      const l = loose(n.text);
      const key = `${n.entityId}|${l}`;
      if (!l || seen.has(key)) continue;
      seen.add(key);
      this.candidates.push({
        entityId: n.entityId,
        name: n.text,
        loose: l,
        words: l.split(" ").length,
        sound: soundOf(l),
      });
    }
    const oneWord = new Map<string, Candidate>();
    for (const c of this.candidates) {
      const last = c.loose.split(" ").at(-1) ?? "";
      if (c.words > 1 && (last.length < HEARD_MIN_LETTERS || isEnglishWord(last))) continue;
      const key = `${c.entityId}|${last}`;
      if (!oneWord.has(key))
        oneWord.set(key, { entityId: c.entityId, name: c.name, loose: last, words: 1, sound: soundOf(last) });
    }
    this.oneWord = [...oneWord.values()];
  }

  /**
   * The closest names to a typed text, best first: every entity within the distance its
   * length allows, each with its closest alias. Empty for a common English word.
   */
  match(text: string): FuzzyMatch[] {
    // Remembered for the spans of a few words a question is read in, not for any long input.
    return text.length > 64 ? this.closest(text) : this.matches.get(text, (t) => this.closest(t));
  }

  private closest(text: string): FuzzyMatch[] {
    const l = loose(text);
    if (!l || l.split(" ").every((w) => STOPWORDS.has(w) || isCommonEnglish(w))) return [];
    return nearest(this.candidates, l);
  }

  /**
   * Links in a question's words that no exact name took: spans of one to three words not
   * covered yet, longest first; a span links when exactly one entity is closest.
   */
  link(
    qs: Word[],
    covered: Set<number>,
    /** Whether a word could be a misspelt name (not a word the text already knows). */
    unknown: (w: Word) => boolean = () => true,
  ): { entityId: string; position: number; length: number; match: FuzzyMatch }[] {
    const out: { entityId: string; position: number; length: number; match: FuzzyMatch }[] = [];
    const taken = new Set(covered);
    for (const length of [3, 2, 1]) {
      for (let i = 0; i + length <= qs.length; i++) {
        if (spanTaken(taken, i, length)) continue;
        const span = qs.slice(i, i + length);
        // A span starts and ends on a word that could be a name.
        const first = span[0];
        const last = span.at(-1);
        if (!first || !last) continue;
        const edge = [first, last];
        if (edge.some((w) => STOPWORDS.has(w.folded) || /^\d+$/.test(w.folded))) continue;
        // "pooh tin", "sack a lean", "tally cdar": a one-word name that speech-to-text heard as
        // words, in a span with a word the text does not know.
        const heard = length > 1 ? this.heardAsWords(span, unknown) : null;
        if (heard) {
          out.push({ entityId: heard.entityId, position: i, length, match: heard });
          for (let k = 0; k < length; k++) taken.add(i + k);
          continue;
        }
        // At least one word of it is no common English word and not known (a misspelling or a name).
        if (span.every((w) => isCommonEnglish(w.folded) || !unknown(w))) continue;
        const matches = this.match(span.map((w) => w.original).join(" "));
        const closest = matches[0];
        if (!closest) continue;
        const top = matches.filter((m) => m.distance === closest.distance);
        const m = top[0];
        if (top.length !== 1 || !m) continue;
        // The candidate must span as many words as the name (a one-word typo is not a two-word name).
        if (loose(m.name).split(" ").length !== length) continue;
        out.push({ entityId: m.entityId, position: i, length, match: m });
        for (let k = 0; k < length; k++) taken.add(i + k);
      }
    }
    return out.sort((a, b) => a.position - b.position);
  }

  /**
   * The one-word name a span of words spells when joined ("gorba chev" → Gorbachev, "sack a
   * lean" → Sakhalin), by spelling or sound, when no word of the span but a function word is one
   * of the text's own ("put in" is no Putin, "president say" no President Xi) and the joined
   * letters are no English word.
   */
  private heardAsWords(span: Word[], unknown: (w: Word) => boolean): FuzzyMatch | null {
    if (!span.every((w) => STOPWORDS.has(w.folded) || unknown(w))) return null;
    if (span.some((w) => !/^\p{L}+$/u.test(w.folded))) return null;
    const joined = span.map((w) => w.folded).join("");
    if (joined.length < HEARD_MIN_LETTERS || isEnglishWord(joined)) return null;
    const matches = this.heard.get(joined, (j) => nearest(this.oneWord, j));
    const closest = matches[0];
    if (!closest || matches.filter((m) => m.distance === closest.distance).length !== 1) return null;
    return closest;
  }
}

/**
 * Every entity with a name within the distance its length allows of a loose text, by spelling or
 * by sound, each with its closest name, best first.
 */
function nearest(candidates: readonly Candidate[], l: string): FuzzyMatch[] {
  const sound = soundOf(l);
  const best = new Map<string, FuzzyMatch>();
  for (const c of candidates) {
    if (Math.abs(c.loose.length - l.length) > 3) continue;
    const limit = maxDistance(Math.min(c.loose.length, l.length));
    const lev = distance(c.loose, l);
    // A swap of two letters is one slip ("Hasihmoto"): only a near name can come within the limit.
    const d = lev <= limit || lev > 2 * limit + 2 ? lev : nameDistance(c.loose, l);
    let match: FuzzyMatch | null = null;
    if (d <= limit) match = { entityId: c.entityId, name: c.name, distance: d, by: "spelling" };
    else if (l.length >= 4 && c.sound === sound && d <= limit + 2)
      match = { entityId: c.entityId, name: c.name, distance: d, by: "sound" };
    if (!match) continue;
    const previous = best.get(c.entityId);
    if (!previous || match.distance < previous.distance) best.set(c.entityId, match);
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || compareIds(a.entityId, b.entityId));
}

/** Words joined into a name heard as several ("pooh tin" → "poohtin"). */
const HEARD_MIN_LETTERS = 5;

function spanTaken(taken: Set<number>, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (taken.has(from + k)) return true;
  return false;
}

/**
 * Slips between two words: letters left out, added, changed or swapped ("accroding" is one slip
 * from "according"; Levenshtein counts a swap as two), "Mac" and "Mc" opening the same surname
 * ("McGraw" is one slip from "MacGrow").
 */
export function nameDistance(a: string, b: string): number {
  // Levenshtein first (fast): each swap it counts as two, so only a near word can be closer.
  const edits = distance(a, b);
  const d = edits <= 1 ? edits : Math.min(edits, damerau(a, b).steps);
  if (a.startsWith("mac") && b.startsWith("mc")) return Math.min(d, damerau(a.slice(3), b.slice(2)).steps);
  if (a.startsWith("mc") && b.startsWith("mac")) return Math.min(d, damerau(a.slice(2), b.slice(3)).steps);
  return d;
}

/**
 * Whether a word is one slip away from one of these words of six letters or more, itself not
 * one of them ("minster" of "minister", "presdient" of "president"): a title or office typed amiss.
 */
export function nearWordOf(words: Iterable<string>, folded: string): boolean {
  if (folded.length < 5) return false;
  for (const w of words) if (w.length >= 6 && w !== folded && nameDistance(w, folded) <= 1) return true;
  return false;
}

/** The closest word of a vocabulary to a misspelt word, when exactly one is close enough. */
export function correctSpelling(folded: string, vocabulary: Iterable<string>): string | null {
  // Stricter than for names: a word is corrected only when it is one slip away (two for long words).
  const limit = folded.length >= 8 ? 2 : folded.length >= 5 ? 1 : 0;
  if (limit === 0) return null;
  let best: string[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const v of vocabulary) {
    if (Math.abs(v.length - folded.length) > limit + 1) continue;
    const d = nameDistance(v, folded);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = [v];
      bestDistance = d;
    } else if (d === bestDistance) best.push(v);
  }
  return best.length === 1 ? (best[0] ?? null) : null;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every word one slip from a word: a letter left out, swapped with the next, changed or added. */
function oneSlipFrom(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/**
 * For a word of `shortest` letters or more (seven unless told) that is no English word: the
 * English word it is one slip from ("accroding" → "according", "docmuent" → "document"),
 * preferring a word the article uses, then a common one; `""` when several are equally likely (it
 * is still a slip of English, not a name); null when it is one slip from none. Shorter words are
 * left alone unless the caller knows they are no name: a name is too often one slip from an
 * English word ("Crimea", "crime").
 */
export function englishSlip(
  folded: string,
  articleWords: { has(word: string): boolean },
  shortest = 7,
): string | null {
  if (folded.length < shortest || !/^[a-z]+$/.test(folded) || isEnglishWord(folded)) return null;
  const english = [...oneSlipFrom(folded)].filter(isEnglishWord);
  if (english.length === 0) return null;
  for (const tier of [english.filter((w) => articleWords.has(w)), english.filter(isCommonEnglish), english])
    if (tier.length) return tier.length === 1 ? (tier[0] ?? "") : "";
  return "";
}

/** American spellings and their British forms, as the article writes English ("defence", "centre"). */
const BRITISH: [RegExp, string][] = [
  [/ization/, "isation"],
  [/iz(e|es|ed|ing|er|ers)$/, "is$1"],
  [/yz(e|es|ed|ing)$/, "ys$1"],
  [/(?<=[a-z]{2})or(s|ed|ing|able|ably|ite|ites|ful|al|ly|hood|hoods)?$/, "our$1"],
  [/(?<=[a-z]{2}[^aeiou])er(s)?$/, "re$1"],
  [/ense(s)?$/, "ence$1"],
  [/(?<=[a-z]{2})og(s)?$/, "ogue$1"],
  [/(?<=[aeiou]l)(ed|ing|er|ers)$/, "l$1"],
  [/^program(s)?$/, "programme$1"],
  [/^aging$/, "ageing"],
];

/**
 * The article's British spelling of an American one ("defense" → "defence", "center" →
 * "centre", "labor" → "labour", "normalization" → "normalisation"), when the article uses it.
 */
export function britishSpelling(folded: string, articleWords: { has(word: string): boolean }): string | null {
  for (const [american, british] of BRITISH) {
    if (!american.test(folded)) continue;
    const form = folded.replace(american, british);
    if (form !== folded && articleWords.has(form)) return form;
  }
  return null;
}
