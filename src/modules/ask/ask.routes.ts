// /v1/ask: a question in plain English, answered with claims, their sentences and endnotes.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { interpret, rankClaims } from "../../ask/engine.ts";
import { problemResponses } from "../../http/problem.ts";
import { claimRowsByIds, hydrateClaims } from "../claims/claims.repo.ts";
import { AskQuerySchema, AskResponseSchema } from "./ask.schemas.ts";

const askRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "ask",
        tags: ["ask"],
        summary: "Ask a question",
        description:
          "Answers a question from the article, deterministically (no model, no network): names are linked to entities through their aliases and roles, the intent (what someone said, a position, how parties differ, who met whom, figures, what a document provides, which source backs a statement, chronology) and time words are read, and claims are ranked. Each answer carries the claim, the verbatim sentence with a selector, and the endnote with the cited work resolved through Ibid and op. cit. `interpretation` says how the question was read. Example: `/v1/ask?q=What did Putin say about the 1956 Declaration?`",
        querystring: AskQuerySchema,
        response: { 200: AskResponseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const { interpretation } = interpret(app.dataset, q);
      const ranked = rankClaims(app.dataset, interpretation, limit);
      const claims = hydrateClaims(
        app.dataset,
        claimRowsByIds(
          app.dataset,
          ranked.map((r) => r.claimId),
        ),
      );
      const answers = claims.map((claim, i) => ({
        claim,
        evidence: claim.evidence,
        citation: claim.citation,
        score: ranked[i]!.score,
      }));
      return { question: q, interpretation, answers };
    },
  );
};

export default askRoutes;
