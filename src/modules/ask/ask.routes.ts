// /v1/ask: a question in plain English, answered with claims, their sentences and endnotes, or
// an honest "the article does not say".
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { ask } from "../../ask/engine.ts";
import type { Dataset } from "../../dataset/dataset.ts";
import { prebuilder } from "../../http/fragments.ts";
import { problemResponses } from "../../http/problem.ts";
import { extend } from "../../lib/extend.ts";
import { must } from "../../lib/must.ts";
import { claimRowsByIds, hydrateClaims } from "../claims/claims.repo.ts";
import type { Claim } from "../claims/claims.schemas.ts";
import {
  AnswerCitationSchema,
  AnswerClaimSchema,
  AskQuerySchema,
  AskResponseSchema,
  RelatedSchema,
} from "./ask.schemas.ts";

const prebuiltAnswerClaim = prebuilder(AnswerClaimSchema);
const prebuiltAnswerCitation = prebuilder(AnswerCitationSchema);
const prebuiltRelated = prebuilder(RelatedSchema);

/**
 * A claim as an answer shows it: the claim without its evidence and citation, the citation
 * without its works (the evidence is the claim's own). Built once per claim (claims are built once
 * per dataset, src/modules/claims/claims.repo.ts) as prebuilt parts (src/http/fragments.ts), so
 * that an answer copies their JSON.
 */
interface AnswerParts {
  claim: z.infer<typeof AnswerClaimSchema>;
  citation: z.infer<typeof AnswerCitationSchema>;
}
const answerParts = new WeakMap<Claim, AnswerParts>();
function answerPartsOf(c: Claim): AnswerParts {
  let parts = answerParts.get(c);
  if (parts === undefined) {
    const { evidence: _, citation, ...claim } = c;
    const { sources: __, ...cite } = citation;
    parts = { claim: prebuiltAnswerClaim(claim), citation: prebuiltAnswerCitation(cite) };
    answerParts.set(c, parts);
  }
  return parts;
}

/** A claim near the question's words, as `related` lists it: built once per claim, a prebuilt part. */
const relatedParts = new WeakMap<Claim, z.infer<typeof RelatedSchema>>();
function relatedOf(c: Claim): z.infer<typeof RelatedSchema> {
  let related = relatedParts.get(c);
  if (related === undefined) {
    related = prebuiltRelated({
      claim: { id: c.id, summary: c.summary },
      sentence: c.evidence.text,
      endnote: c.citation.endnote,
    });
    relatedParts.set(c, related);
  }
  return related;
}

/** The response body for a question: answers with their evidence and citation once each. */
export function askResponse(data: Dataset, q: string, limit: number) {
  const result = ask(data.ask, q, limit);
  const ids = [
    ...result.answers.flatMap((a) => [a.claimId, ...(a.alongside ?? []).map((w) => w.claimId)]),
    ...result.related.map((r) => r.claimId),
  ];
  const claims = new Map(hydrateClaims(data, claimRowsByIds(data, ids)).map((c) => [c.id, c]));
  const answers = result.answers.map((a) => {
    const hydrated = must(claims.get(a.claimId), `the answer's claim ${a.claimId}`);
    const { claim, citation } = answerPartsOf(hydrated);
    const answer = {
      claim,
      evidence: hydrated.evidence,
      citation,
      score: a.score,
      confidence: a.confidence,
      part: a.part,
    };
    const along = (a.alongside ?? []).map((w) =>
      extend(w, { claim: must(claims.get(w.claimId), `the claim alongside ${w.claimId}`) }),
    );
    // Every endnote the answer rests on: its own, those its quote spans, and those of the claims alongside it.
    const notes = new Map<number, string | null>();
    const note = (document: string, n: number | null) => {
      if (n !== null && !notes.has(n))
        notes.set(n, data.text.documents.get(document)?.endnotes.get(n)?.text ?? null);
    };
    for (const c of [{ id: a.claimId, document: claim.document }, ...along.map((w) => w.claim)]) {
      const indexed = data.ask.byId.get(c.id);
      note(c.document, indexed?.endnote ?? null);
      for (const n of indexed?.spannedEndnotes ?? []) note(c.document, n);
    }
    const citations = [...notes].map(([endnote, text]) => ({ endnote, text }));
    if (!along.length && citations.length < 2) return answer;
    if (!along.length) return extend(answer, { citations });
    const alongside = along.map(({ claim: c, part, role }) => ({
      claim: { id: c.id, summary: c.summary },
      sentence: c.evidence.text,
      endnote: c.citation.endnote,
      part,
      role,
    }));
    return extend(answer, { alongside, citations });
  });
  const related = result.related.map((r) =>
    relatedOf(must(claims.get(r.claimId), `the related claim ${r.claimId}`)),
  );
  const { interpretation } = result;
  return {
    question: q,
    status: result.status,
    answer: result.answer,
    answers,
    related,
    interpretation: {
      intent: interpretation.intent,
      entities: interpretation.entities,
      speaker: interpretation.speaker,
      subjects: interpretation.subjects,
      time: interpretation.time,
      unrecognized: interpretation.unrecognized,
      section: interpretation.section,
      metadata: interpretation.metadata,
      excluded: interpretation.excluded,
      works: interpretation.works.map(({ text, keys }) => ({ text, keys })),
      parts: interpretation.parts.map((p) => ({
        text: p.text,
        intent: p.intent,
        entities: p.entities,
        speaker: p.speaker,
        subjects: p.subjects,
        time: p.time,
        unrecognized: p.unrecognized,
        answered: p.answered,
        reason: p.reason,
      })),
      keywords: interpretation.keywords,
      fallback: interpretation.fallback,
      explanation: interpretation.explanation,
    },
  };
}

const askRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "ask",
        tags: ["ask"],
        summary: "Ask a question",
        description:
          'Answers a question from the article, deterministically (no model, no network). The response leads with `status` (`answered`, `partial`, `unanswerable`) and `answer`, a direct answer in the article\'s own words with endnote numbers; then `answers`, each a claim with its verbatim sentence (`evidence`) and endnote with the cited work (`citation`), once, a `score` and a calibrated `confidence`. Names are linked through aliases, dated offices, and spelling or sound when nothing matches exactly (`via: "fuzzy"`); the intent, time words, the section pointed at ("in the conclusion"), what is left out ("apart from X") and the parts of a coordinated question are read (`interpretation`). When the question names something the article never mentions, or no claim covers what is asked, the status is `unanswerable`, `answers` is empty and `related` lists nearby claims. Example: `/v1/ask?q=What did Putin say about the 1956 Declaration?`',
        querystring: AskQuerySchema,
        response: { 200: AskResponseSchema, ...problemResponses },
      },
    },
    async (request) => askResponse(app.dataset, request.query.q, request.query.limit),
  );
};

export default askRoutes;
