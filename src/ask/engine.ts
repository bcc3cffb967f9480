// Answers a question from the graph, deterministically and locally: link names to entities,
// read the intent and the time words, then rank every claim by entity match, text relevance
// (BM25 over the claim's quote, summary and sentence), kind and date. Chronology questions
// are answered in date order; unreadable questions fall back to text relevance alone.
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";
import { type Intent, KINDS_FOR_INTENT, readIntent } from "./intent.ts";
import { type Link, linkerOf, withoutLinkedWords } from "./linker.ts";
import { overlaps, parseTime, type TimeConstraint } from "./time.ts";
import { contentKeys } from "./words.ts";

export interface Interpretation {
  intent: Intent;
  entities: { id: string; name: string; type: string; surface: string; via: Link["form"] }[];
  speaker: string | null;
  subjects: string[];
  time: TimeConstraint | null;
  keywords: string[];
  fallback: boolean;
  explanation: string;
}

export interface RankedClaim {
  claimId: string;
  score: number;
}

interface IndexedClaim {
  id: string;
  ordinal: number;
  kind: string;
  direct: boolean;
  speaker: string;
  about: Set<string>;
  dateStart: string | null;
  dateEnd: string | null;
  hasFigure: boolean;
  inEndnote: boolean;
  terms: Map<string, number>;
  length: number;
}

class ClaimIndex {
  readonly claims: IndexedClaim[] = [];
  readonly documentFrequency = new Map<string, number>();
  readonly averageLength: number;
  /** Summits and events by participant, to find "the Putin–Mori meeting". */
  readonly eventsByParticipant = new Map<string, Set<string>>();
  readonly eventDates = new Map<string, string>();

  constructor(db: Db) {
    const sentences = new Map(
      db
        .select({ id: t.sentences.id, text: t.sentences.plainText })
        .from(t.sentences)
        .all()
        .map((s) => [s.id, s.text]),
    );
    const about = new Map<string, Set<string>>();
    for (const a of db.select().from(t.claimAbout).all()) {
      const set = about.get(a.claimId) ?? new Set<string>();
      set.add(a.entityId);
      about.set(a.claimId, set);
    }
    for (const c of db.select().from(t.claims).all()) {
      const text = [c.summary, c.quote, c.sentenceId ? sentences.get(c.sentenceId) : ""].join(" ");
      const terms = new Map<string, number>();
      const keys = contentKeys(text);
      for (const k of keys) terms.set(k, (terms.get(k) ?? 0) + 1);
      for (const k of terms.keys()) this.documentFrequency.set(k, (this.documentFrequency.get(k) ?? 0) + 1);
      this.claims.push({
        id: c.id,
        ordinal: c.ordinal,
        kind: c.kind,
        direct: c.direct,
        speaker: c.speakerId,
        about: about.get(c.id) ?? new Set(),
        dateStart: c.dateStart,
        dateEnd: c.dateEnd,
        hasFigure: /\d/.test(c.quote.replace(/\b(19|20)\d{2}\b/g, "")),
        inEndnote: c.inEndnote !== null,
        terms,
        length: keys.length,
      });
    }
    this.averageLength = this.claims.reduce((n, c) => n + c.length, 0) / Math.max(1, this.claims.length);
    for (const e of db
      .select({ id: t.entities.id, details: t.entities.details, dateStart: t.entities.dateStart })
      .from(t.entities)
      .all()) {
      const details = JSON.parse(e.details) as { participants?: string[] };
      for (const p of details.participants ?? []) {
        const set = this.eventsByParticipant.get(p) ?? new Set<string>();
        set.add(e.id);
        this.eventsByParticipant.set(p, set);
      }
      if (e.dateStart) this.eventDates.set(e.id, e.dateStart);
    }
  }

  /** BM25 of a claim for the question's content words. */
  bm25(claim: IndexedClaim, keys: string[]): number {
    const k1 = 1.2;
    const b = 0.75;
    const n = this.claims.length;
    let score = 0;
    for (const key of new Set(keys)) {
      const tf = claim.terms.get(key);
      if (!tf) continue;
      const df = this.documentFrequency.get(key) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * (tf * (k1 + 1))) / (tf + k1 * (1 - b + (b * claim.length) / this.averageLength));
    }
    return score;
  }
}

