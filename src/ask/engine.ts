// Answers a question from the graph, deterministically and locally: read the question
// (interpret.ts), score every claim for it (rank.ts), order the claims by kind of question
// (strategies.ts), decide whether the article answers it at all (answerability.ts) and put the
// direct answer together in the article's own words (answer.ts). A coordinated question is
// answered part by part, and the parts' best answers lead.
import { extend } from "../lib/extend.ts";
import { must } from "../lib/must.ts";
import { directAnswer, type LeadRole, leadClaims, sentenceOf, withMarkerSentences } from "./answer.ts";
import { confidence, judge, type Verdict } from "./answerability.ts";
import { focusOf } from "./focus.ts";
import type { AskIndex, IndexedClaim } from "./index.ts";
import { YES_NO } from "./intent.ts";
import { type Interpretation, interpret, type Reading } from "./interpret.ts";
import { asksForReason, givesReason, type Scored, scoreClaims, whyFrameWords } from "./rank.ts";
import { inOrder } from "./sequence.ts";
import { interleave, order, relevant, withoutReciprocal } from "./strategies.ts";
import { contentKeys, words } from "./words.ts";

export type AskStatus = "answered" | "partial" | "unanswerable";

export interface RankedAnswer {
  claimId: string;
  score: number;
  confidence: number;
  /** The part of the question it answers (0-based), or null for a single question. */
  part: number | null;
  /**
   * For the first answer: the other claims the direct answer is put together from (another
   * part's answer, the other side, the sentence its own points back to), in the answer's order.
   */
  alongside?: { claimId: string; part: number | null; role: LeadRole }[];
}

export interface AskResult {
  status: AskStatus;
  answer: string;
  answers: RankedAnswer[];
  related: { claimId: string; score: number }[];
  interpretation: Omit<Interpretation, "parts"> & {
    parts: (Reading & { answered: boolean; reason: string | null })[];
  };
}

/**
 * A part that leans on the one before: a pronoun ("when did he say it"), or a reaction to what
 * that part asked of ("…, and how did Tokyo respond?").
 */
const REFERS_BACK =
  /\b(it|that|this|they|them|these|those|its|then)\b|\b(respond|responded|react|reacted|reply|replied|retort|retorted)\s*[?.!]?$/i;

/**
 * "…, and when was it published?" after a question for a cited work: "it" is the work, whose
 * date its endnote gives; the part is answered by the claims that answer the part before.
 */
const WORK_DATE_ASKED =
  /^\W*(?:and\s+)?(?:when|(?:in\s+)?(?:what|which)\s+year)\b[^?]*\b(?:it|that|this)\b[^?]*\b(?:published|written|released|issued|out|appear(?:ed)?)\b/i;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * What the asker would accept of the part before, which asks nothing new: "A rough figure in
 * millions would do.", "I'd like the names of the ministers.", "Any official statement?"
 */
const WISH =
  /^\W*(?:(?:an?|the|some|any)\s+)?[\p{L}\s'’-]{0,40}?\b(?:would|will)\s+do\W*$|^\W*(?:i['’]?d|i\s+would)\s+(?:like|love|want|appreciate)\b|^\W*any\s+(?:official\s+)?(?:statement|figures?|numbers?|names?|details?|dates?|word)\W*$/iu;

/** The asker's guess at an answer: "Tokyo, I presume?", "in 1993, I think?". */
const GUESS = /\bI\s+(?:presume|guess|suppose|assume|think|imagine|reckon)\s*\??\s*$/i;

