// Ask at scale: a question's candidates come from indexes (full-text best matches, the claims of
// the named entities, dates and sections), never from a pass over every claim. On a synthetic
// database 4 times the article (npm run db:synth), the same questions get one of the same best
// answers, and the number of claims scored stays far below the number of claims.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DIR, useTestApp } from "../../test/helpers.ts";
import { present } from "../../test/lists.ts";
import { openDataset } from "../dataset/dataset.ts";
import { type Db, openReadOnly } from "../db/open.ts";
import { loadDataset } from "../seed/dataset.ts";
import { synthesize } from "../seed/synth.ts";
import { writeDatabase } from "../seed/writeDatabase.ts";
import { ask } from "./engine.ts";
import type { AskIndex } from "./index.ts";
import { interpret } from "./interpret.ts";
import { scoreClaims } from "./rank.ts";

const SCALE = 4;
const api = useTestApp();
let dir: string;
let db: Db;
let big: AskIndex;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kuril-kg-ask-scale-"));
  const path = join(dir, "synthetic.sqlite");
  writeDatabase(path, synthesize(loadDataset(SEED_DIR), SCALE));
  db = openReadOnly(path);
  big = openDataset(db).ask;
}, 120_000);
afterAll(() => {
  db?.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ask at scale", () => {
  it.each([
    ["What did Putin say about the 1956 Declaration?"],
    ["Why does Russia want closer ties with Japan?"],
    ["How do Russia and Japan differ on the 1956 Declaration?"],
    ["What happened in 2001?"],
    ["Who wrote the article?"],
    ["What does the conclusion say about the peace treaty?"],
  ])("%s: one of the same best answers, from a bounded set of candidates", (q) => {
    const small = api.context().app.dataset.ask;
    expect(big.claims.length).toBe(SCALE * small.claims.length);
    // Copies quote the same sentences; collection statistics (bm25's idf, how specific an
    // entity is) shift a little with size, so the best answer is one of the article's best three.
    const quote = (index: AskIndex, id: string | undefined) =>
      id ? present(index.byId.get(id), `claim ${id}`).quote : "(none)";
    const best = quote(big, ask(big, q).answers[0]?.claimId);
    const top3 = ask(small, q)
      .answers.slice(0, 3)
      .map((a) => quote(small, a.claimId));
    expect(top3).toContain(best);
    const reading = interpret(big, q);
    const scored = scoreClaims(big, reading.parts[0] ?? reading);
    expect(scored.length).toBeLessThan(big.claims.length / 2);
  });
});
