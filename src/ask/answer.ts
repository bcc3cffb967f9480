// The direct answer: one or two sentences in the article's own words, each claim's quote with
// its endnote number, e.g. "In 2001, Putin affirmed that the 1956 Declaration was still valid [16]."
// Nothing is added but the bracketed endnote and a closing full stop; a question about sources
// also gets each endnote's own text ("[24] Kanwal Sibal, …"), so that the cited work is named.
// A sentence that opens by pointing back ("To achieve this national objective, …", "It is
// because of …") is read with the sentence it points to, which comes first.
import { plainMarkdown, stripMarkers } from "../lib/text.ts";
import type { AskIndex, IndexedClaim } from "./index.ts";

export function sentenceOf(claim: IndexedClaim): string {
  // A quote cut from inside its sentence ("are driving the country to ‘rethink’ …", "which …")
  // is no sentence of its own: the whole sentence is told. One that opens on a capital or on
  // "the" reads as a sentence ("the 1956 Declaration was still valid").
  const whole = /^(?:\p{Lu}|the\b|['‘"“]?\d)/u.test(claim.quote.trim()) ? claim.quote : claim.sentence;
  let text = stripMarkers(whole)
    .trim()
    .replace(/[.;,:]+$/, "");
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const note = claim.endnote !== null ? ` [${claim.endnote}]` : "";
  // A quote that ends a question or an exclamation (the title) keeps its own mark.
  return /[?!]$/.test(text) && !note ? text : `${text}${note}.`;
}

/** Why a claim is in the direct answer beside the first answer. */
export type LeadRole = "part" | "side" | "antecedent" | "sequence" | "reason" | "marker";

export interface LeadClaim {
  claim: IndexedClaim;
  /** Null for the first answer's own claim. */
  role: LeadRole | null;
  /** The part of a coordinated question it answers, or null. */
  part: number | null;
}

/**
 * A sentence whose opening words point back to the one before: a pronoun subject ("It also
 * needs …", "He announced …"), a demonstrative ("This resulted in …", "To achieve this national
 * objective, …", "However, all these meetings …") or "To which …". Read alone it does not say
 * what it is about.
 */
const POINTS_BACK =
  /^(?:(?:but|however|hence|also|thus|therefore|likewise|similarly|yet|and),?\s+)?(?:(?:it|they|he|she|this|these|those|such|to which)\b|(?:(?:in order )?to \w+|all|of|from|for|in|with|because of|due to) (?:this|these|those|such)\b)/i;

export function pointsBack(sentence: string): boolean {
  return POINTS_BACK.test(stripMarkers(sentence).trim());
}

/**
 * The claims the direct answer is put together from: the leading claims (one per part or side,
 * at most two, a second claim from the same sentence left out), and before each whose sentence
 * points back, a claim of the sentence it points to (the one before, in its paragraph): "However,
 * he also made it clear …" does not say who "he" is.
 */
export function leadClaims(
  index: Pick<AskIndex, "claimsAt">,
  /** The leading claims, best first; one may say why it is read with the first (`role`). */
  claims: { claim: IndexedClaim; part: number | null; role?: LeadRole }[],
  role: LeadRole,
  /** False when the question sets something aside: the sentence before may state just that ("Apart from X, …"). */
  antecedent = true,
  /** How many leading claims: two, or every event of an ordering question. */
  max = 2,
): LeadClaim[] {
  const picked: LeadClaim[] = [];
  for (const { claim: c, part, role: own } of claims) {
    if (picked.length >= max) break;
    // A second claim from the same sentence adds nothing a reader would miss.
    if (
      picked.some(
        ({ claim: p }) =>
          p.id === c.id || (p.sentenceId && p.sentenceId === c.sentenceId && p.quote.includes(c.quote)),
      )
    )
      continue;
    picked.push({ claim: c, role: picked.length ? (own ?? role) : null, part });
  }
  if (!antecedent) return picked;
  // Each claim whose sentence points back is read after the sentence it points to, unless that one is already there.
  const out: LeadClaim[] = [];
  for (const l of picked) {
    const c = l.claim;
    if (c.sentenceOrdinal !== null && pointsBack(c.sentence)) {
      const before = index
        .claimsAt(c.document, c.sentenceOrdinal - 1)
        .filter((b) => b.paragraphId === c.paragraphId);
      // The claim quoting most of that sentence stands for it.
      const first = before.sort((a, b) => b.quote.length - a.quote.length || a.ordinal - b.ordinal)[0];
      if (first && !picked.some((p) => p.claim.sentenceId === first.sentenceId))
        out.push({ claim: first, role: "antecedent", part: l.part });
    }
    out.push(l);
  }
  return out;
}

/**
 * For a question about sources: after each leading claim whose sentence's endnote marker stands
 * after a later sentence of its paragraph (the design's rule), the claim of the sentence that
 * bears it, so that the answer shows where the note stands: "Putin … expressed his intentions to …
 * 'pivot East'" is cited by ¹⁷ after "He announced ambitious plans to boost Russia's economic growth …".
 */
export function withMarkerSentences(index: Pick<AskIndex, "claimsAt">, lead: LeadClaim[]): LeadClaim[] {
  const out: LeadClaim[] = [];
  for (const l of lead) {
    out.push(l);
    const c = l.claim;
    if (!c.noteLater || c.endnote === null || c.sentenceOrdinal === null || l.role === "marker") continue;
    for (let k = 1; k <= 4; k++) {
      const next = index
        .claimsAt(c.document, c.sentenceOrdinal + k)
        .filter((b) => b.paragraphId === c.paragraphId)
        .sort((a, b) => b.quote.length - a.quote.length || a.ordinal - b.ordinal)[0];
      if (!next || next.endnote !== c.endnote) break;
      if (next.noteLater) continue;
      if (
        !lead.some((p) => p.claim.sentenceId === next.sentenceId) &&
        !out.some((p) => p.claim.id === next.id)
      )
        out.push({ claim: next, role: "marker", part: l.part });
      break;
    }
  }
  return out;
}

/** The direct answer from the lead claims (leadClaims); with `notes`, their endnotes' text. */
export function directAnswer(claims: IndexedClaim[], notes = false): string {
  // A claim whose words another claim of its sentence quotes in full is read in that one: "Xi
  // proposed …" is told once when the next part's answer is "Xi proposed …, to which Moscow had
  // 'demurred'".
  const within = (c: IndexedClaim, o: IndexedClaim) =>
    o !== c && o.sentenceId !== null && o.sentenceId === c.sentenceId && o.quote.includes(c.quote);
  const shown = claims.filter(
    (c, i) => !claims.some((o, j) => within(c, o) && (o.quote.length > c.quote.length || j < i)),
  );
  const text = shown.map(sentenceOf).join(" ");
  if (!notes) return text;
  // A note that only points back ("Ibid.") is followed by the note it points to, which names the work.
  const cited = [
    ...new Map(
      claims
        .filter((c) => c.noteText)
        .map((c) => [
          c.endnote,
          `${c.noteText}${c.noteFirst ? ` [${c.noteFirst.n}] ${c.noteFirst.text}` : ""}`,
        ]),
    ).entries(),
  ];
  return [text, ...cited.map(([n, note]) => `[${n}] ${plainMarkdown(note).trim()}`)].join(" ");
}
