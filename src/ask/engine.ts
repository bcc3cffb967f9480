// Answers a question from the graph, deterministically and locally: link names to entities,
// read the intent and the time words, then rank every claim by entity match, text relevance
// (BM25 over the claim's quote, summary and sentence), kind and date. Chronology questions
// are answered in date order; unreadable questions fall back to text relevance alone.
import type { CoreDataset } from "../dataset/core.ts";
import { storedFields } from "../dataset/entities.ts";
import { stepsOf } from "../dataset/relations.ts";
import * as t from "../db/schema.ts";
import { type Intent, KINDS_FOR_INTENT, readIntent } from "./intent.ts";
import { EntityLinker, type Link, withoutLinkedWords } from "./linker.ts";
import { overlaps, parseTime, type TimeConstraint } from "./time.ts";
import { contentKeys, withRelatedWords } from "./words.ts";

/**
 * Words an answer of some intents tends to use though the question does not: an outcome is
 * told as "agreed", "not fruitful", "did not result in any new developments".
 */
const INTENT_WORDS: Partial<Record<Intent, string[]>> = {
  outcome: ["result", "fruitful", "unsuccessful", "agre", "fail", "success", "development", "postpon"],
};

export interface Interpretation {
  question: string;
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
  sentenceId: string | null;
  /** Index of the claim in both text fields. */
  doc: number;
}

/** One text field of the claims, scored with BM25 (k1 1.2, b 0.75). */
class TextField {
  private readonly docs: { terms: Map<string, number>; length: number }[] = [];
  private readonly documentFrequency = new Map<string, number>();
  private averageLength = 0;

  add(text: string): void {
    const keys = contentKeys(text);
    const terms = new Map<string, number>();
    for (const k of keys) terms.set(k, (terms.get(k) ?? 0) + 1);
    for (const k of terms.keys()) this.documentFrequency.set(k, (this.documentFrequency.get(k) ?? 0) + 1);
    this.docs.push({ terms, length: keys.length });
    this.averageLength += (keys.length - this.averageLength) / this.docs.length;
  }

  score(doc: number, keys: string[]): number {
    const { terms, length } = this.docs[doc]!;
    const n = this.docs.length;
    let score = 0;
    for (const key of new Set(keys)) {
      const tf = terms.get(key);
      if (!tf) continue;
      const df = this.documentFrequency.get(key) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * (tf * 2.2)) / (tf + 1.2 * (0.25 + (0.75 * length) / Math.max(1, this.averageLength)));
    }
    return score;
  }
}

/**
 * Words that ask about a typed relation of the graph: "Who administers the South Kurils?" is
 * answered by the sentence that states an `administers` edge of the South Kurils.
 */
const RELATION_CUES: [RegExp, string][] = [
  [/\badministe\w*|\bcontrol\w*|\bruns?\b/, "administers"],
  [/\bclaim(s|ed|ing|ant)?\b|\bowner\w*/, "claims"],
  [/\bpart(y|ies) to\b|\bsign(ed|atory|atories)?\b/, "party_to"],
  [/\bmember\w*/, "member_of"],
  [/\blead(s|er|ers)?\b|\bhead(s|ed)?\b/, "leader_of"],
  [/\blocated\b|\bwhere (is|are|was|were)\b|\blies\b|\blie\b/, "located_in"],
  [/\bpart of\b|\bmake up\b|\bmade up\b|\bconsist\w*|\bbelong\w*/, "part_of"],
  [/\bvisit\w*/, "visited"],
  [/\bally|\ballie[sd]\b|\balliance\b/, "allied_with"],
  [/\bpartner\w*/, "partner_of"],
  [/\bdisput\w*|\bconflict\w*/, "disputes_with"],
  [/\btake part|\btook part|\battend\w*|\bparticipa\w*/, "participated_in"],
  [/\bissu\w*|\bpublish\w*|\breleas\w*/, "issued"],
];

/** How much a word in the names of what a claim is about counts against a word of its text. */
const SUBJECT_NAME_WEIGHT = 0.4;

class ClaimIndex {
  readonly claims: IndexedClaim[] = [];
  /** The claim's summary, quote and sentence. */
  private readonly text = new TextField();
  /** The names of the entities the claim is about. */
  private readonly subjectNames = new TextField();
  /** Summits and events by participant, to find "the Putin–Mori meeting". */
  readonly eventsByParticipant = new Map<string, Set<string>>();
  readonly eventDates = new Map<string, string>();
  private readonly actorIds = new Set<string>();

  constructor(private readonly data: CoreDataset) {
    const { sentences } = data.text;
    const catalog = data.entities;
    const about = new Map<string, Set<string>>();
    for (const a of data.db.select().from(t.claimAbout).all()) {
      const set = about.get(a.claimId) ?? new Set<string>();
      set.add(a.entityId);
      about.set(a.claimId, set);
    }
    for (const c of data.db.select().from(t.claims).all()) {
      this.text.add(
        [c.summary, c.quote, c.sentenceId ? sentences.get(c.sentenceId)?.plainText : ""].join(" "),
      );
      // The names of what a claim is about count too, less: "all these meetings were not
      // fruitful" is about the Yeltsin–Hashimoto summits though it does not name them.
      this.subjectNames.add(
        [...(about.get(c.id) ?? [])].map((id) => catalog.byId.get(id)?.row.name ?? "").join(" "),
      );
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
        sentenceId: c.sentenceId,
        doc: this.claims.length,
      });
    }
    for (const record of catalog.all) {
      const { id, type, dateStart } = record.row;
      if (type === "actor") this.actorIds.add(id);
      if (type === "summit") {
        for (const p of storedFields.summit(record).participants) {
          const set = this.eventsByParticipant.get(p) ?? new Set<string>();
          set.add(id);
          this.eventsByParticipant.set(p, set);
        }
      }
      if (dateStart) this.eventDates.set(id, dateStart);
    }
  }

  /** Sentences (and claims) that state a relation of one of these types touching one of these entities. */
  relationEvidence(entityIds: string[], types: Set<string>): { sentences: Set<string>; claims: Set<string> } {
    const sentences = new Set<string>();
    const claims = new Set<string>();
    for (const id of entityIds) {
      for (const { relation } of stepsOf(this.data.relations, id)) {
        if (!types.has(relation.type)) continue;
        if (relation.sentenceId) sentences.add(relation.sentenceId);
        if (relation.claimId) claims.add(relation.claimId);
      }
    }
    return { sentences, claims };
  }

  isActor(id: string): boolean {
    return this.actorIds.has(id);
  }

  /** Text relevance of a claim for the question's content words. */
  relevance(claim: IndexedClaim, keys: string[]): number {
    return this.text.score(claim.doc, keys) + SUBJECT_NAME_WEIGHT * this.subjectNames.score(claim.doc, keys);
  }
}

