import { describe, expect, it } from "vitest";
import { allPages, expectProblem, useTestApp } from "../../../test/helpers.ts";
import { nonEmpty, present } from "../../../test/lists.ts";
import { ClaimDetailSchema, ClaimPageSchema } from "./claims.schemas.ts";

const { get } = useTestApp();

async function claims(query: string) {
  const res = await get(`/v1/claims?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return ClaimPageSchema.parse(res.json()).items;
}

describe("GET /v1/claims", () => {
  it("gives Putin's 2001 affirmation about the 1956 Declaration, cited to endnote 16", async () => {
    const items = await claims("speaker=vladimir-putin&about=soviet-japanese-declaration-1956");
    expect(items.map((c) => c.id)).toContain("bg-putin-1956-declaration-still-valid-2001");
    const affirmation = present(
      items.find((c) => c.id === "bg-putin-1956-declaration-still-valid-2001"),
      "the 2001 affirmation",
    );
    expect(affirmation).toMatchObject({ kind: "statement", date: { text: "2001" } });
    expect(affirmation.citation).toMatchObject({ endnote: 16, chain: [16, 15, 8], rule: "paragraph-end" });
    expect(affirmation.evidence.selector.exact).toBe(affirmation.quote);
  });

  it("takes a name for speaker, and filters by kind, period, endnote and words", async () => {
    expect((await claims("speaker=Putin&about=1956%20Declaration")).map((c) => c.id)).toContain(
      "bg-putin-1956-declaration-still-valid-2001",
    );
    for (const c of nonEmpty(await claims("kind=fact&limit=200"))) expect(c.kind).toBe("fact");
    for (const c of nonEmpty(await claims("from=2013-11&to=2013-11&limit=200"))) {
      expect(c.date !== null && c.date.start <= "2013-11-30" && c.date.end >= "2013-11-01").toBe(true);
    }
    for (const c of nonEmpty(await claims("endnote=36"))) expect(c.citation.endnote).toBe(36);
    const trade = await claims("q=billion");
    expect(trade.map((c) => c.quote).join(" ")).toContain("$32 billion");
  });

  it("lists in reading order and pages without repeats", async () => {
    const seen = (await allPages(get, "/v1/claims?limit=50", ClaimPageSchema)).map((c) => c.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(150);
    // A reader meets the title first, then the body.
    expect(seen[0]).toBe("title-reset-in-russia-japan-relationship");
    expect(seen[1]).toMatch(/^intro-/);
  });

  it("answers an ambiguous or unknown name with a 400 that lists the matches", async () => {
    const body = expectProblem(await get("/v1/claims?about=Article%209"), 400);
    expect(body.errors).toEqual([{ pointer: "/query/about", message: expect.any(String) }]);
    expectProblem(await get("/v1/claims?speaker=Atlantis"), 400);
  });
});

describe("GET /v1/claims/{id}", () => {
  it("sets Japan's reading of the 1956 Declaration beside Russia's", async () => {
    const res = await get("/v1/claims/bg-japan-interpretation-1956-declaration");
    const claim = ClaimDetailSchema.parse(res.json());
    expect(claim.speaker.id).toBe("japan");
    expect(claim.beside.map((c) => c.id)).toContain("bg-russia-interpretation-1956-declaration");
  });

  it("answers an unknown id with a 404 problem", async () => {
    expectProblem(await get("/v1/claims/no-such-claim"), 404);
  });
});
