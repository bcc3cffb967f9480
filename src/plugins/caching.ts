// HTTP caching, the response cache and compression.
//
// The data is immutable per dataset version, so a GET's answer is a function of the route, its
// validated request, the dataset version, the code and the content coding. From these alone (no
// body hashing) come a strong ETag, a 304 answered before any handler runs, and the key of a
// bounded in-memory LRU cache (lru-cache) of the serialized, compressed bytes: a hit is sent as
// stored, without querying, validating or serializing. The cache is emptied when the dataset is
// swapped (app.swapDatabase) and keyed by the dataset version anyway. Bodies of 1 KB or more are
// compressed (br, gzip) when the client accepts it, cached or not.
import { createHash, hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { Negotiator } from "@fastify/accept-negotiator";
import compressible from "compressible";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { LRUCache } from "lru-cache";
import { giveBody, isLent, ownCopy, takeBody } from "../http/body-pool.ts";
import { mediaTypeOf } from "../http/media.ts";
import { gzipReused } from "../http/reused-gzip.ts";
import { PROJECT_ROOT } from "../paths.ts";

/** The ETags remembered by cache key with the cache off (each a ~100-character key and its tag). */
const ETAGS_KEPT = 1024;

/** Bodies smaller than this are sent as they are: compressing them saves too little. */
export const COMPRESS_MIN_BYTES = 1024;
const ENCODINGS = ["br", "gzip"] as const;
type Coding = (typeof ENCODINGS)[number] | "identity";

/**
 * Levels for answers compressed once and kept (the cache is on): gzip 6 and brotli 4, chosen for
 * size as well as speed, since a miss still compresses while its client waits.
 */
const STORED_LEVELS = { gzip: 6, br: 4 } as const;
/**
 * Levels for answers compressed afresh for every request (the cache is off): the fastest, as
 * nginx's default (gzip_comp_level 1). Measured on the answers of the HTTP bench: gzip 1 takes a
 * third to a fifth of level 6's time for bodies 20–25% larger.
 */
const FRESH_LEVELS = { gzip: 1, br: 1 } as const;
export type CompressionLevels = { readonly gzip: number; readonly br: number };

/** Headers a handler sets that belong to the representation, and so are stored with it. */
const STORED_HEADERS = [
  "content-type",
  "content-language",
  "link",
  "cache-control",
  "x-name-resolution",
] as const;

export interface CachedResponse {
  body: Buffer;
  etag: string;
  coding: Coding;
  /**
   * What a hit sets, built once when stored: the stored headers, content-encoding, ETag,
   * cache-control and Vary.
   */
  headers: Record<string, string>;
  /**
   * Every header of an answer sent at the HTTP server (answerEarly), as writeHead takes them
   * (name, value, name, value…): the security headers of its media type, the stored headers and
   * Content-Length. Built once when stored.
   */
  head: string[];
  /**
   * What the entry holds in memory, as the cache's bound counts it: the body, its key, the
   * strings of its headers (`head` holds the same strings, and the security headers' shared
   * ones) and the objects around them (ENTRY_OVERHEAD).
   */
  bytes: number;
  /**
   * Whether the cache made `body` (encoded, compressed or copied it), so that nothing else holds
   * it: only then is it freed when the entry leaves the cache.
   */
  owned: boolean;
  /**
   * Sends of `body` not known to be over: while any is, the socket may still read its bytes, and
   * the entry leaving the cache leaves its body to the garbage collector. A send cut short is
   * never counted off.
   */
  sending: number;
}

/**
 * The bytes of an entry's objects besides its strings and body, measured in a heap snapshot of
 * a server whose cache was filled (2,069 entries): the entry, its Buffer and ArrayBuffer, the
 * headers object, the head array and lru-cache's slots, about 800 bytes an entry.
 */
const ENTRY_OVERHEAD = 800;

export interface ResponseCacheOptions {
  /** Whether answers are kept in memory (RESPONSE_CACHE); ETags, 304 and compression work either way. */
  enabled: boolean;
  /** The cache's bound in bytes of stored responses (RESPONSE_CACHE_MB). */
  maxBytes: number;
  /** The security headers an answer of this media type carries (sent with hits answered early). */
  securityHeaders: (contentType: string | undefined) => Readonly<Record<string, string>>;
}

export interface CachingOptions {
  maxAge: number;
}

export interface ResponseCache {
  readonly enabled: boolean;
  /** Bytes held now (bodies, keys and aliases), never above maxBytes. */
  readonly size: number;
  readonly entries: number;
  readonly maxBytes: number;
  readonly hits: number;
  readonly misses: number;
  /** Empties the cache: the next request of every kind is answered afresh. */
  clear(): void;
  /**
   * Answers a plain GET or HEAD seen before (the same URL, Accept and Accept-Encoding; no
   * If-None-Match) at the HTTP server, before Fastify routes it: the stored bytes with the stored
   * headers, the security headers and an X-Request-Id of requestId(req), in one writeHead. False
   * (nothing sent) for any other request, or when the cache is off. The caller decides first that
   * no protection would act on the request (no CORS, not rate-limited, not shed, not draining).
   */
  answerEarly(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: (req: IncomingMessage) => string,
  ): boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    readonly responseCache: ResponseCache;
  }
  interface FastifyRequest {
    /** The response cache's state of this request (null until its onRequest hook ran). */
    responseCacheState: RequestState | null;
  }
  interface FastifyContextConfig {
    /** false: this route's answers are never stored in the response cache. */
    responseCache?: boolean;
  }
}

