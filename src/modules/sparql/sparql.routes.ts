// /sparql: the SPARQL 1.1 Protocol (query operation only) over the same graph the dumps and the
// JSON-LD give. GET ?query=, POST as a form (query=) or as application/sparql-query. Results by
// Accept (or ?format=): SPARQL JSON, CSV and TSV for SELECT and ASK; Turtle, N-Triples and JSON-LD
// for CONSTRUCT and DESCRIBE. Updates are refused; every error is a problem document.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import Negotiator from "negotiator";
import { z } from "zod";
import type { Config } from "../../config.ts";
import { mediaTypeOf } from "../../http/media.ts";
import { badRequest, HttpProblem, problemResponses } from "../../http/problem.ts";
import { Iris } from "../../linked-data/vocab.ts";
import { addVary } from "../linked-data/negotiation.ts";
import {
  FORMAT_TYPES,
  GRAPH_TYPES,
  queryForm,
  SELECT_TYPES,
  writeAsk,
  writeGraph,
  writeSelect,
} from "./sparql.results.ts";
import { QueryError, SparqlStore } from "./sparql.store.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The SPARQL store, loaded with the graph of the database now served. */
    readonly sparqlStore: SparqlStore;
  }
}

const MAX_QUERY = 10_000;

const QuerySchema = z.object({
  query: z
    .string()
    .min(1)
    .max(MAX_QUERY)
    .describe("The SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE).")
    .meta({ example: "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }" }),
  format: z
    .enum(Object.keys(FORMAT_TYPES) as [keyof typeof FORMAT_TYPES, ...(keyof typeof FORMAT_TYPES)[]])
    .optional()
    .describe(
      "Overrides Accept: json, csv, tsv (SELECT, ASK) or turtle, ntriples, jsonld (CONSTRUCT, DESCRIBE).",
    )
    .meta({ example: "json" }),
});

/** The protocol's dataset parameters, which this endpoint refuses (the dataset is one default graph). */
function namesGraphs(request: FastifyRequest): boolean {
  const search = new URLSearchParams(request.url.split("?")[1] ?? "");
  return search.has("default-graph-uri") || search.has("named-graph-uri");
}

function negotiate(
  request: FastifyRequest,
  offered: readonly [string, ...string[]],
  format?: string,
): string {
  if (format) {
    const type = FORMAT_TYPES[format as keyof typeof FORMAT_TYPES];
    if (!offered.includes(type))
      throw badRequest(
        `format=${format} does not apply to this query form; use one of ${offered.join(", ")}.`,
      );
    return type;
  }
  const accept = request.headers.accept;
  if (!accept) return offered[0];
  const type = new Negotiator({ headers: { accept } }).mediaType([...offered]);
  if (!type) throw new HttpProblem(406, `This query's results are available as ${offered.join(", ")}.`);
  return type;
}

/** The store, decorated on the root so that readiness and tests can see it, and the routes. */
export default fp(
  async function sparql(app: FastifyInstance, opts: { config: Config }) {
    const store = new SparqlStore({
      timeoutMs: opts.config.sparqlTimeoutMs,
      maxResults: opts.config.sparqlMaxResults,
    });
    app.decorate("sparqlStore", store);
    await app.register(sparqlRoutes, { prefix: "/sparql", config: opts.config, store });
  },
  { name: "sparql", dependencies: ["linked-data"] },
);