const cache = new WeakMap<Db, ClaimIndex>();
function claimIndexOf(db: Db): ClaimIndex {
  let index = cache.get(db);
  if (!index) {
    index = new ClaimIndex(db);
    cache.set(db, index);
  }
  return index;
}

export function interpret(db: Db, question: string): { interpretation: Interpretation; links: Link[] } {
  const linker = linkerOf(db);
  // Names first (without time), so that years inside names are not read as time words.
  const time = parseTime(withoutLinkedWords(question, linker.link(question, null)));
  const intent = readIntent(question);
  const links = linker.link(question, time);
  const entityInfo = (id: string) => linker.types.get(id)!;
  const actors = links.filter((l) => entityInfo(l.entityId).type === "actor");
  const speaker =
    intent === "statement" ||
    intent === "position" ||
    intent === "meeting" ||
    intent === "figure" ||
    intent === "general"
      ? (actors[0]?.entityId ?? null)
      : null;
  const subjects = links.map((l) => l.entityId).filter((id) => id !== speaker);
  const keywords = contentKeys(question);
  const fallback = links.length === 0 && intent === "general";
  const parts = [
    `intent: ${intent}`,
    speaker ? `speaker: ${entityInfo(speaker).name}` : null,
    subjects.length ? `about: ${subjects.map((s) => entityInfo(s).name).join(", ")}` : null,
    time ? `time: ${time.text}` : null,
    fallback ? "no entity or intent recognised: answered by full-text relevance" : null,
  ].filter(Boolean);
  return {
    links,
    interpretation: {
      intent,
      entities: links.map((l) => ({
        id: l.entityId,
        name: entityInfo(l.entityId).name,
        type: entityInfo(l.entityId).type,
        surface: l.surface,
        via: l.form,
      })),
      speaker,
      subjects,
      time,
      keywords,
      fallback,
      explanation: parts.join("; "),
    },
  };
}

/** Scores every claim for the question; the best first. */
export function rankClaims(db: Db, interpretation: Interpretation, limit: number): RankedClaim[] {
  const index = claimIndexOf(db);
  const { intent, speaker, subjects, time, keywords } = interpretation;
  const preferredKinds = KINDS_FOR_INTENT[intent];
  // Events named through their participants ("the Putin–Mori meeting").
  const linkedIds = new Set([...(speaker ? [speaker] : []), ...subjects]);
  const impliedEvents = new Set<string>();
  const people = [...linkedIds].filter((id) => index.eventsByParticipant.has(id));
  for (const a of people) {
    for (const b of people) {
      if (a >= b) continue;
      for (const event of index.eventsByParticipant.get(a)!)
        if (index.eventsByParticipant.get(b)!.has(event)) impliedEvents.add(event);
    }
  }
  const scored = index.claims.map((c) => {
    const text = index.bm25(c, keywords);
    let score = text;
    if (speaker) {
      if (c.speaker === speaker) score += 4;
      else if (c.about.has(speaker)) score += 1.5;
    }
    for (const s of subjects) {
      if (c.about.has(s)) score += 2.5;
      else if (c.speaker === s) score += 1.5;
    }
    for (const e of impliedEvents) if (c.about.has(e)) score += 2;
    const kindRank = preferredKinds.indexOf(c.kind);
    if (kindRank >= 0) score += 1.5 - kindRank * 0.5;
    if (intent === "statement" && c.direct) score += 0.5;
    if (intent === "figure" && c.hasFigure) score += 2;
    if (time) {
      if (c.dateStart && c.dateEnd) score += overlaps(time, c.dateStart, c.dateEnd) ? 2.5 : -3;
      else score -= 0.5;
    }
    return { claim: c, score, text };
  });
  const relevant = scored.filter((s) => s.score > 0.5 && (s.text > 0 || s.score >= 3));
  relevant.sort((a, b) => b.score - a.score || a.claim.ordinal - b.claim.ordinal);
  if (intent === "chronology")
    return chronology(index, relevant, eventGroups(interpretation, impliedEvents), limit);
  if (intent === "difference") return sideBySide(relevant, interpretation, limit);
  return relevant.slice(0, limit).map((s) => ({ claimId: s.claim.id, score: round(s.score) }));
}

