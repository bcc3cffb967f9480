// How the scored claims become an ordered list of answers, by kind of question: best first
// (the default), side by side (a difference or a comparison), and interleaved across the parts
// of a coordinated question. Events in date order (chronology) are sequence.ts's.
import { asWord, escapeRegExp, fold } from "../lib/text.ts";
import type { AskIndex, IndexedClaim } from "./index.ts";
import type { Reading } from "./interpret.ts";
import { asksForReason, givesReason, type Scored, WEIGHTS } from "./rank.ts";
import { contentKeys } from "./words.ts";

/** Claims worth showing at all: some text relevance, or a strong structural match. */
export function relevant(scored: Scored[]): Scored[] {
  return scored.filter((s) => s.score > 0.5 && (s.text > 0 || s.coverage > 0 || s.score >= 3));
}

export function order(index: AskIndex, reading: Reading, scored: Scored[], limit: number): Scored[] {
  const candidates = relevant(scored);
  if (reading.intent === "difference" || isComparison(reading))
    return sideBySide(index, reading, candidates, limit);
  return withItsReasons(reading, oneBySentence(candidates, limit), candidates, limit);
}

/** "What could both sides do …", "what might they achieve": what is possible, asked. */
const ASKS_WHAT_COULD =
  /\bwhat\b[^?]*\b(?:could|can|might|may|would)\b[^?]*\b(?:do|achieve|accomplish|build|gain)\b/i;
/** A sentence of what can or will be. */
const CAN = /\b(?:can|could|will|would|may|might|able\s+to)\b/i;
/** A sentence that goes on with the one before it: "In fact, …", "Moreover, …". */
const GOES_ON = /^\s*(?:in\s+fact|moreover|furthermore|in\s+addition|what\s+is\s+more|besides|also),?\s/i;

/** "How does it benefit the US?", "what does Japan gain?": what a thing brings, which the sentences after a verdict say. */
const ASKS_BENEFIT = /\b(?:benefits?|benefit(?:s|ed|ing)?|advantages?|gains?|good\s+for|in\s+it\s+for)\b/i;

/**
 * "How does closer cooperation benefit the US?", "why …": when the best answer is a verdict that
 * gives no reason ("… is a welcome development that should be encouraged."), the next sentences
 * of its paragraph that the question also matches follow it, before the other answers: they are
 * its reasons ("Greater Russian engagement … contributes to …", "It also undermines …").
 */
function withItsReasons(reading: Reading, ordered: Scored[], candidates: Scored[], limit: number): Scored[] {
  const lead = ordered[0]?.claim;
  if (!lead || lead.sentenceOrdinal === null) return ordered;
  const reasons =
    (asksForReason(reading.text) || ASKS_BENEFIT.test(reading.text)) && !givesReason(lead.quote);
  // "What could the two do once a treaty is signed?": the sentence after the best answer that
  // goes on with it ("In fact, both can … have joint administration over the islands") says more
  // of what is possible.
  const goesOn = !reasons && ASKS_WHAT_COULD.test(reading.text) && CAN.test(lead.quote);
  if (!reasons && !goesOn) return ordered;
  const next: Scored[] = [];
  for (let k = 1; k <= (reasons ? 2 : 1); k++) {
    const found = candidates.find(
      (s) =>
        s.claim.paragraphId === lead.paragraphId &&
        s.claim.sentenceOrdinal === (lead.sentenceOrdinal ?? 0) + k &&
        (reasons || (GOES_ON.test(s.claim.quote) && CAN.test(s.claim.quote))),
    );
    if (!found) break;
    next.push(found);
  }
  if (next.length === 0) return ordered;
  const ids = new Set(next.map((s) => s.claim.id));
  return [ordered[0] as Scored, ...next, ...ordered.slice(1).filter((s) => !ids.has(s.claim.id))].slice(
    0,
    limit,
  );
}

/**
 * The best claims, each sentence once before any sentence twice: a reader sees the sentence of
 * every answer, so three claims of one sentence show one answer three times. A sentence's other
 * claims follow, in score order, once every sentence has had its turn.
 */
