// What an operator meets around the server: the seed over someone else's file, what dead seeds
// leave behind, signals at start-up, a re-seed reaching a running server by itself, a broken
// seed input with a good database in place, start-up mistakes (port in use, a bad setting, no
// database) said in one line, health under load, and a shutdown that drains keep-alive clients.
import { type ChildProcess, spawn } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { request as httpRequest } from "node:http";
import { type AddressInfo, createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { APPLICATION_ID } from "../src/db/meta.ts";
import { openReadOnly } from "../src/db/open.ts";
import { clientErrorProblem } from "../src/plugins/errors.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import { createTestApp, expectProblem, ROOT, SEED_DIR } from "./helpers.ts";
import { present } from "./lists.ts";

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-ops-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let nextPort = 41000 + Math.floor(Math.random() * 2000);

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const port = nextPort++;
  let output = "";
  let stderr = "";
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "server.ts")], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DIR,
      LOG_LEVEL: "info",
      // Start-up blocks the loop for a while on a busy machine: no load shedding in these tests.
      MAX_EVENT_LOOP_DELAY: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, port: Number(env.PORT ?? port), output: () => output, stderr: () => stderr, exited };
}

async function readyz(port: number): Promise<{ datasetVersion: string } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    return res.ok ? ((await res.json()) as { datasetVersion: string }) : null;
  } catch {
    return null;
  }
}

/**
 * Waits for what a person would wait for. Generous: these servers are started with tsx, which
 * compiles the sources as it loads them, while the rest of the suite loads both cores (start-up
 * to ready took over 60 s twice in full runs, 3 s alone). A bound on liveness, not on speed.
 */
