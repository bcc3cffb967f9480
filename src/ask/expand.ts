// A question's words as the article may write them: each content word's WordNet relatives
// (lexicon.ts) that the article uses, each with a weight below the word's own (see WEIGHTS in
// rank.ts): "obstacle" → "stumbling block", "reluctant" → "reluctance", "economically" →
// "economic", "appealing" → "attractive". Only relatives the article's vocabulary holds are
// kept (every word of a phrase), so an expansion is a handful of stems; they are worked out
// once per word and index and remembered (bounded).
import type { AskIndex } from "./index.ts";
import { type LexicalRelation, lexicalRelatives } from "./lexicon.ts";
import { contentKeys, relatedKeys, STOP_KEYS, words } from "./words.ts";

export interface Expansion {
  /** The relative as WordNet writes it ("stumbling block"), for the full-text query. */
  text: string;
  /** Its stems: a claim holds the relative when it holds every one. */
  keys: string[];
  relation: LexicalRelation;
}

/** At most this many relatives per word: the rarest in the article first (a common one says little). */
const MAX_PER_WORD = 8;

const cache = new WeakMap<AskIndex, Map<string, Expansion[]>>();

/** The relatives of one folded question word (stem `key`) that the article uses, by the relations asked for. */
export function expansionsOf(
  index: AskIndex,
  folded: string,
  key: string,
  relations: readonly LexicalRelation[],
): Expansion[] {
  let byWord = cache.get(index);
  if (!byWord) {
    byWord = new Map();
    cache.set(index, byWord);
  }
  const id = `${folded}|${relations.join(",")}`;
  const hit = byWord.get(id);
  if (hit) return hit;
  if (relations.length === 0) return [];
  const own = new Set([key, ...relatedKeys(key)]);
  const seen = new Set<string>();
  const found: (Expansion & { rarity: number })[] = [];
  for (const r of lexicalRelatives(folded, { relations })) {
    const keys = contentKeys(r.word);
    // Every word of a phrase must say something: "do good" is not "good".
    if (keys.length === 0 || keys.length > 3 || keys.length !== words(r.word).length) continue;
    if (keys.some((k) => STOP_KEYS.has(k) || !index.vocabulary.has(k))) continue;
    if (keys.length === 1 && keys.every((k) => own.has(k))) continue;
    const joined = keys.join(" ");
    if (seen.has(joined)) continue;
    seen.add(joined);
    // A phrase counts only where the article writes its words together.
    if (keys.length > 1 && !index.cooccur(keys)) continue;
    const text = words(r.word)
      .map((w) => w.folded)
      .join(" ");
    found.push({ text, keys, relation: r.relation, rarity: Math.min(...keys.map((k) => index.idf(k))) });
  }
  const out = found
    .sort((a, b) => b.rarity - a.rarity)
    .slice(0, MAX_PER_WORD)
    .map(({ rarity: _, ...e }) => e);
  if (byWord.size >= 20_000) byWord.clear();
  byWord.set(id, out);
  return out;
}