export function oneBySentence(input: Scored[], limit: number): Scored[] {
  // Only the head can be shown: a whole claim further down than this is no better an answer.
  const head = limit * 4;
  const ranked = [...wholeFirst(input.slice(0, head)), ...input.slice(head)];
  const first: Scored[] = [];
  const later: Scored[] = [];
  const seen = new Set<string>();
  for (const s of ranked) {
    // Claims of one sentence citing different endnotes are different answers (a marker mid-sentence).
    const sentence = s.claim.sentenceId ? `${s.claim.sentenceId}#${s.claim.endnote}` : s.claim.id;
    if (seen.has(sentence) || first.some((f) => quotesPartOf(s.claim, f.claim))) later.push(s);
    else {
      seen.add(sentence);
      first.push(s);
    }
    if (first.length >= limit) break;
  }
  return [...first, ...later].slice(0, limit);
}

/**
 * A claim that quotes part of a sentence ("… met Putin at Moscow to resume talks²") gives way to
 * a claim of the same sentence that quotes all of it ("… to resume talks² on resolving the
 * territorial dispute³ …"): a reader sees the whole sentence either way, and the whole one cites
 * every endnote of it. The whole claim takes the part's place; the part follows it.
 */
/** Whether a claim quotes part of what another claim of its sentence quotes. */
const quotesPartOf = (part: IndexedClaim, whole: IndexedClaim) =>
  part.sentenceId !== null &&
  whole.sentenceId === part.sentenceId &&
  whole.quote.length > part.quote.length &&
  whole.quote.includes(part.quote);

export function wholeFirst(ranked: Scored[]): Scored[] {
  const bySentence = new Map<string, Scored[]>();
  for (const r of ranked)
    if (r.claim.sentenceId) {
      const list = bySentence.get(r.claim.sentenceId);
      if (list) list.push(r);
      else bySentence.set(r.claim.sentenceId, [r]);
    }
  const place = new Map(ranked.map((r, i) => [r, i]));
  const out: Scored[] = [];
  const moved = new Set<Scored>();
  for (const [i, r] of ranked.entries()) {
    if (moved.has(r)) continue;
    const whole = (r.claim.sentenceId ? bySentence.get(r.claim.sentenceId) : undefined)?.find(
      (w) => (place.get(w) ?? -1) > i && !moved.has(w) && quotesPartOf(r.claim, w.claim),
    );
    if (whole) {
      out.push(whole);
      moved.add(whole);
    }
    out.push(r);
  }
  return out;
}

/**
 * "How do Russia and Japan each …", "compare A and B", "A versus B": two or more parties. "Each
 * other" and "one another" say what the parties do together ("warm to each other"), not that
 * they are compared.
 */
export function isComparison(reading: Pick<Reading, "entities" | "text">): boolean {
  const actors = reading.entities.filter((e) => e.type === "actor");
  const text = withoutReciprocal(reading.text);
  const m = COMPARISON.exec(text);
  // "what could both countries share over the islands": what the two do together, no sides.
  return actors.length >= 2 && m !== null && !(m[1]?.toLowerCase() === "both" && TOGETHER.test(text));
}

const COMPARISON = /\b(each|both|compare\w*|comparison|versus|vs\.?|respective\w*)\b/i;
/**
 * Words of something done or held together, or that both could do ("what could both sides do
 * on the islands once a treaty is signed": what they might do together, not each side's stance).
 */
const TOGETHER =
  /\b(?:share[ds]?|sharing|together|jointly|joint|mutual(?:ly)?)\b|\b(?:could|can|might|may|would|will)\s+(?:[\p{L}-]+\s+){0,4}?(?:do|achieve|accomplish|build|create|develop|cooperate|work|contribute)\b/iu;

/** A question without its reciprocal pronouns ("each other", "one another"). */
export const withoutReciprocal = (text: string) => text.replace(/\b(?:each other|one another)\b/gi, " ");

type Actor = Reading["entities"][number];

/**
 * Of three actors or more, the one the sides are compared on, not a side: the one both sides'
 * relations are with ("How do Russia's and Japan's relations with South Korea differ?"); with both
 * sides after "with", the one whose relations they are ("South Korea's relationship with Russia …
 * with Japan"); or the one named with each side ("Russia-South Korea … Japan-South Korea").
 */
function counterpartOf(text: string, actors: Actor[]): Actor | undefined {
  if (actors.length < 3) return undefined;
  // "compare with Japan's relations" compares; it names no relation with Japan.
  const related = text.replace(/\b(?:compar(?:e|es|ed|ing)|contrast(?:s|ed|ing)?)\s+with\b/gi, " ");
  const withs = actors.filter((e) =>
    new RegExp(`\\bwith\\s+(?:the\\s+)?${escapeRegExp(e.surface)}`, "i").test(related),
  );
  if (withs.length >= 2)
    return (
      actors.find(
        (e) =>
          !withs.includes(e) &&
          new RegExp(
            `${escapeRegExp(e.surface)}['’]s?\\s+(?:relationships?|relations|ties|links)\\b`,
            "i",
          ).test(text),
      ) ?? withs[0]
    );
  const repeated = actors.filter((e) => (text.match(asWord(e.surface, "giu")) ?? []).length >= 2);
  return repeated.length === 1 ? repeated[0] : withs[0];
}

