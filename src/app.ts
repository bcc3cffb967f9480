// The application factory: registers everything and never listens (server.ts and the tests do).
// Order: infrastructure (errors, security, OpenAPI, caching), then each resource's routes.
import type { ServerOptions as HttpServerOptions, IncomingMessage, ServerResponse } from "node:http";
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import { type Dataset, openDataset } from "./dataset/dataset.ts";
import type { Db } from "./db/open.ts";
import { checkedSerializerCompiler, compiledSerializerCompiler } from "./http/serializer.ts";
import { createServer } from "./lib/http.ts";
import { must } from "./lib/must.ts";
import askRoutes from "./modules/ask/ask.routes.ts";
import claimsRoutes from "./modules/claims/claims.routes.ts";
import collectionsRoutes from "./modules/collections/collections.routes.ts";
import documentsRoutes from "./modules/documents/documents.routes.ts";
import endnotesRoutes from "./modules/endnotes/endnotes.routes.ts";
import entitiesRoutes from "./modules/entities/entities.routes.ts";
import explorerRoutes from "./modules/explorer/explorer.routes.ts";
import graphRoutes from "./modules/graph/graph.routes.ts";
import healthRoutes from "./modules/health/health.routes.ts";
import linkedDataRoutes from "./modules/linked-data/linked-data.routes.ts";
import searchRoutes from "./modules/search/search.routes.ts";
import sourcesRoutes from "./modules/sources/sources.routes.ts";
import sparqlRoutes from "./modules/sparql/sparql.routes.ts";
import timelineRoutes from "./modules/timeline/timeline.routes.ts";
import caching, { responseCache } from "./plugins/caching.ts";
import errors, { clientErrorProblem, sendProblem } from "./plugins/errors.ts";
import openapi from "./plugins/openapi.ts";
import security, { rateLimitExemptRaw, securityHeadersFor } from "./plugins/security.ts";

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/**
 * A caller's x-request-id is kept when it is a sane token; anything else gets a fresh UUID, so a
 * hostile header never reaches the logs or the response.
 */
function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
/** Logger levels at which the one line per request is written. */
const LOGGED_LEVELS = new Set(["trace", "debug", "info"]);

declare module "fastify" {
  interface FastifyInstance {
    /** The database now served (read-only); replaced by swapDatabase. */
    readonly db: Db;
    /** Its dataset: what requests read from memory, built when the database was opened. */
    readonly dataset: Dataset;
    /** Its dataset version: the basis of ETags. */
    readonly datasetVersion: string;
    /**
     * Serves another database from now on (a re-seed picked up on SIGHUP); returns the previous
     * one. Its dataset is built first: when that throws, the current database stays in service.
     * The single entry point of a swap: it also empties the response cache.
     */
    swapDatabase(next: Db): Db;
    /** Runs a listener on every database swapped in: to build what is built once per database. */
    onDatabaseSwap(listener: (next: Db) => void): void;
  }
}

export interface AppOptions {
  config: Config;
  db: Db;
  logger?: FastifyServerOptions["logger"];
  /** Validate every response with zod too (default: under vitest). */
  checkResponses?: boolean;
}

