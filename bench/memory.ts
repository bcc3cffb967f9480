// `npm run bench:memory`: where the server's memory goes, cheaply and reproducibly. Builds the
// server, starts it as `npm start` does (bench/start-flags.ts: its node flags and malloc settings)
// on the article's database (seeded now) or --db FILE, with bench/memory-probe.mjs preloaded (an
// IPC channel that reports process.memoryUsage, V8's heap and /proc/self/smaps; the server has no
// debug endpoint), and reads its memory at four points: ready; after a warm-up of every endpoint
// of bench:http (each plain, gzip and br, then --load seconds of autocannon at 50 connections per
// endpoint and encoding, as the bench's rounds do); after filling the response cache to its bound
// (bench/fill.ts, the fill of bench:http); and the same after a full garbage collection (what is
// garbage not yet collected, as against what is held).
//
//   npm run bench:memory -- [--db FILE] [--load 1] [--port 3240] [--snapshot DIR] [--env NAME=VALUE …]
//
// --snapshot DIR writes heap snapshots (ready, filled) there for Chrome's DevTools. Figures are
// for comparison within one run; nothing here is asserted in tests.
import { type ChildProcess, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../src/paths.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import { fillCache } from "./fill.ts";
import { get, printTable, spawnServer } from "./start-flags.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    load: { type: "string", default: "1" },
    port: { type: "string", default: "3240" },
    snapshot: { type: "string" },
    env: { type: "string", multiple: true, default: [] },
  },
});
const PORT = Number(args.port);
const LOAD_SECONDS = Number(args.load);

/** The endpoints of bench:http. */
const ENDPOINTS = [
  "/v1/entities/vladimir-putin",
  "/v1/claims?speaker=vladimir-putin&limit=20",
  `/v1/search?q=${encodeURIComponent("peace treaty")}`,
  `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`,
  "/v1/graph/path?from=shinzo-abe&to=habomai",
  "/v1/timeline",
];
const ENCODINGS: Record<string, string>[] = [{}, { "accept-encoding": "gzip" }, { "accept-encoding": "br" }];

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-bench-memory-"));
let server: ChildProcess | undefined;
process.on("exit", () => {
  if (server?.exitCode === null) server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});
process.on("SIGINT", () => process.exit(130));

const databasePath = args.db ?? join(dir, "bench.sqlite");
if (!args.db) seedDatabase(databasePath, join(PROJECT_ROOT, "seed"));
execFileSync("npm", ["run", "build", "--silent"], { cwd: PROJECT_ROOT, stdio: "inherit" });

const env: Record<string, string> = {};
for (const assignment of args.env) {
  const [name = "", ...value] = assignment.split("=");
  env[name] = value.join("=");
}
const started = performance.now();
const child = spawnServer(join(PROJECT_ROOT, "dist/server.js"), PORT, databasePath, env, [
  join(PROJECT_ROOT, "bench/memory-probe.mjs"),
]);
server = child;
for (let attempt = 0; ; attempt++) {
  if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
  if (attempt > 3000) throw new Error("the server was not ready in 60 s");
  const ready = await get(PORT, "/readyz").then(
    (res) => res.status === 200,
    () => false,
  );
  if (ready) break;
  await new Promise((r) => setTimeout(r, 20));
}
const readySeconds = (performance.now() - started) / 1000;

interface Reading {
  usage: NodeJS.MemoryUsage;
  heap: { total_physical_size: number; used_heap_size: number; malloced_memory: number };
  spaces: { space_name: string; space_used_size: number; physical_space_size: number }[];
  smaps: string;
  mappings: { brk: number; arenas: number; other: number; file: number };
}
function ask<T>(message: Record<string, unknown>): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (reply: { type: string }) => {
      if (reply.type !== message.type) return;
      child.off("message", onMessage);
      resolve(reply as T);
    };
    child.on("message", onMessage);
    child.send(message);
  });
}
const smapsKb = (smaps: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(smaps)?.[1] ?? 0);

const rows: string[][] = [];
const mib = (bytes: number) => (bytes / 1048576).toFixed(1);
async function record(point: string, gc = false): Promise<void> {
  const r = await ask<Reading>({ type: "memory", gc });
  const kib = (n: number) => (n / 1024).toFixed(1);
  const heapPhysical = r.heap.total_physical_size;
  // Anonymous resident memory outside V8's heap: malloc (ArrayBuffers, SQLite, zlib, ICU, …),
  // thread stacks, WebAssembly.
  const anonymous = smapsKb(r.smaps, "Anonymous") * 1024;
  rows.push([
    point,
    mib(r.usage.rss),
    kib(smapsKb(r.smaps, "Rss") - smapsKb(r.smaps, "Anonymous")),
    mib(anonymous),
    `${mib(r.heap.used_heap_size)} / ${mib(heapPhysical)}`,
    mib(r.usage.arrayBuffers),
    mib(r.usage.external - r.usage.arrayBuffers),
    mib(anonymous - heapPhysical),
    `${kib(r.mappings.brk)} / ${kib(r.mappings.arenas)} / ${kib(r.mappings.other)}`,
  ]);
  const spaces = r.spaces
    .filter((s) => s.physical_space_size > 512 * 1024)
    .map((s) => `${s.space_name} ${mib(s.space_used_size)}/${mib(s.physical_space_size)}`)
    .join(", ");
  console.log(`${point}: V8 heap spaces (used/resident MiB): ${spaces}`);
}
async function snapshot(name: string): Promise<void> {
  if (!args.snapshot) return;
  const { path } = await ask<{ path: string }>({
    type: "snapshot",
    path: join(args.snapshot, `${name}.heapsnapshot`),
  });
  console.log(`heap snapshot: ${path}`);
}

await record("ready");
await snapshot("ready");
for (const url of ENDPOINTS)
  for (const headers of ENCODINGS) {
    const res = await get(PORT, url, headers);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  }
if (LOAD_SECONDS > 0)
  for (const url of ENDPOINTS)
    for (const headers of ENCODINGS.slice(0, 2))
      await autocannon({
        url: `http://127.0.0.1:${PORT}${url}`,
        connections: 50,
        duration: LOAD_SECONDS,
        headers,
      });
await record("warmed up");
const cacheMb = Number(env.RESPONSE_CACHE_MB ?? process.env.RESPONSE_CACHE_MB ?? 64);
const fill = await fillCache(PORT, cacheMb);
await record(`cache filled (${cacheMb} MB)`);
await snapshot("filled");
await record("then a full GC", true);

const header = [
  "point",
  "RSS MiB",
  "file-backed MiB",
  "anonymous MiB",
  "V8 heap used / resident MiB",
  "ArrayBuffers MiB",
  "other external MiB",
  "anonymous outside V8's heap MiB",
  "brk / arenas / other anon MiB",
];
console.log(
  `\nbench:memory — database ${args.db ?? "the article (seeded now)"}, ready after ${readySeconds.toFixed(1)} s; warm-up: every bench:http endpoint plain, gzip and br, then ${LOAD_SECONDS} s of 50 connections per endpoint (plain, gzip); fill: ${fill.requests} distinct requests, ${mib(fill.bytes)} MiB of bodies${args.env.length > 0 ? `; env ${args.env.join(" ")}` : ""}`,
);
printTable(header, rows);
process.exit(0);