/**
 * For "how do A and B differ on X" or "how do A and B each …": the author's framing when it is
 * the best match, then each named party's best claims, interleaved so that both sides show.
 */
function sideBySide(index: AskIndex, reading: Reading, ranked: Scored[], limit: number): Scored[] {
  const actors = reading.entities.filter((e) => e.type === "actor");
  const counterpart = counterpartOf(reading.text, actors);
  const parties = new Set(actors.filter((e) => e !== counterpart).map((e) => e.id));
  // Every actor a party's name as typed stands for is on its side: "Moscow's stance in 1960" is
  // the Soviet Union's as well as Russia's.
  const partyOf = new Map<string, string>();
  for (const e of actors)
    if (e !== counterpart)
      for (const a of index.entities.byFoldedAlias.get(fold(e.surface)) ?? [])
        if (!parties.has(a.id) && !partyOf.has(a.id)) partyOf.set(a.id, e.id);
  const topics = reading.entities.filter((e) => e.type !== "actor" || e === counterpart).map((e) => e.id);
  // On topic: about (or naming) the named thing, or holding some of the question's words.
  const coverageOf = new Map(ranked.map((r) => [r.claim.id, r.contentCoverage]));
  const onTopic = (c: IndexedClaim) =>
    topics.some((t) => c.about.has(t) || c.mentioned.has(t)) || (coverageOf.get(c.id) ?? 1) > 0;
  // Whose side a claim is on: its holder, or for the author's claims the party it is "for"
  // ("For Russia, Japan's geographic position is important …").
  // Worked out once per claim: the contrast below asks it of every pair of claims.
  const sides = new Map<IndexedClaim, string | null>();
  const sideOf = (c: IndexedClaim): string | null => {
    let side = sides.get(c);
    if (side === undefined) {
      side = sideOfClaim(c);
      sides.set(c, side);
    }
    return side;
  };
  const sideOfClaim = (c: IndexedClaim): string | null => {
    if (parties.has(c.speaker)) return c.speaker;
    const standsFor = partyOf.get(c.speaker);
    if (standsFor) return standsFor;
    // A leader speaks for the state, a ministry for its government.
    for (const party of index.actsFor.get(c.speaker) ?? []) if (parties.has(party)) return party;
    const lead = /^(?:similarly,\s*|likewise,\s*)?(?:for|to)\s+([\p{L}.\s]+?),/iu
      .exec(c.quote)?.[1]
      ?.toLowerCase();
    // The party by any of its names: "each side" reads as Russia and Japan, whose claims open
    // "For Russia, …", "for Japan, …"; "For Moscow, …" is Russia's.
    if (lead) for (const l of index.linker.link(lead, null)) if (parties.has(l.entityId)) return l.entityId;
    // "Russia and South Korea share a vibrant relationship": the one side's relation with the counterpart.
    if (counterpart && c.about.has(counterpart.id)) {
      const [only, ...more] = [...parties].filter((p) => c.about.has(p));
      if (only && more.length === 0) return only;
    }
    return null;
  };
  const isActor = (id: string) => index.entities.byId.get(id)?.row.type === "actor";
  const onlyBetween = (c: IndexedClaim, side: string | null, other: string) =>
    c.about.has(other) && [...c.about].every((a) => a === side || a === other || !isActor(a));
  const partyClaims = ranked.filter((r) => sideOf(r.claim) !== null && onTopic(r.claim));
  // A contrast is stated side by side: a party's claim next to another party's claim about the same things.
  const contrasted = (r: Scored) =>
    partyClaims.some(
      (o) =>
        sideOf(o.claim) !== sideOf(r.claim) &&
        Math.abs(o.claim.ordinal - r.claim.ordinal) <= 2 &&
        [...o.claim.about].filter((a) => r.claim.about.has(a)).length >= 2,
    );
  // A side is a stance: what a party holds or says, not an event it took part in.
  const rescored = ranked
    .map((r) => {
      let score = r.score;
      if (sideOf(r.claim) && contrasted(r)) score += WEIGHTS.contrast;
      // With a counterpart, a side's relation with it alone says it best ("Japan and South Korea share a historical dispute").
      if (counterpart && sideOf(r.claim) && onlyBetween(r.claim, sideOf(r.claim), counterpart.id))
        score += WEIGHTS.contrast;
      if (r.claim.kind === "event") score += WEIGHTS.sideEvent;
      return score === r.score ? r : { ...r, score };
    })
    .sort((a, b) => b.score - a.score || a.claim.ordinal - b.claim.ordinal);
  // The words the question gives each side alone: from its name to the next party's ("Japan's
  // position on the 1956 Declaration" | "Moscow's stance on the post-war annexation of …").
  // Not where the sides are compared on a third party ("South Korea's relationship with Russia …
  // with Japan"): there the words between the names are that relationship's, on both sides.
  const sideWords = counterpart
    ? new Map<string, string[]>()
    : ownWordsOfSides(
        reading.text,
        actors.filter((e) => parties.has(e.id)),
      );
  const sideShare = (r: Scored): number => {
    const side = sideOf(r.claim);
    const keys = side ? sideWords.get(side) : undefined;
    if (!keys?.length) return 0;
    return keys.filter((k) => r.claim.bag.has(k)).length / keys.length;
  };
  const bySide = rescored
    .map((r) => ({ r, score: r.score + WEIGHTS.sideTopic * sideShare(r) }))
    .sort((a, b) => b.score - a.score || a.r.claim.ordinal - b.r.claim.ordinal)
    .map(({ r }) => r);
  const queues = new Map<string, Scored[]>();
  for (const r of bySide) {
    const side = sideOf(r.claim);
    if (!side || !onTopic(r.claim)) continue;
    const list = queues.get(side) ?? [];
    list.push(r);
    queues.set(side, list);
  }
  const framing = rescored[0] && !sideOf(rescored[0].claim) ? [rescored[0]] : [];
  const out: Scored[] = [...framing];
  const lists = [...queues.values()];
  while (out.length < limit && lists.some((q) => q.length)) {
    for (const q of lists) {
      const next = q.shift();
      if (next && out.length < limit && !out.includes(next)) out.push(next);
    }
  }
  for (const r of rescored) {
    if (out.length >= limit) break;
    if (!out.some((o) => o.claim.id === r.claim.id)) out.push(r);
  }
  return out;
}

