// The response cache and compression, through the public surface (inject on the real seeded
// database): hits, key normalisation, 304 without a handler, the byte bound, the flush on a
// dataset swap, the off switch, and compressed bodies that decode to the same JSON.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, SEED_DIR, type TestContext } from "../../test/helpers.ts";
import { present } from "../../test/lists.ts";
import { openReadOnly } from "../db/open.ts";
import { seedDatabase } from "../seed/seed.ts";
import { leaveCache } from "./caching.ts";

const ASK = `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`;

describe("response cache, on", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx?.close());
  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: "GET", url, headers });

  it("answers a repeated request from the cache with the same bytes and ETag", async () => {
    const cache = ctx.app.responseCache;
    cache.clear();
    const first = await get(ASK);
    expect(first.statusCode).toBe(200);
    expect(cache.entries).toBe(1);
    const hitsBefore = cache.hits;
    const second = await get(ASK);
    expect(cache.hits).toBe(hitsBefore + 1);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(second.json().answers[0].claim.speaker.id).toBe("vladimir-putin");
  });

  it("shares one entry between requests that mean the same (order, defaults, unknown parameters)", async () => {
    const cache = ctx.app.responseCache;
    cache.clear();
    const a = await get("/v1/claims?speaker=vladimir-putin&about=japan");
    const b = await get("/v1/claims?about=japan&speaker=vladimir-putin&colour=blue");
    const c = await get("/v1/claims?about=japan&speaker=vladimir-putin&limit=50");
    expect([a, b, c].map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(cache.entries).toBe(1);
    expect(new Set([a, b, c].map((r) => r.headers.etag)).size).toBe(1);
    expect(b.body).toBe(a.body);
    expect(a.json().items.length).toBeGreaterThan(2);
    // Another meaning is another entry, with another ETag.
    const d = await get("/v1/claims?about=japan&speaker=vladimir-putin&limit=2");
    expect(cache.entries).toBe(2);
    expect(d.headers.etag).not.toBe(a.headers.etag);
    expect(d.json().items).toHaveLength(2);
  });

  it("computes an answer asked for by several clients at once only once", async () => {
    const cache = ctx.app.responseCache;
    cache.clear();
    const [misses, hits] = [cache.misses, cache.hits];
    const url = `/v1/ask?q=${encodeURIComponent("Why did the Abe–Putin summit matter?")}`;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => get(url, { "accept-encoding": "gzip" })),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((r) => r.rawPayload.toString("base64"))).size).toBe(1);
    expect(cache.misses - misses).toBe(1);
    expect(cache.hits - hits).toBe(5);
  });

  it("answers a hit with the headers of the miss that stored it (security, CORS, name resolution)", async () => {
    const cache = ctx.app.responseCache;
    // A plain client (answered before the protections run) and a cross-origin script (after CORS).
    for (const origin of [undefined, "https://example.org"]) {
      cache.clear();
      const url = "/v1/claims?speaker=Putn&limit=2";
      const headers: Record<string, string> = { "accept-encoding": "gzip" };
      if (origin) headers.origin = origin;
      const miss = await get(url, headers);
      const hits = cache.hits;
      const hit = await get(url, headers);
      expect(cache.hits).toBe(hits + 1);
      expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
      expect(miss.headers["x-name-resolution"]).toBe("speaker=vladimir-putin (fuzzy, distance 1)");
      const { date: _d1, "x-request-id": id1, ...missHeaders } = miss.headers;
      const { date: _d2, "x-request-id": id2, ...hitHeaders } = hit.headers;
      expect(hitHeaders).toEqual(missHeaders);
      expect(id2).toMatch(/^[0-9a-f-]{36}$/);
      expect(id2).not.toBe(id1);
      // JSON gets the strict policy: it loads nothing and is never framed.
      expect(hit.headers["content-security-policy"]).toBe("default-src 'none';frame-ancestors 'none'");
      expect(hit.headers["x-content-type-options"]).toBe("nosniff");
      expect(hit.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(hit.headers.vary).toBe("Origin, Accept-Encoding");
      expect(hit.headers["content-encoding"]).toBe("gzip");
      // CORS headers answer CORS requests, the ones with an Origin.
      expect(hit.headers["access-control-allow-origin"]).toBe(origin ? "*" : undefined);
    }
  });

  it("answers a hit for an entity with Vary: Accept too (it is also served as RDF)", async () => {
    const url = "/v1/entities/shinzo-abe";
    const miss = await get(url);
    const hit = await get(url);
    expect(hit.body).toBe(miss.body);
    expect(miss.headers.vary).toMatch(/\bAccept\b/);
    expect(hit.headers.vary).toBe(miss.headers.vary);
    const turtle = await get(url, { accept: "text/turtle" });
    expect(turtle.headers["content-type"]).toMatch(/^text\/turtle/);
    expect((await get(url, { accept: "text/turtle" })).body).toBe(turtle.body);
  });

  it("links the next page from a cached answer too", async () => {
    const first = await get("/v1/claims?limit=3");
    const again = await get("/v1/claims?limit=3");
    expect(first.headers.link).toMatch(/rel="next"/);
    expect(again.headers.link).toBe(first.headers.link);
  });

  it("answers a matching If-None-Match with an empty 304, cached or not", async () => {
    const ok = await get("/v1/entities/vladimir-putin");
    const etag = String(ok.headers.etag);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"x", ${etag}`]) {
      const res = await get("/v1/entities/vladimir-putin", { "if-none-match": ifNoneMatch });
      expect(res.statusCode).toBe(304);
      expect(res.body).toBe("");
      expect(res.headers.etag).toBe(etag);
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
    }
    ctx.app.responseCache.clear();
    const cold = await get("/v1/entities/vladimir-putin", { "if-none-match": etag });
    expect(cold.statusCode).toBe(304);
    // The 304 ran no handler, so nothing was stored.
    expect(ctx.app.responseCache.entries).toBe(0);
    expect((await get("/v1/entities/vladimir-putin", { "if-none-match": '"other"' })).statusCode).toBe(200);
  });

  it("does not store errors", async () => {
    ctx.app.responseCache.clear();
    const missing = await get("/v1/entities/no-such-entity");
    const invalid = await get("/v1/claims?limit=0");
    expect([missing.statusCode, invalid.statusCode]).toEqual([404, 400]);
    expect(missing.headers["cache-control"]).toBe("no-store");
    expect(missing.headers.etag).toBeUndefined();
    expect(ctx.app.responseCache.entries).toBe(0);
  });

  it("stores health answers never", async () => {
    ctx.app.responseCache.clear();
    await get("/readyz");
    await get("/healthz");
    expect(ctx.app.responseCache.entries).toBe(0);
  });

  it("compresses with br or gzip when accepted, decoding to the same JSON, cached per coding", async () => {
    ctx.app.responseCache.clear();
    const plain = await get("/v1/timeline");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    const json = plain.json();
    const cases = [
      { accept: "gzip", coding: "gzip", decode: gunzipSync },
      { accept: "gzip, deflate, br", coding: "br", decode: brotliDecompressSync },
      { accept: "br;q=0.5, gzip", coding: "gzip", decode: gunzipSync },
      { accept: "br", coding: "br", decode: brotliDecompressSync },
    ];
    for (const { accept, coding, decode } of cases) {
      for (const round of [1, 2]) {
        const res = await get("/v1/timeline", { "accept-encoding": accept });
        expect(res.statusCode, `${accept} round ${round}`).toBe(200);
        expect(res.headers["content-encoding"]).toBe(coding);
        expect(res.headers.vary).toMatch(/Accept-Encoding/);
        expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
        expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);
        expect(JSON.parse(decode(res.rawPayload).toString("utf8"))).toEqual(json);
        // Each coding is its own representation: its own ETag.
        expect(res.headers.etag).not.toBe(plain.headers.etag);
        expect(String(res.headers.etag)).toMatch(new RegExp(`-${coding}"$`));
      }
    }
    // identity, gzip and br: three entries.
    expect(ctx.app.responseCache.entries).toBe(3);
    const unsupported = await get("/v1/timeline", { "accept-encoding": "deflate, zstd" });
    expect(unsupported.headers["content-encoding"]).toBeUndefined();
    expect(unsupported.body).toBe(plain.body);
  });

  it("leaves small bodies uncompressed", async () => {
    const res = await get("/v1/islands/habomai", { "accept-encoding": "gzip, br" });
    expect(res.rawPayload.length).toBeLessThan(1024);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.json().id).toBe("habomai");
  });

  it("compresses the OpenAPI document and the docs' static files too", async () => {
    const spec = await get("/openapi.json", { "accept-encoding": "gzip" });
    expect(spec.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(spec.rawPayload).toString()).openapi).toMatch(/^3\.1/);
    const docs = await get("/docs/static/swagger-ui-bundle.js", { "accept-encoding": "br" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(docs.rawPayload).toString().length).toBeGreaterThan(docs.rawPayload.length);
  });

  it("answers HEAD from the same entry, with the length of the body a GET gets", async () => {
    const got = await get("/v1/claims?limit=5", { "accept-encoding": "gzip" });
    const head = await ctx.app.inject({
      method: "HEAD",
      url: "/v1/claims?limit=5",
      headers: { "accept-encoding": "gzip" },
    });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers.etag).toBe(got.headers.etag);
    expect(head.headers["content-length"]).toBe(String(got.rawPayload.length));
  });
});

