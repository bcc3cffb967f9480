import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { allPages, expectProblem, useTestApp } from "../../../test/helpers.ts";
import { nonEmpty, present } from "../../../test/lists.ts";
import {
  ActorPageSchema,
  IslandPageSchema,
  SummitPageSchema,
  SummitSchema,
  TreatyPageSchema,
  TreatySchema,
} from "./collections.schemas.ts";

const { get } = useTestApp();

async function page<S extends z.ZodType>(schema: S, url: string): Promise<z.infer<S>> {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return schema.parse(res.json());
}

/** Follows nextCursor to the end and returns every item id. */
async function walk(
  url: string,
  schema: typeof ActorPageSchema | typeof SummitPageSchema,
): Promise<string[]> {
  return (await allPages<{ id: string }>(get, url, schema)).map((item) => item.id);
}

describe("GET /v1/summits", () => {
  it("finds the 1991 meeting of Gorbachev with Toshiki Kaifu by participant", async () => {
    const { items } = await page(SummitPageSchema, "/v1/summits?participant=mikhail-gorbachev");
    expect(items.map((s) => s.id)).toEqual(["gorbachev-kaifu-meeting-1991"]);
    expect(items[0]).toMatchObject({
      type: "event",
      kind: "meeting",
      date: "1991",
      dateStart: "1991-01-01",
    });
    expect(items[0]?.participants.map((p) => p.id)).toEqual(["mikhail-gorbachev", "toshiki-kaifu"]);
    // A name resolves through the aliases.
    const byName = await page(
      SummitPageSchema,
      "/v1/summits?participant=Soviet%20President%20Mikhail%20Gorbachev",
    );
    expect(byName.items.map((s) => s.id)).toEqual(["gorbachev-kaifu-meeting-1991"]);
  });

  it("finds the Yeltsin–Hashimoto summit by year", async () => {
    const { items } = await page(SummitPageSchema, "/v1/summits?year=1997");
    const ids = items.map((s) => s.id);
    expect(ids).toContain("yeltsin-hashimoto-summit-1997-11");
    expect(ids).not.toContain("yeltsin-hashimoto-summit-1998-04");
    const summit = items.find((s) => s.id === "yeltsin-hashimoto-summit-1997-11");
    expect(summit?.participants.map((p) => p.id).sort()).toEqual(["boris-yeltsin", "hashimoto"]);
    expect(summit?.date).toBe("1997-11");
    // Every summit listed overlaps 1997.
    for (const s of nonEmpty(items)) {
      const [start, end] = [present(s.dateStart, `${s.id}'s start`), present(s.dateEnd, `${s.id}'s end`)];
      expect(start <= "1997-12-31" && end >= "1997-01-01", s.id).toBe(true);
    }
  });

  it("filters by place and kind", async () => {
    const inMoscow = await page(SummitPageSchema, "/v1/summits?place=moscow");
    expect(inMoscow.items.map((s) => s.id)).toEqual([
      "xi-visit-to-moscow-2013-03",
      "abe-putin-summit-2013-04",
    ]);
    const visits = await page(SummitPageSchema, "/v1/summits?kind=visit");
    expect(visits.items.every((s) => s.kind === "visit")).toBe(true);
    expect(visits.items.map((s) => s.id)).toContain("yeltsin-visit-to-tokyo-1993");
  });

  it("lists in chronological order, undated last, and pages without repeats", async () => {
    const { items } = await page(SummitPageSchema, "/v1/summits?limit=200");
    const starts = items.flatMap((s) => (s.dateStart === null ? [] : [s.dateStart]));
    expect(starts).toEqual([...starts].sort());
    expect(items.slice(0, starts.length).every((s) => s.dateStart !== null)).toBe(true);
    expect(items[0]?.id).toBe("gorbachev-kaifu-meeting-1991");
    const walked = await walk("/v1/summits?limit=4", SummitPageSchema);
    expect(walked).toEqual(items.map((s) => s.id));
  });

  it("gets one summit, and 404s an id of another collection", async () => {
    const res = await get("/v1/summits/abe-putin-summit-2013-04");
    const summit = SummitSchema.parse(res.json());
    expect(summit).toMatchObject({ date: "2013-04", place: { id: "moscow" } });
    expect(summit.participants.map((p) => p.id)).toEqual(["shinzo-abe", "vladimir-putin"]);
    const body = expectProblem(await get("/v1/summits/vladimir-putin"), 404);
    expect(body.detail).toContain("/v1/actors/vladimir-putin");
  });

  it("answers 400 for an ambiguous or unknown name, listing the ids", async () => {
    // As a participant, Moscow is a government: Russia's or the Soviet Union's.
    const body = expectProblem(await get("/v1/summits?participant=Moscow"), 400);
    expect((body.matches as { id: string }[]).map((m) => m.id).sort()).toEqual(["russia", "soviet-union"]);
    expectProblem(await get("/v1/summits?participant=Napoleon"), 400);
    expectProblem(await get("/v1/summits?year=nineteen"), 400);
    expectProblem(await get("/v1/summits?year=10000"), 400);
    expectProblem(await get("/v1/summits?kind=party"), 400);
    expectProblem(await get("/v1/summits?cursor=%%%"), 400);
  });
});