/**
 * The events a chronology question names, grouped by the words that named them: "the
 * Yeltsin–Hashimoto summits" is one item even though it names the series and both summits.
 */
function eventGroups(interpretation: Interpretation, implied: Set<string>): string[][] {
  const bySurface = new Map<string, string[]>();
  for (const e of interpretation.entities) {
    const list = bySurface.get(e.surface) ?? [];
    list.push(e.id);
    bySurface.set(e.surface, list);
  }
  const groups = [...bySurface.values()];
  const named = new Set(groups.flat());
  for (const event of implied) if (!named.has(event)) groups.push([event]);
  return groups;
}

/** One claim per named event or document, the best about it, in the order the events happened. */
function chronology(
  index: ClaimIndex,
  ranked: { claim: IndexedClaim; score: number }[],
  groups: string[][],
  limit: number,
): RankedClaim[] {
  const chosen = new Map<string, { claim: IndexedClaim; score: number; date: string }>();
  for (const group of groups) {
    const dates = group.map((id) => index.eventDates.get(id)).filter((d): d is string => d !== undefined);
    if (dates.length === 0) continue;
    const best = ranked.find((r) => group.some((id) => r.claim.about.has(id)) && !chosen.has(r.claim.id));
    if (best) chosen.set(best.claim.id, { ...best, date: dates.sort()[0]! });
  }
  const ordered = [...chosen.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.claim.ordinal - b.claim.ordinal,
  );
  if (ordered.length < 2) {
    const dated = ranked.filter((r) => r.claim.dateStart).slice(0, limit);
    dated.sort((a, b) => (a.claim.dateStart! < b.claim.dateStart! ? -1 : 1));
    return dated.map((r) => ({ claimId: r.claim.id, score: round(r.score) }));
  }
  return ordered.slice(0, limit).map((r) => ({ claimId: r.claim.id, score: round(r.score) }));
}

/**
 * For "how do A and B differ on X": each named party's best claims about X, interleaved so that
 * both sides show, then the rest (the author's framing of the contrast).
 */
function sideBySide(
  ranked: { claim: IndexedClaim; score: number }[],
  interpretation: Interpretation,
  limit: number,
): RankedClaim[] {
  const parties = new Set(interpretation.entities.filter((e) => e.type === "actor").map((e) => e.id));
  const topics = interpretation.entities.filter((e) => e.type !== "actor").map((e) => e.id);
  const onTopic = (c: IndexedClaim) => topics.length === 0 || topics.some((t) => c.about.has(t));
  // A contrast is stated side by side: a party's claim next to another party's claim about the same things.
  const partyClaims = ranked.filter((r) => parties.has(r.claim.speaker) && onTopic(r.claim));
  const contrasted = (c: IndexedClaim) =>
    partyClaims.some(
      (o) =>
        o.claim.speaker !== c.speaker &&
        Math.abs(o.claim.ordinal - c.ordinal) <= 2 &&
        [...o.claim.about].filter((a) => c.about.has(a)).length >= 2,
    );
  const rescored = ranked
    .map((r) => (parties.has(r.claim.speaker) && contrasted(r.claim) ? { ...r, score: r.score + 4 } : r))
    .sort((a, b) => b.score - a.score || a.claim.ordinal - b.claim.ordinal);
  const queues = new Map<string, { claim: IndexedClaim; score: number }[]>();
  for (const r of rescored) {
    if (!parties.has(r.claim.speaker) || !onTopic(r.claim)) continue;
    const list = queues.get(r.claim.speaker) ?? [];
    list.push(r);
    queues.set(r.claim.speaker, list);
  }
  const out: { claim: IndexedClaim; score: number }[] = [];
  const lists = [...queues.values()];
  while (out.length < limit && lists.some((q) => q.length)) {
    for (const q of lists) {
      const next = q.shift();
      if (next && out.length < limit) out.push(next);
    }
  }
  for (const r of rescored) {
    if (out.length >= limit) break;
    if (!out.includes(r)) out.push(r);
  }
  return out.map((r) => ({ claimId: r.claim.id, score: round(r.score) }));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
