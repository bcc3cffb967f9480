// The response cache at the HTTP server, through a listening server: a request seen before that no
// protection acts on is answered before Fastify routes it (answerEarly). It must answer what a hit
// in the hooks answers, header for header, and step aside whenever a protection has a say: CORS,
// conditional requests, the rate limit behind a trusted proxy, load shedding, a missing Host.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { Socket } from "node:net";
import { Writable } from "node:stream";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../test/helpers.ts";
import { present } from "../../test/lists.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { openReadOnly } from "../db/open.ts";

const PATH = "/v1/graph/path?from=shinzo-abe&to=habomai";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the raw bytes of the answer (nothing decoded). */
function send(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function listen(ctx: TestContext): Promise<number> {
  await ctx.app.listen({ host: "127.0.0.1", port: 0 });
  return (ctx.app.server.address() as AddressInfo).port;
}

describe("response cache at the HTTP server", () => {
  let ctx: TestContext;
  let port: number;
  beforeAll(async () => {
    ctx = await createTestApp();
    port = await listen(ctx);
  });
  afterAll(async () => ctx?.close());

  it("answers a request seen before with the bytes and headers of the answer that stored it", async () => {
    const variants: Record<string, string>[] = [
      {},
      { "accept-encoding": "gzip" },
      { "accept-encoding": "gzip, deflate, br" },
    ];
    for (const headers of variants) {
      ctx.app.responseCache.clear();
      const miss = await send(port, PATH, headers);
      expect(miss.status).toBe(200);
      const hits = ctx.app.responseCache.hits;
      const hit = await send(port, PATH, headers);
      expect(ctx.app.responseCache.hits).toBe(hits + 1);
      expect(hit.status).toBe(200);
      expect(hit.body.equals(miss.body)).toBe(true);
      const { date: _d1, "x-request-id": id1, ...missHeaders } = miss.headers;
      const { date: _d2, "x-request-id": id2, ...hitHeaders } = hit.headers;
      expect(hitHeaders).toEqual(missHeaders);
      expect(Number(hit.headers["content-length"])).toBe(hit.body.length);
      expect(id2).toMatch(/^[0-9a-f-]{36}$/);
      expect(id2).not.toBe(id1);
    }
    const gzip = await send(port, PATH, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.body).toString("utf8")).from.id).toBe("shinzo-abe");
  });

  it("sends JSON the security headers that act on an API answer, and pages helmet's whole set", async () => {
    await send(port, PATH);
    const hit = await send(port, PATH);
    expect(hit.headers).toMatchObject({
      "content-security-policy": "default-src 'none';frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "SAMEORIGIN",
    });
    // Headers that only act on documents a browser renders (or on no-cors embedding) are left to pages.
    for (const name of [
      "x-xss-protection",
      "origin-agent-cluster",
      "cross-origin-opener-policy",
      "referrer-policy",
      "cross-origin-resource-policy",
    ])
      expect(hit.headers[name], name).toBeUndefined();
    await send(port, "/docs");
    const page = await send(port, "/docs");
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(page.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("keeps a caller's sane request id and answers HEAD with the GET's length and no body", async () => {
    await send(port, PATH);
    const hit = await send(port, PATH, { "x-request-id": "trace-42" });
    expect(hit.headers["x-request-id"]).toBe("trace-42");
    const hostile = await send(port, PATH, { "x-request-id": "<script>" });
    expect(hostile.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const hits = ctx.app.responseCache.hits;
    const head = await send(port, PATH, {}, "HEAD");
    expect(ctx.app.responseCache.hits).toBe(hits + 1);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(hit.body.length));
    expect(head.headers.etag).toBe(hit.headers.etag);
  });

  it("leaves CORS requests and conditional requests to the protections and the hooks", async () => {
    const plain = await send(port, PATH);
    await send(port, PATH);
    const cors = await send(port, PATH, { origin: "https://example.org" });
    expect(cors.headers["access-control-allow-origin"]).toBe("*");
    expect(cors.headers["access-control-expose-headers"]).toMatch(/ETag/);
    expect(cors.body.equals(plain.body)).toBe(true);
    const notModified = await send(port, PATH, { "if-none-match": String(plain.headers.etag) });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
  });

  it("answers a cached URL asked without a Host header with a 400 problem", async () => {
    await send(port, PATH);
    await send(port, PATH);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = new Socket();
      let data = "";
      socket.on("data", (chunk) => {
        data += chunk;
      });
      socket.on("close", () => resolve(data));
      socket.on("error", reject);
      socket.connect(port, "127.0.0.1", () => socket.write(`GET ${PATH} HTTP/1.1\r\n\r\n`));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
  });
});

describe("response cache at the HTTP server, behind a trusted proxy", () => {
  let ctx: TestContext;
  let port: number;
  beforeAll(async () => {
    ctx = await createTestApp({ RATE_LIMIT_MAX: "3", TRUST_PROXY: "loopback" });
    port = await listen(ctx);
  });
  afterAll(async () => ctx?.close());

  it("counts cached answers against each client's rate limit", async () => {
    const from = (client: string) => send(port, PATH, { "x-forwarded-for": client });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await from("203.0.113.7"));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[2]?.headers["x-ratelimit-remaining"]).toBe("0");
    expect(present(answers[3], "the fourth answer").headers["content-type"]).toMatch(
      /^application\/problem\+json/,
    );
    expect((await from("203.0.113.8")).status).toBe(200);
  });
});