describe("GET /v1/islands", () => {
  it("lists the islands Japan claims, administered by Russia", async () => {
    const { items } = await page(IslandPageSchema, "/v1/islands?claimant=japan");
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(["shikotan", "habomai", "kunashir", "iturup"]));
    for (const island of nonEmpty(items)) {
      expect(island.claimedBy.map((c) => c.id)).toContain("japan");
    }
    const shikotan = items.find((i) => i.id === "shikotan");
    expect(shikotan).toMatchObject({
      kind: "island",
      group: { id: "south-kurils" },
      administeredBy: { id: "russia" },
    });
    const byName = await page(IslandPageSchema, "/v1/islands?claimant=Japan");
    expect(byName.items.map((i) => i.id)).toEqual(ids);
  });

  it("filters by group and administrator", async () => {
    const { items } = await page(IslandPageSchema, "/v1/islands?group=South%20Kurils&administeredBy=russia");
    expect(items.map((i) => i.id).sort()).toEqual(["habomai", "iturup", "kunashir", "shikotan"]);
  });

  it("gets one island and 404s an unknown one", async () => {
    const res = await get("/v1/islands/habomai");
    expect(res.statusCode).toBe(200);
    expect(res.json().aliases).toContain("Habomai Rocks");
    expectProblem(await get("/v1/islands/atlantis"), 404);
  });
});

describe("GET /v1/actors", () => {
  it("filters people by country, with their roles", async () => {
    const { items } = await page(ActorPageSchema, "/v1/actors?kind=person&country=japan");
    const ids = items.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["shinzo-abe", "toshiki-kaifu", "yoshiro-mori"]));
    expect(ids).not.toContain("vladimir-putin");
    const abe = items.find((a) => a.id === "shinzo-abe");
    expect(abe).toMatchObject({ role: "Japanese Prime Minister", country: { id: "japan" } });
    expect(abe?.roles[0]).toMatchObject({ title: "Prime Minister", country: { id: "japan" }, from: "2013" });
  });

  it("gets one actor, 404s a place, and pages without repeats", async () => {
    const res = await get("/v1/actors/alexander-losyukov");
    expect(res.json()).toMatchObject({ aliases: expect.arrayContaining(["Aleksand Losyukov"]) });
    const body = expectProblem(await get("/v1/actors/shikotan"), 404);
    expect(body.detail).toContain("/v1/places/shikotan");
    const all = (await page(ActorPageSchema, "/v1/actors?limit=200")).items.map((a) => a.id);
    expect(await walk("/v1/actors?limit=5", ActorPageSchema)).toEqual(all);
  });
});

describe("GET /v1/treaties", () => {
  it("filters by party and year", async () => {
    // An article of a treaty has no parties of its own: it is part of the treaty.
    const { items } = await page(TreatyPageSchema, "/v1/treaties?party=japan&year=1956");
    expect(items.map((t) => t.id).sort()).toEqual(["soviet-japanese-declaration-1956"]);
  });

  it("gives a treaty's date, parties, status and provisions", async () => {
    const res = await get("/v1/treaties/soviet-japanese-declaration-1956");
    const treaty = TreatySchema.parse(res.json());
    expect(treaty).toMatchObject({ kind: "declaration", date: "1956-10", dateStart: "1956-10-01" });
    // Russia as the Soviet Union's successor, with a note (issue 9): the article holds it to the Declaration.
    expect(treaty.parties.map((p) => p.id)).toEqual(["soviet-union", "japan", "russia"]);
    expect(treaty.note).toMatch(/successor/);
    expect(treaty.aliases).toContain("USSR-Japanese Declaration");
    expect(treaty.provisions.join(" ")).toContain("ended the state of war");
    const article = TreatySchema.parse(
      (await get("/v1/treaties/article-9-of-the-japanese-constitution")).json(),
    );
    expect(article.partOf?.id).toBe("japanese-constitution");
  });

  it("rejects bad input", async () => {
    expectProblem(await get("/v1/treaties?year=0"), 400);
    expectProblem(await get("/v1/treaties?party=Atlantis"), 400);
    expectProblem(await get("/v1/treaties/shinzo-abe"), 404);
  });
});

describe("a state takes part through its people", () => {
  it("finds the Abe–Putin summit for Japan and the Gorbachev–Kaifu meeting for the Soviet Union", async () => {
    const japan = SummitPageSchema.parse(
      (await get("/v1/summits?participant=japan&year=2013&limit=200")).json(),
    );
    expect(japan.items.map((s) => s.id)).toEqual(
      expect.arrayContaining(["abe-putin-summit-2013-04", "two-plus-two-talks-2013-11"]),
    );
    const soviet = SummitPageSchema.parse(
      (await get("/v1/summits?participant=soviet-union&limit=200")).json(),
    );
    expect(soviet.items.map((s) => s.id)).toContain("gorbachev-kaifu-meeting-1991");
  });
});
