// `npm run bench:cpu`: the server's CPU time per answer, over HTTP, against the same-body ceiling
// (bench/ceiling.ts) and, optionally, against other builds of the server, interleaved in rounds.
// For developing speed changes on a shared machine: the server's own CPU time (read from
// /proc/PID/stat) does not depend on how fast the client or the machine is, so two builds can be
// compared without a saturating load generator competing for the cores.
//
//   npm run bench:cpu -- [--rounds 5] [--n 400] [--connections 4] [--cache off|on] [--gzip]
//                        [--only REGEXP] [--db FILE] [--port-base 3230] [--no-build]
//                        [--server NAME=PATH/TO/server.js ...] [--env NAME:VAR=VALUE ...]
//                        [--flags "NAME:--flag --flag …" ...] [--url URL ...]
//
// Prints per URL: bytes, CPU µs per answer of each server and of the ceiling, and the ratio of
// the ceiling's CPU to each server's; and whether every server's bodies are byte-identical to the
// first's. Nothing here is asserted in tests.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/paths.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import type { CeilingBody } from "./ceiling.ts";
import { get, spawnServer, startEnv, startNodeFlags, waitHealthy } from "./start-flags.ts";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    n: { type: "string", default: "400" },
    connections: { type: "string", default: "4" },
    cache: { type: "string", default: "off" },
    gzip: { type: "boolean", default: false },
    only: { type: "string" },
    db: { type: "string" },
    "port-base": { type: "string", default: "3230" },
    "no-build": { type: "boolean", default: false },
    server: { type: "string", multiple: true },
    /** NAME:VAR=VALUE: an environment variable for the server NAME. */
    env: { type: "string", multiple: true },
    /** NAME:FLAGS: node flags for the server NAME instead of the start script's (space-separated). */
    flags: { type: "string", multiple: true },
    /** URLs to measure instead of the bench's endpoints. */
    url: { type: "string", multiple: true },
  },
});

const URLS = [
  "/v1/entities/vladimir-putin",
  "/v1/claims?speaker=vladimir-putin&limit=20",
  `/v1/search?q=${encodeURIComponent("peace treaty")}`,
  "/v1/graph/path?from=shinzo-abe&to=habomai",
  "/v1/timeline",
  `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`,
];
const only = args.only;
const urls = args.url?.length
  ? args.url
  : only
    ? URLS.filter((u) => new RegExp(only).test(decodeURIComponent(u)))
    : URLS;
const N = Number(args.n);
const CONNECTIONS = Number(args.connections);
const PORT_BASE = Number(args["port-base"]);

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-bench-cpu-"));
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});
process.on("SIGINT", () => process.exit(130));

const databasePath = args.db || join(dir, "bench.sqlite");
if (!args.db) seedDatabase(databasePath, join(PROJECT_ROOT, "seed"));
if (!args["no-build"])
  execFileSync("npm", ["run", "build:server", "--silent"], { cwd: PROJECT_ROOT, stdio: "inherit" });

const servers = (args.server?.length ? args.server : [`this=${join(PROJECT_ROOT, "dist/server.js")}`]).map(
  (s) => {
    const [name = "", ...path] = s.split("=");
    return { name, path: path.join("=") };
  },
);

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const headers: Record<string, string> = args.gzip ? { "accept-encoding": "gzip" } : {};
/** The process's CPU time in µs: every thread's time on a CPU (the schedstat of each of its tasks, in ns). */
function cpuOf(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return ns / 1000;
}

interface Target {
  name: string;
  port: number;
  child: ChildProcess;
}
const targets: Target[] = [];
for (const [i, s] of servers.entries()) {
  const port = PORT_BASE + i;
  const flags = args.flags?.find((f) => f.startsWith(`${s.name}:`));
  const child = spawnServer(
    s.path,
    port,
    databasePath,
    {
      RESPONSE_CACHE: args.cache === "on" ? "on" : "off",
      ...Object.fromEntries(
        (args.env ?? [])
          .filter((e) => e.startsWith(`${s.name}:`))
          .map((e) => {
            const [name = "", ...value] = e.slice(s.name.length + 1).split("=");
            return [name, value.join("=")];
          }),
      ),
    },
    [],
    flags === undefined
      ? undefined
      : flags
          .slice(s.name.length + 1)
          .split(/\s+/)
          .filter(Boolean),
  );
  children.push(child);
  targets.push({ name: s.name, port, child });
}
await Promise.all(targets.map((t) => waitHealthy(t.port)));