/** Words of the comparison itself, no side's topic. */
const COMPARING_KEYS = new Set(
  contentKeys(
    "differ differs differed difference differences different compare compared contrast versus each both article author",
  ),
);

/**
 * Each party's own words in the question: the content words from its name to the next party's
 * name (or the end), less those the other sides' spans share and the parties' names.
 */
function ownWordsOfSides(text: string, parties: Reading["entities"]): Map<string, string[]> {
  const lower = text.toLowerCase();
  const at = parties
    .map((e) => ({ id: e.id, from: lower.indexOf(e.surface.toLowerCase()) }))
    .filter((p) => p.from >= 0)
    .sort((a, b) => a.from - b.from);
  const names = new Set([...parties.flatMap((e) => contentKeys(e.surface)), ...COMPARING_KEYS]);
  // A span ends at the word of comparing: "Moscow and Tokyo differ on the meaning of …" gives
  // both sides the words after "differ", not the last named.
  const spans = at.map((p, i) => {
    const span = text.slice(p.from, at[i + 1]?.from ?? text.length);
    const end = /\b(?:differ\w*|different|distinct|compar\w*|contrast\w*|versus|vs)\b/i.exec(span)?.index;
    return { id: p.id, keys: contentKeys(span.slice(0, end)).filter((k) => !names.has(k)) };
  });
  const out = new Map<string, string[]>();
  for (const s of spans) {
    const others = new Set(spans.filter((o) => o !== s).flatMap((o) => o.keys));
    const own = [...new Set(s.keys.filter((k) => !others.has(k)))];
    if (spans.length >= 2) out.set(s.id, own);
  }
  return out;
}

/**
 * The parts' answers interleaved, round by round (each part's best first), without repeats. A
 * claim already given for an earlier part uses up the later part's turn in that round: it
 * answers both ("Who wrote the article and what is her position?"), and the later part's next
 * claims, weaker, wait for the next round.
 */