describe("response cache and the protections", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ RATE_LIMIT_MAX: "2", TRUST_PROXY: "loopback" });
  });
  afterAll(async () => ctx?.close());

  it("counts cached answers against a client's rate limit, and answers the excess with a 429", async () => {
    const from = (client: string) =>
      ctx.app.inject({ url: "/v1/claims?limit=4", headers: { "x-forwarded-for": client } });
    const cache = ctx.app.responseCache;
    const [first, second] = [await from("203.0.113.9"), await from("203.0.113.9")];
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.body).toBe(first.body);
    const hits = cache.hits;
    const third = await from("203.0.113.9");
    expect(third.statusCode).toBe(429);
    expect(third.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(cache.hits).toBe(hits);
    // Another client is answered from the same entry, with its own budget.
    const other = await from("203.0.113.10");
    expect(other.statusCode).toBe(200);
    expect(other.body).toBe(first.body);
    expect(other.headers["x-ratelimit-remaining"]).toBe("1");
    expect(cache.hits).toBe(hits + 1);
  });
});

describe("response cache bound", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ RESPONSE_CACHE_MB: "1" });
  });
  afterAll(async () => ctx?.close());

  it("never holds more than RESPONSE_CACHE_MB, evicting the least recently used", async () => {
    const cache = ctx.app.responseCache;
    expect(cache.maxBytes).toBe(1024 * 1024);
    const urls = Array.from({ length: 60 }, (_, i) => `/v1/timeline?limit=${200 - i}`);
    let stored = 0;
    for (const url of urls) {
      const res = await ctx.app.inject({ url });
      expect(res.statusCode).toBe(200);
      stored += res.rawPayload.length;
      expect(cache.size).toBeLessThanOrEqual(cache.maxBytes);
    }
    // Far more was answered than fits: the oldest answers went, the newest stayed.
    expect(stored).toBeGreaterThan(2 * cache.maxBytes);
    expect(cache.entries).toBeLessThan(urls.length);
    const hits = cache.hits;
    await ctx.app.inject({ url: present(urls.at(-1), "the last URL") });
    expect(cache.hits).toBe(hits + 1);
    await ctx.app.inject({ url: present(urls[0], "the first URL") });
    expect(cache.hits).toBe(hits + 1);
  });

  it("counts in its bound all it keeps of an answer: its body, its headers and its URL", async () => {
    const cache = ctx.app.responseCache;
    cache.clear();
    // Answers stored one after another and none asked again: the cache keeps the newest of them.
    const kept: number[] = [];
    for (let i = 0; i < 60; i++) {
      const url = `/v1/timeline?limit=${120 - i}&offset=${i % 3}`;
      const res = await ctx.app.inject({ url });
      expect(res.statusCode).toBe(200);
      let bytes = res.rawPayload.length + url.length;
      for (const name of ["content-type", "etag", "cache-control", "vary", "link"]) {
        const value = res.headers[name];
        if (value !== undefined) bytes += name.length + String(value).length;
      }
      kept.push(bytes);
      expect(cache.size).toBeLessThanOrEqual(cache.maxBytes);
    }
    expect(cache.entries).toBeLessThan(kept.length);
    const held = kept.slice(-cache.entries).reduce((a, b) => a + b, 0);
    expect(cache.size).toBeGreaterThanOrEqual(held);
  });
});

