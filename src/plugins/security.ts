// CORS (open for GET), security headers, rate limiting and load shedding: the protections a
// public read-only API puts in front of everything else.
import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import underPressure from "@fastify/under-pressure";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import helmet, { type HelmetOptions } from "helmet";
import type { Config } from "../config.ts";
import { HttpProblem } from "../http/problem.ts";

const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  // Swagger UI at /docs runs its own script and styles from 'self' and an inline bootstrap.
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "validator.swagger.io"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", "data:"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      // Served over plain HTTP on localhost too: upgrading would break /docs there.
      upgradeInsecureRequests: null,
    },
  },
  crossOriginResourcePolicy: { policy: "cross-origin" },
  // HSTS belongs to the TLS-terminating proxy in front of the API, not to a plain-HTTP origin.
  strictTransportSecurity: false,
};

/**
 * The headers helmet sets with these options, collected by running its middleware once on a
 * stand-in response (it sets them synchronously and depends on nothing in the request).
 */
export function computeSecurityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader() {
      // X-Powered-By: Fastify never sets it.
    },
  } as unknown as ServerResponse;
  let finished = false;
  helmet(options)({} as IncomingMessage, response, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished || !headers["content-security-policy"])
    throw new Error("helmet did not set its headers synchronously");
  return headers;
}

export default fp(
  async function security(app: FastifyInstance, opts: { config: Config }) {
    const { config } = opts;
    await app.register(cors, {
      origin: "*",
      methods: ["GET", "HEAD", "OPTIONS"],
      exposedHeaders: [
        "ETag",
        "Link",
        "X-Request-Id",
        "Retry-After",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
      ],
      maxAge: 86400,
    });
    // The security headers are the same for every answer: helmet computes them once, here, and a
    // hook copies them onto each reply (@fastify/helmet ran helmet afresh on every request).
    const securityHeaders = computeSecurityHeaders(HELMET_OPTIONS);
    app.addHook("onRequest", (_request, reply, done) => {
      reply.headers(securityHeaders);
      done();
    });
    const loopback = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
    await app.register(rateLimit, {
      max: config.rateLimitMax,
      // Not counted: Swagger UI's own files (a page load is dozens of them), and, when no proxy is
      // trusted, clients on this machine (a person trying /docs or a local script). Behind a
      // trusted proxy the client address is the forwarded one, so a public deployment keeps its limit.
      allowList: (request) =>
        request.url.startsWith("/docs") ||
        request.url === "/openapi.json" ||
        (config.trustProxy === false && loopback.has(request.ip)),
      timeWindow: config.rateLimitWindow,
      // Thrown into the error handler, which answers with a 429 problem (the rate-limit headers are already set).
      errorResponseBuilder: (_request, context) =>
        new HttpProblem(
          429,
          `Rate limit of ${context.max} requests per ${config.rateLimitWindow} exceeded; retry in ${context.after}.`,
        ),
    });
    await app.register(underPressure, {
      maxEventLoopDelay: config.maxEventLoopDelay,
      retryAfter: 5,
      exposeStatusRoute: false,
      // A problem like any other (not a logged failure): the Retry-After header is already set.
      customError: class OverloadedProblem extends HttpProblem {
        constructor() {
          super(503, "The server is overloaded; retry after the Retry-After delay.");
        }
      },
    });
  },
  { name: "security" },
);
