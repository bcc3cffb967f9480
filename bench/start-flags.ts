// The node flags and environment `npm start` runs the server with (package.json's start script),
// so that the benches measure the server as it is run, memory settings included; and what the
// benches share to start such a server and ask it.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { type Agent, request as httpRequest } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../src/paths.ts";

interface StartCommand {
  /** Variables set for node on the command line (`NAME=value node …`). */
  env: Record<string, string>;
  flags: string[];
}

function startCommand(): StartCommand {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const match = /((?:\b[A-Z][A-Z0-9_]*=\S+\s+)*)\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/server\.js\b/.exec(
    pkg.scripts.start ?? "",
  );
  if (!match) throw new Error("package.json's start script does not run `node … dist/server.js`");
  const env: Record<string, string> = {};
  for (const assignment of (match[1] ?? "").split(/\s+/).filter(Boolean)) {
    const [name = "", ...value] = assignment.split("=");
    env[name] = value.join("=");
  }
  return { env, flags: (match[2] ?? "").split(/\s+/).filter(Boolean) };
}

export function startNodeFlags(): string[] {
  return startCommand().flags;
}

/** The environment variables the start script sets for node (MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_). */
export function startEnv(): Record<string, string> {
  return startCommand().env;
}

/**
 * Starts a build of the server (`script`, its dist/server.js) as `npm start` does, on a port of
 * its own, on an existing database, quiet, unlimited by the rate limiter and the event-loop
 * guard; `env` adds to or overrides that (RESPONSE_CACHE, …). `preload`: modules node loads
 * before the server (`--import`), given an IPC channel (bench/memory-probe.mjs). `flags`: node
 * flags instead of the start script's (to compare settings).
 */
export function spawnServer(
  script: string,
  port: number,
  databasePath: string,
  env: Record<string, string> = {},
  preload: string[] = [],
  flags: string[] = startNodeFlags(),
): ChildProcess {
  const imports = preload.flatMap((file) => ["--import", pathToFileURL(file).href]);
  return spawn(process.execPath, [...flags, ...imports, script], {
    env: {
      ...process.env,
      ...startEnv(),
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "silent",
      SEED_ON_START: "false",
      RATE_LIMIT_MAX: "100000000",
      MAX_EVENT_LOOP_DELAY: "0",
      ...env,
    },
    stdio: preload.length > 0 ? ["ignore", "ignore", "inherit", "ipc"] : ["ignore", "ignore", "inherit"],
  });
}

/** An answer as it came over the wire: status, headers and the raw (undecoded) bytes. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET to a local server, with the raw bytes (no decompression). */
export function get(
  port: number,
  url: string,
  headers: Record<string, string> = {},
  agent?: Agent,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: url, headers, agent }, (res) => {
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

/** Waits (up to 20 s) until the server on a port answers its liveness probe. */
export async function waitHealthy(port: number): Promise<void> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    try {
      await get(port, "/healthz");
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw new Error(`nothing listens on ${port}`);
}

/** Prints rows under a header as a Markdown table, each column as wide as its widest cell. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}
