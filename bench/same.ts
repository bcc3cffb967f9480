// `npm run bench:same -- --server NAME=dist/server.js --server NAME=/other/dist/server.js`: the
// bytes of two builds of the server, compared over HTTP for a broad set of URLs (every entity and
// claim, pages of every list with their cursors, filters, searches, paths, questions, errors),
// plain and gzip, with the response cache off and on. For speed work, which must not change one
// byte of any answer: prints the URLs whose status, body or representation headers differ (the
// request id aside) and exits 1 when any does.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/paths.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import { get as getFrom, spawnServer, waitHealthy } from "./start-flags.ts";

const { values: args } = parseArgs({
  options: {
    server: { type: "string", multiple: true },
    db: { type: "string" },
    "port-base": { type: "string", default: "3234" },
  },
});
const servers = (args.server ?? []).map((s) => {
  const [name = "", ...path] = s.split("=");
  return { name, path: path.join("=") };
});
if (servers.length !== 2) throw new Error("pass two --server NAME=PATH");

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-same-"));
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});
const databasePath = args.db || join(dir, "same.sqlite");
if (!args.db) seedDatabase(databasePath, join(PROJECT_ROOT, "seed"));

const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const get = (port: number, url: string, headers: Record<string, string> = {}) =>
  getFrom(port, url, headers, agent);
let port = Number(args["port-base"]);
function start(path: string, cache: "on" | "off"): { port: number; child: ChildProcess } {
  const p = port++;
  const child = spawnServer(path, p, databasePath, { RESPONSE_CACHE: cache });
  children.push(child);
  return { port: p, child };
}

// The URLs: fixed ones, then every entity, claim, page and cursor found by following the lists.
const first = start(servers[0]?.path ?? "", "off");
await waitHealthy(first.port);
const json = async (url: string) => JSON.parse((await get(first.port, url)).body.toString("utf8"));
const urls = new Set<string>([
  "/v1/timeline",
  "/v1/timeline?limit=200",
  "/v1/timeline?actor=vladimir-putin&from=2001&to=2001",
  "/v1/timeline?actor=Putin",
  "/v1/timeline?actor=japan&kind=claim",
  "/v1/timeline?kind=summit",
  "/v1/timeline?kind=treaty&limit=3",
  "/v1/timeline?from=1990&to=2000",
  "/v1/timeline?to=1960",
  "/v1/timeline?actor=nobody-at-all",
  "/v1/timeline?cursor=bad",
  "/v1/claims?speaker=vladimir-putin&limit=20",
  "/v1/claims?speaker=Putn",
  "/v1/claims?about=soviet-japanese-declaration-1956",
  "/v1/claims?kind=statement&limit=50",
  "/v1/claims?from=2001&to=2013",
  "/v1/claims?q=peace%20treaty",
  "/v1/claims?endnote=16",
  "/v1/claims?document=russia-japan-reset&limit=5",
  "/v1/claims?limit=0",
  "/v1/entities?limit=50",
  "/v1/entities?q=putin",
  "/v1/entities?type=person",
  "/v1/entities/nobody",
  "/v1/graph/path?from=shinzo-abe&to=habomai",
  "/v1/graph/path?from=Abe&to=Putin",
  "/v1/graph/path?from=shinzo-abe&to=habomai&type=claims",
  "/v1/graph/neighbors/shikotan?depth=2",
  "/v1/graph/neighbors/japan?depth=3",
  "/v1/graph/neighbors/vladimir-putin?depth=1&type=claims",
  "/v1/endnotes",
  "/v1/endnotes/16",
  "/v1/sources",
  "/v1/documents",
  "/v1/documents/russia-japan-reset",
]);
for (const q of [
  "peace treaty",
  "Putin",
  "1956 Declaration",
  "Kuril islands",
  "Abe",
  "economic cooperation",
  "the",
  "zzzz",
  "sanctions Crimea",
  "Shinzo Abe visit Sochi",
  "hindustan times",
]) {
  urls.add(`/v1/search?q=${encodeURIComponent(q)}`);
  urls.add(`/v1/search?q=${encodeURIComponent(q)}&limit=5`);
  urls.add(`/v1/search?q=${encodeURIComponent(q)}&type=claim,sentence`);
  urls.add(`/v1/search?q=${encodeURIComponent(q)}&mode=any&limit=100`);
}
urls.add(`/v1/search?q=${encodeURIComponent("NEAR(peace treaty)")}&mode=raw`);
urls.add(`/v1/search?q=${encodeURIComponent("name : putin")}&mode=raw`);
urls.add(`/v1/search?q=${encodeURIComponent("decl*")}&mode=raw`);
urls.add(`/v1/search?q=${encodeURIComponent('"unclosed')}&mode=raw`);
urls.add("/v1/search?q=peace&section=background-of-the-bellicose-relationship");
for (const q of [
  "What did Putin say about the 1956 Declaration?",
  "When did Abe visit Sochi?",
  "Who is Lavrov?",
  "What did the article say about China?",
]) {
  urls.add(`/v1/ask?q=${encodeURIComponent(q)}`);
}
const entityIds: string[] = [];
for (let next: string | null = "/v1/entities?limit=200"; next; ) {
  const page: { items: { id: string }[]; nextCursor: string | null } = await json(next);
  entityIds.push(...page.items.map((e) => e.id));
  next = page.nextCursor ? `/v1/entities?limit=200&cursor=${encodeURIComponent(page.nextCursor)}` : null;
}
for (const id of entityIds) {
  urls.add(`/v1/entities/${id}`);
  urls.add(`/v1/timeline?actor=${id}&limit=7`);
}
for (const [i, id] of entityIds.entries()) {
  const other = entityIds[(i * 7 + 3) % entityIds.length];
  if (other) urls.add(`/v1/graph/path?from=${id}&to=${other}`);
  if (i % 4 === 0) urls.add(`/v1/graph/neighbors/${id}?depth=2`);
}
for (const list of [
  "/v1/claims?limit=20",
  "/v1/timeline?limit=20",
  "/v1/timeline?actor=japan&limit=9",
  "/v1/search?q=japan&limit=10",
]) {
  for (let next: string | null = list, pages = 0; next && pages < 40; pages++) {
    urls.add(next);
    const page: { items: { id?: string }[]; nextCursor: string | null } = await json(next);
    if (list.startsWith("/v1/claims")) for (const c of page.items) urls.add(`/v1/claims/${c.id}`);
    next = page.nextCursor ? `${list}&cursor=${encodeURIComponent(page.nextCursor)}` : null;
  }
}
first.child.kill("SIGTERM");

