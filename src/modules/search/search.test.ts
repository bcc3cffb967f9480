import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, expectProblem, type TestContext } from "../../../test/helpers.ts";
import { nonEmpty, present } from "../../../test/lists.ts";
import { encodeCursor } from "../../http/pagination.ts";
import { hasControlCharacter, type SearchHit, type SearchPage } from "./search.schemas.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx?.close();
});

async function search(query: Record<string, string>) {
  return ctx.app.inject({ method: "GET", url: "/v1/search", query });
}

async function searchOk(query: Record<string, string>): Promise<SearchPage> {
  const res = await search(query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SearchPage;
}

describe("GET /v1/search: ranking and hits", () => {
  it("finds the 1956 Declaration by name first, then Putin's 2001 affirmation with its endnote", async () => {
    const page = await searchOk({ q: "1956 Declaration", limit: "20" });
    expect(page.mode).toBe("all");
    expect(page.ftsQuery).toBe('"1956" "declaration"');
    expect(page.items[0]).toMatchObject({
      type: "entity",
      id: "soviet-japanese-declaration-1956",
      title: "Soviet-Japanese Declaration of October 1956",
      section: null,
      endnote: null,
      link: "/v1/entities/soviet-japanese-declaration-1956",
    });
    expect(page.items[0]?.snippet).toContain("<mark>1956</mark> <mark>Declaration</mark>");

    const affirmation = page.items.find((h) => h.id === "bg-putin-1956-declaration-still-valid-2001");
    expect(affirmation).toMatchObject({
      type: "claim",
      endnote: 16,
      section: {
        id: "background-of-the-bellicose-relationship",
        heading: "Background of the Bellicose Relationship",
      },
      link: "/v1/claims/bg-putin-1956-declaration-still-valid-2001",
    });
    expect(affirmation?.title).toMatch(/Putin affirmed that the 1956 Declaration was still valid/);
    expect(affirmation?.snippet).toContain("<mark>");
    expect(affirmation?.text).not.toContain("<mark>");
    expect(affirmation?.text).toMatch(/1956 Declaration/);
  });

  it("ranks a name or alias match above passing mentions (a name outranks a sentence)", async () => {
    const page = await searchOk({ q: "Putin", limit: "50" });
    expect(page.items[0]).toMatchObject({ type: "entity", id: "vladimir-putin", title: "Vladimir Putin" });
    const best = page.items[0]?.score ?? 0;
    for (const hit of nonEmpty(page.items.filter((h) => h.type === "sentence")))
      expect(hit.score).toBeLessThan(best);
    // Aliases are searched too: the article's misspelling finds Lavrov.
    const lavrov = await searchOk({ q: "Sergie Lavrov", type: "entity" });
    expect(lavrov.items[0]?.id).toBe("sergei-lavrov");
  });

  it("returns positive scores, best first", async () => {
    const page = await searchOk({ q: "energy", limit: "100" });
    expect(page.items.length).toBeGreaterThan(5);
    const scores = page.items.map((h) => h.score);
    for (const s of scores) expect(s).toBeGreaterThan(0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("describes a sentence hit: its document, section heading as title, covering endnote, the sentence's link", async () => {
    const page = await searchOk({ q: "take a page from the United States", type: "sentence" });
    const hit = present(page.items[0], "the first hit");
    expect(hit).toMatchObject({
      type: "sentence",
      document: "russia-japan-reset",
      title: "Change in Attitude",
      section: { id: "change-in-attitude", heading: "Change in Attitude" },
      endnote: 17,
    });
    expect(hit.link).toBe(`/v1/documents/russia-japan-reset/sentences/${hit.id}`);
    expect((await ctx.app.inject({ method: "GET", url: hit.link })).json()).toMatchObject({
      id: hit.id,
      document: "russia-japan-reset",
    });
    expect(hit.text).toMatch(/^Putin in June 2013 at the St\. Petersburg International Economic Forum/);
    expect(hit.text).not.toMatch(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/);
  });

  it("describes an endnote hit, with the snippet HTML-escaped", async () => {
    const page = await searchOk({ q: "Mark A Smith Conflict Studies", type: "endnote" });
    expect(page.items[0]).toMatchObject({
      type: "endnote",
      id: "8",
      title: "Endnote 8",
      endnote: 8,
      section: { id: "endnotes" },
      link: "/v1/endnotes/8",
    });
    expect(page.items[0]?.text).toContain('Mark A Smith, "Russo-Japanese Relations"');

    const urls = await searchOk({ q: "sipri", type: "endnote" });
    const note11 = present(
      urls.items.find((h) => h.id === "11"),
      "endnote 11 among the hits",
    );
    expect(note11.text).toContain("<http://books.sipri.org/");
    expect(note11.snippet).toContain("&lt;http://books.<mark>sipri</mark>.org/");
    expect(note11.snippet).not.toContain("<http");
  });

  it("gives a claim quoted from an endnote's text the endnotes as its section", async () => {
    const page = await searchOk({ q: "32 billion", type: "claim" });
    expect(page.items[0]).toMatchObject({
      type: "claim",
      id: "econ-russia-japan-trade-2012",
      endnote: 24,
      section: { id: "endnotes", heading: "Endnote 24" },
    });
  });
});

describe("GET /v1/search: filters", () => {
  it("filters by a comma-separated list of types", async () => {
    const page = await searchOk({ q: "Abe", type: "claim,endnote", limit: "100" });
    expect(page.items.length).toBeGreaterThan(3);
    expect(new Set(page.items.map((h) => h.type))).toEqual(new Set(["claim", "endnote"]));
  });

  it("filters by section, sub-sections included", async () => {
    const parent = await searchOk({ q: "energy", section: "dynamics-of-engagement", limit: "100" });
    expect(parent.items.length).toBeGreaterThan(3);
    const sections = new Set(parent.items.map((h) => h.section?.id));
    expect(sections.has("economy-and-energy")).toBe(true);
    for (const id of sections) {
      expect(["dynamics-of-engagement", "economy-and-energy", "security-and-defence"]).toContain(id);
    }
    const child = await searchOk({ q: "energy", section: "economy-and-energy", limit: "100" });
    expect(child.items.every((h) => h.section?.id === "economy-and-energy")).toBe(true);
    const notes = await searchOk({ q: "Ibid", section: "endnotes", limit: "100" });
    expect(notes.items.map((h) => h.id)).toEqual(expect.arrayContaining(["7", "16", "28"]));
    expect(notes.items.every((h) => h.section?.id === "endnotes")).toBe(true);
  });

  it("answers 400 listing the valid ids for an unknown section, and for an unknown type", async () => {
    const section = expectProblem(await search({ q: "Putin", section: "nowhere" }), 400);
    expect(section.detail).toContain("background-of-the-bellicose-relationship");
    expect(section.detail).toContain("economy-and-energy");
    expect(section.errors).toEqual([expect.objectContaining({ pointer: "/query/section" })]);
    const type = expectProblem(await search({ q: "Putin", type: "claim,person" }), 400);
    expect(type.errors).toEqual([expect.objectContaining({ pointer: "/query/type" })]);
    expect(type.detail).toContain('"person"');
  });
});

describe("GET /v1/search: escaped input, fallback and raw mode", () => {
  it.each([
    ['"Putin', "a lone quote"],
    ["NEAR(Putin Abe", "an unclosed NEAR("],
    ["Putin*", "a star"],
    ["-Putin", "a leading minus"],
    ["Putin:Abe", "a colon"],
    ["(Putin", "an unbalanced bracket"],
    ["Putin AND OR NOT", "bare operators"],
    ["' OR 1=1 --", "SQL"],
  ])("treats %s (%s) as plain text", async (q) => {
    const page = await searchOk({ q });
    expect(["all", "any"]).toContain(page.mode);
    expect(Array.isArray(page.items)).toBe(true);
  });

  it("finds Putin through FTS syntax typed as plain text", async () => {
    const page = await searchOk({ q: 'NEAR("Putin"' });
    expect(page.items.some((h) => h.id === "vladimir-putin")).toBe(true);
  });

  it("falls back to any word when nothing has them all, and says so", async () => {
    const page = await searchOk({ q: "Putin xylophone" });
    expect(page.mode).toBe("any");
    expect(page.interpretation).toMatch(/No item has all of the words "putin", "xylophone"/);
    expect(page.items[0]?.id).toBe("vladimir-putin");
    // An explicit mode=all does not fall back.
    const strict = await searchOk({ q: "Putin xylophone", mode: "all" });
    expect(strict).toMatchObject({ mode: "all", items: [], nextCursor: null });
  });

  it("keeps the fallback on the next pages, and all words on a page past the last hit", async () => {
    const first = await searchOk({ q: "Putin xylophone", limit: "2" });
    expect(first.mode).toBe("any");
    const second = await searchOk({ q: "Putin xylophone", limit: "2", cursor: present(first.nextCursor) });
    expect(second.mode).toBe("any");
    expect(second.interpretation).toBe(first.interpretation);
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.map((h) => h.id)).not.toContain(first.items[0]?.id);

    // Every hit of "peace treaty" has both words; a page after the last one is empty and still says so.
    const all = await searchOk({ q: "peace treaty", limit: "100" });
    expect(all.mode).toBe("all");
    expect(all.nextCursor).toBeNull();
    const past = await searchOk({
      q: "peace treaty",
      limit: "1",
      cursor: encodeCursor(all.items.length),
    });
    expect(past).toMatchObject({ mode: "all", items: [], nextCursor: null });
    expect(past.interpretation).toBe(all.interpretation);
  });

  it("answers an input with no word (emoji, punctuation) with an empty list", async () => {
    for (const q of ["😀🇯🇵", "***", '"', "()"]) {
      const page = await searchOk({ q });
      expect(page).toMatchObject({ items: [], ftsQuery: null, nextCursor: null });
      expect(page.interpretation).toMatch(/no word/);
    }
  });

  it("passes mode=raw to FTS5 as written", async () => {
    const near = await searchOk({ q: "NEAR(Abe Putin, 5)", mode: "raw", type: "sentence" });
    expect(near.mode).toBe("raw");
    expect(near.items.length).toBeGreaterThan(0);
    const names = await searchOk({ q: "name : putin", mode: "raw" });
    expect(names.items.every((h) => h.type === "entity")).toBe(true);
  });

  it.each([
    ["NEAR(putin", /fts5: syntax error/],
    ['"unbalanced', /unterminated string/],
    ["putin AND", /fts5: syntax error/],
    ["nosuchcolumn: putin", /no such column/],
    ["*", /unknown special query/],
  ])("answers a raw syntax error (%s) with a 400 naming it", async (q, detail) => {
    const body = expectProblem(await search({ q, mode: "raw" }), 400);
    expect(body.detail).toMatch(detail);
    expect(body.errors).toEqual([expect.objectContaining({ pointer: "/query/q" })]);
  });

  it("refuses a missing, overlong or binary q", async () => {
    expectProblem(await ctx.app.inject({ method: "GET", url: "/v1/search" }), 400);
    expectProblem(await search({ q: "" }), 400);
    expectProblem(await search({ q: "x".repeat(501) }), 400);
    expect((await search({ q: "x ".repeat(250) })).statusCode).toBe(200);
    const nul = expectProblem(await search({ q: "Putin\u0000" }), 400);
    expect(nul.errors).toEqual([expect.objectContaining({ pointer: "/query/q" })]);
    expectProblem(await search({ q: "Putin\u001b[31m" }), 400);
  });
});

describe("GET /v1/search: pagination", () => {
  it("pages through every hit once, with a Link header", async () => {
    const all = await searchOk({ q: "Putin", limit: "200" });
    expect(all.items.length).toBeGreaterThan(30);
    expect(all.nextCursor).toBeNull();
    const seen: SearchHit[] = [];
    let cursor: string | null = null;
    do {
      const res = await search({ q: "Putin", limit: "25", ...(cursor ? { cursor } : {}) });
      const page = res.json() as SearchPage;
      if (page.nextCursor) expect(res.headers.link).toContain('rel="next"');
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((h) => `${h.type}:${h.id}`)).toEqual(all.items.map((h) => `${h.type}:${h.id}`));
  });

  it("answers 400 to a tampered cursor and an out-of-range limit", async () => {
    expectProblem(await search({ q: "Japan", cursor: "not-a-cursor" }), 400);
    const negative = Buffer.from(JSON.stringify({ v: 1, k: -5 })).toString("base64url");
    expectProblem(await search({ q: "Japan", cursor: negative }), 400);
    const text = Buffer.from(JSON.stringify({ v: 1, k: "abc" })).toString("base64url");
    expectProblem(await search({ q: "Japan", cursor: text }), 400);
    const limit = expectProblem(await search({ q: "Japan", limit: "0" }), 400);
    expect(limit.errors).toEqual([expect.objectContaining({ pointer: "/query/limit" })]);
  });
});

describe("GET /v1/search: no input makes it fail", () => {
  const ftsSyntax = fc.constantFrom(
    '"',
    "*",
    "-",
    ":",
    "^",
    "NEAR(",
    "NEAR(a b, 5)",
    "(",
    ")",
    "{name body}:",
    " AND ",
    " OR ",
    " NOT ",
    "' OR 1=1 --",
    "\u0000",
    "😀",
    "Putin",
    "1956",
    "Declaration",
    "é",
    "\\",
    "%",
    "+",
  );
  const hostile = fc
    .array(fc.oneof(ftsSyntax, fc.string({ unit: "binary", maxLength: 20 })), { maxLength: 12 })
    .map((parts) => parts.join(""));

  it("answers 200 or a 400 problem, in every mode", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(undefined, "all", "any", "raw"), async (q, mode) => {
        const res = await search({ q, ...(mode ? { mode } : {}) });
        if (res.statusCode === 200) {
          const page = res.json() as SearchPage;
          expect(page.query).toBe(q);
          return;
        }
        expectProblem(res, 400);
        // Plain text only fails on what the schema refuses: empty, control characters, length.
        if (mode !== "raw") expect(q === "" || hasControlCharacter(q) || q.length > 500).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
