// The fact-check of issue 9, read through the public API: claims found by their quotes,
// entities by their ids, names linked through /v1/ask's interpretation. Each case is one
// finding of the fact-check and what the curation must say now.
import { describe, expect, it } from "vitest";
import { type Claim, ClaimPageSchema } from "../src/modules/claims/claims.schemas.ts";
import { EntityDetailSchema } from "../src/modules/entities/entities.schemas.ts";
import { allPages, askQuestion, useTestApp } from "./helpers.ts";
import { nonEmpty, present } from "./lists.ts";

const api = useTestApp();

let all: Claim[] | undefined;
/** Every claim, through the paginated list. */
async function allClaims(): Promise<Claim[]> {
  if (all) return all;
  all = await allPages(api.get, "/v1/claims?limit=200", ClaimPageSchema);
  return all;
}

/** The claims whose quote is exactly this, of this speaker when given. */
async function byQuote(quote: string, speaker?: string): Promise<Claim[]> {
  const found = (await allClaims()).filter(
    (c) => c.quote === quote && (speaker === undefined || c.speaker.id === speaker),
  );
  expect(found.length, `a claim quoting "${quote}"`).toBeGreaterThan(0);
  return found;
}

async function claim(id: string): Promise<Claim> {
  return present(
    (await allClaims()).find((x) => x.id === id),
    id,
  );
}

const AUTHOR = "indrani-talukdar";
const aboutIds = (c: Claim) => c.about.map((a) => a.id);

describe("who holds a claim: the author's analysis, advice and forecasts are hers", () => {
  it.each([
    [
      "Meanwhile, for the U.S., increased Russian-Japanese cooperation is a welcome development that should be encouraged.",
    ],
    ["Similarly, for Japan, active relationship with Russia will help in boosting its economy and security"],
    ["For Russia, Japan's geographic position is important in the Pacific Ocean"],
    [
      "For Russia, Japan's geographic position is important in the Pacific Ocean and a lucrative market for its energy supplies.",
    ],
  ])("%s", async (quote) => {
    for (const c of nonEmpty(await byQuote(quote))) {
      expect(c.speaker.id).toBe(AUTHOR);
      expect(c.kind).toBe("assessment");
    }
  });

  it("ascribes Russia's covert concern over China to the author", async () => {
    const quote =
      "Russia's interest in cooperation with Japan on security-related matters is because of its ambitions in Asia and its covert concern over China.";
    const claims = await byQuote(quote);
    for (const c of nonEmpty(claims)) expect(c.speaker.id).toBe(AUTHOR);
    expect(claims.some((c) => /covert concern/.test(c.summary))).toBe(true);
  });

  it("keeps the U.S. out of the claims on a resilient order and the Chinese-Russian axis", async () => {
    const order = await claim("econ-russian-engagement-resilient-security-order");
    const axis = await claim("econ-undermines-chinese-russian-axis");
    for (const c of [order, axis]) {
      expect(c.summary).not.toMatch(/U\.S\. view/);
      expect(aboutIds(c)).not.toContain("united-states");
    }
    expect(aboutIds(axis)).toEqual(expect.arrayContaining(["china", "russia", "japan"]));
  });

  it("gives Japan its side of the normalisation sought from the late 1980s", async () => {
    const claims = await byQuote("From the late 1980s, Russia and Japan sought to normalize their relations");
    expect(claims.map((c) => c.speaker.id).sort()).toEqual(["japan", "russia"]);
  });

  it("reads statements and actions as such: denies, demurred, has encouraged", async () => {
    expect((await byQuote("Russia denies the element of trying to contain China"))[0]?.kind).toBe(
      "statement",
    );
    expect((await claim("sec-moscow-demurs-on-joint-approach-2013-03")).kind).toBe("statement");
    const encouraged = await byQuote(
      "Russia has encouraged Japanese companies to enter this region in both energy and non-energy sectors",
    );
    expect(encouraged[0]?.kind).toBe("event");
  });

  it("reads the 2035 figure as a forecast of a draft strategy, not a fact", async () => {
    const c = await claim("econ-energy-exports-asia-pacific-23-percent-2035");
    expect(c.kind).not.toBe("fact");
    expect(c.summary).toMatch(/forecast/);
  });
});

