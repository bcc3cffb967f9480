// The synthetic database of `npm run db:synth`, served as a user would see it: N times the
// article's graph, every copied claim still quoting its sentence verbatim with its endnote, and
// the article's own names still naming only the article's entities.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "../../test/helpers.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { type Db, openReadOnly } from "../db/open.ts";
import { loadDataset } from "./dataset.ts";
import { synthesize } from "./synth.ts";
import { writeDatabase } from "./writeDatabase.ts";

const SCALE = 3;
let dir: string;
let db: Db;
let app: FastifyInstance;
const base = loadDataset(SEED_DIR);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kuril-kg-synth-"));
  const path = join(dir, "synthetic.sqlite");
  writeDatabase(path, synthesize(base, SCALE));
  db = openReadOnly(path);
  app = await buildApp({
    config: loadConfig({
      DATABASE_PATH: path,
      SEED_DIR,
      RATE_LIMIT_MAX: "100000",
      MAX_EVENT_LOOP_DELAY: "0",
    }),
    db,
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  db?.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
};

describe("db:synth", () => {
  it("holds N times the article's claims, entities, sentences and endnotes", async () => {
    const ready = await get("/readyz");
    expect(ready.claims).toBe(SCALE * base.anchored.claims.length);
    expect(ready.datasetVersion).not.toBe(base.version);
    const count = (table: string) =>
      (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count("entities")).toBe(SCALE * base.anchored.entities.length);
    expect(count("sentences")).toBe(SCALE * (base.documents[0]?.document.sentences.length ?? 0));
    expect(count("endnotes")).toBe(SCALE * (base.documents[0]?.notes.endnotes.length ?? 0));
    expect(count("relations")).toBe(SCALE * base.anchored.relations.length);
  });

  it("gives every copied claim the original's words, sentence and endnote, shifted to its copy", async () => {
    const endnotes = Math.max(...(base.documents[0]?.notes.endnotes ?? []).map((e) => e.n));
    for (const claim of base.anchored.claims) {
      const original = await get(`/v1/claims/${claim.input.id}`);
      const copy = await get(`/v1/claims/${claim.input.id}-x${SCALE - 1}`);
      expect(copy.quote).toBe(original.quote);
      expect(copy.evidence.text).toBe(original.evidence.text);
      expect(copy.evidence.selector.exact).toBe(original.evidence.selector.exact);
      if (original.citation.endnote !== null)
        expect(copy.citation.endnote).toBe(original.citation.endnote + (SCALE - 1) * endnotes);
      expect(copy.speaker.id).toBe(`${original.speaker.id}-x${SCALE - 1}`);
    }
  });

  it("leaves the article's names to the article's entities", async () => {
    const answer = await get(
      `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`,
    );
    expect(answer.answers[0].claim.speaker.id).toBe("vladimir-putin");
    const named = await get(`/v1/entities?q=${encodeURIComponent("Vladimir Putin")}`);
    expect(named.items[0].id).toBe("vladimir-putin");
    // The copies' names are recombined from the article's, and unique.
    const copy = await get("/v1/entities/vladimir-putin-x1");
    expect(copy.name).not.toBe("Vladimir Putin");
    expect(copy.name).toMatch(/ 1$/);
    const names: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page = await get(`/v1/entities?limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      names.push(...page.items.map((e: { name: string }) => e.name));
      cursor = page.nextCursor;
    }
    expect(names).toHaveLength(SCALE * base.anchored.entities.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuses a scale that is not a whole number of at least one", () => {
    expect(() => synthesize(base, 0)).toThrow(/scale/);
    expect(() => synthesize(base, 1.5)).toThrow(/scale/);
  });
});
