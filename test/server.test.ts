// The server entry point as `npm start` runs it: a real process that builds a missing database
// from seed/, opens it read-only, serves, and shuts down gracefully on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../src/seed/seed.ts";
import { ROOT, SEED_DIR } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(databasePath: string, port: number): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "server.ts")], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      SEED_DIR,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

/** Waits for /readyz, up to a minute: under a loaded machine, tsx and the seed take their time. */
async function waitReady(port: number): Promise<Response> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the server did not become ready");
}

describe("src/server.ts", () => {
  it("builds a missing database, serves it, and exits 0 on SIGTERM", async () => {
    const databasePath = join(dir, "fresh", "kuril-kg.sqlite");
    const port = 39000 + Math.floor(Math.random() * 500);
    const { child, output } = start(databasePath, port);
    try {
      const ready = await (await waitReady(port)).json();
      expect(ready).toMatchObject({
        status: "ready",
        datasetVersion: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
      expect(existsSync(databasePath)).toBe(true);
      const res = await fetch(`http://127.0.0.1:${port}/v1/endnotes/16`, {
        headers: { "x-request-id": "server-test-1" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-request-id")).toBe("server-test-1");

      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      // Structured logs: the request id on the request's lines, and the shutdown said.
      const lines = output()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.some((l) => l.reqId === "server-test-1")).toBe(true);
      expect(lines.some((l) => l.msg === "shutting down" && l.signal === "SIGTERM")).toBe(true);
      expect(lines.some((l) => l.msg === "kuril-kg ready" && l.seeded === true)).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 120_000);

  it("serves a re-seeded database from the next request on after SIGHUP", async () => {
    const databasePath = join(dir, "reload", "kuril-kg.sqlite");
    const port = 39500 + Math.floor(Math.random() * 400);
    const { child, output } = start(databasePath, port);
    try {
      const before = (await (await waitReady(port)).json()) as { datasetVersion: string };
      // Other seed inputs (one comment more), a new file renamed into place while it serves.
      const changed = join(dir, "seed-changed");
      cpSync(SEED_DIR, changed, { recursive: true });
      appendFileSync(
        join(changed, "documents", "russia-japan-reset", "claims-conclusion.yaml"),
        "\n# changed\n",
      );
      const reseeded = seedDatabase(databasePath, changed);
      expect(reseeded.version).not.toBe(before.datasetVersion);
      // Still the old data until told.
      const stale = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as {
        datasetVersion: string;
      };
      expect(stale.datasetVersion).toBe(before.datasetVersion);

      child.kill("SIGHUP");
      let now = stale.datasetVersion;
      for (let attempt = 0; attempt < 100 && now === before.datasetVersion; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        now = ((await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { datasetVersion: string })
          .datasetVersion;
      }
      expect(now).toBe(reseeded.version);
      const res = await fetch(`http://127.0.0.1:${port}/v1/endnotes/16`);
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).toContain(reseeded.version);
      expect(output()).toContain("database reloaded");
    } finally {
      child.kill("SIGKILL");
    }
  }, 120_000);
});