describe("direct quotations, dates and what a claim is about", () => {
  it("does not call Putin's reported intention to 'pivot East' a direct quotation", async () => {
    const c = await claim("change-putin-pivot-east-spief-2013");
    expect(c.direct).toBe(false);
  });

  it("does not date the disagreement over the Declaration by the Declaration's date", async () => {
    expect((await claim("bg-disagree-on-1956-declaration")).date).toBeNull();
  });

  it("dates the tense relationship till the beginning of 2013", async () => {
    expect((await claim("bg-relationship-tense-until-2013")).date).toMatchObject({ end: "2013-01-31" });
  });

  it("gives Japan's stance on Article 9 of its Constitution as Japan's, about the Article", async () => {
    const stance = await claim("change-japan-change-article-9-constitution");
    expect(stance.summary).not.toMatch(/Tensions/);
    expect(stance.summary).toMatch(/Article 9/);
    expect(aboutIds(await claim("change-senkaku-tensions-drive-japan-rethink"))).toContain(
      "article-9-of-the-japanese-constitution",
    );
  });

  it("names Asia where the sentence does, Japan where it does, and not the peace treaty where it does not", async () => {
    expect(aboutIds(await claim("change-rise-of-asia-21st-century"))).toContain("asia");
    expect(aboutIds(await claim("sec-japan-wants-to-regain-position"))).toEqual(["japan"]);
    expect(aboutIds(await claim("bg-putin-mori-agree-continue-negotiations-2001"))).not.toContain(
      "peace-treaty",
    );
    expect(aboutIds(await claim("intro-geopolitical-shift-west-to-east"))).toEqual(
      expect.arrayContaining(["the-west", "the-east"]),
    );
  });

  it("ties the disputes to the claims that describe them", async () => {
    expect(aboutIds(await claim("intro-kuril-dispute-67-years-old"))).toContain("kuril-islands-dispute");
    expect(aboutIds(await claim("change-china-japan-senkaku-tensions"))).toContain("senkaku-islands-dispute");
    expect(aboutIds(await claim("sec-japan-south-korea-historical-dispute"))).toContain(
      "japan-south-korea-dispute",
    );
  });

  it("flags the South China Sea error on both China–Japan conflict claims", async () => {
    for (const id of ["change-china-japan-conflicts", "change-china-japan-conflicts-dangerous"])
      expect((await claim(id)).note).toMatch(/East China Sea/);
  });

  it("keeps the article's words in the browbeat summary (will pose a challenge)", async () => {
    expect((await claim("change-china-strategy-to-browbeat-japan")).summary).toMatch(/will pose a challenge/);
  });
});

describe("citations say how they cover", () => {
  it("cites the South Korea clause to endnote 20, which its sentence carries", async () => {
    const c = await claim("change-japan-wants-help-with-south-korea-dispute");
    expect(c.citation.endnote).toBe(20);
    expect(c.citation.rule).not.toBe("uncited");
  });

  it("notes the doubt on Lavrov's date and wording", async () => {
    const c = await claim("sec-lavrov-defence-ties-serve-national-interests-2013-11-01");
    expect(c.note).toMatch(/reported speech/);
    expect(c.note).toMatch(/date/);
  });

  it("says endnote 37 is about naval war games on every claim that borrows it", async () => {
    for (const id of [
      "sec-russia-security-cooperation-with-japan-asian-ambitions",
      "sec-russia-covert-concern-over-china",
      "sec-xi-visit-to-moscow-2013-03",
      "sec-xi-proposes-joint-approach-on-japan-2013-03",
      "sec-moscow-demurs-on-joint-approach-2013-03",
    ]) {
      const c = await claim(id);
      expect(c.citation.endnote, id).toBe(37);
      expect(c.note, id).toMatch(/war games/);
    }
  });

  it("says endnote 2 is about the talks dissolved in 2003 where the exchanges sentence borrows it", async () => {
    const c = await claim("intro-high-level-diplomatic-exchanges");
    expect(c.citation.endnote).toBe(2);
    expect(c.note).toMatch(/2003/);
  });
});

