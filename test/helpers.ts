// Test fixtures: a real SQLite file seeded from the real seed/ once per test file, and an app
// built on it through the same factory the server uses.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, expect } from "vitest";
import type { z } from "zod";
import { buildApp } from "../src/app.ts";
import { type Config, loadConfig } from "../src/config.ts";
import { type Db, openReadOnly } from "../src/db/open.ts";
import { type AskResponse, AskResponseSchema } from "../src/modules/ask/ask.schemas.ts";
import { seedDatabase } from "../src/seed/seed.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SEED_DIR = join(ROOT, "seed");
/** The second document the tests serve beside the article (test/fixtures/second-document/README.md). */
export const SECOND_DOCUMENT_DIR = join(ROOT, "test", "fixtures", "second-document");

/**
 * A copy of seed/ in a temporary folder with the second-document fixture added as a curator
 * would add it: its folder under documents/ and its entity file under entities/. No code changes.
 */
export function seedWithSecondDocument(): string {
  const dir = mkdtempSync(join(tmpdir(), "kuril-kg-seed-"));
  const seedDir = join(dir, "seed");
  cpSync(SEED_DIR, seedDir, { recursive: true });
  cpSync(join(SECOND_DOCUMENT_DIR, "documents"), join(seedDir, "documents"), { recursive: true });
  cpSync(join(SECOND_DOCUMENT_DIR, "entities"), join(seedDir, "entities"), { recursive: true });
  return seedDir;
}

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  config: Config;
  close: () => Promise<void>;
}

/** Seeds a temporary database from seed/ (or `seedDir`) and builds the app on it. */
export async function createTestApp(
  env: Record<string, string> = {},
  seedDir: string = SEED_DIR,
): Promise<TestContext> {
  const dir = mkdtempSync(join(tmpdir(), "kuril-kg-test-"));
  const databasePath = join(dir, "test.sqlite");
  seedDatabase(databasePath, seedDir);
  // In-process inject() blocks the event loop the load shedder watches: off unless a test turns it on.
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    SEED_DIR: seedDir,
    RATE_LIMIT_MAX: "100000",
    MAX_EVENT_LOOP_DELAY: "0",
    ...env,
  });
  const db = openReadOnly(databasePath);
  const app = await buildApp({ config, db });
  await app.ready();
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asserts a response is an RFC 9457 problem with the given status, and returns its body. */
export function expectProblem(res: LightMyRequestResponse, status: number): Record<string, unknown> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(body.instance).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/SQLITE|at .*\.ts:\d+|stack/i);
  return body;
}

/**
 * One seeded app for the test file it is called in (built before its tests, closed after), and
 * a GET helper: `const api = useTestApp(); … await api.get("/v1/endnotes/16")`.
 */
export function useTestApp(env: Record<string, string> = {}, seedDir: () => string = () => SEED_DIR) {
  let ctx: TestContext | undefined;
  beforeAll(async () => {
    ctx = await createTestApp(env, seedDir());
  });
  afterAll(async () => {
    await ctx?.close();
  });
  const context = (): TestContext => {
    if (!ctx) throw new Error("useTestApp: the app is built in beforeAll; use it inside a test");
    return ctx;
  };
  return {
    context,
    get: (url: string, headers: Record<string, string> = {}) =>
      context().app.inject({ method: "GET", url, headers }),
  };
}

/**
 * Every item of a list, following `nextCursor` page after page from `url`: each page must be a 200
 * and is parsed with the route's page schema. Fails when the pages do not end within `maxPages`.
 */
export async function allPages<T>(
  get: (url: string) => Promise<LightMyRequestResponse>,
  url: string,
  schema: z.ZodType<{ items: T[]; nextCursor: string | null }>,
  maxPages = 100,
): Promise<T[]> {
  const items: T[] = [];
  const sep = url.includes("?") ? "&" : "?";
  let next = url;
  for (let pages = 0; pages < maxPages; pages++) {
    const res = await get(next);
    expect(res.statusCode, `${next}: ${res.body}`).toBe(200);
    const page = schema.parse(res.json());
    items.push(...page.items);
    if (!page.nextCursor) return items;
    next = `${url}${sep}cursor=${encodeURIComponent(page.nextCursor)}`;
  }
  throw new Error(`${url}: the pages did not end within ${maxPages}`);
}

/**
 * Asks `q` through `GET /v1/ask`: the response must be a 200, and its body is returned parsed with
 * the route's own response schema (`const ask = (q: string) => askQuestion(api.get, q)`).
 */
export async function askQuestion(
  get: (url: string) => Promise<LightMyRequestResponse>,
  q: string,
): Promise<AskResponse> {
  const res = await get(`/v1/ask?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return AskResponseSchema.parse(res.json());
}

/** Debian's headless Chromium, driven by playwright-core in the browser tests. */
export const CHROMIUM = "/usr/bin/chromium";
// The background-networking flags keep Chromium from calling out from a machine with no network.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