const sparqlRoutes: FastifyPluginAsyncZod<{ config: Config; store: SparqlStore }> = async (app, opts) => {
  const iris = new Iris(opts.config.publicBaseUrl);
  const store = opts.store;

  // Loaded on the first query, and again when another database is swapped in once in use: a
  // server nobody asks SPARQL of does not hold the worker thread and its copy of the graph
  // (60 MB of its resident memory at the article's size).
  const load = async () => {
    const ld = app.linkedData;
    const ntriples = Buffer.concat(ld.dump("ntriples").chunks).toString("utf8");
    const { ms, size } = await store.load(ntriples, app.datasetVersion);
    app.log.info({ triples: size, loadMs: Math.round(ms) }, "SPARQL store loaded");
  };
  let inUse = false;
  const startLoading = (what: string) => {
    inUse = true;
    void load().catch((error) => app.log.error({ err: error }, `could not ${what} the SPARQL store`));
  };
  app.onDatabaseSwap(() => {
    if (inUse) startLoading("reload");
  });
  let closing = false;
  app.addHook("onClose", async () => {
    closing = true;
    await store.close();
  });

  // The protocol's POST bodies: a form, or the query itself.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (_request, body, done) => {
      const params = new URLSearchParams(body as string);
      const out: Record<string, string> = {};
      for (const [k, v] of params) out[k] = v;
      done(null, out);
    },
  );
  app.addContentTypeParser(
    ["application/sparql-query", "application/sparql-update"],
    { parseAs: "string" },
    (_request, body, done) => done(null, body),
  );

  async function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    input: { query?: string; format?: string; update?: boolean; graphs?: boolean },
  ) {
    addVary(reply, "Accept");
    if (input.update)
      throw badRequest("This endpoint is read-only: SPARQL Update is not accepted. Send a query instead.");
    if (input.graphs)
      throw badRequest(
        "default-graph-uri and named-graph-uri are not supported: the whole dataset is the default graph.",
      );
    const query = input.query;
    if (!query) throw badRequest("Give a SPARQL query in the `query` parameter.");
    if (query.length > MAX_QUERY) throw badRequest(`The query is longer than ${MAX_QUERY} characters.`);
    const form = queryForm(query);
    if (form === "update")
      throw badRequest("This endpoint is read-only: SPARQL Update is not accepted. Send a query instead.");
    const offered = form === "construct" || form === "describe" ? GRAPH_TYPES : SELECT_TYPES;
    const type = negotiate(request, offered, input.format);
    // The first query loads the store; it and those after it wait for the load.
    if (!inUse && !closing) startLoading("load");
    let result: Awaited<ReturnType<SparqlStore["query"]>>;
    try {
      result = await store.query(query, form ?? "select");
    } catch (error) {
      if (error instanceof QueryError) throw badRequest(`The query is not valid SPARQL: ${error.message}`);
      throw error;
    }
    if (result.truncated) {
      reply.header("x-result-limit", String(store.maxResults));
      reply.header("x-result-truncated", "true");
    }
    const body =
      result.kind === "select"
        ? writeSelect(result.json, type)
        : result.kind === "ask"
          ? writeAsk(result.boolean, type)
          : writeGraph(result.ntriples, type, iris);
    const charset = type === "text/csv" || type.startsWith("text/") ? "; charset=utf-8" : "";
    return reply.type(`${type}${charset}`).send(body);
  }

  const description =
    "SPARQL 1.1 Protocol, query operation, over the whole graph (see docs/linked-data.md for the vocabulary). " +
    "SELECT and ASK answer as `application/sparql-results+json` (default), `text/csv` or `text/tab-separated-values`; " +
    "CONSTRUCT and DESCRIBE as `text/turtle` (default), `application/n-triples` or `application/ld+json`. " +
    `A query runs at most SPARQL_TIMEOUT_MS (${opts.config.sparqlTimeoutMs} ms here; 503 past it) and returns at most ` +
    `SPARQL_MAX_RESULTS rows or triples (${opts.config.sparqlMaxResults} here; \`X-Result-Truncated: true\` when cut). ` +
    "Updates are refused (400).";

  app.get(
    "/",
    {
      // Outside the response cache: a cached answer would lose a cut result's X-Result-Truncated.
      config: { responseCache: false },
      schema: {
        operationId: "querySparql",
        tags: ["sparql"],
        summary: "Query the graph with SPARQL",
        description: `${description} Example: \`/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Ftriples)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D\`.`,
        querystring: QuerySchema,
        response: { 200: z.string(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(request, reply as unknown as FastifyReply, {
        query: q.query,
        format: q.format,
        graphs: namesGraphs(request),
      });
    },
  );

  app.post(
    "/",
    {
      schema: {
        operationId: "querySparqlPost",
        tags: ["sparql"],
        summary: "Query the graph with SPARQL (POST)",
        description: `${description} The query is the body (\`application/sparql-query\`) or the \`query\` field of a form (\`application/x-www-form-urlencoded\`).`,
        querystring: QuerySchema.omit({ query: true }),
        response: { 200: z.string(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const type = mediaTypeOf(String(request.headers["content-type"] ?? "")).toLowerCase();
      const q = request.query;
      const body = request.body;
      let query: string | undefined;
      let update = false;
      let graphs = namesGraphs(request);
      if (type === "application/sparql-query") query = String(body ?? "");
      else if (type === "application/sparql-update") update = true;
      else if (type === "application/x-www-form-urlencoded") {
        const form = (body ?? {}) as Record<string, string>;
        query = form.query;
        update = form.update !== undefined;
        graphs ||= form["default-graph-uri"] !== undefined || form["named-graph-uri"] !== undefined;
        if (form.format !== undefined && !(form.format in FORMAT_TYPES))
          throw badRequest(`format must be one of ${Object.keys(FORMAT_TYPES).join(", ")}.`);
        return answer(request, reply as unknown as FastifyReply, {
          query,
          update,
          graphs,
          format: q.format ?? form.format,
        });
      } else {
        throw new HttpProblem(
          415,
          "Send the query as application/sparql-query, or as the `query` field of an application/x-www-form-urlencoded form.",
        );
      }
      return answer(request, reply as unknown as FastifyReply, { query, update, graphs, format: q.format });
    },
  );
};