interface RequestState {
  /** The request as it came (URL, Accept, Accept-Encoding): the key of its alias. */
  alias: string;
  /** The cache key: dataset version, coding and the normalised request. */
  key: string;
  etag: string;
  coding: Coding;
  /** Answered from the cache or with a 304: onSend leaves it alone. */
  done: boolean;
  /** Set while this request computes an answer others wait for: lets them go. */
  release?: () => void;
  /** A body lent by the body pool, being sent: given back once the answer is written. */
  lent?: Buffer;
  /** A stored answer being sent (its `sending` counted up): counted off once the answer is written. */
  sent?: CachedResponse;
}

/**
 * A tag for the code that turns data into representations, so that a new release with the same
 * dataset does not answer 304 to a representation it no longer produces. The bundle that `npm
 * start` runs is hashed whole; from the TypeScript sources (tsx, tests), the whole src/ tree.
 */
function computeCodeTag(): string {
  const hash = createHash("sha256");
  const self = fileURLToPath(import.meta.url);
  if (!self.endsWith(".ts")) {
    hash.update(readFileSync(self));
  } else {
    const src = join(PROJECT_ROOT, "src");
    const files = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith(".ts") && !d.name.endsWith(".test.ts"))
      .map((d) => join(d.parentPath, d.name))
      .sort();
    for (const file of files) hash.update(file.slice(src.length)).update("\0").update(readFileSync(file));
  }
  return hash.digest("base64url").slice(0, 8);
}
let codeTag: string | undefined;

/** JSON with object keys sorted at every level: `?a=1&b=2` and `?b=2&a=1` give the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += `${i > 0 ? "," : ""}${canonicalJson(value[i])}`;
    return `${out}]`;
  }
  // Keys sorted by UTF-16 code units (as `<` compares), undefined values left out. A request's
  // few keys are sorted in place by insertion (Array.prototype.sort copies them into a work array
  // first: the most garbage a request's cache key made).
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  let out = "{";
  let first = true;
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

/** The media types asked for, reduced to "" when any JSON answer will do (the common case). */
function acceptKey(accept: string | undefined): string {
  if (!accept) return "";
  const normalised = accept.toLowerCase().replace(/\s+/g, "");
  return /^(\*\/\*|application\/(problem\+)?json)(;q=[\d.]+)?(,(\*\/\*|application\/(problem\+)?json)(;q=[\d.]+)?)*$/.test(
    normalised,
  )
    ? ""
    : normalised;
}