describe("response cache at the HTTP server, under load", () => {
  it("sheds a request seen before like any other", async () => {
    const ctx = await createTestApp({ MAX_EVENT_LOOP_DELAY: "1" });
    try {
      const port = await listen(ctx);
      await send(port, PATH);
      let shed = false;
      for (let attempt = 0; attempt < 20 && !shed; attempt++) {
        const until = Date.now() + 300;
        while (Date.now() < until) {
          // block the event loop so that the load shedder measures a delay
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        const res = await send(port, PATH);
        if (res.status !== 503) continue;
        shed = true;
        expect(res.headers["retry-after"]).toBe("5");
        expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      }
      expect(shed, "the load shedder never engaged").toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it("writes the one log line of a request answered at the server", async () => {
    const ctx = await createTestApp();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const db = openReadOnly(ctx.config.databasePath);
    const app = await buildApp({
      config: loadConfig({ DATABASE_PATH: ctx.config.databasePath, MAX_EVENT_LOOP_DELAY: "0" }),
      db,
      logger: { level: "info", stream },
    });
    try {
      await app.listen({ host: "127.0.0.1", port: 0 });
      const port = (app.server.address() as AddressInfo).port;
      await send(port, PATH, { "x-request-id": "first-time" });
      const hits = app.responseCache.hits;
      await send(port, PATH, { "x-request-id": "seen-before" });
      expect(app.responseCache.hits).toBe(hits + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const logged = lines.filter((l) => l.includes('"reqId":"seen-before"'));
      expect(logged).toHaveLength(1);
      expect(JSON.parse(present(logged[0], "the log line"))).toMatchObject({
        msg: "request",
        method: "GET",
        url: PATH,
        status: 200,
        ms: expect.any(Number),
      });
    } finally {
      await app.close();
      db.$client.close();
      await ctx.close();
    }
  });
});

describe("answers written afresh (RESPONSE_CACHE=off), many at once", () => {
  // Large bodies are written into reused buffers and gzip by a kept compressor: an answer still
  // being sent must never see its bytes replaced by the next one's.
  it("sends every client the very bytes of its own answer, plain and gzip", async () => {
    const ctx = await createTestApp({ RESPONSE_CACHE: "off" });
    try {
      const port = await listen(ctx);
      const urls = ["/v1/timeline", "/v1/entities/vladimir-putin", "/v1/timeline?limit=200", PATH];
      const variants = urls.flatMap((url): { url: string; headers: Record<string, string> }[] => [
        { url, headers: {} },
        { url, headers: { "accept-encoding": "gzip" } },
      ]);
      const expected = new Map<string, string>();
      for (const v of variants) {
        const res = await send(port, v.url, v.headers);
        expect(res.status).toBe(200);
        const text = (
          res.headers["content-encoding"] === "gzip" ? gunzipSync(res.body) : res.body
        ).toString();
        expected.set(v.url, text);
      }
      const answers = await Promise.all(
        Array.from({ length: 64 }, (_, i) => {
          const v = present(variants[i % variants.length], "a variant");
          return send(port, v.url, v.headers).then((res) => ({ v, res }));
        }),
      );
      for (const { v, res } of answers) {
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(res.body) : res.body;
        expect(body.toString(), v.url).toBe(expected.get(v.url));
      }
    } finally {
      await ctx.close();
    }
  });
});
