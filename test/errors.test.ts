// The one error shape, and the headers every answer carries: RFC 9457 problems for every 4xx and
// 5xx (never a stack trace or SQL), a rate-limited 404, request ids, CORS, ETag and 304.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { createTestApp, expectProblem, type TestContext } from "./helpers.ts";
import { present } from "./lists.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx?.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: "GET", url, headers });

describe("problem details", () => {
  it("answers an unknown route with a 404 problem naming the path", async () => {
    const res = await get("/v1/no-such-thing?x=1");
    const body = expectProblem(res, 404);
    expect(body).toMatchObject({
      type: "https://kuril-kg.dev/problems/not-found",
      title: "Not found",
      instance: "/v1/no-such-thing",
    });
    expect(body.detail).toContain("/v1/no-such-thing");
    expect(body.requestId).toBe(res.headers["x-request-id"]);
  });

  it("answers a wrong method with a 404 or 405 problem", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"] as const) {
      const res = await ctx.app.inject({ method, url: "/v1/claims", payload: { id: "x" } });
      expect([404, 405]).toContain(res.statusCode);
      expectProblem(res, res.statusCode);
    }
  });

  it("answers an out-of-range limit with a 400 pointing at /query/limit", async () => {
    for (const limit of ["0", "-1", "201", "99999999999", "1e309", "ten", "1.5"]) {
      const body = expectProblem(await get(`/v1/claims?limit=${limit}`), 400);
      expect(body.type).toBe("https://kuril-kg.dev/problems/invalid-request");
      expect(body.errors).toEqual([{ pointer: "/query/limit", message: expect.any(String) }]);
    }
    // Within the bounds, the page holds exactly that many claims.
    expect((await get("/v1/claims?limit=100")).json().items).toHaveLength(100);
  });

  it("answers a malformed or tampered cursor with a 400, not a 500", async () => {
    const first = (await get("/v1/endnotes?limit=5")).json() as { nextCursor: string };
    expect((await get(`/v1/endnotes?limit=5&cursor=${first.nextCursor}`)).json().items[0].n).toBe(6);

    const forged = [
      "%%%",
      "not-base64!",
      Buffer.from("not json").toString("base64url"),
      Buffer.from(JSON.stringify({ v: 2, k: 5 })).toString("base64url"),
      Buffer.from(JSON.stringify({ v: 1, k: "five" })).toString("base64url"),
      Buffer.from(JSON.stringify({ v: 1, k: "' OR 1=1 --" })).toString("base64url"),
      `${first.nextCursor}x`,
      "A".repeat(513),
    ];
    for (const cursor of forged) {
      const body = expectProblem(await get(`/v1/endnotes?cursor=${encodeURIComponent(cursor)}`), 400);
      expect(body.errors).toEqual([expect.objectContaining({ pointer: "/query/cursor" })]);
    }
  });

  it("answers an unknown endnote with a 404 problem, and a non-number with a 400 on the path", async () => {
    const missing = expectProblem(await get("/v1/endnotes/42"), 404);
    expect(missing.detail).toBe("The article has no endnote 42.");
    expect(missing.instance).toBe("/v1/endnotes/42");
    const invalid = expectProblem(await get("/v1/endnotes/sixteen"), 400);
    expect(invalid.errors).toEqual([expect.objectContaining({ pointer: "/path/n" })]);
    // The real one, for contrast: Ibid → 15 → 8, Mark A Smith.
    const real = (await get("/v1/endnotes/16")).json();
    expect(real).toMatchObject({ n: 16, kind: "ibid", chain: [16, 15, 8] });
    expect(real.source.authors).toEqual(["Mark A Smith"]);
  });

  it("answers a path the router cannot decode with a 400 problem", async () => {
    // Malformed percent-encoding and overlong UTF-8 fail before any route runs.
    for (const url of ["/v1/claims/%ZZ", "/v1/claims/%C0%AF", "/v1/endnotes/%E0%A4%A"]) {
      const res = await get(url);
      const body = expectProblem(res, 400);
      expect(body.type).toBe("https://kuril-kg.dev/problems/invalid-request");
      expect(res.headers["x-request-id"], url).toEqual(expect.any(String));
    }
  });

  it("answers a path parameter over the router's length limit with a problem, not Fastify's JSON", async () => {
    const res = await get(`/v1/claims/${"x".repeat(10_000)}`);
    expect([400, 404, 414]).toContain(res.statusCode);
    expectProblem(res, res.statusCode);
    expect(res.headers["x-request-id"]).toEqual(expect.any(String));
  });

  it("does not echo an overlong path back in full", async () => {
    const res = await get(`/v1/claims/${"x".repeat(10_000)}`);
    expect(res.body.length).toBeLessThan(2_000);
  });

  it("lets a cross-origin client read the problems raised before routing", async () => {
    const res = await get("/v1/claims/%ZZ", { origin: "https://example.org" });
    expectProblem(res, 400);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
  });

  it("never sends a stack trace or SQL, even when a handler fails", async () => {
    // An app of our own with a route that fails the way a database bug would.
    const app = await buildApp({ config: ctx.config, db: ctx.db });
    app.get("/boom", async () => {
      throw new Error('SqliteError: no such column: "secret" in SELECT * FROM claims at /src/x.ts:12:3');
    });
    await app.ready();
    try {
      const res = await app.inject({ method: "GET", url: "/boom" });
      const body = expectProblem(res, 500);
      expect(body).toMatchObject({
        type: "https://kuril-kg.dev/problems/internal",
        detail: "The server could not answer this request.",
      });
      expect(res.body).not.toMatch(/secret|SELECT|x\.ts/);
      expect(res.headers["cache-control"]).toBe("no-store");
    } finally {
      await app.close();
    }
  });

  it("turns an error a plugin answers by itself into a problem with its words, given as text or as bytes", async () => {
    const app = await buildApp({ config: ctx.config, db: ctx.db });
    for (const [path, body] of [
      ["/teapot-text", "No tea here."],
      ["/teapot-bytes", Buffer.from("No tea here.", "utf8")],
    ] as const)
      app.get(path, (_request, reply) => {
        reply.code(418).type("text/plain; charset=utf-8").send(body);
      });
    await app.ready();
    try {
      for (const url of ["/teapot-text", "/teapot-bytes"]) {
        const res = await app.inject({ method: "GET", url });
        expect(expectProblem(res, 418)).toMatchObject({ detail: "No tea here.", instance: url });
      }
    } finally {
      await app.close();
    }
  });
});