function ifNoneMatchHas(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 13.1.2): W/ is ignored.
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** Vary as it was → Vary with these tokens added: a few combinations, worked out once each. */
type VaryMemo = Map<string, string>;
/** The memo of each list of tokens added (each call site passes one constant list). */
const varied = new Map<readonly string[], VaryMemo>();
/** What "no Vary at all" (not an empty one) is memoized under. */
const NO_VARY = "\u0001";

/** Adds tokens to Vary, keeping what others set. */
function addVary(reply: FastifyReply, tokens: readonly string[]): void {
  const current = reply.getHeader("vary");
  let memo = varied.get(tokens);
  if (memo === undefined) {
    if (varied.size >= 256) varied.clear();
    memo = new Map();
    varied.set(tokens, memo);
  }
  // (Looked up without building a string: a header's value is the very string set before.)
  const from = typeof current === "string" ? current : current === undefined ? NO_VARY : null;
  let next = from === null ? undefined : memo.get(from);
  if (next === undefined) {
    const list = typeof current === "string" ? current.split(",").map((t) => t.trim()) : [];
    const lower = new Set(list.map((t) => t.toLowerCase()));
    for (const token of tokens) if (!lower.has(token.toLowerCase())) list.push(token);
    next = list.join(", ");
    if (from !== null) {
      if (memo.size >= 256) memo.clear();
      memo.set(from, next);
    }
  }
  if (next !== current) reply.header("vary", next);
}

/** A stored answer's Vary → its tokens, one list per value (the memo of addVary is by list). */
const tokenLists = new Map<string, readonly string[]>();
function varyTokens(vary: string): readonly string[] {
  let tokens = tokenLists.get(vary);
  if (tokens === undefined) {
    if (tokenLists.size >= 256) tokenLists.clear();
    tokens = Object.freeze(vary.split(", "));
    tokenLists.set(vary, tokens);
  }
  return tokens;
}

const VARY_CODING = Object.freeze(["Accept-Encoding"]);
const VARY_CODING_ORIGIN = Object.freeze(["Accept-Encoding", "Origin"]);

function isCompressible(reply: FastifyReply): boolean {
  const type = reply.getHeader("content-type");
  if (typeof type !== "string") return false;
  return compressible(mediaTypeOf(type)) === true;
}

const encoder = new TextEncoder();
/** Where utf8() encodes before copying out; grown to the largest answer (a few hundred KB). */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);
/** Answers larger than this are encoded by Buffer.from rather than through the scratch buffer. */
const SCRATCH_MAX = 8 * 1024 * 1024;

/**
 * The string's UTF-8 bytes in a buffer of their own (never a slice of Node's shared 8 KB pool,
 * which a cached answer would keep alive whole). Encoded with TextEncoder.encodeInto into a
 * reused buffer, then copied out: a serializer's answer is a two-byte string as soon as one
 * character of the article is outside Latin-1 (a dash, a macron), and Node 20's Buffer.from and
 * Buffer.byteLength walk such a string character by character, while encodeInto converts it with
 * SIMD (measured on a 160 KB timeline page: 0.1 ms against 0.7–1.6 ms). Answers handed to Fastify
 * as buffers are written as they are, without being measured first.
 */
export function utf8(text: string): Buffer {
  return encode(text, Buffer.allocUnsafeSlow);
}

/** utf8(), for an answer sent and not kept: a large one is lent by the body pool (src/http/body-pool.ts). */
function utf8Body(text: string): Buffer {
  return encode(text, takeBody);
}

function encode(text: string, allocate: (length: number) => Buffer): Buffer {
  const max = text.length * 3;
  if (max > SCRATCH_MAX) {
    const bytes = Buffer.from(text, "utf8");
    return exact(bytes);
  }
  if (scratch.length < max) scratch = Buffer.allocUnsafeSlow(Math.max(max, scratch.length * 2));
  const { written } = encoder.encodeInto(text, scratch);
  const bytes = allocate(written);
  scratch.copy(bytes, 0, 0, written);
  return bytes;
}

