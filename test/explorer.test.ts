// The web explorer as the server serves it (the real build of web/, made by the global setup):
// the page at / and at every deep link, its assets with ETags, precompressed bytes and long-lived
// caching, and the API and its docs untouched beside it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { EXPLORER_DIR } from "../src/modules/explorer/explorer.routes.ts";
import { expectProblem, useTestApp } from "./helpers.ts";
import { present } from "./lists.ts";

const api = useTestApp();

function entryScript(html: string): string {
  const match = /<script type="module" src="(\/assets\/app-[\w-]+\.js)"><\/script>/.exec(html);
  return present(match?.[1], `the entry script in ${html}`);
}

describe("the explorer page", () => {
  it("is served at / as HTML that loads the bundled app from this server", async () => {
    const res = await api.get("/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain('<div id="app">');
    expect(res.body).toMatch(/<link rel="stylesheet" href="\/assets\/app-[\w-]+\.css">/);
    // No CDN: every script and stylesheet is a path on this server.
    expect(res.body).not.toMatch(/(src|href)="https?:\/\//);
    entryScript(res.body);
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    // Revalidated on each visit (a new build changes the asset names it points to).
    expect(res.headers["cache-control"]).toMatch(/max-age=0/);
    expect(res.headers.etag).toEqual(expect.any(String));
  });

  it("answers every deep link (sentence, endnote, entity, claim, question, graph, timeline) with the same page", async () => {
    const home = await api.get("/");
    for (const url of [
      "/read",
      "/read/russia-japan-reset",
      "/read/russia-japan-reset/s29",
      "/read/russia-japan-reset/note/16",
      "/entities",
      "/entities/vladimir-putin",
      "/claims/bg-putin-1956-declaration-still-valid-2001",
      "/ask?q=What%20did%20Putin%20say",
      "/graph?focus=japan",
      "/timeline?actor=vladimir-putin",
    ]) {
      const res = await api.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(home.body);
    }
  });

  it("answers If-None-Match with 304 and gzip or brotli bytes to clients that accept them", async () => {
    const plain = await api.get("/");
    const again = await api.get("/", { "if-none-match": String(plain.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");

    const br = await api.get("/", { "accept-encoding": "br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await api.get("/", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it("serves the API and the docs beside it, and a 404 problem for paths that are neither", async () => {
    const ready = await api.get("/readyz");
    expect(ready.statusCode).toBe(200);
    const docs = await api.get("/docs");
    expect([200, 302]).toContain(docs.statusCode);
    expectProblem(await api.get("/no-such-view"), 404);
    expectProblem(await api.get("/entities/vladimir-putin/extra/segments"), 404);
  });
});

describe("the explorer's assets", () => {
  it("are content-hashed files cached for a year, ETagged, and precompressed", async () => {
    const page = await api.get("/");
    const script = entryScript(page.body);
    const res = await api.get(script);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toMatch(/max-age=31536000/);
    expect(res.headers["cache-control"]).toMatch(/immutable/);
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/".+"/);
    expect((await api.get(script, { "if-none-match": etag })).statusCode).toBe(304);

    const br = await api.get(script, { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.rawPayload.length).toBeLessThan(res.rawPayload.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(res.rawPayload)).toBe(true);
  });

  it("keep the graph library out of the first page's script (it loads on the graph view only)", () => {
    const files = readdirSync(join(EXPLORER_DIR, "assets"));
    const entry = files.find((f) => /^app-[\w-]+\.js$/.test(f));
    const graph = files.find((f) => /^Graph-[\w-]+\.js$/.test(f));
    const entryBytes = readFileSync(join(EXPLORER_DIR, "assets", present(entry, "the app script")));
    const graphBytes = readFileSync(join(EXPLORER_DIR, "assets", present(graph, "the graph script")));
    expect(graphBytes.toString()).toContain("cytoscape");
    expect(entryBytes.toString()).not.toContain("cytoscape");
    expect(entryBytes.length).toBeLessThan(graphBytes.length / 5);
  });

  it("answer a missing asset with a 404 problem", async () => {
    expectProblem(await api.get("/assets/app-NOPE.js"), 404);
  });
});
