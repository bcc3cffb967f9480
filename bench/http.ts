// `npm run bench:http`: the API against its same-body ceiling, over HTTP, in one run.
//
// Starts the real server as `npm start` runs it (dist/server.js) twice, with the response cache
// on and with RESPONSE_CACHE=off, fetches each endpoint's answer from each (plain and gzip; the
// second fetch, a cache hit for the cached server), starts a bare Fastify server answering those
// very bytes from memory (bench/ceiling.ts: the body and the header lines the server sent), and
// runs autocannon against them, interleaved in rounds so that the machine's noise falls on all
// of them alike. Each server is compared with a ceiling sending its own bytes: the two servers
// send the same plain bodies, but compress at different levels (the cached server once, for
// keeps; the uncached one afresh for every request, at the fastest level), so where their bytes
// differ a second ceiling process answers the uncached server's ("fresh ceiling"). Prints per
// endpoint and encoding: bytes, req/s, the ratio to the ceiling, p50, p99 and errors; then the
// servers' resident memory, with the cache filled to its bound.
//
// Why the ceiling sends the server's headers: autocannon, on the same two cores, parses every
// header line in JavaScript and spends more CPU per answer than either server, so the client is
// what limits req/s; a ceiling sending 5 header lines against the server's 12 measured the
// client's parsing of 7 lines, not the server (two bare Fastify servers sending the same body,
// one with the server's headers: 0.65–0.99×, median 0.85×). --bare-headers restores that ceiling.
//
//   npm run bench:http -- [--duration 1] [--rounds 10] [--connections 50] [--db FILE] [--no-fill]
//                         [--only REGEXP] [--port-base 3140] [--bare-headers]
//
// Figures are for comparison within one run (ratios); nothing here is asserted in tests.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { must } from "../src/lib/must.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import type { CeilingBody } from "./ceiling.ts";
import { fillCache } from "./fill.ts";
import { get as getRaw, printTable, type RawAnswer, spawnServer } from "./start-flags.ts";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "1" },
    rounds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    db: { type: "string" },
    "no-fill": { type: "boolean", default: false },
    /** The ceiling sends only Content-Type and Content-Encoding (as before 2026-11-30), not the server's headers. */
    "bare-headers": { type: "boolean", default: false },
    "port-base": { type: "string", default: "3140" },
    /** Only the endpoints whose URL matches this regular expression. */
    only: { type: "string" },
  },
});
const DURATION = Number(args.duration);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
const PORT_BASE = Number(args["port-base"]);

const ALL_ENDPOINTS = [
  "/v1/entities/vladimir-putin",
  "/v1/claims?speaker=vladimir-putin&limit=20",
  `/v1/search?q=${encodeURIComponent("peace treaty")}`,
  `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`,
  "/v1/graph/path?from=shinzo-abe&to=habomai",
  "/v1/timeline",
];
const only = args.only;
export const ENDPOINTS = only
  ? ALL_ENDPOINTS.filter((url) => new RegExp(only).test(decodeURIComponent(url)))
  : ALL_ENDPOINTS;
const ENCODINGS = ["identity", "gzip"] as const;
type Encoding = (typeof ENCODINGS)[number];
const TARGETS = ["ceiling", "cached", "fresh-ceiling", "uncached"] as const;
type Target = (typeof TARGETS)[number];

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-bench-http-"));
const children: ChildProcess[] = [];
function cleanUp(): void {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
process.on("exit", cleanUp);
process.on("SIGINT", () => process.exit(130));

const databasePath = args.db || join(dir, "bench.sqlite");
if (!args.db) seedDatabase(databasePath, join(PROJECT_ROOT, "seed"));
execFileSync("npm", ["run", "build", "--silent"], { cwd: PROJECT_ROOT, stdio: "inherit" });

/** What Node or Fastify add to every answer, the ceiling's as the server's: not copied to the ceiling. */
const ADDED_BY_NODE = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);

/** One GET with the raw bytes (no decompression), for the ceiling's bodies and the cache fill. */
const get = (port: number, url: string, encoding: Encoding): Promise<RawAnswer> =>
  getRaw(port, url, encoding === "gzip" ? { "accept-encoding": "gzip" } : {});

async function waitReady(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      if ((await get(port, "/readyz", "identity")).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`server on ${port} not ready in 12 s`);
}

/** Any answer (the ceiling has no /readyz) means the server listens. */
async function waitListening(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      await get(port, "/", "identity");
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw new Error(`server on ${port} not listening in 12 s`);
}

