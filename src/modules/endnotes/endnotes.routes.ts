// /v1/endnotes: the original article's 41 endnotes, parsed, with Ibid and op. cit. resolved.
// Another document's endnotes are at /v1/documents/{id}/endnotes/{n}.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeCursor, linkedPage } from "../../http/pagination.ts";
import { badRequest, notFound, problemResponses } from "../../http/problem.ts";
import { endnoteView, listEndnotes } from "./endnotes.repo.ts";
import {
  EndnotePageSchema,
  EndnoteParamsSchema,
  EndnoteSchema,
  ListEndnotesQuerySchema,
} from "./endnotes.schemas.ts";

const endnotesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listEndnotes",
        tags: ["text"],
        summary: "List endnotes",
        description:
          "The original article's endnotes (`russia-japan-reset`) in order, each with its kind, the endnote it refers to and the resolved work; another document's are at `/v1/documents/{id}/endnotes/{n}`. Example: `/v1/endnotes?kind=ibid`.",
        querystring: ListEndnotesQuerySchema,
        response: { 200: EndnotePageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor, kind, source } = request.query;
      // An unknown source is a mistake to report, as an unknown entity is for other filters.
      const article = app.dataset.text.primary;
      if (source !== undefined && !article.sources.has(source)) {
        throw badRequest(`No source has the id "${source}": pass an id from /v1/sources.`, {
          errors: [{ pointer: "/query/source", message: "no source has this id" }],
        });
      }
      const endnotes = listEndnotes(article, { kind, source }, limit, decodeCursor<number>(cursor, "number"));
      return linkedPage(request, reply, endnotes, limit, (e) => e.n);
    },
  );

  app.get(
    "/:n",
    {
      schema: {
        operationId: "getEndnote",
        tags: ["text"],
        summary: "Get an endnote",
        description:
          "One endnote of the original article (`russia-japan-reset`; another document's: `/v1/documents/{id}/endnotes/{n}`): text, kind, `refersTo` and the `chain` to the full citation, the resolved source, pages, accessed date, the sentence where its marker stands, and the claims it backs. Example: `/v1/endnotes/16`.",
        params: EndnoteParamsSchema,
        response: { 200: EndnoteSchema, ...problemResponses },
      },
    },
    async (request) => {
      const view = endnoteView(app.dataset.text.primary, request.params.n);
      if (!view) throw notFound(`The article has no endnote ${request.params.n}.`);
      return view;
    },
  );
};

export default endnotesRoutes;
