// Names readers type that the article does not use (known-as names, seed/README.md): questions,
// entity search and filters understand them, through the public surface on the real article.
import { describe, expect, it } from "vitest";
import { askQuestion, useTestApp } from "../../../test/helpers.ts";
import { nonEmpty } from "../../../test/lists.ts";

const api = useTestApp();
const ask = (q: string) => askQuestion(api.get, q);

describe("GET /v1/ask with names the article does not use", () => {
  // [question, the entity the known-as name stands for, a claim expected in the top 3]
  const cases: [string, string, string][] = [
    [
      "How could an easing of the Russia-Japan conflict help with Japan's dispute with Seoul?",
      "japan-south-korea-dispute",
      "sec-russia-japan-model-for-japan-south-korea-dispute",
    ],
    [
      "Which side were Russia and Japan on in the Second World War?",
      "world-war-ii",
      "bg-opposite-camps-ww2-cold-war",
    ],
    [
      "What does Japan demand regarding the Northern Territories?",
      "south-kurils",
      "bg-japan-demands-recognition-of-south-kurils",
    ],
    [
      "What does Japan want Moscow to recognise about Kunashiri and the Habomai islets?",
      "kunashir",
      "bg-japan-demands-recognition-of-south-kurils",
    ],
    [
      "Why does Washington welcome closer Russian-Japanese cooperation?",
      "united-states",
      "econ-us-welcomes-russia-japan-cooperation",
    ],
    [
      "What is the USA's view of increased Russian-Japanese cooperation?",
      "united-states",
      "econ-us-welcomes-russia-japan-cooperation",
    ],
    [
      "What did the Soviet–Japanese Joint Declaration say about Shikotan and Habomai?",
      "soviet-japanese-declaration-1956",
      "bg-1956-declaration-obligates-return-of-shikotan-habomai",
    ],
    [
      "What did the Kremlin say in its Foreign Policy Concept about Japan?",
      "foreign-policy-concept-2013",
      "change-russia-japan-crucial-foreign-policy-concept-2013",
    ],
    ["What happened at the Irkutsk summit in 2001?", "putin-mori-meeting-2001", "bg-putin-mori-meeting-2001"],
    ["What did Ryutaro Hashimoto and Yeltsin achieve?", "hashimoto", "bg-meetings-not-fruitful"],
    [
      "How did the Fukushima disaster affect Japan's energy policy?",
      "fukushima-nuclear-disaster-2011",
      "econ-fukushima-japan-seeks-energy-alternatives",
    ],
    [
      "What does the article say about the Diaoyu Islands?",
      "senkaku-islands",
      "change-china-japan-senkaku-tensions",
    ],
    [
      "What did the ROK and Japan disagree about?",
      "south-korea",
      "change-japan-wants-help-with-south-korea-dispute",
    ],
    [
      "What did Pyongyang's nuclear threat mean for Russia-Japan defence ties?",
      "north-korea",
      "sec-lavrov-defence-ties-serve-national-interests-2013-11-01",
    ],
    [
      "What did the Gromyko memorandum say?",
      "january-1960-memorandum",
      "bg-soviet-hard-stand-january-1960-memorandum",
    ],
    [
      "What did Putin announce at SPIEF in 2013?",
      "st-petersburg-international-economic-forum-2013",
      "change-putin-pivot-east-spief-2013",
    ],
    [
      "What was agreed at the Koizumi–Putin summit in January 2003?",
      "russia-japan-summit-2003-01",
      "bg-january-2003-summit-no-new-developments",
    ],
    [
      "How does Russia view the Sino-Russian strategic partnership?",
      "strategic-partnership-of-coordination",
      "econ-russia-china-strategic-partnership-1996",
    ],
    [
      "What role does Japan play in the Association of Southeast Asian Nations economies?",
      "asean",
      "econ-japan-dominant-in-asean-economies",
    ],
  ];

  it.each(cases)("%s → links %s (known-as) and answers with %s in the top 3", async (q, entity, claim) => {
    const body = await ask(q);
    expect(body.status).toBe("answered");
    expect(body.interpretation.unrecognized).toEqual([]);
    expect(body.interpretation.entities).toContainEqual(
      expect.objectContaining({ id: entity, via: "known-as" }),
    );
    // The claim, or a claim of its sentence quoting its words: a sentence is shown once before
    // any sentence twice, so a reader sees the claim's words under the claim that leads its sentence.
    const res = await api.get(`/v1/claims/${claim}`);
    const { quote } = res.json() as { quote: string };
    expect(quote.length).toBeGreaterThan(10);
    const top = body.answers.slice(0, 3);
    expect(
      top.some(
        (a) => a.claim.id === claim || (a.claim.quote.includes(quote) && a.evidence.text.includes(quote)),
      ),
      top.map((a) => a.claim.id).join(", "),
    ).toBe(true);
  });

  it("answers in the article's words, never the known-as name", async () => {
    const body = await ask("Why does Washington welcome closer Russian-Japanese cooperation?");
    for (const a of nonEmpty(body.answers)) expect(a.evidence.text).not.toMatch(/Washington/);
  });

  it.each([
    ["What did Hatoyama propose about the Northern Territories?", "Hatoyama"],
    ["What is the Kremlin's view on the Quad?", "Quad"],
    ["What did Fumio Kishida say about the Northern Territories?", "Fumio Kishida"],
    ["What did Donald Trump say to Seoul about the Kurile Islands?", "Donald Trump"],
    ["What did the Treaty of Portsmouth decide about Karafuto?", "Portsmouth"],
    ["How did Washington react to Russia's annexation of Crimea?", "Crimea"],
  ])("%s stays unanswerable: %s is still unknown", async (q, unknown) => {
    const body = await ask(q);
    expect(body.status).toBe("unanswerable");
    expect(body.answers).toEqual([]);
    expect(body.interpretation.unrecognized.map((u) => u.text).join(" ")).toContain(unknown);
  });

  it("reads a misspelt distinctive known-as name by spelling, but not a slip in an abbreviation", async () => {
    const misspelt = await ask("What does Japan want regarding Kunashirri Island?");
    expect(misspelt.interpretation.entities).toContainEqual(
      expect.objectContaining({ id: "kunashir", via: "fuzzy" }),
    );
    // "WWI" is World War I, which the article never mentions: not World War II by one letter.
    const other = await ask("What did Japan do in WWI?");
    expect(other.interpretation.entities.map((e) => e.id)).not.toContain("world-war-ii");
  });

  it("still reads capitalised common words at the start of a question as words, not names", async () => {
    for (const q of [
      "Describe what Washington thinks of Russian-Japanese cooperation.",
      "Explain the Northern Territories dispute.",
      "Summarise the Second World War's legacy for Russia and Japan.",
    ]) {
      const body = await ask(q);
      expect(body.interpretation.unrecognized).toEqual([]);
    }
  });
});

