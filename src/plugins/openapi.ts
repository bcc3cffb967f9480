// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and
// serialize responses, served at /openapi.json, with Swagger UI at /docs.
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import pkg from "../../package.json" with { type: "json" };
import { polishOpenApi } from "../openapi/polish.ts";

/** The one version number: package.json's, which the API documents as its own. */
export const API_VERSION: string = pkg.version;

export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "kuril-kg",
          version: API_VERSION,
          description: [
            "A provenance-first knowledge graph of the article *A 'Reset' in Russia and Japan Relationship?*",
            "by Dr. Indrani Talukdar (Indian Council of World Affairs).",
            "Every claim the API returns carries the verbatim sentence of the article, its endnote and the work",
            "that endnote cites. Read-only; JSON; errors are RFC 9457 `application/problem+json`;",
            "lists use `limit` and an opaque `cursor`; every GET has an `ETag`.",
          ].join(" "),
          license: { name: "MIT", identifier: "MIT" },
        },
        servers: [{ url: "/", description: "This server" }],
        tags: [
          { name: "ask", description: "Questions in plain English, answered with evidence." },
          { name: "search", description: "Full-text search over sentences, claims, entities and endnotes." },
          { name: "claims", description: "Reified statements with their evidence and citation." },
          { name: "entities", description: "Actors, treaties, islands and places, summits and events." },
          { name: "graph", description: "Typed relations between entities, each with its evidence." },
          { name: "timeline", description: "Dated events and claims in order." },
          { name: "text", description: "The article, its endnotes and the works they cite." },
          {
            name: "linked data",
            description:
              "The graph as RDF: JSON-LD and Turtle by content negotiation, whole-dataset dumps, the vocabulary.",
          },
          { name: "sparql", description: "SPARQL 1.1 Protocol (read-only) over the same graph." },
          { name: "health", description: "Liveness and readiness." },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: (input) => polishOpenApi(jsonSchemaTransformObject(input)),
    });
    // The document itself, as generated (npm run openapi writes the same to openapi/openapi.json).
    app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
    await app.register(swaggerUi, {
      routePrefix: "/docs",
      uiConfig: {
        docExpansion: "list",
        deepLinking: true,
        tryItOutEnabled: true,
        displayRequestDuration: true,
      },
    });
  },
  { name: "openapi" },
);