export function interleave<T extends { claim: IndexedClaim; contentCoverage?: number | null }>(
  lists: T[][],
  limit: number,
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  // A claim among the best of every part answers the whole question: it leads ("In what year did
  // Yeltsin make it to Japan, and what document did he issue there?").
  const whole = answersEveryPart(lists);
  if (whole && limit > 0) {
    out.push(whole);
    seen.add(whole.claim.id);
  }
  const queues = lists.map((l) => [...l]);
  while (out.length < limit && queues.some((q) => q.length)) {
    for (const q of queues) {
      const next = q.shift();
      if (!next || seen.has(next.claim.id)) continue;
      seen.add(next.claim.id);
      // A part of a sentence already given whole (wholeFirst) is given already.
      if (out.some((o) => quotesPartOf(next.claim, o.claim))) continue;
      if (out.length < limit) out.push(next);
    }
  }
  return out;
}

/** How far down each part's list a claim may sit and still count as answering that part. */
export const EVERY_PART_DEPTH = 3;

/**
 * For two or more parts, the claim that is among the first EVERY_PART_DEPTH of every part's list,
 * the one with the best places added up (then the best place in the first part); null if none.
 */
export function answersEveryPart<T extends { claim: IndexedClaim; contentCoverage?: number | null }>(
  lists: T[][],
): T | null {
  if (lists.length < 2) return null;
  // Every part's best answer is of one sentence ("Is Moscow wary of Beijing? Which countries is it
  // courting?"): that sentence answers the whole, led by the first part's own claim (with its own
  // endnote), not by another claim of the sentence found lower in every list.
  const firsts = lists.map((l) => l[0]);
  const sentence = firsts[0]?.claim.sentenceId;
  if (sentence && firsts.every((f) => f?.claim.sentenceId === sentence && f.contentCoverage !== 0))
    return firsts[0] ?? null;
  let best: { item: T; sum: number; first: number } | null = null;
  const [head, ...rest] = lists;
  for (const [first, item] of (head ?? []).slice(0, EVERY_PART_DEPTH).entries()) {
    if (item.contentCoverage === 0) continue;
    let sum = first;
    for (const list of rest) {
      const at = list.slice(0, EVERY_PART_DEPTH).findIndex((o) => o.claim.id === item.claim.id);
      // Reached by the part's names alone ("who was the message aimed at?" names Russia) is no answer to it.
      if (at < 0 || list[at]?.contentCoverage === 0) {
        sum = Number.POSITIVE_INFINITY;
        break;
      }
      sum += at;
    }
    if (sum < (best?.sum ?? Number.POSITIVE_INFINITY)) best = { item, sum, first };
  }
  return best?.item ?? sentenceForEveryPart(lists);
}

/**
 * Failing one claim, a sentence among the first EVERY_PART_DEPTH of every part's list answers the
 * whole question as well: the reader sees the sentence ("What led Moscow and Tokyo to warm up?
 * List the reasons" → "The reason behind this rapprochement is a combination of factors: …",
 * whose claims split the reasons). The sentence with the best places added up leads, by its
 * claim found in the most parts, then at the best places.
 */
function sentenceForEveryPart<T extends { claim: IndexedClaim; contentCoverage?: number | null }>(
  lists: T[][],
): T | null {
  const heads = lists.map((l) => l.slice(0, EVERY_PART_DEPTH).filter((t) => t.contentCoverage !== 0));
  const sentences = new Set(
    (heads[0] ?? []).flatMap((t) => (t.claim.sentenceId ? [t.claim.sentenceId] : [])),
  );
  let best: { sentence: string; sum: number } | null = null;
  for (const sentence of sentences) {
    let sum = 0;
    for (const head of heads) {
      const at = head.findIndex((t) => t.claim.sentenceId === sentence);
      if (at < 0) {
        sum = Number.POSITIVE_INFINITY;
        break;
      }
      sum += at;
    }
    if (sum < (best?.sum ?? Number.POSITIVE_INFINITY)) best = { sentence, sum };
  }
  if (!best) return null;
  const found = new Map<string, { item: T; parts: number; sum: number }>();
  for (const head of heads)
    head.forEach((t, at) => {
      if (t.claim.sentenceId !== best.sentence) return;
      const f = found.get(t.claim.id);
      if (f) {
        f.parts += 1;
        f.sum += at;
      } else found.set(t.claim.id, { item: t, parts: 1, sum: at });
    });
  const [lead] = [...found.values()].sort((a, b) => b.parts - a.parts || a.sum - b.sum);
  return lead?.item ?? null;
}
