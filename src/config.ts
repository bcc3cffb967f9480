// Configuration, parsed once from the environment. Defaults make `npm start` work with no .env.
import { resolve } from "node:path";
import { z } from "zod";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_PATH: z.string().min(1).default("data/kuril-kg.sqlite"),
  SEED_DIR: z.string().min(1).default("seed"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Requests per minute and client before a 429. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_WINDOW: z.string().default("1 minute"),
  /** Seconds clients and shared caches may reuse a response. */
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(300),
  /** The in-memory cache of serialized, compressed responses: "on" (default) or "off". */
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  /** Its bound, in megabytes of stored responses; least recently used answers are dropped first. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(64),
  /** Event-loop delay (ms) above which requests are shed with a 503. */
  MAX_EVENT_LOOP_DELAY: z.coerce.number().int().min(0).default(1000),
  /**
   * Proxies whose X-Forwarded-For to trust, so that rate limits count clients, not the proxy:
   * "false" (none), "true" (any), or comma-separated addresses, CIDR ranges or names such as
   * "loopback" and "uniquelocal" (a compose network).
   */
  TRUST_PROXY: z.string().default("false"),
  /**
   * The public origin (and path prefix) under which the API is reached, e.g. https://kg.example.org:
   * the base of every linked-data IRI, so that an entity's IRI dereferences to its API resource.
   * Defaults to http://HOST:PORT (localhost when HOST is a wildcard address).
   */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://kg.example.org" })
    .optional(),
  /** SPARQL: milliseconds a query may run before it is stopped, and the most rows or triples returned. */
  SPARQL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  SPARQL_MAX_RESULTS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Build the database from seed/ at start when it is missing or stale ("false" to skip). */
  SEED_ON_START: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Config = Readonly<{
  port: number;
  host: string;
  databasePath: string;
  seedDir: string;
  logLevel: z.infer<typeof ConfigSchema>["LOG_LEVEL"];
  rateLimitMax: number;
  rateLimitWindow: string;
  cacheMaxAge: number;
  responseCache: boolean;
  responseCacheMb: number;
  maxEventLoopDelay: number;
  seedOnStart: boolean;
  trustProxy: boolean | string[];
  /** No trailing slash. */
  publicBaseUrl: string;
  sparqlTimeoutMs: number;
  sparqlMaxResults: number;
}>;

function parseTrustProxy(value: string): boolean | string[] {
  if (value === "true" || value === "false") return value === "true";
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

function defaultBaseUrl(host: string, port: number): string {
  const wildcard = host === "0.0.0.0" || host === "::" || host === "[::]";
  const name = wildcard ? "localhost" : host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${details}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databasePath: resolve(e.DATABASE_PATH),
    seedDir: resolve(e.SEED_DIR),
    logLevel: e.LOG_LEVEL,
    rateLimitMax: e.RATE_LIMIT_MAX,
    rateLimitWindow: e.RATE_LIMIT_WINDOW,
    cacheMaxAge: e.CACHE_MAX_AGE,
    responseCache: e.RESPONSE_CACHE === "on",
    responseCacheMb: e.RESPONSE_CACHE_MB,
    maxEventLoopDelay: e.MAX_EVENT_LOOP_DELAY,
    seedOnStart: e.SEED_ON_START,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? defaultBaseUrl(e.HOST, e.PORT)).replace(/\/+$/, ""),
    sparqlTimeoutMs: e.SPARQL_TIMEOUT_MS,
    sparqlMaxResults: e.SPARQL_MAX_RESULTS,
  });
}