/** The question engine's index of one dataset: the name linker and the claim index. */
export interface AskIndex {
  linker: EntityLinker;
  claims: ClaimIndex;
}

/** Builds the index; called once per dataset, when its database is opened (src/dataset/dataset.ts). */
export function buildAskIndex(data: CoreDataset): AskIndex {
  return { linker: new EntityLinker(data), claims: new ClaimIndex(data) };
}

/** What the engine reads: the dataset and its index. */
export type AskData = CoreDataset & { ask: AskIndex };

export function interpret(
  data: AskData,
  question: string,
): { interpretation: Interpretation; links: Link[] } {
  const linker = data.ask.linker;
  // Names first (without time), so that years inside names are not read as time words.
  const time = parseTime(withoutLinkedWords(question, linker.link(question, null)));
  const intent = readIntent(question);
  const links = linker.link(question, time);
  const entityInfo = (id: string) => data.entities.byId.get(id)!.row;
  const actors = links.filter((l) => entityInfo(l.entityId).type === "actor");
  // Whose words or stance are asked for: the first actor named. A meeting is between the
  // people named ("What happened between Russia and Japan?" has no speaker).
  const people = actors.filter((l) => entityInfo(l.entityId).kind === "person");
  const speaker =
    intent === "meeting"
      ? (people[0]?.entityId ?? null)
      : intent === "statement" || intent === "position" || intent === "figure" || intent === "general"
        ? (actors[0]?.entityId ?? null)
        : null;
  const subjects = links.map((l) => l.entityId).filter((id) => id !== speaker);
  const keywords = [...withRelatedWords(contentKeys(question)), ...(INTENT_WORDS[intent] ?? [])];
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
      question,
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
export function rankClaims(data: AskData, interpretation: Interpretation, limit: number): RankedClaim[] {
  const index = data.ask.claims;
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
  const lowered = interpretation.question.toLowerCase();
  const relationTypes = new Set(RELATION_CUES.filter(([cue]) => cue.test(lowered)).map(([, type]) => type));
  const stated = index.relationEvidence([...linkedIds], relationTypes);
  const scored = index.claims.map((c) => {
    const text = index.relevance(c, keywords);
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
    if (stated.claims.has(c.id) || (c.sentenceId && stated.sentences.has(c.sentenceId))) score += 4;
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
  // A stance next to another named actor's claim is an answer to it ("How did Japan answer
  // Losyukov?"): reward claims by one named actor that follow a claim by or about another.
  const actors = [speaker, ...subjects].filter((id): id is string => id !== null && index.isActor(id));
  if (actors.length >= 2 && (intent === "position" || intent === "statement" || intent === "difference")) {
    const byOrdinal = new Map(index.claims.map((c) => [c.ordinal, c]));
    for (const s of scored) {
      if (!actors.includes(s.claim.speaker)) continue;
      for (let back = 1; back <= 3; back++) {
        const before = byOrdinal.get(s.claim.ordinal - back);
        const other = actors.filter((a) => a !== s.claim.speaker);
        if (before && other.some((a) => before.speaker === a || before.about.has(a))) {
          s.score += 2.5;
          break;
        }
      }
    }
  }
  // A reason is usually given in the same sentence as what it explains ("Japan refuses to sign
  // the treaty as it demands …"): for a "why" question, the other claims of the best claims'
  // sentences come along.
  if (/\b(why|reason|reasons|because|explain)\b/.test(lowered)) {
    const best = [...scored].sort((a, b) => b.score - a.score).slice(0, 2);
    const sentences = new Set(best.map((b) => b.claim.sentenceId).filter((id): id is string => id !== null));
    for (const s of scored) {
      if (s.claim.sentenceId && sentences.has(s.claim.sentenceId) && !best.includes(s)) s.score += 3;
    }
  }
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
    // The claim that reports the event itself, else the best one about it.
    const about = ranked.filter((r) => group.some((id) => r.claim.about.has(id)) && !chosen.has(r.claim.id));
    const best = about.find((r) => r.claim.kind === "event") ?? about[0];
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
 * For "how do A and B differ on X": the author's framing when it is the best match, then each
 * named party's best claims about X, interleaved so that both sides show, then the rest.
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
  // The best claim of all leads when no party holds it: the author's framing of the contrast
  // ("a major stumbling block … differing interpretations", "the reason behind this rapprochement").
  const framing = rescored[0] && !parties.has(rescored[0].claim.speaker) ? [rescored[0]] : [];
  const out: { claim: IndexedClaim; score: number }[] = [...framing];
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