export async function buildApp({
  config,
  db,
  logger = false,
  checkResponses = process.env.VITEST !== undefined,
}: AppOptions): Promise<FastifyInstance> {
  // Requests seen before that no protection acts on are answered by the HTTP server straight
  // from the response cache, before Fastify routes them (see answerEarly below); the rest, and
  // every request until the cache is registered, go to Fastify.
  let answerEarly: (req: IncomingMessage, res: ServerResponse) => boolean = () => false;
  const app = Fastify({
    logger,
    serverFactory: (handler, factoryOptions) => {
      // The options as Fastify completed them (its defaults filled in).
      const options = factoryOptions as {
        http?: HttpServerOptions;
        keepAliveTimeout?: number;
        requestTimeout?: number;
        connectionTimeout?: number;
        maxRequestsPerSocket?: number;
      };
      const server = createServer(options.http ?? {}, (req, res) => {
        if (!answerEarly(req, res)) handler(req, res);
      });
      // What Fastify sets on the server it makes itself.
      server.keepAliveTimeout = must(options.keepAliveTimeout, "Fastify's keepAliveTimeout");
      server.requestTimeout = must(options.requestTimeout, "Fastify's requestTimeout");
      server.setTimeout(must(options.connectionTimeout, "Fastify's connectionTimeout"));
      const maxRequests = options.maxRequestsPerSocket ?? 0;
      if (maxRequests > 0) server.maxRequestsPerSocket = maxRequests;
      return server;
    },
    requestIdHeader: false,
    genReqId: requestId,
    trustProxy: config.trustProxy,
    // One log line per request (the onResponse hook below), not Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A silent logger needs no child per request carrying its id.
    childLoggerFactory: (logger, bindings, options) =>
      logger.level === "silent" ? logger : logger.child(bindings, options),
    // The Host check is made by the errors plugin, so that its 400 is a problem like any other.
    http: { requireHostHeader: false },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    bodyLimit: 16 * 1024,
    // Errors raised before routing (an undecodable URL, an overlong path parameter) are problems too.
    clientErrorHandler: clientErrorProblem,
    frameworkErrors: (error, request, reply) => {
      sendProblem(request, reply, error.statusCode ?? 400, error.message);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Responses are written by serializers compiled from the schemas; under tests every response is
  // also validated with zod and the compiled bytes checked against JSON.stringify's.
  app.setSerializerCompiler(checkResponses ? checkedSerializerCompiler : compiledSerializerCompiler);

  // The dataset is built eagerly, before the app can answer: ready means built. Requests read it
  // through getters, so that a swap takes effect for the next one.
  let current: Dataset = openDataset(db);
  app.decorate("db", {
    getter: () => current.db,
  });
  app.decorate("dataset", {
    getter: () => current,
  });
  app.decorate("datasetVersion", {
    getter: () => current.version,
  });
  const swapListeners: ((next: Db) => void)[] = [];
  app.decorate("onDatabaseSwap", (listener: (next: Db) => void) => {
    swapListeners.push(listener);
  });
  app.decorate("swapDatabase", (next: Db) => {
    const previous = current.db;
    current = openDataset(next);
    // Cached answers are keyed by dataset version already; emptying frees their memory at once.
    app.responseCache.clear();
    for (const listener of swapListeners) listener(next);
    return previous;
  });
  // Hooks that run on every request, cache hits included, take a callback: no promise each.
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    if (LOGGED_LEVELS.has(request.log.level))
      request.log.info(
        {
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        "request",
      );
    done();
  });

  // While the server drains on shutdown, every answer closes its connection: a keep-alive
  // client then opens a new one (and finds the next replica) instead of meeting a reset socket.
  let draining = false;
  app.addHook("preClose", async () => {
    draining = true;
  });
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (draining) reply.header("connection", "close");
    done(null, payload);
  });

  // Infrastructure. The response cache first.
  await app.register(responseCache, {
    enabled: config.responseCache,
    maxBytes: config.responseCacheMb * 1024 * 1024,
    securityHeaders: securityHeadersFor,
  });
  await app.register(security, { config });
  // A request seen before is answered at the HTTP server, ahead of routing and every hook, when
  // none of the protections would act on it: no CORS request (no Origin), a client the rate limit
  // does not count (on this machine, with no proxy trusted), no load shedding, not draining, a
  // Host header. It gets the very bytes and headers a hit in the hooks gets, and its log line.
  // Any other request seen before is answered from the cache after the protections.
  const exempt = rateLimitExemptRaw(config);
  const logged = LOGGED_LEVELS.has(app.log.level);
  answerEarly = (req, res) => {
    if (
      draining ||
      req.headers.origin !== undefined ||
      (req.headers.host === undefined && req.httpVersion === "1.1") ||
      !exempt(req.url ?? "", req.socket.remoteAddress) ||
      app.isUnderPressure()
    )
      return false;
    if (!logged) return app.responseCache.answerEarly(req, res, requestId);
    const started = performance.now();
    let id = "";
    const answered = app.responseCache.answerEarly(req, res, (r) => {
      id = requestId(r);
      return id;
    });
    if (answered)
      res.once("finish", () =>
        app.log.info(
          {
            reqId: id,
            method: req.method,
            url: req.url,
            status: res.statusCode,
            ms: Math.round((performance.now() - started) * 10) / 10,
          },
          "request",
        ),
      );
    return answered;
  };
  await app.register(errors);
  await app.register(openapi);
  await app.register(caching, { maxAge: config.cacheMaxAge });

  // Linked data first: it adds content negotiation to the resource routes declared after it.
  await app.register(linkedDataRoutes, { config });

  // Resources: the whole public surface, in one place.
  await app.register(healthRoutes);
  await app.register(askRoutes, { prefix: "/v1/ask" });
  await app.register(searchRoutes, { prefix: "/v1/search" });
  await app.register(claimsRoutes, { prefix: "/v1/claims" });
  await app.register(entitiesRoutes, { prefix: "/v1/entities" });
  await app.register(collectionsRoutes, { prefix: "/v1" });
  await app.register(graphRoutes, { prefix: "/v1/graph" });
  await app.register(timelineRoutes, { prefix: "/v1/timeline" });
  await app.register(documentsRoutes, { prefix: "/v1/documents" });
  await app.register(endnotesRoutes, { prefix: "/v1/endnotes" });
  await app.register(sourcesRoutes, { prefix: "/v1/sources" });
  await app.register(sparqlRoutes, { config });

  // The web explorer at / (built on the routes above, through HTTP like any client).
  await app.register(explorerRoutes);

  return app;
}