/**
 * A buffer that owns exactly its bytes. Compressed bodies come out of zlib as views into its
 * larger output chunks: a 3 KB answer kept as such a view kept 16 KB or more alive, uncounted.
 */
function exact(body: Buffer): Buffer {
  if (body.byteOffset === 0 && body.buffer.byteLength === body.length) return body;
  const copy = Buffer.allocUnsafeSlow(body.length);
  body.copy(copy);
  return copy;
}

/**
 * Gives a buffer's memory back now instead of at V8's next full collection, which external
 * memory forces only after some 64 MB more of it: the bytes of an answer encoded only to be
 * compressed, and zlib's output once copied into a buffer of its own. Filling the cache made
 * 2,500 such buffers, and malloc kept the pages they were freed from (bench:memory). Only for
 * a buffer this module made and nothing else holds or is sending: detaching its ArrayBuffer
 * (transfer to length 0) frees the bytes. Node's shared pool (an 8 KB ArrayBuffer that small
 * buffers are slices of) is never released.
 */
function release(body: Buffer): void {
  if (body.buffer.byteLength === Buffer.poolSize || body.buffer.byteLength < 4096) return;
  (body.buffer as ArrayBuffer & { transfer(length: number): ArrayBuffer }).transfer(0);
}

/**
 * An entry leaving the cache: its body is freed at once when the cache made it and no send may
 * still be reading it (else it is left to the garbage collector).
 */
export function leaveCache(entry: Pick<CachedResponse, "body" | "owned" | "sending">): void {
  if (entry.owned && entry.sending === 0) release(entry.body);
}

/**
 * Compresses on the event loop. An answer of 1 to 100 KB takes a fraction of a millisecond,
 * less CPU than handing it to the thread pool and back (measured: a third of the CPU time per
 * answer for gzip, half for brotli), and nothing is shared between threads. `reuse`: gzip with a
 * compressor kept for the level (src/http/reused-gzip.ts; the same bytes, its output a body the
 * pool may lend), for answers compressed afresh for every request; an answer compressed once
 * and stored does not pay for keeping a compressor's 270 KB for good.
 */
export function compress(
  body: Buffer | string,
  coding: Exclude<Coding, "identity">,
  levels: CompressionLevels = STORED_LEVELS,
  reuse = false,
): Buffer {
  if (coding === "gzip")
    return reuse && typeof body !== "string"
      ? gzipReused(body, levels.gzip)
      : zlib.gzipSync(body, { level: levels.gzip });
  return zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: levels.br,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** Strings shorter than this are not turned into bytes before they are sent (unless stored). */
const SMALL_STRING = 256;

/** A body's length in bytes, without measuring strings too long or too short to matter. */
function byteLength(body: string | Buffer): number {
  if (typeof body !== "string") return body.length;
  // UTF-8 takes one to three bytes per UTF-16 unit.
  if (body.length >= COMPRESS_MIN_BYTES || body.length * 3 < COMPRESS_MIN_BYTES) return body.length;
  return Buffer.byteLength(body);
}

function compressStream(stream: Readable, coding: Exclude<Coding, "identity">): Readable {
  const compressor =
    coding === "br"
      ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: FRESH_LEVELS.br } })
      : zlib.createGzip({ level: FRESH_LEVELS.gzip });
  pipeline(stream, compressor, () => {
    // Errors reach the client as a cut response; the file stream logs its own.
  });
  return compressor;
}

/**
 * The response cache: the bounded LRU of answers, and answerEarly, with which the HTTP server
 * answers a request seen before ahead of Fastify. Registered first; the caching plugin below
 * (ETags, 304, storing, compression, the hits answered after the protections) is registered
 * after the protections.
 */
