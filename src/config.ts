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
}>;

function parseTrustProxy(value: string): boolean | string[] {
  if (value === "true" || value === "false") return value === "true";
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
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
  });
}