function startServer(port: number, env: Record<string, string>): ChildProcess {
  const child = spawnServer(join(PROJECT_ROOT, "dist/server.js"), port, databasePath, env);
  children.push(child);
  return child;
}

const ports: Record<Target, number> = {
  ceiling: PORT_BASE,
  cached: PORT_BASE + 1,
  uncached: PORT_BASE + 2,
  "fresh-ceiling": PORT_BASE + 3,
};
const cached = startServer(ports.cached, {});
const uncached = startServer(ports.uncached, { RESPONSE_CACHE: "off" });
await Promise.all([waitReady(ports.cached, cached), waitReady(ports.uncached, uncached)]);

// Each ceiling answers exactly what its server answered, byte for byte.
const bodies: Record<"cached" | "uncached", CeilingBody[]> = { cached: [], uncached: [] };
const bytes = new Map<string, number>();
/** The (encoding, URL) pairs whose bytes differ between the two servers: they get the fresh ceiling. */
const differs = new Set<string>();
for (const url of ENDPOINTS) {
  for (const encoding of ENCODINGS) {
    const answers: Partial<Record<"cached" | "uncached", Buffer>> = {};
    for (const server of ["cached", "uncached"] as const) {
      // The second answer is the one measured: a hit for the cached server.
      await get(ports[server], url, encoding);
      const res = await get(ports[server], url, encoding);
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      answers[server] = res.body;
      bytes.set(`${server} ${encoding} ${url}`, res.body.length);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers))
        if (value !== undefined && !ADDED_BY_NODE.has(name)) headers[name] = String(value);
      bodies[server].push({ url, encoding, headers, base64: res.body.toString("base64") });
    }
    if (!must(answers.cached, "the cached answer").equals(must(answers.uncached, "the uncached answer")))
      differs.add(`${encoding} ${url}`);
  }
}
function startCeiling(server: "cached" | "uncached", port: number): ChildProcess {
  const bodiesFile = join(dir, `bodies-${server}.json`);
  writeFileSync(bodiesFile, JSON.stringify(bodies[server]));
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(PROJECT_ROOT, "bench/ceiling.ts"),
      bodiesFile,
      String(port),
      ...(args["bare-headers"] ? ["--bare-headers"] : []),
    ],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  children.push(child);
  return child;
}
const ceiling = startCeiling("cached", ports.ceiling);
const freshCeiling = startCeiling("uncached", ports["fresh-ceiling"]);
await Promise.all([
  waitListening(ports.ceiling, ceiling),
  waitListening(ports["fresh-ceiling"], freshCeiling),
]);
/** The targets measured for a pair: the fresh ceiling only where the servers' bytes differ. */
const targetsOf = (encoding: Encoding, url: string): readonly Target[] =>
  differs.has(`${encoding} ${url}`) ? TARGETS : TARGETS.filter((t) => t !== "fresh-ceiling");
/** The ceiling a target is compared with. */
const ceilingOf = (target: Target, encoding: Encoding, url: string): Target =>
  target === "uncached" && differs.has(`${encoding} ${url}`) ? "fresh-ceiling" : "ceiling";

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time (user + system) per request answered, in microseconds. */
  cpu: number;
}

