// The fact-check of issue 9, read through the public API: claims found by their quotes,
// entities by their ids, names linked through /v1/ask's interpretation. Each case is one
// finding of the fact-check and what the curation must say now.
import { describe, expect, it } from "vitest";
import { type Claim, ClaimPageSchema } from "../src/modules/claims/claims.schemas.ts";
import { useTestApp } from "./helpers.ts";

const api = useTestApp();

let all: Claim[] | undefined;
/** Every claim, through the paginated list. */
async function allClaims(): Promise<Claim[]> {
  if (all) return all;
  const items: Claim[] = [];
  let url = "/v1/claims?limit=200";
  for (;;) {
    const res = await api.get(url);
    expect(res.statusCode, res.body).toBe(200);
    const page = ClaimPageSchema.parse(res.json());
    items.push(...page.items);
    if (!page.nextCursor) break;
    url = `/v1/claims?limit=200&cursor=${page.nextCursor}`;
  }
  all = items;
  return items;
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
  const c = (await allClaims()).find((x) => x.id === id);
  expect(c, id).toBeDefined();
  return c!;
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
    for (const c of await byQuote(quote)) {
      expect(c.speaker.id).toBe(AUTHOR);
      expect(c.kind).toBe("assessment");
    }
  });

  it("ascribes Russia's covert concern over China to the author", async () => {
    const quote =
      "Russia's interest in cooperation with Japan on security-related matters is because of its ambitions in Asia and its covert concern over China.";
    const claims = await byQuote(quote);
    for (const c of claims) expect(c.speaker.id).toBe(AUTHOR);
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
    expect((await byQuote("Russia denies the element of trying to contain China"))[0]!.kind).toBe(
      "statement",
    );
    expect((await claim("sec-moscow-demurs-on-joint-approach-2013-03")).kind).toBe("statement");
    const encouraged = await byQuote(
      "Russia has encouraged Japanese companies to enter this region in both energy and non-energy sectors",
    );
    expect(encouraged[0]!.kind).toBe("event");
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