describe("every citation carries its scope", () => {
  it("on claims: paragraph where the sentence borrows a later marker, sentence where its own marker stands", async () => {
    expect((await claim("intro-high-level-diplomatic-exchanges")).citation).toMatchObject({
      endnote: 2,
      scope: "paragraph",
    });
    expect((await claim("sec-xi-visit-to-moscow-2013-03")).citation).toMatchObject({
      endnote: 37,
      scope: "paragraph",
    });
    expect((await claim("sec-beijing-moscow-friendly-relations")).citation).toMatchObject({
      endnote: 37,
      scope: "sentence",
    });
    // A quote in an endnote's own text is covered by that endnote.
    expect((await claim("note-talks-dissolved-2003")).citation).toMatchObject({
      endnote: 2,
      scope: "sentence",
    });
    // No endnote, no scope.
    expect((await claim("bg-relationship-tense-until-2013")).citation).toMatchObject({
      endnote: null,
      scope: null,
    });
    for (const c of nonEmpty(await allClaims())) {
      if (c.citation.endnote === null) expect(c.citation.scope, c.id).toBeNull();
      else expect(["sentence", "paragraph"], c.id).toContain(c.citation.scope);
    }
  });

  it("on answers, relations and sentences", async () => {
    const ask = (
      await api.get(`/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`)
    ).json();
    expect(ask.answers[0].citation).toMatchObject({ endnote: 16, scope: "paragraph" });
    const shikotan = EntityDetailSchema.parse((await api.get("/v1/entities/shikotan")).json());
    for (const r of nonEmpty(shikotan.relations))
      expect(["sentence", "paragraph", null]).toContain(r.citation.scope);
    expect(shikotan.relations.some((r) => r.citation.scope)).toBe(true);
    const doc = (await api.get("/v1/documents/russia-japan-reset")).json();
    const sentences = doc.sections.flatMap((s: { paragraphs: { sentences: unknown[] }[] }) =>
      s.paragraphs.flatMap((p) => p.sentences),
    ) as { coverage: string; scope: string | null; endnote: number | null }[];
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences)
      expect(s.scope).toBe(
        s.coverage === "marker" ? "sentence" : s.coverage === "paragraph-end" ? "paragraph" : null,
      );
  });
});