/** Answers a question with the index of the dataset it is asked of (`dataset.ask`). */
export function ask(index: AskIndex, question: string, limit = 5): AskResult {
  const interpretation = interpret(index, question);
  const readings: Reading[] = interpretation.parts.length ? interpretation.parts : [interpretation];
  let previousSentence: { document: string; ordinal: number } | null = null;
  let previousUnknown: string | null = null;
  let previousUnanswered: string | null = null;
  /** One part answered: read, scored, ordered and judged, with what the parts before it left. */
  function answerPart(asked: Reading, i: number, before: Reading | undefined) {
    // Or names nothing and asks little of its own ("…, and in what field?", "and when?").
    const refersBack =
      i > 0 &&
      (REFERS_BACK.test(asked.text.trim()) || (!asked.metadata && contentKeys(asked.text).length <= 1));
    // "Who succeeded Mori, and did he continue his line?": "he" is the one the part before asked for.
    // "What does Andrew Bowen conclude …, and what evidence does he offer?": "he" is the one
    // the part before named (a person, or a cited work's author), when this part names no one.
    const pointsToPerson =
      before !== undefined &&
      /\b(?:he|she|him|his|her)\b/i.test(asked.text) &&
      (/^\s*who\b/i.test(before.text) ||
        ((before.works.length > 0 || before.entities.some((e) => isPerson(index, e.id))) &&
          !asked.entities.some((e) => isPerson(index, e.id))));
    // "Which minister went to Moscow in December 2013 to discuss cooperation projects, and which
    // projects were agreed?": an instance asked of a kind the part before named, naming nothing new.
    const focus = i > 0 ? focusOf(asked.text) : null;
    const head = focus?.role === "asked" ? words(focus.text).at(-1)?.key : undefined;
    const sameKind =
      before !== undefined &&
      head !== undefined &&
      before.coverageTerms.some((t) => t.key === head) &&
      asked.entities.every((e) => asked.inherited?.includes(e.id));
    // "… — was there a joint communiqué or something?", "… Were the South Koreans pleased or
    // worried?", "… Tokyo, I presume?": a yes/no or a guess of what the part before asked,
    // naming nothing it did not.
    const clarifies =
      i > 0 &&
      before !== undefined &&
      (YES_NO.test(asked.text) || GUESS.test(asked.text) || WISH.test(asked.text)) &&
      asked.entities.every(
        (e) => asked.inherited?.includes(e.id) || before.entities.some((b) => b.id === e.id),
      );
    // "…, and what was behind them?": a part that asks only why of the part before is about that
    // part's words.
    const frame = whyFrameWords(asked.text);
    const reading =
      refersBack && before && asked.coverageTerms.every((t) => frame.has(t.folded))
        ? { ...asked, coverageTerms: before.coverageTerms }
        : asked;
    const scored = scoreClaims(
      index,
      reading,
      refersBack ? previousSentence : null,
      i > 0 && !refersBack ? previousSentence : null,
    );
    const ordered =
      reading.intent === "chronology"
        ? inOrder(index, reading, relevant(scored), Math.max(limit, 5))
        : order(index, reading, scored, Math.max(limit, 5));
    const lead = ordered[0]?.claim;
    previousSentence =
      lead && lead.sentenceOrdinal !== null
        ? { document: lead.document, ordinal: lead.sentenceOrdinal }
        : null;
    // "Who won the Russo-Japanese War of 1904-05 and which treaty ended it?": a part that refers
    // back to something the article never mentions cannot be answered either.
    const verdict: Verdict =
      refersBack && previousUnknown
        ? { answerable: false, reason: `it refers to ${previousUnknown}`, unrecognized: [], support: null }
        : (refersBack || pointsToPerson || clarifies || sameKind) && previousUnanswered
          ? {
              answerable: false,
              reason: `it refers to ${previousUnanswered}`,
              unrecognized: [],
              support: null,
            }
          : judge(index, reading, ordered, scored);
    // "What was Japan's defence budget in 2013, and how much did it grow?": a part about what the
    // part before asked, which the article does not answer, is not answered either.
    previousUnanswered = verdict.answerable ? null : `what the article does not answer (“${reading.text}”)`;
    const unknown = [...reading.unrecognized, ...verdict.unrecognized].map((u) => u.text);
    previousUnknown = unknown.length ? `${unknown.join(", ")}, which the article does not mention` : null;
    return { reading, scored, ordered, verdict };
  }
  const perPart: { reading: Reading; scored: Scored[]; ordered: Scored[]; verdict: Verdict }[] = [];
  readings.forEach((asked, i) => {
    const before = i > 0 ? readings[i - 1] : undefined;
    const answeredBefore = perPart.at(-1);
    // "Which work does the author cite for X, and when was it published?": the work's claims answer both.
    if (before?.intent === "source" && answeredBefore && WORK_DATE_ASKED.test(asked.text)) {
      perPart.push({ ...answeredBefore, reading: asked });
      return;
    }
    perPart.push(answerPart(asked, i, before));
  });
  const answered = perPart.filter((p) => p.verdict.answerable);
  const status: AskStatus =
    answered.length === 0 ? "unanswerable" : answered.length < perPart.length ? "partial" : "answered";
  const multi = perPart.length > 1;
  const lists = answered.map((p) =>
    p.ordered.map((s, rank) => extend(s, { rank, part: multi ? perPart.indexOf(p) : null })),
  );
  const merged = interleave(lists, limit);
  const answers: RankedAnswer[] = merged.map((s) => ({
    claimId: s.claim.id,
    score: round(s.score),
    confidence: confidence(s, s.rank + 1),
    part: s.part,
  }));
  let answer: string;
  if (status === "unanswerable") {
    const reasons = [...new Set(perPart.map((p) => p.verdict.reason).filter(Boolean))];
    answer = `The article does not answer this: ${reasons.join("; ")}.`;
  } else {
    const first = must(perPart[0], "the question's first part");
    const leading = multi
      ? answered.flatMap((p) => [
          { claim: must(p.ordered[0], "an answered part's first answer").claim, part: perPart.indexOf(p) },
          // "Why would Washington welcome it, …": a part's reason follows its first answer.
          ...explanationOf(p.reading, p.ordered).map((claim) => ({
            claim,
            part: perPart.indexOf(p),
            role: "reason" as const,
          })),
        ])
      : [
          ...sideBySideLead(first.reading, first.ordered).map((claim) => ({ claim, part: null })),
          ...explanationOf(first.reading, first.ordered).map((claim) => ({
            claim,
            part: null,
            role: "reason" as const,
          })),
        ];
    // "Put in order: A, B, C": the answer is every event named, in the order they happened.
    const sequence = !multi && first.reading.intent === "chronology" && first.ordered.length > 1;
    const leadOf = sequence
      ? leadClaims(
          index,
          first.ordered.slice(0, limit).map((s) => ({ claim: s.claim, part: null })),
          "sequence",
          false,
          limit,
        )
      : leadClaims(
          index,
          leading,
          multi ? "part" : "side",
          !first.reading.excluded,
          Math.max(2, leading.length),
        );
    // A question about the sources shows the sentence its note stands after.
    const lead = first.reading.intent === "source" && !sequence ? withMarkerSentences(index, leadOf) : leadOf;
    // The first answer carries the claims its direct answer is put together with.
    const head = answers[0];
    if (head) {
      const others = lead.filter((l) => l.claim.id !== head.claimId);
      // A claim that answers every part may lead without being any part's best: it carries them all.
      if (others.length && (others.length < lead.length || multi))
        head.alongside = others.map((l) => ({ claimId: l.claim.id, part: l.part, role: l.role ?? "part" }));
    }
    // A question about the sources also names the works cited.
    const r = first.reading;
    answer = directAnswer(
      lead.map((l) => l.claim),
      r.intent === "source" || r.works.length > 0 || r.section?.kind === "endnotes",
    );
    if (status === "partial") {
      const missing = perPart.filter((p) => !p.verdict.answerable).map((p) => `“${p.reading.text}”`);
      answer += ` The article does not answer ${missing.join(", ")}.`;
    }
  }
  const related =
    status === "unanswerable"
      ? relevant(perPart.flatMap((p) => p.scored))
          .sort((a, b) => b.score - a.score)
          .filter(firstOfClaim())
          .slice(0, 5)
          .map((s) => ({ claimId: s.claim.id, score: round(s.score) }))
      : [];
  // What the judge found the article never speaks of joins what the reading did not recognise.
  const withFound = <R extends Reading>(r: R, found: Reading["unrecognized"]): R => ({
    ...r,
    unrecognized: [...r.unrecognized, ...found.filter((f) => !r.unrecognized.some((u) => u.text === f.text))],
  });
  return {
    status,
    answer,
    answers,
    related,
    interpretation: {
      ...withFound(
        interpretation,
        perPart.flatMap((p) => p.verdict.unrecognized),
      ),
      parts: multi
        ? perPart.map((p) =>
            extend(withFound(p.reading, p.verdict.unrecognized), {
              answered: p.verdict.answerable,
              reason: p.verdict.reason,
            }),
          )
        : [],
    },
  };
}

