// The in-memory ranking and page (searchPlain) against FTS5's (searchIndex, which asks SQLite for
// ranks, highlights and snippets): the same rows, scores, order and snippets, for every word of
// the texts, random combinations of them in both modes, filters and offsets.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, seedWithSecondDocument, type TestContext } from "../../../test/helpers.ts";
import { plainFtsQuery } from "../../lib/fts.ts";
import { queryTerm, tokenBounds } from "./fts5-text.ts";
import { buildIndex, MEMORY_INDEX_MAX_ROWS, memoryIndex } from "./ranking.ts";
import { hydrateHits, type IndexRow, type SearchFilters, searchIndex, searchPlain } from "./search.repo.ts";

let ctx: TestContext;
let words: string[];

beforeAll(async () => {
  ctx = await createTestApp({ RESPONSE_CACHE: "off" }, seedWithSecondDocument());
  const all = new Set<string>();
  for (const row of memoryIndex(ctx.app.dataset)?.rows ?? [])
    for (const text of [row.name, row.body]) {
      const bounds = tokenBounds(text) ?? [];
      for (let t = 0; t < bounds.length; t += 2) all.add(text.slice(bounds[t], bounds[t + 1]).toLowerCase());
    }
  words = [...all].sort();
});
afterAll(async () => {
  await ctx?.close();
});

/** Compares the two for one query; returns how many rows the page had. */
function compare(list: string[], mode: "all" | "any", filters: SearchFilters, limit: number, offset: number) {
  const data = ctx.app.dataset;
  const terms = list.map(queryTerm);
  if (!terms.every((t) => t !== null)) throw new Error(`not plain: ${list.join(" ")}`);
  const fts = plainFtsQuery(list.join(" "), mode) ?? "";
  const fast = searchPlain(data, terms as string[], mode, filters, limit, offset);
  const reference = searchIndex(data, fts, filters, limit, offset);
  if (!fast) throw new Error(`not ranked in memory: ${fts}`);
  // The same rows in the same order with the same scores, and the same hits (snippets included).
  const key = (rows: IndexRow[]) => rows.map((r) => [r.kind, r.ref, r.document, r.section, r.score]);
  expect({ fts, filters, limit, offset, rows: key(fast) }).toEqual({
    fts,
    filters,
    limit,
    offset,
    rows: key(reference),
  });
  expect({ fts, filters, limit, offset, hits: hydrateHits(data, fast) }).toEqual({
    fts,
    filters,
    limit,
    offset,
    hits: hydrateHits(data, reference),
  });
  return reference.length;
}

describe("search ranked in memory", () => {
  it("reads the whole index (every row, with FTS5's scores' inputs)", () => {
    const index = memoryIndex(ctx.app.dataset);
    expect(index).not.toBeNull();
    const count = ctx.db.$client.prepare("SELECT count(*) AS n FROM search_index").pluck().get();
    expect(index?.rows.length).toBe(count);
    expect(index?.postings.size).toBeGreaterThan(1000);
    // The kind weights written into the SQL are the very numbers the ranking multiplies by.
    expect(ctx.db.$client.prepare("SELECT 1.1 = ? AND 0.7 = ? AS same").pluck().get(1.1, 0.7)).toBe(1);
  });

  it("leaves a larger index to FTS5", () => {
    const rows = memoryIndex(ctx.app.dataset)?.rows.length ?? 0;
    expect(rows).toBeLessThanOrEqual(MEMORY_INDEX_MAX_ROWS);
    expect(buildIndex(ctx.app.dataset, rows - 1)).toBeNull();
    expect(buildIndex(ctx.app.dataset, rows)?.rows.length).toBe(rows);
  });

  it("reads nothing from a file that holds another dataset than the one served", () => {
    expect(buildIndex({ ...ctx.app.dataset, version: "another-version" })).toBeNull();
    expect(buildIndex(ctx.app.dataset)).not.toBeNull();
  });

  it("gives FTS5's page for every word of the texts", () => {
    let rows = 0;
    for (const word of words) rows += compare([word], "all", {}, 100, 0);
    expect(rows).toBeGreaterThan(5000);
  });

  it("gives FTS5's page for several words, repeated words, in both modes, with filters and offsets", () => {
    const sections = ["endnotes", "background-of-the-bellicose-relationship", "byline"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("all" as const, "any" as const),
        fc.boolean(),
        fc.record(
          {
            kinds: fc.subarray(["sentence", "claim", "entity", "endnote"] as const, { minLength: 1 }),
            sections: fc.subarray(sections, { minLength: 1 }),
            document: fc.constantFrom("russia-japan-reset", "no-such-document"),
          },
          { requiredKeys: [] },
        ),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        (list, mode, repeat, filters, limit, offset) => {
          compare(repeat ? [...list, list[0] ?? ""] : list, mode, filters, limit, offset);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives FTS5's page for common queries (the benchmark's among them)", () => {
    for (const q of ["peace treaty", "japan", "putin", "1956 declaration", "the", "of the", "kuril islands"])
      for (const mode of ["all", "any"] as const)
        for (const [limit, offset] of [
          [50, 0],
          [20, 0],
          [5, 5],
          [100, 0],
        ] as const)
          compare(q.split(" "), mode, {}, limit, offset);
  });
});