async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 150_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A start-up failure as a person must see it: one line, no stack, a non-zero exit. */
async function expectOneLineFailure(started: Started, ...words: string[]): Promise<string> {
  const code = await started.exited;
  expect(code).not.toBe(0);
  const lines = started.stderr().trim().split("\n");
  expect(lines, started.stderr()).toHaveLength(1);
  expect(started.stderr()).not.toMatch(/\n\s+at |Error:|\{"level"/);
  const [line = ""] = lines;
  for (const word of words) expect(line).toContain(word);
  return line;
}

function foreignDatabase(path: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  const other = new Database(path);
  other.exec(
    "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)",
  );
  other.close();
}

describe("the seed writes only what it owns", { timeout: 240_000 }, () => {
  it("marks its databases with its application_id", () => {
    const path = join(dir, "marked", "kuril-kg.sqlite");
    seedDatabase(path, SEED_DIR);
    const db = new Database(path, { readonly: true });
    expect(db.pragma("application_id", { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it("refuses, naming the file, to replace another application's SQLite file or any other file", () => {
    const path = join(dir, "foreign", "theirs.sqlite");
    foreignDatabase(path);
    const before = readFileSync(path);
    expect(() => seedDatabase(path, SEED_DIR)).toThrow(path);
    expect(readFileSync(path).equals(before)).toBe(true);

    const text = join(dir, "foreign", "notes.txt");
    writeFileSync(text, "my notes, not a database\n");
    expect(() => seedDatabase(text, SEED_DIR)).toThrow(/not a kuril-kg database/);
    expect(readFileSync(text, "utf8")).toBe("my notes, not a database\n");
  });

  it("`npm start` over another application's file exits naming it, and leaves it alone", async () => {
    const path = join(dir, "foreign-start", "theirs.sqlite");
    foreignDatabase(path);
    const before = readFileSync(path);
    const line = await expectOneLineFailure(start({ DATABASE_PATH: path }), path, "not a kuril-kg database");
    expect(line).toMatch(/DATABASE_PATH/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("removes the temporary files and journals of seeds that died, and keeps a live seed's", () => {
    const folder = join(dir, "leftovers");
    const path = join(folder, "kuril-kg.sqlite");
    mkdirSync(folder, { recursive: true });
    // Process ids above the kernel's pid_max never run.
    for (const pid of [4_194_305, 4_194_306]) {
      writeFileSync(`${path}.${pid}.tmp`, "half a database");
      writeFileSync(`${path}.${pid}.tmp-journal`, "its journal");
    }
    writeFileSync(`${path}.${process.ppid}.tmp`, "a seed still running");
    writeFileSync(join(folder, "unrelated.tmp"), "not ours");
    seedDatabase(path, SEED_DIR);
    expect(readdirSync(folder).sort()).toEqual(
      ["kuril-kg.sqlite", `kuril-kg.sqlite.${process.ppid}.tmp`, "unrelated.tmp"].sort(),
    );
  });
});

describe("start-up for people", { timeout: 240_000 }, () => {
  it("port in use: one line naming the port and PORT, exit 1", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const path = join(dir, "port", "kuril-kg.sqlite");
      seedDatabase(path, SEED_DIR);
      await expectOneLineFailure(
        start({ DATABASE_PATH: path, PORT: String(port) }),
        `port ${port} is in use`,
        "set PORT",
      );
    } finally {
      blocker.close();
    }
  });

  it("a bad setting: one line naming the variable, exit 1", async () => {
    await expectOneLineFailure(start({ PORT: "eighty", DATABASE_PATH: join(dir, "x.sqlite") }), "PORT");
  });

  it("no database and SEED_ON_START=false: one line naming the path and the command that builds it", async () => {
    const path = join(dir, "missing", "kuril-kg.sqlite");
    await expectOneLineFailure(
      start({ DATABASE_PATH: path, SEED_ON_START: "false" }),
      path,
      "npm run db:seed",
    );
  });
});

describe("reloading", { timeout: 240_000 }, () => {
  it("survives SIGHUP from the first moment of start-up", async () => {
    const path = join(dir, "early-hup", "kuril-kg.sqlite");
    const started = start({ DATABASE_PATH: path });
    try {
      // As soon as the server's own code has run (the seed creates the database's folder, then
      // builds in it): the signal must not kill it. Waiting for the seed's short-lived temporary
      // file instead missed it on a loaded machine, where the 100 ms poll can sleep past it.
      await waitFor("the seed's folder", async () => existsSync(join(dir, "early-hup")));
      started.child.kill("SIGHUP");
      expect(await waitFor("ready", () => readyz(started.port))).toMatchObject({
        datasetVersion: expect.any(String),
      });
      expect(started.child.exitCode).toBeNull();
    } finally {
      started.child.kill("SIGKILL");
    }
  });

  it("a re-seed reaches the running server by itself (no signal), and a bad file does not", async () => {
    const path = join(dir, "watch", "kuril-kg.sqlite");
    const started = start({ DATABASE_PATH: path });
    try {
      const before = await waitFor("ready", () => readyz(started.port));
      const changed = join(dir, "seed-changed");
      cpSync(SEED_DIR, changed, { recursive: true });
      const yaml = present(
        readdirSync(join(changed, "entities")).find((f) => f.endsWith(".yaml")),
        "an entity file",
      );
      appendFileSync(join(changed, "entities", yaml), "\n# changed\n");
      const reseeded = seedDatabase(path, changed);
      expect(reseeded.version).not.toBe(before.datasetVersion);
      const now = await waitFor("the new dataset", async () => {
        const r = await readyz(started.port);
        return r?.datasetVersion === reseeded.version ? r : null;
      });
      expect(now.datasetVersion).toBe(reseeded.version);
      // The log line travels through a pipe: it may arrive a moment after the answer.
      await waitFor("the reload to be logged", async () => started.output().includes("database reloaded"));

      // A file that is not ours, renamed into place: the server keeps what it serves.
      const foreign = join(dir, "watch", "foreign.sqlite");
      foreignDatabase(foreign);
      const { renameSync } = await import("node:fs");
      renameSync(foreign, path);
      await waitFor("the failed reload to be logged", async () =>
        started.output().includes("could not reload"),
      );
      expect((await readyz(started.port))?.datasetVersion).toBe(reseeded.version);
    } finally {
      started.child.kill("SIGKILL");
    }
  });

  it("a broken seed input with a good database in place: serves it, with one warning", async () => {
    const path = join(dir, "broken-seed", "kuril-kg.sqlite");
    seedDatabase(path, SEED_DIR);
    const broken = join(dir, "seed-broken");
    cpSync(SEED_DIR, broken, { recursive: true });
    const yaml = present(
      readdirSync(join(broken, "entities")).find((f) => f.endsWith(".yaml")),
      "an entity file",
    );
    appendFileSync(join(broken, "entities", yaml), "\n  - this: [is not: valid yaml\n");
    const started = start({ DATABASE_PATH: path, SEED_DIR: broken });
    try {
      await waitFor("ready", () => readyz(started.port));
      const warnings = started
        .output()
        .split("\n")
        .filter((l) => l.includes('"level":40'));
      expect(warnings, started.output()).toHaveLength(1);
      expect(warnings[0]).toContain("serving the database already in place");
      const res = await fetch(`http://127.0.0.1:${started.port}/v1/endnotes/16`);
      expect(res.status).toBe(200);
    } finally {
      started.child.kill("SIGKILL");
    }
  });
});

describe("operations", { timeout: 240_000 }, () => {
  it("logs one JSON line per request when stdout is not a terminal", async () => {
    const path = join(dir, "logs", "kuril-kg.sqlite");
    seedDatabase(path, SEED_DIR);
    const started = start({ DATABASE_PATH: path });
    try {
      await waitFor("ready", () => readyz(started.port));
      await fetch(`http://127.0.0.1:${started.port}/v1/endnotes/16`, {
        headers: { "x-request-id": "one-line" },
      });
      await waitFor("the request's log line", async () => started.output().includes('"one-line"'));
      const lines = started
        .output()
        .split("\n")
        .filter((l) => l.includes('"reqId":"one-line"'));
      expect(lines).toHaveLength(1);
      expect(JSON.parse(present(lines[0], "the log line"))).toMatchObject({
        status: 200,
        method: "GET",
        url: "/v1/endnotes/16",
      });
    } finally {
      started.child.kill("SIGKILL");
    }
  });

  it("never sheds /healthz and /readyz, while it sheds the API under load", async () => {
    const ctx = await createTestApp({ MAX_EVENT_LOOP_DELAY: "1" });
    try {
      let shed = false;
      for (let attempt = 0; attempt < 20 && !shed; attempt++) {
        const until = Date.now() + 300;
        while (Date.now() < until) {
          // block the event loop so that the load shedder measures a delay
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        const api = await ctx.app.inject({ method: "GET", url: "/v1/endnotes/16" });
        if (api.statusCode !== 503) continue;
        shed = true;
        expect((await ctx.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
        expect((await ctx.app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
      }
      expect(shed, "the load shedder never engaged").toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it("drains on shutdown: a response during the drain closes its keep-alive connection", async () => {
    const path = join(dir, "drain", "kuril-kg.sqlite");
    seedDatabase(path, SEED_DIR);
    const db = openReadOnly(path);
    const app = await buildApp({
      config: loadConfig({ DATABASE_PATH: path, SEED_DIR, MAX_EVENT_LOOP_DELAY: "0" }),
      db,
    });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    app.addHook("onRequest", async (request) => {
      if (request.url === "/v1/endnotes/16?slow") {
        entered();
        await gate;
      }
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    try {
      const answer = new Promise<{ status: number; connection: string | undefined; error?: string }>(
        (resolve) => {
          const req = httpRequest(
            { host: "127.0.0.1", port, path: "/v1/endnotes/16?slow", headers: { connection: "keep-alive" } },
            (res) => {
              res.resume();
              res.on("end", () =>
                resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
              );
            },
          );
          req.on("error", (error) => resolve({ status: 0, connection: undefined, error: String(error) }));
          req.end();
        },
      );
      await inside;
      const closing = app.close();
      // The drain has begun once the server stops listening (after the preClose hooks).
      await waitFor("the server to stop listening", async () => !app.server.listening, 10_000);
      release();
      const res = await answer;
      expect(res.error).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.connection).toBe("close");
      await closing;
    } finally {
      db.$client.close();
    }
  });

  it("answers a request without Host as a problem", async () => {
    const ctx = await createTestApp();
    await ctx.app.listen({ host: "127.0.0.1", port: 0 });
    const port = (ctx.app.server.address() as AddressInfo).port;
    try {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = new Socket();
        let data = "";
        socket.on("data", (chunk) => {
          data += chunk;
        });
        socket.on("end", () => resolve(data));
        socket.on("close", () => resolve(data));
        socket.on("error", reject);
        socket.connect(port, "127.0.0.1", () => socket.write("GET /v1/endnotes/16 HTTP/1.1\r\n\r\n"));
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400/);
      expect(raw).toMatch(/content-type: application\/problem\+json/i);
      expect(raw).toContain("Host header");
    } finally {
      await ctx.close();
    }
  });

  it("answers OPTIONS without preflight headers and a traversal of the docs' files as problems", async () => {
    const ctx = await createTestApp();
    try {
      expectProblem(await ctx.app.inject({ method: "OPTIONS", url: "/v1/claims" }), 400);
      const traversal = await ctx.app.inject({ method: "GET", url: "/docs/static/..%2f..%2fpackage.json" });
      expect(traversal.statusCode).toBeGreaterThanOrEqual(400);
      const body = expectProblem(traversal, traversal.statusCode);
      expect(body.type).not.toBe("about:blank");
    } finally {
      await ctx.close();
    }
  });

  it("answers a header timeout with 408, as a problem", () => {
    let written = "";
    const socket = {
      writable: true,
      end: (text: string) => {
        written = text;
      },
    };
    const error = Object.assign(new Error("timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" });
    clientErrorProblem(error, socket as never);
    expect(written).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(written).toContain("application/problem+json");
    expect(JSON.parse(present(written.split("\r\n\r\n")[1], "the body written"))).toMatchObject({
      status: 408,
    });
  });
});
