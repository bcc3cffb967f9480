// Whether the article answers a reading of a question, and how sure each answer is. Decided by
// principled signals, never by the size of a score (which grows with the question's length):
//   1. the question names something the article does not know (`unrecognized`: a name it never
//      uses, a time nothing in it touches);
//   2. the best answer's coverage of the question's content (rarity-weighted, in [0, 1]) is
//      below COVERAGE_THRESHOLD: the article speaks of the same things, not of what is asked.
import type { Reading } from "./interpret.ts";
import type { Scored } from "./rank.ts";

/**
 * The least coverage of the question's content by one of the top answers for the article to
 * count as answering. Set from the labelled sets in test/fixtures/ask (answerable and not).
 */
export const COVERAGE_THRESHOLD = 0.5;

/**
 * The least coverage of the question's own words (names aside) by that answer: a claim about
 * the same entities that holds none of what is asked ("How many people live on Shikotan?")
 * does not answer.
 */
export const CONTENT_THRESHOLD = 0.3;

/** How many of the top answers may carry the coverage. */
const TOP = 3;

export interface Verdict {
  answerable: boolean;
  reason: string | null;
}

export function judge(reading: Reading, ordered: Scored[], scored: Scored[]): Verdict {
  if (reading.unrecognized.length)
    return {
      answerable: false,
      reason: `the article does not mention ${reading.unrecognized.map((u) => u.text).join(", ")}`,
    };
  if (reading.metadata === "published")
    return { answerable: false, reason: "the article does not give its publication date" };
  if (ordered.length === 0) return { answerable: false, reason: "no claim of the article matches" };
  if (reading.metadata === "author") return { answerable: true, reason: null };
  // A chronology is answered when the events it names are found and dated.
  if (reading.intent === "chronology" && ordered.length >= 2) return { answerable: true, reason: null };
  // The best answers as ordered for the kind of question, and the best-scored claims.
  const top = [...ordered.slice(0, TOP), ...scored.slice(0, 5)];
  const ok = top.some(
    (s) =>
      s.coverage >= COVERAGE_THRESHOLD &&
      (s.contentCoverage === null || s.contentCoverage >= CONTENT_THRESHOLD),
  );
  if (!ok) return { answerable: false, reason: "no claim of the article covers what is asked" };
  return { answerable: true, reason: null };
}

/**
 * An answer's confidence: the share of answers at that level that were right on the labelled
 * sets (see CONFIDENCE_TABLE), from its coverage and its place in the list.
 */
export function confidence(s: Scored, rank: number): number {
  const band = CONFIDENCE_TABLE.find((b) => s.coverage >= b.coverage && rank <= b.maxRank);
  return band ? band.confidence : 0.14;
}

/**
 * Measured on the 92 answerable questions of test/fixtures/ask/questions.json and the shared
 * dev set (448 answers): of the answers with at least this coverage at or above this place in
 * the list, the share that held an expected passage. Below every band: 0.14 (43 answers).
 * Held-out questions will do somewhat worse than the questions the bands were measured on.
 */
export const CONFIDENCE_TABLE = [
  { coverage: 0.85, maxRank: 1, confidence: 0.93 }, // 68 answers
  { coverage: 0.6, maxRank: 1, confidence: 0.74 }, // 23 answers
  { coverage: 0.5, maxRank: 1, confidence: 0.5 }, // 2 answers
  { coverage: 0.6, maxRank: 3, confidence: 0.58 }, // 119 answers
  { coverage: 0.3, maxRank: 5, confidence: 0.13 }, // 193 answers
];