export const responseCache = fp(
  async function responseCache(app: FastifyInstance, opts: ResponseCacheOptions) {
    // The request as sent (URL, Accept, Accept-Encoding) → its cache key: a request seen before is
    // answered before its query is validated or its cache key computed. Requests
    // that mean the same still share one entry; each only adds its alias. The aliases get a
    // sixteenth of the bound, the answers the rest.
    const aliasBytes = Math.max(1, Math.floor(opts.maxBytes / 16));
    const lru = new LRUCache<string, CachedResponse>({
      maxSize: Math.max(1, opts.maxBytes - aliasBytes),
      sizeCalculation: (value) => value.bytes,
      // An answer leaving the cache (evicted, replaced, cleared) is freed now rather than at V8's
      // next full collection, which comes only after some 64 MB more of external memory: until
      // then dead bodies held memory beyond the bound (6–10 MiB after a fill in bench:memory).
      // Only a body the cache made and no send may still be reading.
      dispose: leaveCache,
    });
    const aliases = new LRUCache<string, string>({
      maxSize: aliasBytes,
      sizeCalculation: (value, key) => (key.length + value.length) * 2 + 100,
    });
    const store: Store = {
      enabled: opts.enabled,
      lru,
      aliases,
      hits: 0,
      misses: 0,
      securityHeaders: opts.securityHeaders,
    };
    app.decorateRequest("responseCacheState", null);
    app.decorate("responseCache", {
      get enabled() {
        return opts.enabled;
      },
      get size() {
        return lru.calculatedSize + aliases.calculatedSize;
      },
      get entries() {
        return lru.size;
      },
      get maxBytes() {
        return opts.maxBytes;
      },
      get hits() {
        return store.hits;
      },
      get misses() {
        return store.misses;
      },
      clear() {
        lru.clear();
        aliases.clear();
      },
      answerEarly(req, res, requestId) {
        if (!opts.enabled || (req.method !== "GET" && req.method !== "HEAD")) return false;
        const { accept, "accept-encoding": acceptEncoding, "if-none-match": ifNoneMatch } = req.headers;
        // Conditional requests get their 304 (or not) from the hooks.
        if (ifNoneMatch !== undefined) return false;
        const key = aliases.get(aliasOf(req.url ?? "", accept, acceptEncoding));
        const entry = key === undefined ? undefined : lru.get(key);
        if (entry === undefined) return false;
        store.hits++;
        const head = entry.head.slice();
        head.push("x-request-id", requestId(req));
        res.writeHead(200, head);
        // A HEAD request's body is left out by Node, its Content-Length kept.
        res.end(entry.body);
        // Not all handed to the socket at once (a client reading slowly, a pipelined request
        // waiting its turn): the body is never freed by the cache, only collected.
        if (res.writableLength > 0) entry.sending++;
        return true;
      },
      [STORE]: store,
    } satisfies ResponseCache & { [STORE]: Store });
  },
  { name: "response-cache" },
);

const STORE = Symbol("response cache store");
interface Store {
  readonly enabled: boolean;
  readonly lru: LRUCache<string, CachedResponse>;
  readonly aliases: LRUCache<string, string>;
  hits: number;
  misses: number;
  readonly securityHeaders: ResponseCacheOptions["securityHeaders"];
}

/** The key of a request's alias: the request as it came (URL, Accept, Accept-Encoding). */
function aliasOf(url: string, accept: string | undefined, acceptEncoding: string | undefined): string {
  return `${acceptEncoding ?? ""}\0${accept ?? ""}\0${url}`;
}

function newState(alias: string): RequestState {
  return { alias, key: "", etag: "", coding: "identity", done: false };
}

/** The cache's state of a GET or HEAD whose answer may be stored, made on first use. */
function stateOf(request: FastifyRequest): RequestState {
  if (request.responseCacheState) return request.responseCacheState;
  const { accept, "accept-encoding": acceptEncoding } = request.headers;
  const s = newState(aliasOf(request.url, accept, acceptEncoding));
  request.responseCacheState = s;
  return s;
}

