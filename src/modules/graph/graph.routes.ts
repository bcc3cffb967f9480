// /v1/graph: an entity's neighbourhood and the shortest path between two entities, every edge
// labelled and carrying its evidence and citation.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { notFound, problemResponses } from "../../http/problem.ts";
import { compareIds } from "../../lib/text.ts";
import { entityRef, nameResolutionHeader, resolveEntityId } from "../entities/entities.refs.ts";
import { neighborhood, shortestPath } from "./graph.repo.ts";
import {
  MAX_DEPTH,
  NeighborsParamsSchema,
  NeighborsQuerySchema,
  NeighborsSchema,
  PathQuerySchema,
  PathSchema,
} from "./graph.schemas.ts";

const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/neighbors/:id",
    {
      schema: {
        operationId: "getNeighbors",
        tags: ["graph"],
        summary: "An entity's neighbourhood",
        description: `The entities within \`depth\` relations (1 to ${MAX_DEPTH}) of an entity, following relations in both directions, and the edges between them, each with its evidence and citation. \`type\` keeps one kind of relation. Example: \`/v1/graph/neighbors/shikotan?depth=2&type=claims\`.`,
        params: NeighborsParamsSchema,
        querystring: NeighborsQuerySchema,
        response: { 200: NeighborsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { depth, type } = request.query;
      if (!app.dataset.entities.byId.has(id))
        throw notFound(`No entity has the id "${id}"; find ids with /v1/entities?q=…`);
      const found = neighborhood(app.dataset, id, depth, type);
      const nodes = [...found.distances]
        .map(([nodeId, distance]) => ({ ...entityRef(app.dataset, nodeId), distance }))
        .sort((a, b) => a.distance - b.distance || compareIds(a.id, b.id));
      return {
        center: entityRef(app.dataset, id),
        depth,
        nodes,
        edges: found.edges,
        truncated: found.truncated,
      };
    },
  );

  app.get(
    "/path",
    {
      schema: {
        operationId: "getPath",
        tags: ["graph"],
        summary: "A shortest path between two entities",
        description:
          "A shortest chain of relations between two entities, walking relations either way; each edge says whether it is walked `forward` or `backward` and carries its evidence and citation. `from` and `to` take ids or names (400 when a name is unknown or ambiguous); 404 when the two are not connected. Example: `/v1/graph/path?from=shinzo-abe&to=vladimir-putin`.",
        querystring: PathQuerySchema,
        response: { 200: PathSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { type } = request.query;
      const said = nameResolutionHeader(reply);
      const fromId = resolveEntityId(app.dataset, request.query.from, "from", undefined, said);
      const toId = resolveEntityId(app.dataset, request.query.to, "to", undefined, said);
      const path = shortestPath(app.dataset, fromId, toId, type);
      if (!path)
        throw notFound(
          `No chain of relations${type ? ` of type ${type}` : ""} connects "${fromId}" and "${toId}".`,
        );
      return {
        from: entityRef(app.dataset, fromId),
        to: entityRef(app.dataset, toId),
        length: path.steps.length,
        nodes: path.nodes.map((nodeId) => entityRef(app.dataset, nodeId)),
        // Built once per dataset and shared (frozen, their JSON prebuilt).
        edges: path.steps.map((step) => step.edge),
      };
    },
  );
};

export default graphRoutes;
