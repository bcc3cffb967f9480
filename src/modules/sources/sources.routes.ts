// /v1/sources: the works the original article's endnotes cite, each with the endnotes that cite it.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeCursor, linkedPage } from "../../http/pagination.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { getSource, listSources } from "./sources.repo.ts";
import {
  ListSourcesQuerySchema,
  SourcePageSchema,
  SourceParamsSchema,
  SourceWithEndnotesSchema,
} from "./sources.schemas.ts";

const sourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listSources",
        tags: ["text"],
        summary: "List cited works",
        description:
          "Every work the original article's endnotes cite (`russia-japan-reset`), shared by all endnotes that cite it. Example: `/v1/sources?q=smith`.",
        querystring: ListSourcesQuerySchema,
        response: { 200: SourcePageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor, q } = request.query;
      const sources = listSources(app.dataset.text.primary, q, limit, decodeCursor<string>(cursor, "string"));
      return linkedPage(request, reply, sources, limit, (s) => s.id);
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        operationId: "getSource",
        tags: ["text"],
        summary: "Get a cited work",
        description:
          "One work the original article cites, and the endnotes that cite it. Example: `/v1/sources/smith-2003-russo-japanese-relations`.",
        params: SourceParamsSchema,
        response: { 200: SourceWithEndnotesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const source = getSource(app.dataset.text.primary, request.params.id);
      if (!source) throw notFound(`No cited work has the id "${request.params.id}".`);
      return source;
    },
  );
};

export default sourcesRoutes;