/** Whether this request's answer may be stored: a GET or HEAD of a route that does not opt out. */
function cacheable(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  // Fastify builds routeOptions afresh on each read: read once.
  const { url, config } = request.routeOptions;
  return Boolean(url) && config.responseCache !== false;
}

export default fp(
  async function caching(app: FastifyInstance, opts: CachingOptions) {
    codeTag ??= computeCodeTag();
    const tag = codeTag;
    const store = (app.responseCache as unknown as { [STORE]: Store })[STORE];
    const { lru, aliases, enabled } = store;
    const negotiator = new Negotiator<(typeof ENCODINGS)[number]>({
      supportedValues: [...ENCODINGS],
      cache: new LRUCache<string, string>({ max: 200 }) as never,
    });

    const negotiate = (request: FastifyRequest): Coding => {
      const header = request.headers["accept-encoding"];
      return (typeof header === "string" && negotiator.negotiate(header)) || "identity";
    };

    const cacheControl = `public, max-age=${opts.maxAge}`;
    // A request's ETag is a hash of its cache key (and the code's tag). With the cache off, each
    // key's is hashed once and remembered, for a bounded number of keys (every request asked
    // again hashed it afresh); with the cache on, a stored answer keeps its own. Keys hold the
    // dataset version, so a swap needs no clearing.
    const etags = new LRUCache<string, string>({ max: ETAGS_KEPT });
    const etagOf = (key: string, version: string, coding: Coding): string => {
      let etag = enabled ? undefined : etags.get(key);
      if (etag === undefined) {
        etag = `"${version}-${hash("sha256", tag + key, "base64url").slice(0, 22)}${coding === "identity" ? "" : `-${coding}`}"`;
        if (!enabled) etags.set(key, etag);
      }
      return etag;
    };

    const cacheHeaders = (reply: FastifyReply, etag: string) => {
      reply.header("etag", etag);
      if (!reply.getHeader("cache-control")) reply.header("cache-control", cacheControl);
      addVary(reply, VARY_CODING_ORIGIN);
    };

    const inflight = new Map<string, Promise<void>>();
    const sendEntry = (reply: FastifyReply, s: RequestState, entry: CachedResponse) => {
      store.hits++;
      s.done = true;
      // The protections set their headers (CORS may have added Origin to Vary): the entry's go on top.
      const vary = reply.getHeader("vary");
      reply.headers(entry.headers);
      if (typeof vary === "string" && vary !== entry.headers.vary) {
        reply.header("vary", vary);
        addVary(reply, varyTokens(entry.headers.vary ?? ""));
      }
      entry.sending++;
      s.sent = entry;
      return reply.send(entry.body);
    };
    const notModified = (reply: FastifyReply, s: RequestState, etag: string, cacheControl?: string) => {
      if (cacheControl) reply.header("cache-control", cacheControl);
      cacheHeaders(reply, etag);
      s.done = true;
      reply.code(304);
      return reply.send();
    };

    // A request seen before and not answered first (a CORS request, a client the rate limit counts,
    // a conditional request) is answered from the cache by its alias after the protections: a
    // route's own onRequest hooks run after the application's (CORS, security headers, load
    // shedding), and this one is added after the rate limiter's, whose onRoute hook was
    // registered first.
    const answerSeen = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      if (!enabled || !cacheable(request)) return done();
      const s = stateOf(request);
      const key = aliases.get(s.alias);
      const entry = key === undefined ? undefined : lru.get(key);
      if (key === undefined || !entry) return done();
      s.key = key;
      s.etag = entry.etag;
      s.coding = entry.coding;
      const ifNoneMatch = request.headers["if-none-match"];
      if (ifNoneMatch && ifNoneMatchHas(ifNoneMatch, entry.etag))
        notModified(reply, s, entry.etag, entry.headers["cache-control"]);
      else sendEntry(reply, s, entry);
      // Answered: done is not called, so no later hook, validation or handler runs.
    };
    app.addHook("onRoute", (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (!methods.some((m) => m === "GET" || m === "HEAD")) return;
      if (route.config?.responseCache === false) return;
      const own =
        route.onRequest === undefined
          ? []
          : Array.isArray(route.onRequest)
            ? route.onRequest
            : [route.onRequest];
      route.onRequest = [...own, answerSeen] as typeof route.onRequest;
    });

    // After validation: the request's meaning is known, so its ETag and cache key are too.
    app.addHook("preHandler", (request, reply, done) => {
      if (request.method !== "GET" && request.method !== "HEAD") return done();
      // Fastify builds routeOptions afresh on each read: read once.
      const { url, config } = request.routeOptions;
      if (!url || config.responseCache === false) return done();
      // The alias (the request as it came) serves the cache alone.
      let s = request.responseCacheState;
      if (s === null) {
        s = enabled ? stateOf(request) : newState("");
        request.responseCacheState = s;
      }
      if (s.done) return done();
      const coding = negotiate(request);
      const version = app.datasetVersion;
      const key = `${version}\0${coding}\0${url}\0${canonicalJson(request.params ?? {})}\0${canonicalJson(request.query ?? {})}\0${acceptKey(request.headers.accept)}`;
      s.key = key;
      s.coding = coding;
      const entry = enabled ? lru.get(key) : undefined;
      // The ETag of a stored answer is known; only a new one is derived (hashed) from the key.
      s.etag = entry?.etag ?? etagOf(key, version, coding);
      if (entry) aliases.set(s.alias, key);

      const ifNoneMatch = request.headers["if-none-match"];
      if (ifNoneMatch && ifNoneMatchHas(ifNoneMatch, s.etag)) {
        // The client holds this very representation: nothing is queried or serialized.
        notModified(reply, s, s.etag, entry?.headers["cache-control"]);
        return;
      }
      if (entry) {
        sendEntry(reply, s, entry);
        return;
      }
      if (!enabled) return done();
      // The same answer asked for while it is being computed (a burst after a start or a swap):
      // wait for it rather than compute it again.
      const pending = inflight.get(key);
      if (pending) {
        pending.then(() => {
          const computed = lru.get(key);
          if (!computed) return done();
          aliases.set(s.alias, key);
          sendEntry(reply, s, computed);
        });
        return;
      }
      let release = () => {};
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      inflight.set(key, promise);
      s.release = () => {
        s.release = undefined;
        if (inflight.get(key) === promise) inflight.delete(key);
        release();
      };
      done();
    });

    // Whatever happened to a request that others wait for, they are let go once it is answered.
    // A body lent by the pool goes back once the socket has taken all of it ('finish'); an answer
    // cut short keeps its buffer, which is then collected.
    app.addHook("onResponse", (request, reply, done) => {
      const s = request.responseCacheState;
      if (s) {
        s.release?.();
        if (s.lent) {
          if (reply.raw.writableFinished) giveBody(s.lent);
          s.lent = undefined;
        }
        if (s.sent) {
          if (reply.raw.writableFinished) s.sent.sending--;
          s.sent = undefined;
        }
      }
      done();
    });
    app.addHook("onRequestAbort", (request, done) => {
      request.responseCacheState?.release?.();
      done();
    });

    const storeAnswer = (
      request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      s: RequestState | null,
    ): unknown => {
      const isGet = request.method === "GET" || request.method === "HEAD";
      // Errors and redirects are answered afresh every time (a fixed typo must not stay cached).
      if (isGet && reply.statusCode !== 200) reply.header("cache-control", "no-store");
      // Encoded already by whoever made it.
      if (reply.getHeader("content-encoding")) return payload;
      // Requests that never reached the preHandler (errors) negotiate here.
      const coding = s?.key ? s.coding : negotiate(request);
      addVary(reply, VARY_CODING);

      if (typeof payload === "string" || Buffer.isBuffer(payload)) {
        // The state of an answer that represents its request (stored, with an ETag), else null.
        const represented =
          s?.key && reply.statusCode === 200 && reply.getHeader("cache-control") !== "no-store" ? s : null;
        // Small strings go as they are (Node writes them with the headers); the rest as bytes.
        let body: string | Buffer =
          typeof payload === "string" && payload.length >= SMALL_STRING ? utf8Body(payload) : payload;
        let applied: Coding = "identity";
        if (coding !== "identity" && byteLength(body) >= COMPRESS_MIN_BYTES && isCompressible(reply)) {
          // Compressed once and kept, or afresh for each request when nothing is kept.
          const identity = body;
          body = enabled ? compress(body, coding) : compress(body, coding, FRESH_LEVELS, true);
          // The uncompressed bytes are done with: back to the pool, or freed if utf8Body made
          // them (a buffer handed in is the route's).
          if (Buffer.isBuffer(identity) && !giveBody(identity) && identity !== payload) release(identity);
          applied = coding;
          reply.header("content-encoding", coding);
        }
        if (represented) {
          cacheHeaders(reply, represented.etag);
          if (enabled) {
            // Stored: the bytes in a buffer of their own.
            if (typeof body === "string") body = utf8(body);
            else {
              const own = isLent(body) ? ownCopy(body) : exact(body);
              // A lent body goes back to the pool; zlib's output, copied out of its chunk, is
              // freed (an answer handed in is the route's).
              if (own !== body && !giveBody(body) && applied !== "identity") release(body);
              body = own;
            }
            store.misses++;
            const headers: Record<string, string> = {};
            for (const name of STORED_HEADERS) {
              const value = reply.getHeader(name);
              if (value !== undefined) headers[name] = String(value);
            }
            headers.etag = represented.etag;
            headers["cache-control"] ??= cacheControl;
            if (applied !== "identity") headers["content-encoding"] = applied;
            headers.vary = String(reply.getHeader("vary"));
            const head: string[] = [];
            for (const [name, value] of Object.entries(store.securityHeaders(headers["content-type"])))
              head.push(name, value);
            for (const [name, value] of Object.entries(headers)) head.push(name, value);
            head.push("content-length", String(body.length));
            // The key at two bytes a character (a question may be written in more than Latin-1),
            // each header string with V8's 16-byte string header.
            let bytes = body.length + represented.key.length * 2 + ENTRY_OVERHEAD;
            for (const [name, value] of Object.entries(headers)) bytes += name.length + value.length + 32;
            // Sent now as well: counted off once written (onResponse).
            const entry: CachedResponse = {
              body,
              etag: represented.etag,
              coding: applied,
              headers,
              head,
              bytes,
              owned: body !== payload,
              sending: 1,
            };
            represented.sent = entry;
            lru.set(represented.key, entry);
            aliases.set(represented.alias, represented.key);
          }
        }
        s?.release?.();
        if (typeof body !== "string" && isLent(body)) {
          const state = s ?? newState("");
          request.responseCacheState = state;
          state.lent = body;
        }
        return body;
      }

      // Streams (the docs' static files): compressed on the fly, never stored.
      if (
        payload &&
        typeof (payload as Readable).pipe === "function" &&
        coding !== "identity" &&
        isCompressible(reply)
      ) {
        const length = Number(reply.getHeader("content-length") ?? Number.POSITIVE_INFINITY);
        if (length < COMPRESS_MIN_BYTES) return payload;
        reply.removeHeader("content-length");
        reply.header("content-encoding", coding);
        return compressStream(payload as Readable, coding);
      }
      return payload;
    };

    app.addHook("onSend", (request, reply, payload, done) => {
      const s = request.responseCacheState;
      // Answered from the cache or with a 304: sent as it is.
      if (s?.done || reply.statusCode === 304) return done(null, payload);
      let next: unknown;
      try {
        next = storeAnswer(request, reply, payload, s);
      } catch (error) {
        return done(error as Error);
      }
      done(null, next);
    });
  },
  { name: "caching", dependencies: ["response-cache"] },
);