describe("headers on every answer", () => {
  it("carries an x-request-id on 200, 304, 400 and 404 alike, and echoes the caller's", async () => {
    const ok = await get("/v1/endnotes/16");
    const notModified = await get("/v1/endnotes/16", { "if-none-match": String(ok.headers.etag) });
    const responses = [ok, notModified, await get("/v1/claims?limit=0"), await get("/v1/nope")];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 304, 400, 404]);
    for (const res of responses) expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(responses.map((r) => r.headers["x-request-id"])).size).toBe(responses.length);

    const traced = await get("/v1/endnotes/16", { "x-request-id": "trace-abc-123" });
    expect(traced.headers["x-request-id"]).toBe("trace-abc-123");
  });

  it("opens CORS for GET from any origin, exposing ETag and Link", async () => {
    const res = await get("/v1/claims?limit=1", { origin: "https://example.org" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const exposed = String(res.headers["access-control-expose-headers"]).toLowerCase();
    expect(exposed).toContain("etag");
    expect(exposed).toContain("link");
    // Problems are readable cross-origin too.
    const problem = await get("/v1/nope", { origin: "https://example.org" });
    expect(problem.headers["access-control-allow-origin"]).toBe("*");

    const preflight = await ctx.app.inject({
      method: "OPTIONS",
      url: "/v1/claims",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toContain("GET");
  });

  it("gives a 200 a strong ETag and public Cache-Control, and a matching If-None-Match a 304", async () => {
    const res = await get("/v1/endnotes/16");
    expect(res.statusCode).toBe(200);
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(etag.startsWith(`"${ctx.app.datasetVersion}-`)).toBe(true);
    expect(res.headers["cache-control"]).toMatch(/^public, max-age=\d+$/);

    // The same representation gives the same ETag; another gives another.
    expect((await get("/v1/endnotes/16")).headers.etag).toBe(etag);
    expect((await get("/v1/endnotes/15")).headers.etag).not.toBe(etag);

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const cached = await get("/v1/endnotes/16", { "if-none-match": ifNoneMatch });
      expect(cached.statusCode, ifNoneMatch).toBe(304);
      expect(cached.body).toBe("");
      expect(cached.headers.etag).toBe(etag);
    }
    expect((await get("/v1/endnotes/16", { "if-none-match": '"stale"' })).statusCode).toBe(200);
  });

  it("does not cache problems", async () => {
    const res = await get("/v1/endnotes/42");
    expect(res.statusCode).toBe(404);
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

/** A client on the internet (documentation range), which the rate limit counts. */
const PUBLIC = "203.0.113.50";

describe("rate limiting", () => {
  let limited: TestContext;
  beforeAll(async () => {
    limited = await createTestApp({ RATE_LIMIT_MAX: "3" });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it("rate-limits unknown routes: the 4th request gets a 429 problem with rate-limit headers", async () => {
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(await limited.app.inject({ method: "GET", url: `/v1/scan-${i}`, remoteAddress: PUBLIC }));
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 429]);
    expect(answers[0]?.headers["x-ratelimit-limit"]).toBe("3");
    expect(answers[2]?.headers["x-ratelimit-remaining"]).toBe("0");

    const tooMany = present(answers[3], "the 4th answer");
    const body = expectProblem(tooMany, 429);
    expect(body).toMatchObject({
      type: "https://kuril-kg.dev/problems/rate-limited",
      title: "Too many requests",
      instance: "/v1/scan-3",
    });
    expect(body.detail).toMatch(
      /^Rate limit of 3 requests per 1 minute exceeded; retry in \d+ (seconds?|minutes?)\.$/,
    );
    expect(tooMany.headers["x-ratelimit-limit"]).toBe("3");
    expect(tooMany.headers["x-ratelimit-remaining"]).toBe("0");
    expect(Number(tooMany.headers["x-ratelimit-reset"])).toBeGreaterThan(0);
    expect(Number(tooMany.headers["retry-after"])).toBeGreaterThan(0);
    expect(tooMany.headers["x-request-id"]).toEqual(expect.any(String));
  });

  it("answers a known route over the limit with a 429 problem too (its schema declares one)", async () => {
    // Known routes share the budget with unknown ones: spend it (if the test above has not).
    for (let i = 0; i < 3; i++)
      await limited.app.inject({ method: "GET", url: `/v1/spend-${i}`, remoteAddress: PUBLIC });
    const res = await limited.app.inject({ method: "GET", url: "/v1/endnotes/16", remoteAddress: PUBLIC });
    const body = expectProblem(res, 429);
    expect(body.type).toBe("https://kuril-kg.dev/problems/rate-limited");
    expect(res.headers["retry-after"]).toEqual(expect.any(String));
  });

  it("exempts the liveness probe, so orchestrators keep working", async () => {
    expect(
      (await limited.app.inject({ method: "GET", url: "/healthz", remoteAddress: PUBLIC })).statusCode,
    ).toBe(200);
  });

  it("never limits a client on this machine when no proxy is trusted (a person in /docs, a local script)", async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) {
      statuses.add((await limited.app.inject({ method: "GET", url: "/v1/endnotes/16" })).statusCode);
    }
    expect([...statuses]).toEqual([200]);
  });

  it("does not count Swagger UI's own files against anyone", async () => {
    const other = "198.51.100.7";
    for (let i = 0; i < 10; i++) {
      const res = await limited.app.inject({
        method: "GET",
        url: "/docs/static/index.css",
        remoteAddress: other,
      });
      expect(res.statusCode).toBe(200);
    }
    const spec = await limited.app.inject({ method: "GET", url: "/openapi.json", remoteAddress: other });
    expect(spec.statusCode).toBe(200);
    expect(
      (await limited.app.inject({ method: "GET", url: "/v1/endnotes/16", remoteAddress: other })).statusCode,
    ).toBe(200);
  });
});

describe("behind a proxy", () => {
  let proxied: TestContext;
  beforeAll(async () => {
    proxied = await createTestApp({ RATE_LIMIT_MAX: "2", TRUST_PROXY: "loopback" });
  });
  afterAll(async () => {
    await proxied?.close();
  });

  const from = (client: string) =>
    proxied.app.inject({ method: "GET", url: "/v1/endnotes/1", headers: { "x-forwarded-for": client } });

  it("counts each forwarded client on its own, not the proxy as one client", async () => {
    const statuses = [];
    for (const client of ["203.0.113.1", "203.0.113.1", "203.0.113.2", "203.0.113.2"])
      statuses.push((await from(client)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expectProblem(await from("203.0.113.1"), 429);
  });
});

describe("request ids", () => {
  it("replaces a hostile x-request-id with a fresh one rather than echoing it", async () => {
    const res = await get("/v1/endnotes/42", { "x-request-id": "x".repeat(8000) });
    const body = expectProblem(res, 404);
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.requestId).toBe(res.headers["x-request-id"]);
  });
});

describe("requests the HTTP parser rejects", () => {
  it("answers a malformed request line with a problem on the socket", async () => {
    const address = new URL(await ctx.app.listen({ port: 0, host: "127.0.0.1" }));
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(address.port), address.hostname, () => {
        socket.write("GET /v1/endnotes/1 HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n");
      });
      let data = "";
      socket.on("data", (chunk) => {
        data += chunk;
      });
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    const body = JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4));
    expect(body).toMatchObject({ status: 400, title: "Invalid request", type: expect.any(String) });
  });
});

describe("load shedding", () => {
  let loaded: TestContext;
  beforeAll(async () => {
    loaded = await createTestApp({ MAX_EVENT_LOOP_DELAY: "20" });
  });
  afterAll(async () => {
    await loaded?.close();
  });

  it("answers a 503 problem with Retry-After while the event loop lags", async () => {
    // Block the loop for a while, several times, so that the sampler sees the lag.
    for (let i = 0; i < 10; i++) {
      const end = Date.now() + 100;
      while (Date.now() < end) {
        // busy: the lag under test
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const res = await loaded.app.inject({ method: "GET", url: "/v1/endnotes/1" });
    const body = expectProblem(res, 503);
    expect(body.detail).toMatch(/overloaded/);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
  });
});