// The ceiling answers the first server's bytes.
const first = targets[0];
if (!first) throw new Error("no server");
const bodies: CeilingBody[] = [];
const sizes = new Map<string, number>();
const identical = new Map<string, string[]>();
for (const url of urls) {
  const answers: { status: number; headers: Record<string, unknown>; body: Buffer }[] = [];
  for (const t of targets) {
    const res = await get(t.port, url, headers, agent);
    if (res.status !== 200) throw new Error(`${t.name} ${url}: ${res.status} ${res.body.toString()}`);
    answers.push(res);
  }
  const [reference] = answers;
  if (!reference) continue;
  sizes.set(url, reference.body.length);
  // The request id aside, every server's body must be the first's.
  const strip = (b: Buffer) => b.toString("utf8").replace(/"requestId":"[^"]*"/g, "");
  identical.set(
    url,
    targets
      .filter((_, i) => strip(answers[i]?.body ?? Buffer.alloc(0)) !== strip(reference.body))
      .map((t) => t.name),
  );
  const h: Record<string, string> = {};
  for (const [name, value] of Object.entries(reference.headers))
    if (
      value !== undefined &&
      !["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(name)
    )
      h[name] = String(value);
  bodies.push({
    url,
    encoding: args.gzip ? "gzip" : "identity",
    headers: h,
    base64: reference.body.toString("base64"),
  });
}
const bodiesFile = join(dir, "bodies.json");
writeFileSync(bodiesFile, JSON.stringify(bodies));
const ceilingPort = PORT_BASE + targets.length;
const ceilingChild = spawn(
  process.execPath,
  [
    ...startNodeFlags(),
    "--import",
    "tsx",
    join(PROJECT_ROOT, "bench/ceiling.ts"),
    bodiesFile,
    String(ceilingPort),
  ],
  { env: { ...process.env, ...startEnv() }, stdio: ["ignore", "ignore", "inherit"] },
);
children.push(ceilingChild);
targets.push({ name: "ceiling", port: ceilingPort, child: ceilingChild });
await waitHealthy(ceilingPort);

async function load(port: number, url: string, n: number): Promise<void> {
  let left = n;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (left-- > 0) {
        const res = await get(port, url, headers, agent);
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      }
    }),
  );
}

const samples = new Map<string, number[]>();
for (const url of urls) for (const t of targets) await load(t.port, url, Math.max(50, N / 4));
for (let round = 0; round < Number(args.rounds); round++) {
  for (const url of urls) {
    for (const t of targets) {
      const pid = t.child.pid ?? 0;
      const before = cpuOf(pid);
      await load(t.port, url, N);
      const per = (cpuOf(pid) - before) / N;
      const key = `${t.name} ${url}`;
      samples.set(key, [...(samples.get(key) ?? []), per]);
    }
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
console.log(
  `cache ${args.cache}, ${args.gzip ? "gzip" : "identity"}, ${N} answers × ${args.rounds} rounds, ${CONNECTIONS} connections; CPU µs per answer (median of rounds)`,
);
console.log(
  [
    "url".padEnd(50),
    "bytes".padStart(7),
    ...targets.map((t) => t.name.padStart(9)),
    ...targets.slice(0, -1).map((t) => `c/${t.name}`.padStart(9)),
    " differs",
  ].join(" "),
);
for (const url of urls) {
  const cpu = targets.map((t) => median(samples.get(`${t.name} ${url}`) ?? []));
  const ceiling = cpu[cpu.length - 1] ?? Number.NaN;
  console.log(
    [
      decodeURIComponent(url).slice(0, 50).padEnd(50),
      String(sizes.get(url)).padStart(7),
      ...cpu.map((c) => c.toFixed(0).padStart(9)),
      ...cpu.slice(0, -1).map((c) => (ceiling / c).toFixed(2).padStart(9)),
      ` ${(identical.get(url) ?? []).join(",") || "-"}`,
    ].join(" "),
  );
}
agent.destroy();
process.exit(0);
