// `npm run bench`: the speed targets, measured in one run and reported as ratios to the
// target (machines are noisy; no timing is asserted in tests):
//   - seeding the article into a new database: under 1 s
//   - the server ready after start with an existing database: under 1 s
//   - request latency of the main endpoints, and memory after load.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { openReadOnly } from "../src/db/open.ts";
import { must } from "../src/lib/must.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import { startEnv, startNodeFlags } from "./start-flags.ts";

const ROOT = PROJECT_ROOT;
const SEED_DIR = join(ROOT, "seed");
const dir = mkdtempSync(join(tmpdir(), "kuril-kg-bench-"));
const databasePath = join(dir, "bench.sqlite");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return must(sorted[Math.floor(sorted.length / 2)], "a sample");
}

const seedTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  seedDatabase(databasePath, SEED_DIR);
  seedTimes.push(performance.now() - started);
}
const seedMs = median(seedTimes);

// Ready time: the server as `npm start` runs it (the bundle in dist/), from spawn to the first
// 200 from /readyz.
execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
async function readyTime(): Promise<number> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const started = performance.now();
  const child = spawn(process.execPath, [...startNodeFlags(), join(ROOT, "dist/server.js")], {
    env: {
      ...process.env,
      ...startEnv(),
      PORT: String(port),
      DATABASE_PATH: databasePath,
      SEED_DIR,
      LOG_LEVEL: "silent",
      SEED_ON_START: "false",
      RATE_LIMIT_MAX: "100000",
    },
    stdio: "ignore",
  });
  try {
    for (let attempt = 0; attempt < 400; attempt++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.ok) {
          const ms = performance.now() - started;
          serverRssMb = await rssAfterLoad(port, must(child.pid, "the server's pid"));
          return ms;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("server did not become ready in 4 s");
  } finally {
    child.kill("SIGTERM");
  }
}
/** The server's resident memory after 300 questions over HTTP (Linux /proc). */
async function rssAfterLoad(port: number, pid: number): Promise<number> {
  for (let i = 0; i < 300; i++) {
    await fetch(
      `http://127.0.0.1:${port}/v1/ask?q=${encodeURIComponent(`What did Putin say in ${2000 + (i % 14)}?`)}`,
    );
  }
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
let serverRssMb = 0;
const readyTimes: number[] = [];
for (let i = 0; i < 3; i++) readyTimes.push(await readyTime());
const readyMs = median(readyTimes);

// Latency through inject (no network), per endpoint.
const db = openReadOnly(databasePath);
const app = await buildApp({
  config: loadConfig({
    DATABASE_PATH: databasePath,
    SEED_DIR,
    RATE_LIMIT_MAX: "1000000",
    MAX_EVENT_LOOP_DELAY: "0",
  }),
  db,
});
await app.ready();
const endpoints = [
  "/v1/ask?q=What%20did%20Putin%20say%20about%20the%201956%20Declaration%3F",
  "/v1/claims?speaker=vladimir-putin&about=soviet-japanese-declaration-1956",
  "/v1/search?q=peace%20treaty",
  "/v1/entities?q=Lavrov",
  "/v1/endnotes/16",
  "/v1/graph/neighbors/vladimir-putin?depth=2",
  "/v1/timeline",
];
const latency: Record<string, number> = {};
for (const url of endpoints) {
  for (let i = 0; i < 20; i++) await app.inject({ url }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const res = await app.inject({ url });
    times.push(performance.now() - started);
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
  }
  latency[url] = median(times);
}
await app.close();
db.$client.close();
rmSync(dir, { recursive: true, force: true });

const ratio = (ms: number, targetMs: number) => `${(ms / targetMs).toFixed(2)}× of the ${targetMs} ms target`;
console.log(`seed (median of 5): ${seedMs.toFixed(0)} ms — ${ratio(seedMs, 1000)}`);
console.log(
  `ready after start with an existing database (median of 3): ${readyMs.toFixed(0)} ms — ${ratio(readyMs, 1000)}`,
);
for (const [url, ms] of Object.entries(latency)) console.log(`median latency ${ms.toFixed(2)} ms  ${url}`);
console.log(`server resident memory after 300 questions: ${serverRssMb.toFixed(0)} MiB`);