describe("an entry leaving the cache", () => {
  const body = () => Buffer.allocUnsafeSlow(10_000).fill("x");
  it("frees a body the cache made once no send may still read it", () => {
    const entry = { body: body(), owned: true, sending: 0 };
    leaveCache(entry);
    expect(entry.body.buffer.byteLength).toBe(0);
  });
  it("leaves a body being sent, or one a route handed in, to the garbage collector", () => {
    const sending = { body: body(), owned: true, sending: 1 };
    const handedIn = { body: body(), owned: false, sending: 0 };
    leaveCache(sending);
    leaveCache(handedIn);
    expect(sending.body.toString()).toBe("x".repeat(10_000));
    expect(handedIn.body.toString()).toBe("x".repeat(10_000));
  });
});

describe("response cache across a dataset swap", () => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), "kuril-kg-swap-"));
  });
  afterAll(async () => {
    await ctx?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is emptied when app.swapDatabase serves another database", async () => {
    await ctx.app.inject({ url: ASK });
    await ctx.app.inject({ url: "/v1/timeline" });
    expect(ctx.app.responseCache.entries).toBe(2);
    const path = join(dir, "next.sqlite");
    seedDatabase(path, SEED_DIR);
    const previous = ctx.app.swapDatabase(openReadOnly(path));
    expect(ctx.app.responseCache.entries).toBe(0);
    const after = await ctx.app.inject({ url: ASK });
    expect(after.statusCode).toBe(200);
    expect(ctx.app.responseCache.entries).toBe(1);
    // Swap back so that the fixture closes what it opened.
    ctx.app.swapDatabase(previous).$client.close();
  });
});

describe("response cache, off", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ RESPONSE_CACHE: "off" });
  });
  afterAll(async () => ctx?.close());

  it("stores nothing, but keeps ETags, 304 and compression", async () => {
    const cache = ctx.app.responseCache;
    expect(cache.enabled).toBe(false);
    const first = await ctx.app.inject({ url: ASK });
    const second = await ctx.app.inject({ url: ASK });
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect([cache.entries, cache.hits]).toEqual([0, 0]);
    const notModified = await ctx.app.inject({
      url: ASK,
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(notModified.statusCode).toBe(304);
    const gz = await ctx.app.inject({ url: ASK, headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(first.json());
  });

  it("rejects a setting that is neither on nor off", async () => {
    await expect(createTestApp({ RESPONSE_CACHE: "maybe" })).rejects.toThrow(/RESPONSE_CACHE/);
  });
});
