// Word-level normalisation shared by the entity linker and the text scorer, so that a question
// and the article's names compare alike: folded case and quotes, possessives dropped, plurals
// reduced, punctuation (dashes, quotes, brackets) turned into spaces.
import { fold } from "../lib/text.ts";

/** Reduces a word to a crude stem: enough to match "summits" with "summit", "affirmed" with "affirm". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ations") && word.length > 8) return word.slice(0, -6);
  if (word.endsWith("ation") && word.length > 7) return word.slice(0, -5);
  if (word.endsWith("ly") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 5) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -2);
  if (word.endsWith("es") && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us"))
    return dropFinalE(word.slice(0, -1));
  return dropFinalE(word);
}

/** "reiterate", "reiterates" and "reiterated" all meet at "reiterat". */
function dropFinalE(word: string): string {
  return word.endsWith("e") && word.length > 4 ? word.slice(0, -1) : word;
}

export interface Word {
  /** The stemmed, folded form used for comparison. */
  key: string;
  /** The word as written (case kept), to tell "US" from "us". */
  original: string;
}

/** The words of a text in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const prepared = text.normalize("NFKC").replace(/['’]s\b/g, "");
  for (const match of prepared.matchAll(/[\p{L}\p{N}]+(?:\.\d+)?/gu)) {
    const original = match[0];
    out.push({ key: stem(fold(original)), original });
  }
  return out;
}

export const STOPWORDS = new Set(
  (
    "a an the of and or in on at to for from by with about as is are was were be been being has have had do does did " +
    "what which who whom whose when where why how that this these those it its their there than then into over under " +
    "according article's make up say said tell according between both other any some such can could would should will " +
    "did does doe wa ha thi"
  )
    .split(" ")
    .map(stem),
);

/** Content words of a text: stemmed, without stopwords. */
export function contentKeys(text: string): string[] {
  return words(text)
    .map((w) => w.key)
    .filter((k) => !STOPWORDS.has(k));
}

/**
 * Words a question may use where the article uses another: "motives" for "reason" and
 * "factors", "fears" for "alarmed" and "wary". Written as plain words; compared as stems.
 */
const RELATED_WORDS: [string, string[]][] = [
  ["motives", ["reason", "factors", "rationale"]],
  ["reasons", ["factors", "rationale"]],
  ["causes", ["reason", "factors", "resulted"]],
  ["fears", ["alarmed", "wary", "concern", "threatened"]],
  ["worries", ["alarmed", "wary", "concern"]],
  ["concerns", ["alarmed", "wary"]],
  ["aims", ["goal", "objective", "ambitions", "intentions"]],
  ["goals", ["objective", "ambitions", "aim"]],
  ["wants", ["wishes", "interest", "seeks", "desire"]],
  ["offer", ["proposal", "proposed"]],
  ["proposal", ["offer"]],
  ["answer", ["response", "reply"]],
  ["respond", ["answer", "reply", "demurred"]],
  ["reaction", ["response", "demurred"]],
  ["relationship", ["relations", "ties"]],
  ["ties", ["relations", "relationship"]],
  ["agreement", ["agreed", "treaty"]],
  ["war", ["conflict"]],
];

const RELATED_STEMS = new Map(
  RELATED_WORDS.map(([word, related]) => [stem(word), related.map((w) => stem(w))] as const),
);

/** The question's content words and the words related to them. */
export function withRelatedWords(keys: string[]): string[] {
  return [...keys, ...keys.flatMap((k) => RELATED_STEMS.get(k) ?? [])];
}