// Not the ETag: it changes with the code (a new build gets new ETags).
const REPRESENTATION = [
  "content-type",
  "content-encoding",
  "cache-control",
  "vary",
  "link",
  "x-name-resolution",
];
const strip = (b: Buffer, gzip: boolean) => {
  const text = (gzip ? b : b).toString("latin1");
  return text.replace(/"requestId":"[^"]*"/g, "");
};
let differences = 0;
let compared = 0;
for (const cache of ["off", "on"] as const) {
  const [a, b] = [start(servers[0]?.path ?? "", cache), start(servers[1]?.path ?? "", cache)];
  await Promise.all([waitHealthy(a.port), waitHealthy(b.port)]);
  for (const encoding of ["identity", "gzip"]) {
    const headers: Record<string, string> = encoding === "gzip" ? { "accept-encoding": "gzip" } : {};
    // Twice: a miss, then (cache on) a hit.
    for (const pass of [1, 2]) {
      for (const url of urls) {
        const [x, y] = await Promise.all([get(a.port, url, headers), get(b.port, url, headers)]);
        compared++;
        const why: string[] = [];
        if (x.status !== y.status) why.push(`status ${x.status} vs ${y.status}`);
        // Problems carry the request id: compared without it (their gzip bytes then differ too).
        const problem = String(x.headers["content-type"]).startsWith("application/problem");
        if (!problem && !x.body.equals(y.body)) why.push("body");
        if (problem && encoding === "identity" && strip(x.body, false) !== strip(y.body, false))
          why.push("problem body");
        for (const h of REPRESENTATION)
          if (String(x.headers[h]) !== String(y.headers[h]))
            why.push(`${h}: ${x.headers[h]} vs ${y.headers[h]}`);
        if (why.length) {
          differences++;
          if (differences <= 40)
            console.log(`cache ${cache} ${encoding} pass ${pass} ${url}: ${why.join("; ")}`);
        }
      }
    }
  }
  a.child.kill("SIGTERM");
  b.child.kill("SIGTERM");
}
console.log(`${urls.size} URLs, ${compared} answers compared: ${differences} differ`);
agent.destroy();
process.exit(differences ? 1 : 0);
