// /v1/entities: every entity, found by type or by any name the article gives it, and one entity
// with its aliases, typed details, mentions, relations and claims.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeCursor, linkedPage } from "../../http/pagination.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { entityDetail, listEntities } from "./entities.repo.ts";
import {
  EntityDetailSchema,
  EntityPageSchema,
  EntityParamsSchema,
  ListEntitiesQuerySchema,
} from "./entities.schemas.ts";

const entitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listEntities",
        tags: ["entities"],
        summary: "List or find entities",
        description:
          "All entities by id, or with `q` the entities one of whose names or aliases contains the words (the article's misspellings included; a metonym such as Moscow finds both the city and the government), best match first, with `matchedAlias`. `type` takes a collection or a finer kind. Example: `/v1/entities?q=Sergie%20Lavrov`, `/v1/entities?type=person`.",
        querystring: ListEntitiesQuerySchema,
        response: { 200: EntityPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor, type, kind, q } = request.query;
      // Without q the key is the last id; with q, the position in the ranking.
      const after =
        q === undefined ? decodeCursor<string>(cursor, "string") : decodeCursor<number>(cursor, "number");
      const rows = listEntities(app.dataset, { type, kind, q }, limit, after);
      const page = linkedPage(request, reply, rows, limit, (r) => r.key);
      return { items: page.items.map((r) => r.item), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        operationId: "getEntity",
        tags: ["entities"],
        summary: "Get an entity",
        description:
          "One entity: its aliases (with their form), the typed fields of its collection, every mention with its sentence, its relations with evidence and citation, and the claims it speaks or is about. Example: `/v1/entities/article-9-of-the-1956-declaration`.",
        params: EntityParamsSchema,
        response: { 200: EntityDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const detail = entityDetail(app.dataset, id);
      if (!detail)
        throw notFound(
          `No entity has the id "${id}". To find one by name, use /v1/entities?q=${encodeURIComponent(id)}.`,
        );
      return detail;
    },
  );
};

export default entitiesRoutes;
