import { describe, expect, it } from "vitest";
import { allPages, expectProblem, useTestApp } from "../../../test/helpers.ts";
import { EntityDetailSchema, EntityPageSchema } from "./entities.schemas.ts";

const { get } = useTestApp();

async function find(q: string, extra = "") {
  const res = await get(`/v1/entities?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return EntityPageSchema.parse(res.json());
}

/** Follows nextCursor to the end and returns every item id. */
async function walk(url: string): Promise<string[]> {
  return (await allPages(get, url, EntityPageSchema)).map((e) => e.id);
}

describe("GET /v1/entities?q=", () => {
  it.each([
    ["Losyukov", "alexander-losyukov"],
    ["Aleksand Losyukov", "alexander-losyukov"],
    ["Sergie Lavrov", "sergei-lavrov"],
    ["Russia’s foreign minister", "sergei-lavrov"],
    ["Asia-Pacific Economic Corporation", "apec"],
    ["Habomai Rocks", "habomai"],
    ["no-necktie", "yeltsin-hashimoto-summits"],
    ["Putin's", "vladimir-putin"],
    ["USSR-Japanese Declaration", "soviet-japanese-declaration-1956"],
    ["SHIKOTAN", "shikotan"],
    ["Japanese Prime Minister Abe", "shinzo-abe"],
    // A leading article is not part of the name; a surname finds the person before the meeting.
    ["the Kuriles", "kuril-islands"],
    ["Kaifu", "toshiki-kaifu"],
    ["Mori", "yoshiro-mori"],
  ])("finds %s as %s, best match first", async (q, id) => {
    const page = await find(q);
    expect(page.items[0]?.id).toBe(id);
    expect(page.items[0]?.matchedAlias).toEqual(expect.any(String));
  });

  it("reports the misspelling the article uses as the matched alias", async () => {
    const page = await find("Sergie Lavrov");
    expect(page.items[0]).toMatchObject({
      id: "sergei-lavrov",
      type: "actor",
      kind: "person",
      name: "Sergei Lavrov",
      matchedAlias: "Sergie Lavrov",
    });
    expect(page.items[0]?.aliases).toContain("Sergie Lavrov");
  });

  it("finds Moscow the city and, through the metonym, Russia", async () => {
    const page = await find("Moscow");
    const ids = page.items.map((i) => i.id);
    expect(ids[0]).toBe("moscow");
    expect(ids).toContain("russia");
    expect(page.items.find((i) => i.id === "russia")?.matchedAlias).toBe("Moscow");
    // Exact matches rank before the summits whose names merely contain "Moscow".
    expect(ids.indexOf("russia")).toBeLessThan(ids.indexOf("abe-putin-summit-2013-04"));
  });

  it("tells the two Article 9s apart", async () => {
    const ids = (await find("Article 9")).items.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(["article-9-of-the-1956-declaration", "article-9-of-the-japanese-constitution"]),
    );
  });

  it("combines q with type", async () => {
    const page = await find("Moscow", "&type=actor");
    expect(page.items.map((i) => i.id)).not.toContain("moscow");
    expect(page.items.every((i) => i.type === "actor")).toBe(true);
  });

  it("answers an empty page for a name nobody has", async () => {
    expect((await find("Napoleon Bonaparte")).items).toEqual([]);
    expect((await find("'s")).items).toEqual([]);
  });

  it("walks the ranked results page by page without repeats", async () => {
    const all = (await find("summit", "&limit=200")).items.map((i) => i.id);
    expect(all.length).toBeGreaterThan(3);
    const walked = await walk("/v1/entities?q=summit&limit=2");
    expect(walked).toEqual(all);
  });
});

describe("GET /v1/entities", () => {
  it("lists every entity by id, page by page, without repeats", async () => {
    const res = await get("/v1/entities?limit=200");
    const all = EntityPageSchema.parse(res.json()).items.map((i) => i.id);
    expect(all.length).toBeGreaterThan(100);
    expect([...all].sort()).toEqual(all);
    const walked = await walk("/v1/entities?limit=17");
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it("filters by collection and by finer kind", async () => {
    const actors = EntityPageSchema.parse((await get("/v1/entities?type=actor&limit=200")).json()).items;
    expect(actors.every((a) => a.type === "actor")).toBe(true);
    expect(actors.map((a) => a.id)).toEqual(expect.arrayContaining(["vladimir-putin", "japan", "apec"]));

    const people = EntityPageSchema.parse((await get("/v1/entities?type=person&limit=200")).json()).items;
    expect(people.every((p) => p.kind === "person")).toBe(true);
    expect(people.map((p) => p.id)).toContain("toshiki-kaifu");

    const cities = EntityPageSchema.parse((await get("/v1/entities?type=city")).json()).items;
    expect(cities.map((c) => c.id)).toEqual(expect.arrayContaining(["moscow", "tokyo", "vladivostok"]));
    // Beijing is only a metonym of China in the article, never a place (issue 9).
    expect(cities.map((c) => c.id)).not.toContain("beijing");

    // `place` is the type (every place); type=island or kind=island the islands proper.
    const places = EntityPageSchema.parse((await get("/v1/entities?type=place&limit=200")).json()).items;
    expect(places.map((p) => p.id)).toContain("moscow");
    expect(places.every((p) => p.type === "place")).toBe(true);
    const islands = EntityPageSchema.parse((await get("/v1/entities?kind=island&limit=200")).json()).items;
    expect(islands.map((i) => i.id)).toEqual(
      expect.arrayContaining(["shikotan", "habomai", "kunashir", "iturup"]),
    );
    expect(islands.map((i) => i.id)).not.toContain("moscow");
  });

  it("rejects bad input with a problem", async () => {
    expectProblem(await get("/v1/entities?type=planet"), 400);
    expectProblem(await get("/v1/entities?limit=0"), 400);
    expectProblem(await get("/v1/entities?limit=201"), 400);
    expectProblem(await get(`/v1/entities?q=${"x".repeat(201)}`), 400);
    expectProblem(await get("/v1/entities?cursor=not*a*cursor"), 400);
    expectProblem(await get("/v1/entities?cursor=eyJ2IjoxfQ"), 400);
    // A cursor of the id-ordered list does not continue a ranked search.
    const first = EntityPageSchema.parse((await get("/v1/entities?limit=1")).json());
    expectProblem(await get(`/v1/entities?q=Putin&cursor=${first.nextCursor}`), 400);
  });
});

describe("GET /v1/entities/{id}", () => {
  it("ties an entity named only in the author's line to that line, with a relation backed by it", async () => {
    const res = await get("/v1/entities/indian-council-of-world-affairs");
    const body = EntityDetailSchema.parse(res.json());
    expect(body.mentions).toContainEqual(
      expect.objectContaining({
        sentenceId: null,
        endnote: null,
        section: { id: "byline", heading: "About the author" },
        text: "Dr. Indrani Talukdar is Research Fellow at Indian Council of World Affairs, New Delhi.",
      }),
    );
    const located = body.relations.find((r) => r.type === "located_in");
    expect(located).toMatchObject({
      other: { id: "new-delhi" },
      citation: { endnote: null, rule: "uncited" },
    });
    expect(located?.evidence.selector).toMatchObject({
      in: "byline",
      exact: "Indian Council of World Affairs, New Delhi",
    });
  });

  it("gives Putin's aliases, typed details, mentions, relations and claims", async () => {
    const res = await get("/v1/entities/vladimir-putin");
    expect(res.statusCode, res.body).toBe(200);
    const putin = EntityDetailSchema.parse(res.json());
    expect(putin).toMatchObject({
      id: "vladimir-putin",
      type: "actor",
      kind: "person",
      name: "Vladimir Putin",
    });
    expect(putin.aliases).toContainEqual({ text: "Vladimir Putin", form: "name" });
    expect(putin.aliases.map((a) => a.text)).toContain("Russian President Vladimir Putin");
    expect(putin.details).toMatchObject({
      type: "actor",
      role: "Russian President",
      country: { id: "russia" },
    });

    const mention = putin.mentions.find((m) => m.sentenceId !== null);
    expect(mention?.text).toContain(mention?.surface);
    expect(mention?.section.heading).toEqual(expect.any(String));

    const leader = putin.relations.find((r) => r.type === "leader_of");
    expect(leader).toMatchObject({ direction: "out", other: { id: "russia" }, citation: { endnote: 3 } });
    expect(leader?.evidence.selector.exact).toContain("Vladimir Putin");
    const meeting = putin.relations.find((r) => r.other.id === "abe-putin-summit-2013-04");
    expect(meeting?.type).toBe("participated_in");

    const affirmation = putin.claims.find((c) => c.id === "bg-putin-1956-declaration-still-valid-2001");
    expect(affirmation?.citation.endnote).toBe(16);
    expect(affirmation?.evidence.text).toContain("1956 Declaration was still valid");
    expect(putin.claimCount).toBeGreaterThanOrEqual(putin.claims.length);
    expect(putin.claims.length).toBeLessThanOrEqual(50);
  });

  it("keeps Article 9 of the 1956 Declaration and Article 9 of the Japanese Constitution apart", async () => {
    const declaration = EntityDetailSchema.parse(
      (await get("/v1/entities/article-9-of-the-1956-declaration")).json(),
    );
    const constitution = EntityDetailSchema.parse(
      (await get("/v1/entities/article-9-of-the-japanese-constitution")).json(),
    );
    expect(declaration.id).not.toBe(constitution.id);
    expect(declaration.details).toMatchObject({
      type: "treaty",
      date: "1956-10",
      partOf: { id: "soviet-japanese-declaration-1956" },
    });
    expect(constitution.details).toMatchObject({ type: "treaty", partOf: { id: "japanese-constitution" } });
    if (constitution.details.type !== "treaty") throw new Error("not a treaty");
    expect(constitution.details.provisions.join(" ")).toContain("war");
    // The 1956 article is named in the body (s17) and in endnote 9's explanatory text.
    expect(declaration.mentions.some((m) => m.text.includes("Article 9 of the 1956 Declaration"))).toBe(true);
    expect(declaration.mentions.some((m) => m.endnote === 9 && m.section.heading === "Endnote 9")).toBe(true);
  });

  it("gives an island's administrator and claimant, each backed by evidence", async () => {
    const shikotan = EntityDetailSchema.parse((await get("/v1/entities/shikotan")).json());
    expect(shikotan.details).toMatchObject({
      type: "place",
      group: { id: "south-kurils" },
      administeredBy: { id: "russia" },
      claimedBy: [{ id: "japan" }, { id: "russia" }],
    });
    const claim = shikotan.relations.find((r) => r.type === "claims" && r.other.id === "japan");
    expect(claim).toMatchObject({ direction: "in", other: { id: "japan" } });
    expect(claim?.evidence.text).toContain("Shikotan");
    expect(claim?.citation.rule).toMatch(/marker|paragraph-end/);
  });

  it("404s an unknown id, and does not take a name for an id", async () => {
    const body = expectProblem(await get("/v1/entities/no-such-entity"), 404);
    expect(body.detail).toContain("/v1/entities?q=");
    expectProblem(await get("/v1/entities/Putin"), 404);
    expectProblem(await get(`/v1/entities/${"x".repeat(201)}`), 400);
  });
});