describe("known-as names in entity search and filters", () => {
  it("/v1/entities?q=Seoul finds South Korea, saying it matched a known-as name", async () => {
    const res = await api.get("/v1/entities?q=Seoul");
    expect(res.statusCode).toBe(200);
    const [first] = res.json().items;
    expect(first).toMatchObject({ id: "south-korea", matchedAlias: "Seoul", matchedVia: "known-as" });
    expect(first.knownAs).toContain("Seoul");
    expect(first.aliases).not.toContain("Seoul");
  });

  it("/v1/entities?q= ranks the article's own forms before known-as names", async () => {
    const res = await api.get("/v1/entities?q=Kuril");
    const items = res.json().items as { id: string; matchedVia: string }[];
    const firstKnownAs = items.findIndex((i) => i.matchedVia === "known-as");
    const lastArticle = items.map((i) => i.matchedVia).lastIndexOf("alias");
    expect(firstKnownAs === -1 || lastArticle < firstKnownAs || lastArticle === -1).toBe(true);
  });

  it("an entity shows its known-as names apart from the article's aliases", async () => {
    const res = await api.get("/v1/entities/kunashir");
    const body = res.json();
    expect(body.knownAs).toEqual(["Kunashiri", "Kunashiri Island", "Kunashir Island"]);
    expect(body.aliases.map((a: { text: string }) => a.text)).not.toContain("Kunashiri");
    for (const m of body.mentions) expect(m.surface).not.toBe("Kunashiri");
  });

  it("a filter takes a known-as name and says so in x-name-resolution", async () => {
    const res = await api.get("/v1/claims?about=Washington");
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-name-resolution"]).toBe('about=united-states (known-as "Washington")');
    const ids = (res.json().items as { id: string }[]).map((c) => c.id);
    expect(ids).toContain("econ-us-welcomes-russia-japan-cooperation");
    const speaker = await api.get("/v1/claims?speaker=the%20Kremlin");
    expect(speaker.statusCode).toBe(200);
    expect(speaker.headers["x-name-resolution"]).toBe('speaker=russia (known-as "the Kremlin")');
    expect(speaker.json().items.length).toBeGreaterThan(0);
  });

  it("/v1/search finds an entity by a known-as name", async () => {
    const res = await api.get("/v1/search?q=Kunashiri");
    expect(res.statusCode).toBe(200);
    const hits = res.json().items as { type: string; id: string }[];
    expect(hits).toContainEqual(expect.objectContaining({ type: "entity", id: "kunashir" }));
  });
});
