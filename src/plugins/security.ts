// CORS (open for GET), security headers, rate limiting and load shedding: the protections a
// public read-only API puts in front of everything else.
import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import underPressure from "@fastify/under-pressure";
import type { FastifyInstance, FastifyRequest } from "fastify";
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
 * Answers that are not HTML pages (JSON, JSON-LD, Turtle, CSV, scripts) load nothing and are never
 * framed: the strictest policy (OWASP's for REST APIs), which is also 45 bytes instead of 330.
 */
const API_CSP_OPTIONS: Readonly<HelmetOptions> = {
  ...HELMET_OPTIONS,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
};

/**
 * The headers an answer a browser does not render as a page gets: OWASP's REST Security Cheat
 * Sheet's for APIs. X-Content-Type-Options: nosniff, so that JSON is never sniffed into HTML or a
 * script; the CSP (loading nothing, framed by no one) and X-Frame-Options for the browsers without
 * frame-ancestors, should one ever render it. Helmet's others act only on documents a browser
 * renders and the requests they make (Referrer-Policy, Cross-Origin-Opener-Policy,
 * Origin-Agent-Cluster, X-DNS-Prefetch-Control, X-XSS-Protection), on legacy plug-ins and
 * downloads (X-Download-Options, X-Permitted-Cross-Domain-Policies), or on no-cors embedding
 * (Cross-Origin-Resource-Policy, which JSON, CSV and RDF are not made for: a script reads them
 * through CORS): pages keep them, other answers are not sent them. Every API answer, a cache hit
 * above all, carries 3 security headers instead of 11: each costs the server and the client
 * time on every answer (measured: the headers were most of what a cache hit cost beyond the
 * same-body ceiling).
 */
const API_HEADER_NAMES = ["content-security-policy", "x-content-type-options", "x-frame-options"] as const;

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

/** Helmet's headers for pages (the docs, the explorer), computed once. */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze(
  computeSecurityHeaders(HELMET_OPTIONS),
);
/** The headers of other answers, with the strict policy; computed once. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze(
  (() => {
    const all = computeSecurityHeaders(API_CSP_OPTIONS);
    const headers: Record<string, string> = {};
    for (const name of API_HEADER_NAMES) {
      const value = all[name];
      if (value === undefined) throw new Error(`helmet no longer sets ${name}`);
      headers[name] = value;
    }
    return headers;
  })(),
);
/** The security headers for an answer of this media type. */
export function securityHeadersFor(contentType: unknown): Readonly<Record<string, string>> {
  return typeof contentType === "string" && contentType.startsWith("text/html")
    ? PAGE_SECURITY_HEADERS
    : API_SECURITY_HEADERS;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
/**
 * Requests the rate limit does not count: Swagger UI's own files (a page load is dozens of them)
 * and, when no proxy is trusted, clients on this machine (a person trying /docs or a local script).
 * Behind a trusted proxy the client address is the forwarded one, so a public deployment keeps its limit.
 */
export function rateLimitExempt(config: Config): (request: FastifyRequest) => boolean {
  const exempt = rateLimitExemptRaw(config);
  return (request) => exempt(request.url, request.ip);
}

/**
 * The same, from a request's URL and the address of its peer (before Fastify made a request of it:
 * without a trusted proxy, Fastify's request.ip is that address).
 */
export function rateLimitExemptRaw(config: Config): (url: string, ip: string | undefined) => boolean {
  const loopbackExempt = config.trustProxy === false;
  return (url, ip) =>
    url.startsWith("/docs") ||
    url === "/openapi.json" ||
    (loopbackExempt && ip !== undefined && LOOPBACK.has(ip));
}

/** What CORS exposes to a cross-origin script besides the safelisted headers. */
export const CORS_EXPOSED_HEADERS = [
  "ETag",
  "Link",
  "X-Request-Id",
  "Retry-After",
  "X-RateLimit-Limit",
  "X-RateLimit-Remaining",
  "X-RateLimit-Reset",
];

export default fp(
  async function security(app: FastifyInstance, opts: { config: Config }) {
    const { config } = opts;
    // Open to every origin. The CORS headers go on CORS requests, the ones that carry an Origin (a
    // browser sends it on every cross-origin request): a script on any site reads every answer,
    // and other clients are not sent headers only browsers read. Answers say Vary: Origin.
    const corsOptions = {
      origin: "*",
      methods: ["GET", "HEAD", "OPTIONS"],
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 86400,
    };
    const notCors = { ...corsOptions, origin: false };
    await app.register(cors, {
      // An OPTIONS without an Origin still meets the strict preflight check (a 400 problem).
      delegator: (request, callback) =>
        callback(
          null,
          request.headers.origin === undefined && request.method !== "OPTIONS" ? notCors : corsOptions,
        ),
    });
    // The security headers are the same for every answer of a kind: helmet computes them once, and
    // a hook copies them onto each reply (@fastify/helmet ran helmet afresh on every request).
    // Pages get helmet's whole set, with their own policy, once their type is known.
    app.addHook("onRequest", (_request, reply, done) => {
      reply.headers(API_SECURITY_HEADERS);
      done();
    });
    app.addHook("onSend", (_request, reply, payload, done) => {
      const type = reply.getHeader("content-type");
      if (typeof type === "string" && type.startsWith("text/html")) reply.headers(PAGE_SECURITY_HEADERS);
      done(null, payload);
    });
    await app.register(rateLimit, {
      max: config.rateLimitMax,
      allowList: rateLimitExempt(config),
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
