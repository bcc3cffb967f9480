// The JavaScript highlight() and snippet() (fts5-text.ts) against FTS5's own, on the real index:
// every indexed text tokenized as the table's tokenizer does, every word of the article searched,
// random word combinations in both modes, and the search's page rows either way.
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, seedWithSecondDocument, type TestContext } from "../../../test/helpers.ts";
import { plainFtsQuery } from "../../lib/fts.ts";
import { highlight, porter, queryTerm, snippet, tokenBounds, tokenize } from "./fts5-text.ts";
import { searchIndex } from "./search.repo.ts";

const OPEN = "\u0001";
const CLOSE = "\u0002";

let ctx: TestContext;
let db: Database.Database;
interface Row {
  id: number;
  kind: string;
  name: string;
  body: string;
}
let rows: Row[];
let words: string[];

beforeAll(async () => {
  // The article and the second document: more texts than the article alone.
  ctx = await createTestApp({ RESPONSE_CACHE: "off" }, seedWithSecondDocument());
  db = ctx.db.$client;
  rows = db.prepare("SELECT rowid AS id, kind, name, body FROM search_index ORDER BY rowid").all() as Row[];
  const all = new Set<string>();
  for (const row of rows)
    for (const text of [row.name, row.body])
      for (const token of tokenize(text) ?? []) all.add(text.slice(token.start, token.end).toLowerCase());
  words = [...all].sort();
});
afterAll(async () => {
  await ctx?.close();
});

/** FTS5's highlight of the name and snippet of the body for every row matching `query`. */
function fts5(query: string): Map<number, { name: string; body: string }> {
  const out = new Map<number, { name: string; body: string }>();
  const stmt = db.prepare(
    "SELECT rowid AS id, highlight(search_index, 3, char(1), char(2)) AS name, snippet(search_index, 4, char(1), char(2), '…', 24) AS body FROM search_index WHERE search_index MATCH ?",
  );
  for (const r of stmt.all(query) as { id: number; name: string; body: string }[])
    out.set(r.id, { name: r.name, body: r.body });
  return out;
}

function compare(wordsOfQuery: string[], mode: "all" | "any"): number {
  const query = plainFtsQuery(wordsOfQuery.join(" "), mode);
  if (!query) return 0;
  const terms = wordsOfQuery.map(queryTerm);
  expect(terms.every((t) => t !== null)).toBe(true);
  const byId = new Map(rows.map((r) => [r.id, r]));
  let compared = 0;
  for (const [id, expected] of fts5(query)) {
    const row = byId.get(id);
    if (!row) throw new Error(`row ${id} missing`);
    const nameBounds = tokenBounds(row.name);
    const bodyBounds = tokenBounds(row.body);
    if (!nameBounds || !bodyBounds) continue;
    const t = terms as string[];
    expect({ query, id, name: highlight(row.name, nameBounds, t, OPEN, CLOSE) }).toEqual({
      query,
      id,
      name: expected.name,
    });
    expect({ query, id, body: snippet(row.body, bodyBounds, t, OPEN, CLOSE, "…", 24) }).toEqual({
      query,
      id,
      body: expected.body,
    });
    compared++;
  }
  return compared;
}

/** An in-memory FTS5 table with the index's tokenizer: the terms FTS5 itself reads from a text, one row per text. */
function fts5Terms() {
  const mem = new Database(":memory:");
  mem.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2')");
  mem.exec("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)");
  const insert = mem.prepare("INSERT INTO t (rowid, x) VALUES (?, ?)");
  const read = mem.prepare("SELECT term FROM v WHERE doc = ? ORDER BY offset");
  let id = 0;
  return {
    termsOf(text: string): string[] {
      id++;
      insert.run(id, text);
      return (read.all(id) as { term: string }[]).map((r) => r.term);
    },
    rows: () => id,
    close: () => mem.close(),
  };
}