const pids: Record<Target, number> = {
  ceiling: ceiling.pid as number,
  "fresh-ceiling": freshCeiling.pid as number,
  cached: cached.pid as number,
  uncached: uncached.pid as number,
};
/** A process's CPU time so far (user + system), in microseconds, from /proc (Linux). */
function cpuTime(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
const samples = new Map<string, Sample[]>();
const keyOf = (target: Target, encoding: Encoding, url: string) => `${target} ${encoding} ${url}`;

async function load(target: Target, encoding: Encoding, url: string, duration: number): Promise<Sample> {
  const before = cpuTime(pids[target]);
  const result = await autocannon({
    url: `http://127.0.0.1:${ports[target]}${url}`,
    connections: CONNECTIONS,
    duration,
    headers: encoding === "gzip" ? { "accept-encoding": "gzip" } : {},
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpu: (cpuTime(pids[target]) - before) / Math.max(1, result.requests.total),
  };
}

const started = performance.now();
const loadBefore = loadavg();
// Warm every target and URL (JIT, caches) before measuring.
for (const url of ENDPOINTS)
  for (const encoding of ENCODINGS)
    for (const target of targetsOf(encoding, url)) await load(target, encoding, url, 0.5);
for (let round = 0; round < ROUNDS; round++) {
  for (const url of ENDPOINTS) {
    for (const encoding of ENCODINGS) {
      // Alternate the order within a round so that no target always follows the same one.
      const targets = targetsOf(encoding, url);
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        const key = keyOf(target, encoding, url);
        const list = samples.get(key) ?? [];
        list.push(await load(target, encoding, url, DURATION));
        samples.set(key, list);
      }
    }
  }
}
const loadSeconds = (performance.now() - started) / 1000;

function rss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
const pidOf = (child: ChildProcess) => must(child.pid, "the pid of a server started");
const rssAfterLoad = { cached: rss(pidOf(cached)), uncached: rss(pidOf(uncached)) };

const cacheMb = Number(process.env.RESPONSE_CACHE_MB ?? 64);
const fill = args["no-fill"] ? null : await fillCache(ports.cached, cacheMb);
const rssFull = rss(pidOf(cached));

// ---------------------------------------------------------------- report
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const upper = must(sorted[Math.floor(middle)], "a sample");
  return Number.isInteger(middle) ? (must(sorted[middle - 1], "a sample") + upper) / 2 : upper;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const kb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);

const rows: string[][] = [];
const isCeiling = (target: Target) => target === "ceiling" || target === "fresh-ceiling";
for (const url of ENDPOINTS) {
  for (const encoding of ENCODINGS) {
    const samplesOf = (target: Target) =>
      must(samples.get(keyOf(target, encoding, url)), `the ${target} samples of ${url} (${encoding})`);
    for (const target of targetsOf(encoding, url)) {
      const list = samplesOf(target);
      const ceilingList = samplesOf(ceilingOf(target, encoding, url));
      const rps = mean(list.map((s) => s.rps));
      // The ratio of each round (the two ran back to back, under the same load), then their
      // median: a burst of load elsewhere on the machine moves one round, not the figure.
      const ratio = median(
        list.map((s, round) => s.rps / must(ceilingList[round], `the ceiling's round ${round}`).rps),
      );
      const server = target === "uncached" || target === "fresh-ceiling" ? "uncached" : "cached";
      rows.push([
        decodeURIComponent(url),
        encoding,
        kb(must(bytes.get(`${server} ${encoding} ${url}`), `the body size of ${url} (${encoding})`)),
        target,
        rps.toFixed(0),
        isCeiling(target) ? "1.00×" : `${ratio.toFixed(2)}×`,
        `${median(list.map((s) => s.cpu)).toFixed(0)} µs`,
        isCeiling(target)
          ? "1.00×"
          : `${median(list.map((s, round) => (ceilingList[round] as Sample).cpu / s.cpu)).toFixed(2)}×`,
        `${median(list.map((s) => s.p50))} ms`,
        `${median(list.map((s) => s.p99))} ms`,
        String(list.reduce((n, s) => n + s.errors, 0)),
      ]);
    }
  }
}
const header = [
  "endpoint",
  "encoding",
  "body",
  "server",
  "req/s",
  "of ceiling",
  "cpu/req",
  "ceiling cpu / cpu",
  "p50",
  "p99",
  "errors",
];
console.log(
  `\nbench:http — ${CONNECTIONS} connections, ${ROUNDS} interleaved round(s) of ${DURATION} s per run, ${loadSeconds.toFixed(0)} s of load; database ${args.db ?? "the article (seeded now)"}; the ceiling sends ${args["bare-headers"] ? "only Content-Type and Content-Encoding (--bare-headers)" : "the server's body and header lines"}; req/s: mean of the rounds; of ceiling: median of the rounds' ratios; cpu/req: the server's CPU time per answer (median of the rounds), a measure less moved by other load on the machine than req/s; load average (1, 5, 15 min) ${loadBefore.map((l) => l.toFixed(2)).join(", ")} before, ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} after`,
);
printTable(header, rows);
console.log(
  `\nresident memory after the load: cached server ${rssAfterLoad.cached.toFixed(0)} MiB, uncached server ${rssAfterLoad.uncached.toFixed(0)} MiB`,
);
if (fill)
  console.log(
    `cached server after filling its ${cacheMb} MB cache (${fill.requests} distinct requests, ${(fill.bytes / 1048576).toFixed(0)} MB of bodies): ${rssFull.toFixed(0)} MiB`,
  );
process.exit(0);
