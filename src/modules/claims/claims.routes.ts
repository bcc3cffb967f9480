// /v1/claims: filterable list and one claim with the claims beside it.

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeCursor, linkedPage } from "../../http/pagination.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { queryPeriod } from "../../lib/dates.ts";
import { plainFtsQuery } from "../../lib/fts.ts";
import { knownDocument } from "../documents/documents.repo.ts";
import { filterResolver } from "../entities/entities.refs.ts";
import { claimRowsByIds, claimsBeside, getClaimRow, hydrateClaims, listClaimRows } from "./claims.repo.ts";
import {
  ClaimDetailSchema,
  ClaimPageSchema,
  ClaimParamsSchema,
  ListClaimsQuerySchema,
} from "./claims.schemas.ts";

const claimsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listClaims",
        tags: ["claims"],
        summary: "List claims",
        description:
          "Claims in reading order (the original article's first, then each other document's), each with its document, verbatim evidence and citation. Filters combine with AND; `speaker` and `about` take an id or a name (e.g. `speaker=Putin`); `document` keeps one document's claims. Example: `/v1/claims?speaker=vladimir-putin&about=soviet-japanese-declaration-1956`.",
        querystring: ListClaimsQuerySchema,
        response: { 200: ClaimPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const after = decodeCursor<number>(q.cursor, "number");
      // A misspelt name resolved to the one closest entity is said so in a header.
      const resolve = filterResolver(app.dataset, reply);
      const rows = listClaimRows(
        app.dataset,
        {
          speakerId: resolve(q.speaker, "speaker", ["actor"]),
          aboutId: resolve(q.about, "about"),
          kind: q.kind,
          ...queryPeriod(q.from, q.to),
          documentId: q.document === undefined ? undefined : knownDocument(app.dataset, q.document),
          endnote:
            q.endnote === undefined
              ? undefined
              : { documentId: q.document ?? app.dataset.text.primaryId, n: q.endnote },
          ftsQuery: q.q === undefined ? undefined : plainFtsQuery(q.q),
        },
        q.limit,
        after,
      );
      const page = linkedPage(request, reply, rows, q.limit, (r) => r.ordinal);
      return { items: hydrateClaims(app.dataset, page.items), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        operationId: "getClaim",
        tags: ["claims"],
        summary: "Get a claim",
        description:
          "One claim with its evidence and citation, and `beside`: the claims about the same subject held by others. Example: `/v1/claims/bg-putin-1956-declaration-still-valid-2001`.",
        params: ClaimParamsSchema,
        response: { 200: ClaimDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = getClaimRow(app.dataset, request.params.id);
      if (!row) throw notFound(`No claim has the id "${request.params.id}".`);
      const [claim] = hydrateClaims(app.dataset, [row]);
      const beside = hydrateClaims(
        app.dataset,
        claimRowsByIds(
          app.dataset,
          claimsBeside(app.dataset, row).map((r) => r.id),
        ),
      );
      if (!claim) throw notFound(`No claim has the id "${request.params.id}".`);
      return { ...claim, beside };
    },
  );
};

export default claimsRoutes;