describe("FTS5 text functions in JavaScript", () => {
  it("tokenizes every indexed text as the table's tokenizer does (terms and their order)", () => {
    // fts5vocab lists every token FTS5 indexed: its row, column, position and term. A second
    // connection, since the app's is read-only (a temp table is one connection's own).
    const reader = new Database(ctx.config.databasePath, { readonly: true });
    reader.exec("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, search_index, instance)");
    const instances = reader
      .prepare("SELECT doc, col, offset, term FROM temp.search_terms ORDER BY doc, col, offset")
      .all() as { doc: number; col: string; offset: number; term: string }[];
    reader.close();
    const expected = new Map<string, string[]>();
    for (const i of instances) {
      const key = `${i.doc}/${i.col}`;
      const list = expected.get(key) ?? [];
      list[i.offset] = i.term;
      expected.set(key, list);
    }
    let read = 0;
    let unread = 0;
    for (const row of rows) {
      for (const col of ["name", "body"] as const) {
        const tokens = tokenize(row[col]);
        if (!tokens) {
          unread++;
          continue;
        }
        read++;
        expect({ row: row.id, col, terms: tokens.map((t) => t.term) }).toEqual({
          row: row.id,
          col,
          terms: expected.get(`${row.id}/${col}`) ?? [],
        });
      }
    }
    // The article's texts are ASCII and typographic punctuation: all of them are read here.
    expect(read).toBeGreaterThan(800);
    expect(unread).toBeLessThan(read / 20);
  });

  it("stems as FTS5's porter tokenizer does, for any ASCII word", () => {
    const fts5 = fts5Terms();
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,70}$/), { minLength: 1, maxLength: 20 }),
        (list) => {
          expect(fts5.termsOf(list.join(" "))).toEqual(list.map(porter));
        },
      ),
      { numRuns: 400 },
    );
    // Words that exercise every step.
    const samples =
      "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate rate cease controll roll agreement 1956 1950s yes aed eed ies ses sss";
    const list = samples.split(" ");
    expect(fts5.termsOf(list.join(" "))).toEqual(list.map(porter));
    fts5.close();
  });

  it("reads as separators the non-ASCII characters it accepts, and refuses others", () => {
    const fts5 = fts5Terms();
    for (let c = 0x80; c < 0x2100; c++) {
      const text = `ab${String.fromCharCode(c)}cd`;
      const tokens = tokenize(text);
      if (!tokens) continue;
      expect({ c, terms: fts5.termsOf(text) }).toEqual({ c, terms: ["ab", "cd"] });
    }
    expect(fts5.rows()).toBeGreaterThan(30);
    for (const text of ["café", "naïve", "Ōno", "a\u0000b", "日本"]) expect(tokenize(text)).toBeNull();
    fts5.close();
  });

  it("highlights names and snips bodies as FTS5 does, for every word of the texts", () => {
    let compared = 0;
    for (const word of words) compared += compare([word], "all");
    expect(compared).toBeGreaterThan(5000);
  });

  it("highlights and snips as FTS5 does for several words, repeated words, in both modes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 5 }),
        fc.constantFrom("all" as const, "any" as const),
        fc.boolean(),
        (list, mode, repeat) => {
          const query = repeat ? [...list, list[0] ?? ""] : list;
          compare(query, mode);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same page rows as FTS5's snippets, for plain searches with filters and offsets", () => {
    const data = ctx.app.dataset;
    const queries = [
      "peace treaty",
      "japan",
      "putin",
      "1956 declaration",
      "kuril islands",
      "energy",
      "the",
      "abe",
    ];
    for (const q of queries) {
      const list = q.split(" ");
      const terms = list.map(queryTerm) as string[];
      for (const mode of ["all", "any"] as const) {
        const fts = plainFtsQuery(q, mode) ?? "";
        for (const filters of [
          {},
          { kinds: ["claim" as const, "entity" as const] },
          { sections: ["endnotes"] },
        ]) {
          for (const [limit, offset] of [
            [50, 0],
            [5, 0],
            [5, 5],
            [100, 0],
          ] as const) {
            const fast = searchIndex(data, fts, filters, limit, offset, terms);
            const reference = searchIndex(data, fts, filters, limit, offset);
            expect({ q, mode, filters, limit, offset, rows: fast }).toEqual({
              q,
              mode,
              filters,
              limit,
              offset,
              rows: reference,
            });
          }
        }
      }
    }
  });
});