async function entity(id: string) {
  const res = await api.get(`/v1/entities/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const refIds = (refs: { id: string }[]) => refs.map((r) => r.id);
const relation = (e: { relations: { type: string; direction: string; other: { id: string } }[] }) =>
  e.relations.map((r) => `${r.direction} ${r.type} ${r.other.id}`);

describe("entities and relations", () => {
  it("gives Losyukov no dated office: the article calls him former in 2000 and gives no term", async () => {
    const losyukov = await entity("alexander-losyukov");
    expect(losyukov.details.roles).toEqual([]);
    expect(losyukov.description).not.toMatch(/diplomat/);
  });

  it("keeps offices out of the aliases", async () => {
    const aliases = async (id: string) => (await entity(id)).aliases.map((a: { text: string }) => a.text);
    expect(await aliases("sergei-lavrov")).not.toContain("Russia's foreign minister");
    expect(await aliases("shinzo-abe")).not.toContain("Japanese PM");
    expect(await aliases("xi-visit-to-moscow-2013-03")).not.toContain("visit to Moscow");
    expect(await aliases("yeltsin-hashimoto-summit-1997-11")).toEqual(
      expect.not.arrayContaining(["‘no-necktie’ summit"]),
    );
    expect(await aliases("yeltsin-hashimoto-summit-1998-04")).toEqual(
      expect.not.arrayContaining(["‘no-necktie’ summit"]),
    );
    expect(await aliases("kuril-islands-dispute")).toEqual(
      expect.not.arrayContaining(["territorial dispute", "island dispute"]),
    );
    expect(await aliases("japanese-government")).not.toContain("Japanese leaders");
  });

  it("gives Russia's claim beside Japan's on the South Kurils, and administration on the sovereignty sentence", async () => {
    for (const id of ["south-kurils", "kunashir", "shikotan", "iturup", "habomai"]) {
      const island = await entity(id);
      expect(refIds(island.details.claimedBy).sort(), id).toEqual(["japan", "russia"]);
      expect(relation(island)).toEqual(expect.arrayContaining(["in claims russia", "in claims japan"]));
      const administers = island.relations.find((r: { type: string }) => r.type === "administers");
      expect(administers.evidence.selector.exact).toMatch(/legal sovereignty remaining with Russia/);
      expect(administers.evidence.selector.exact).not.toMatch(/non-negotiable/);
    }
  });

  it("draws no succession from the Soviet Union to Russia the article does not state, and says so", async () => {
    const soviet = await entity("soviet-union");
    expect(relation(soviet)).not.toContain("out succeeded_by russia");
    expect(soviet.note).toMatch(/succe/);
    const declaration = await entity("soviet-japanese-declaration-1956");
    expect(refIds(declaration.details.parties)).toEqual(
      expect.arrayContaining(["soviet-union", "japan", "russia"]),
    );
    expect(relation(declaration)).toEqual(
      expect.arrayContaining(["in party_to russia", "in party_to japan"]),
    );
    expect(declaration.note).toMatch(/successor/);
  });

  it("flags the South China Sea error on every item that repeats it", async () => {
    const senkaku = await entity("senkaku-islands");
    expect(senkaku.note).toMatch(/East China Sea/);
    const located = senkaku.relations.find((r: { type: string }) => r.type === "located_in");
    expect(located.other.id).toBe("south-china-sea");
    const sea = await entity("south-china-sea");
    expect(sea.note).toMatch(/East China Sea/);
    expect(sea.note).toMatch(/claimant/);
    expect((await entity("south-china-sea-conflict")).note).toMatch(/not a\s+claimant/);
  });

  it("types Taiwan as an economy, the companies as a group, and keeps Beijing a metonym only", async () => {
    expect((await entity("taiwan")).kind).toBe("economy");
    expect((await entity("japanese-companies")).kind).toBe("group");
    expect((await api.get("/v1/entities/beijing")).statusCode).toBe(404);
    const china = await entity("china");
    expect(china.aliases).toContainEqual({ text: "Beijing", form: "metonym" });
  });

  it("lists the participants and parties the entities name as relations too", async () => {
    const summit = await entity("russia-japan-summit-2003-01");
    expect(relation(summit)).toEqual(
      expect.arrayContaining(["in participated_in russia", "in participated_in japan"]),
    );
    expect(relation(await entity("tokyo-declaration-1993"))).toContain("in party_to japan");
  });

  it("comments on the '67-year old' dispute: 1945 + 67 is 2012", async () => {
    expect((await entity("kuril-islands-dispute")).note).toMatch(/2012/);
  });
});

describe("names in questions link to the right entity", () => {
  async function linked(q: string) {
    return (await askQuestion(api.get, q)).interpretation.entities.map((e) => e.id);
  }

  it("does not link Xi's visit from Abe's visit to Moscow", async () => {
    const ids = await linked("What happened during Abe's visit to Moscow?");
    expect(ids).not.toContain("xi-visit-to-moscow-2013-03");
    expect(ids).toContain("shinzo-abe");
  });

  it("reads offices by date: no one the article knows was Russia's foreign minister in 2000", async () => {
    const ids = await linked("What did Russia's foreign minister in 2000 say?");
    expect(ids).not.toContain("sergei-lavrov");
    expect(ids).not.toContain("alexander-losyukov");
    expect(await linked("What did Russia's foreign minister say about defence ties in 2013?")).toContain(
      "sergei-lavrov",
    );
  });

  it("reads the Japanese PM by date: Mori in 2001, Kaifu in 1991, Abe in 2013", async () => {
    expect(await linked("Who was the Japanese PM in 2001?")).toEqual(["yoshiro-mori"]);
    expect(await linked("What did the Japanese PM do in 1991?")).toContain("toshiki-kaifu");
    expect(await linked("What did the Japanese PM say in 2013?")).toContain("shinzo-abe");
    expect(await linked("What did the Japanese PM say in 2013?")).not.toContain("yoshiro-mori");
  });

  it("links the 'no-necktie' summit to the pair, the island dispute to nothing in particular", async () => {
    expect(await linked("When was the 'no-necktie' summit?")).toEqual(
      expect.not.arrayContaining(["yeltsin-hashimoto-summit-1997-11", "yeltsin-hashimoto-summit-1998-04"]),
    );
    expect(await linked("What is the island dispute between China and Japan?")).not.toContain(
      "kuril-islands-dispute",
    );
  });

  it("does not take Japanese leaders for the Government of Japan", async () => {
    expect(await linked("Why do Japanese leaders visit the Yasukuni Shrine?")).not.toContain(
      "japanese-government",
    );
  });
});

describe("entity types say what things are: places and events", () => {
  async function pageOf(url: string) {
    const res = await api.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as { id: string; type: string; kind: string }[];
  }

  it("types Moscow and Tokyo as places of kind city, not islands", async () => {
    for (const id of ["moscow", "tokyo"])
      expect(await entity(id)).toMatchObject({ type: "place", kind: "city" });
    expect(await entity("shikotan")).toMatchObject({ type: "place", kind: "island" });
    expect(await entity("world-war-ii")).toMatchObject({ type: "event", kind: "war" });
    expect(await entity("abe-putin-summit-2013-04")).toMatchObject({ type: "event", kind: "summit" });
  });

  it("/v1/islands lists islands and island groups only, and points elsewhere for a city", async () => {
    const islands = await pageOf("/v1/islands?limit=200");
    expect(new Set(islands.map((i) => i.kind))).toEqual(new Set(["island", "island-group"]));
    expect(islands.map((i) => i.id)).toEqual(
      expect.arrayContaining(["shikotan", "south-kurils", "kuril-islands"]),
    );
    expect(islands.map((i) => i.id)).not.toContain("moscow");
    expect((await api.get("/v1/islands/shikotan")).statusCode).toBe(200);
    const moscow = await api.get("/v1/islands/moscow");
    expect(moscow.statusCode).toBe(404);
    expect(moscow.json().detail).toContain("/v1/places/moscow");
  });

  it("/v1/places lists every place, with filters", async () => {
    const places = await pageOf("/v1/places?limit=200");
    expect(places.every((p) => p.type === "place")).toBe(true);
    expect(places.map((p) => p.id)).toEqual(
      expect.arrayContaining(["moscow", "shikotan", "south-china-sea"]),
    );
    expect((await pageOf("/v1/places?kind=city")).map((p) => p.id)).toEqual(
      expect.arrayContaining(["moscow", "tokyo", "vladivostok"]),
    );
    expect((await pageOf("/v1/places?locatedIn=russian-far-east")).map((p) => p.id).sort()).toEqual([
      "sakhalin",
      "vladivostok",
    ]);
    expect((await pageOf("/v1/places?claimant=russia")).map((p) => p.id)).toContain("shikotan");
    expect((await api.get("/v1/places/moscow")).json()).toMatchObject({ type: "place", kind: "city" });
    expect((await api.get("/v1/places/japan")).statusCode).toBe(404);
    expect((await api.get("/v1/places?kind=planet")).statusCode).toBe(400);
  });

  it("/v1/summits lists summits, meetings, visits and talks only; /v1/events every event", async () => {
    const summits = await pageOf("/v1/summits?limit=200");
    for (const s of nonEmpty(summits)) expect(["summit", "meeting", "visit", "talks"]).toContain(s.kind);
    expect(summits.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        "abe-putin-summit-2013-04",
        "gorbachev-kaifu-meeting-1991",
        "two-plus-two-talks-2013-11",
      ]),
    );
    expect(summits.map((s) => s.id)).not.toContain("world-war-ii");
    const war = await api.get("/v1/summits/world-war-ii");
    expect(war.statusCode).toBe(404);
    expect(war.json().detail).toContain("/v1/events/world-war-ii");

    const events = await pageOf("/v1/events?limit=200");
    expect(events.every((e) => e.type === "event")).toBe(true);
    expect(events.length).toBeGreaterThan(summits.length);
    expect((await pageOf("/v1/events?kind=war")).map((e) => e.id).sort()).toEqual([
      "cold-war",
      "world-war-ii",
    ]);
    expect((await pageOf("/v1/events?participant=japan&year=2013")).map((e) => e.id)).toEqual(
      expect.arrayContaining(["abe-putin-summit-2013-04", "two-plus-two-talks-2013-11"]),
    );
    expect((await api.get("/v1/events/world-war-ii")).json()).toMatchObject({ type: "event", kind: "war" });
  });
});
