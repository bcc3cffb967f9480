// `npm run bench:growth`: how the cost of a request grows with the data. Builds synthetic
// databases 1×, 10× and 100× the article's graph (npm run db:synth), serves each in turn with the
// response cache off (dist/server.js), and measures a single client's latency on ask, search and
// claims: p50 and p99, and their ratio to 1×. Then the server's resident memory: when it became
// ready, after the requests, and its peak (VmHWM: building the ask index and the claim index at
// start-up takes more than serving them keeps).
//
//   npm run bench:growth -- [--scales 1,10,100] [--requests 200] [--keep DIR]
//
// Figures are for comparison within one run; nothing here is asserted in tests.
import { type ChildProcess, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { must } from "../src/lib/must.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { spawnServer } from "./start-flags.ts";

const { values: args } = parseArgs({
  options: {
    scales: { type: "string", default: "1,10,100" },
    requests: { type: "string", default: "200" },
    keep: { type: "string" },
    port: { type: "string", default: "3146" },
  },
});
const SCALES = args.scales.split(",").map(Number);
const REQUESTS = Number(args.requests);
const PORT = Number(args.port);
const dir = args.keep ?? mkdtempSync(join(tmpdir(), "kuril-kg-growth-"));
mkdirSync(dir, { recursive: true });

export const GROWTH_ENDPOINTS = {
  ask: `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`,
  search: `/v1/search?q=${encodeURIComponent("peace treaty")}`,
  claims: "/v1/claims?speaker=vladimir-putin&limit=20",
};

let child: ChildProcess | undefined;
process.on("exit", () => {
  if (child?.exitCode === null) child.kill("SIGTERM");
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
});

execFileSync("npm", ["run", "build", "--silent"], { cwd: PROJECT_ROOT, stdio: "inherit" });

const percentile = (sorted: number[], p: number) =>
  must(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))], `a p${p} of no samples`);

interface Result {
  scale: number;
  buildSeconds: number;
  readySeconds: number;
  sizeMb: number;
  latency: Record<string, { p50: number; p99: number }>;
  rssMb: number;
  /** Resident memory once ready (before any request), and the peak since start (VmHWM). */
  readyRssMb: number;
  peakRssMb: number;
}
const results: Result[] = [];

/** A figure of /proc/PID/status in MiB: VmRSS (resident now) or VmHWM (the peak). */
function memory(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

for (const scale of SCALES) {
  const file = join(dir, `synthetic-x${scale}.sqlite`);
  let buildSeconds = 0;
  if (!existsSync(file)) {
    const started = performance.now();
    execFileSync("npx", ["tsx", "src/seed/synth-cli.ts", "--scale", String(scale), "--out", file], {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
    });
    buildSeconds = (performance.now() - started) / 1000;
  }
  const server = spawnServer(join(PROJECT_ROOT, "dist/server.js"), PORT, file, { RESPONSE_CACHE: "off" });
  child = server;
  const base = `http://127.0.0.1:${PORT}`;
  const spawned = performance.now();
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not yet
    }
    if (attempt > 3000 || server.exitCode !== null)
      throw new Error(`server on ×${scale} did not start in 5 min`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const readySeconds = (performance.now() - spawned) / 1000;
  const readyRssMb = memory(must(server.pid, "the server's pid"), "VmRSS");
  const latency: Result["latency"] = {};
  for (const [name, url] of Object.entries(GROWTH_ENDPOINTS)) {
    for (let i = 0; i < 20; i++) await (await fetch(base + url)).arrayBuffer(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const res = await fetch(base + url);
      await res.arrayBuffer();
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${url} answered ${res.status} on ×${scale}`);
    }
    times.sort((a, b) => a - b);
    latency[name] = { p50: percentile(times, 50), p99: percentile(times, 99) };
  }
  const rssMb = memory(must(server.pid, "the server's pid"), "VmRSS");
  const peakRssMb = memory(must(server.pid, "the server's pid"), "VmHWM");
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  results.push({
    scale,
    buildSeconds,
    readySeconds,
    sizeMb: readFileSync(file).length / 1048576,
    latency,
    rssMb,
    readyRssMb,
    peakRssMb,
  });
}

console.log(
  `\nbench:growth — single client, ${REQUESTS} sequential requests per endpoint, response cache off`,
);
const one = results.find((r) => r.scale === 1);
const header = [
  "scale",
  "db",
  "ready after",
  ...Object.keys(GROWTH_ENDPOINTS).map((n) => `${n} p50 / p99 (× of 1×)`),
  "RSS ready / after / peak",
];
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const r of results) {
  const cells = Object.keys(GROWTH_ENDPOINTS).map((name) => {
    const { p50, p99 } = must(r.latency[name], `the ${name} latency on ×${r.scale}`);
    const ofOne = one?.latency[name];
    const ratio = ofOne ? ` (${(p50 / ofOne.p50).toFixed(2)}×)` : "";
    return `${p50.toFixed(2)} / ${p99.toFixed(2)} ms${ratio}`;
  });
  console.log(
    `| ×${r.scale} | ${r.sizeMb.toFixed(1)} MB | ${r.readySeconds.toFixed(1)} s | ${cells.join(" | ")} | ${r.readyRssMb.toFixed(0)} / ${r.rssMb.toFixed(0)} / ${r.peakRssMb.toFixed(0)} MiB |`,
  );
}
process.exit(0);