/** A filter that keeps each claim's first entry (a claim scored by several parts). */
function firstOfClaim(): (s: Scored) => boolean {
  const seen = new Set<string>();
  return (s) => {
    if (seen.has(s.claim.id)) return false;
    seen.add(s.claim.id);
    return true;
  };
}

/**
 * For "why", when the first answer gives no reason ("… is a welcome development that should be
 * encouraged."): the answers after it that are the next sentences of its paragraph, which
 * explain it ("Greater Russian engagement … contributes to …", "It also undermines …").
 */
function explanationOf(reading: Reading, ordered: Scored[]): IndexedClaim[] {
  const lead = ordered[0]?.claim;
  if (!lead || lead.sentenceOrdinal === null || !asksForReason(reading.text) || givesReason(lead.sentence))
    return [];
  const out: IndexedClaim[] = [];
  for (const s of ordered.slice(1, 3)) {
    const c = s.claim;
    const next = lead.sentenceOrdinal + out.length + 1;
    if (c.paragraphId !== lead.paragraphId || c.sentenceOrdinal !== next) break;
    out.push(c);
  }
  return out;
}

/** For a difference or comparison, the first two sides; otherwise the best claim. */
function sideBySideLead(reading: Reading, ordered: Scored[]) {
  const two =
    reading.intent === "difference" ||
    /\b(each|both|compare\w*|versus)\b/i.test(withoutReciprocal(reading.text));
  return ordered.slice(0, two ? 2 : 1).map((s) => s.claim);
}

export { sentenceOf };

function isPerson(index: AskIndex, id: string): boolean {
  return index.entities.byId.get(id)?.row.kind === "person";
}
