// The linked-data surface: the graph of each opened database (built on first use), content
// negotiation on described resources, the JSON-LD context and vocabulary at /ns, and the whole
// dataset at /v1/export. Registered before the resource routes, whose declarations its onRoute
// hook watches.
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../../config.ts";
import { badRequest, problemResponses } from "../../http/problem.ts";
import {
  DUMP_MEDIA_TYPES,
  type DumpFormat,
  type LinkedData,
  linkedDataOf,
} from "../../linked-data/dataset.ts";
import { jsonLdContext, toTurtle } from "../../linked-data/serialize.ts";
import { Iris } from "../../linked-data/vocab.ts";
import { CSV_TABLES, csvPieces } from "./csv.ts";
import { negotiateOnRoutes, preferredRdf, serializeRdf } from "./negotiation.ts";
import { vocabularyQuads } from "./vocabulary.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The linked data of the database now served. */
    readonly linkedData: LinkedData;
  }
}

const EXPORT_FORMATS = ["ntriples", "turtle", "jsonld", "csv"] as const;
const EXTENSIONS: Record<(typeof EXPORT_FORMATS)[number], string> = {
  ntriples: "nt",
  turtle: "ttl",
  jsonld: "jsonld",
  csv: "csv",
};

const ExportQuerySchema = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .describe("ntriples, turtle or jsonld: the whole graph; csv: one flat table (see `table`).")
    .meta({ example: "csv" }),
  table: z
    .enum(CSV_TABLES)
    .optional()
    .describe("With format=csv: the claims (default) or the entities, one row each.")
    .meta({ example: "claims" }),
});

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return (ifNoneMatch ?? "")
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

export default fp(
  async function linkedData(root: FastifyInstance, opts: { config: Config }) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const iris = new Iris(opts.config.publicBaseUrl);
    // Built on first use (an RDF representation, a dump, the SPARQL store), once per database:
    // the triples of the graph are held in memory then, and a server that answers JSON only
    // does not hold them (450 MB of heap at 100 times the article).
    const built = new WeakSet<LinkedData>();
    const current = () => {
      const ld = linkedDataOf(app.db, iris, app.datasetVersion);
      if (!built.has(ld)) {
        built.add(ld);
        app.log.info({ triples: ld.quads.length, buildMs: Math.round(ld.buildMs) }, "linked data built");
      }
      return ld;
    };
    app.decorate("linkedData", { getter: current });

    negotiateOnRoutes(app, {
      iris: () => iris,
      documentId: () => app.dataset.text.primaryId,
      describe: (iri) => current().describe(iri),
    });

    app.get(
      "/ns/context.jsonld",
      {
        schema: {
          operationId: "getJsonLdContext",
          tags: ["linked data"],
          summary: "The JSON-LD context",
          description:
            "The `@context` every JSON-LD representation refers to: the prefixes (schema.org, PROV-O, Web Annotation, CiTO, BIBO …) and the short names of the properties.",
          response: { 200: z.object({ "@context": z.record(z.string(), z.string()) }), ...problemResponses },
        },
      },
      async (_request, reply) => {
        reply.type("application/ld+json; charset=utf-8");
        return { "@context": jsonLdContext(iris) };
      },
    );

    app.get(
      "/ns",
      {
        schema: {
          operationId: "getVocabulary",
          tags: ["linked data"],
          summary: "The vocabulary",
          description:
            "The kg: terms (classes and properties) this graph defines beside schema.org, PROV-O, Web Annotation and CiTO, as RDFS: Turtle by default, JSON-LD or N-Triples by `Accept`. The mapping is documented in docs/linked-data.md.",
          response: { 200: z.string(), ...problemResponses },
        },
      },
      async (request, reply) => {
        const type = preferredRdf(request.headers.accept) ?? "text/turtle";
        const quads = vocabularyQuads(iris);
        reply.header("Vary", "Accept");
        reply.type(`${type}; charset=utf-8`);
        return type === "text/turtle" ? toTurtle(quads, iris) : serializeRdf(quads, type, iris);
      },
    );

    app.get(
      "/v1/export",
      {
        schema: {
          operationId: "exportDataset",
          tags: ["linked data"],
          summary: "Download the whole dataset",
          description:
            "The whole graph as N-Triples, Turtle or JSON-LD (the same triples the SPARQL endpoint and the JSON-LD of each resource give), or the claims or entities as a CSV table. Streamed, with a strong `ETag` (304 on `If-None-Match`). Example: `/v1/export?format=csv&table=claims`.",
          querystring: ExportQuerySchema,
          response: { 200: z.string(), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { format, table } = request.query;
        if (table && format !== "csv") throw badRequest("`table` applies to format=csv only.");
        const ld = current();
        const dump =
          format === "csv"
            ? ld.extra(`csv:${table ?? "claims"}`, () => csvPieces(app.db, iris, table ?? "claims"))
            : ld.dump(format as DumpFormat);
        const mediaType =
          format === "csv"
            ? "text/csv; charset=utf-8; header=present"
            : `${DUMP_MEDIA_TYPES[format]}; charset=utf-8`;
        const name = `kuril-kg-${format === "csv" ? (table ?? "claims") : "graph"}.${EXTENSIONS[format]}`;
        reply.headers({
          etag: dump.etag,
          "cache-control": `public, max-age=${opts.config.cacheMaxAge}`,
          "content-disposition": `inline; filename="${name}"`,
          vary: "Accept-Encoding, Origin",
        });
        // The zod types know the documented bodies only; a 304 and a stream are sent as they are.
        const raw = reply as unknown as FastifyReply;
        if (matches(request.headers["if-none-match"], dump.etag)) return raw.code(304).send();
        return raw.type(mediaType).send(Readable.from(dump.chunks, { objectMode: false }));
      },
    );
  },
  { name: "linked-data" },
);
