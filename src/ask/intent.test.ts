import { describe, expect, it } from "vitest";
import { hasFigure } from "./index.ts";
import { readIntent, sceneSpans } from "./intent.ts";
import { parseTime, periodOpener } from "./time.ts";
import { contentKeys, STOPWORDS, stem, withRelatedWords } from "./words.ts";

describe("readIntent", () => {
  it.each([
    ["What did Putin say about the 1956 Declaration?", "statement"],
    ["How did Putin describe the development of the Russian Far East in 2012?", "statement"],
    ["What did Lavrov warn about?", "statement"],
    // "how much" of a degree a verb gives, no figure
    ["How much does Japan matter to Russia?", "general"],
    ["Has Seoul commented on the idea?", "statement"],
    // what is said of a party, by whoever, is nobody's statement
    ["In which regional economic bodies is Japan said to carry weight, as Moscow sees it?", "general"],
    // The asker's "would you say" asks nobody's statement.
    ["What would you say Abe is set on doing for Japan now that China is rising?", "general"],
    ["Can you tell me what Japan wants from Russia?", "position"],
    ["What did Putin tell Abe?", "statement"],
    // what someone tries to achieve is an aim; what they achieved, an outcome
    ["What is Abe trying to achieve for Japan?", "position"],
    ["What did the 1990s summits achieve?", "outcome"],
    // what could happen is no meeting; what happened at one is
    ["What could happen to the islands once a treaty is signed?", "general"],
    ["What happened at the 1997 Krasnoyarsk summit?", "meeting"],
    ["Which source backs the claim that Russia is alarmed about the Far East?", "source"],
    ["What is the source for the view that cooperation is welcome?", "source"],
    ["Which two sources does the note on Japan's economic appeal cite?", "source"],
    ["What exact reference backs the trade figure?", "source"],
    // sources of energy are no cited works
    ["What pushed Japan to look for other sources of energy?", "general"],
    // a work asked for by its kind and how the article uses it
    ["Which newspaper story is cited for Abe's vision of Japanese power?", "source"],
    ["Whose SIPRI chapter is cited for the failed summits?", "source"],
    ["Which journal article does the piece lean on for the decline of the US?", "source"],
    ["What magazine reported that the islands are a gateway to East Asia?", "source"],
    ["Which book does the author draw on for the 1956 Declaration?", "source"],
    ["Which Financial Times piece is cited for Japan's ambition to be an Asian power?", "source"],
    // a kind of work without citing it is no source question
    ["Which article of the 1956 Declaration provides for the handover of Shikotan?", "provision"],
    ["What did the journalist say about Putin?", "statement"],
    // a name asked for is nobody's statement; calling something still is
    ["What was the 1956 peace treaty called?", "general"],
    ["What was the treaty called that the island row kept them from signing?", "general"],
    ["What is the Russian plan for the Far East called?", "general"],
    ["What did Putin call the development of the Far East?", "statement"],
    ["Put in chronological order: the Tokyo Declaration and the Putin–Mori meeting", "chronology"],
    ["Which came first, the Tokyo Declaration or the no-necktie summits?", "chronology"],
    ["How many years passed between the 1956 Declaration and the 1960 memorandum?", "chronology"],
    ["How long after Fukushima was the Draft Energy Strategy released?", "chronology"],
    ["How do Moscow and Tokyo interpret the 1956 Declaration differently?", "difference"],
    ["How do Russia and Japan differ on the islands?", "difference"],
    ["In what way are Moscow's ties with Seoul unlike Tokyo's?", "difference"],
    ["Whom did Gorbachev meet in 1991?", "meeting"],
    ["When did the no-necktie summits take place?", "meeting"],
    ["How much did Russia and Japan trade in 2012?", "figure"],
    ["What share of energy exports will go to the Asia-Pacific?", "figure"],
    ["What does Article 9 of the Japanese Constitution provide?", "provision"],
    ["What did the 2003 Action Plan cover?", "provision"],
    ["What is Japan's position on the South Kurils?", "position"],
    ["Why does Russia want closer ties with Japan?", "position"],
    ["How did the Yeltsin–Hashimoto summits turn out?", "outcome"],
    ["What did the January 2003 summit achieve?", "outcome"],
    ["did any of those 90s meetings actually work", "outcome"],
    ["Did the no-necktie summits work?", "outcome"],
    ["Did Abe's economic diplomacy pay off?", "outcome"],
    ["What happened in the 1990s between Russia and Japan?", "meeting"],
    ["Kuril Islands", "general"],
    ["What did Losyukov claim?", "statement"],
    ["Who claimed that the islands were Russian?", "statement"],
    ["Which Kuril islands does Japan claim?", "general"],
    ["Which islands does Japan lay claim to?", "general"],
    ["Did Putin expect a quick solution when he met Abe in 2013?", "general"],
    ["What did Abe want when he met Putin in Moscow?", "position"],
    ["When did Abe meet Putin?", "meeting"],
    // A cited work named by its kind, its owner or its being cited.
    ["Which newspaper story is behind the claim about Siberia?", "source"],
    ["Which essay does the author draw on for Russia's balancing?", "source"],
    ["Whose Interpreter article is cited on the Far East?", "source"],
    ["Which 1998 chapter is cited on the summits?", "source"],
    ["Which paper is quoted on the Far East?", "source"],
    // Not a source: an essay or a story that is the question's topic.
    ["What story did Abe tell about the economy?", "statement"],
  ])("%s → %s", (question, intent) => {
    expect(readIntent(question)).toBe(intent);
  });
});

describe("parseTime", () => {
  it.each([
    ["in 2001", { from: "2001-01-01", to: "2001-12-31" }],
    ["in June 2013", { from: "2013-06-01", to: "2013-06-30" }],
    ["since 2013", { from: "2013-01-01", to: null }],
    ["before 2000", { from: null, to: "1999-12-31" }],
    ["after 2000", { from: "2001-01-01", to: null }],
    ["in the 1990s", { from: "1990-01-01", to: "1999-12-31" }],
    ["between 1997 and 1998", { from: "1997-01-01", to: "1998-12-31" }],
    ["in February 2024", { from: "2024-02-01", to: "2024-02-29" }],
    // a century, by its ordinal or as readers write it ("the 1900s"); "the 2000s" stays a decade
    ["in the 20th century", { from: "1901-01-01", to: "2000-12-31" }],
    ["in the early 21st century", { from: "2001-01-01", to: "2100-12-31" }],
    ["ever since the 1900s", { from: "1900-01-01", to: "1999-12-31" }],
    ["in the 2000s", { from: "2000-01-01", to: "2009-12-31" }],
    // a decade as people say it: two digits or in words
    ["in the 90s", { from: "1990-01-01", to: "1999-12-31" }],
    ["in the '90s", { from: "1990-01-01", to: "1999-12-31" }],
    ["in the 80's", { from: "1980-01-01", to: "1989-12-31" }],
    ["in the nineties", { from: "1990-01-01", to: "1999-12-31" }],
    ["during the fifties", { from: "1950-01-01", to: "1959-12-31" }],
    // a part of a decade, and a word before it that opens or closes the period
    ["in the late 1980s", { from: "1987-01-01", to: "1989-12-31" }],
    // "after the late 1980s" is said of what followed from then on; "after the 1990s" of what came after it
    ["after the late 1980s", { from: "1987-01-01", to: null }],
    ["after the late 80s", { from: "1987-01-01", to: null }],
    ["after the 1990s", { from: "2000-01-01", to: null }],
    ["starting in the late 80s", { from: "1987-01-01", to: null }],
    ["beginning in the 1990s", { from: "1990-01-01", to: null }],
    ["starting in 2001", { from: "2001-01-01", to: null }],
    ["since the early 1990s", { from: "1990-01-01", to: null }],
    ["before the 1990s", { from: null, to: "1989-12-31" }],
    ["in the mid-1990s", { from: "1994-01-01", to: "1996-12-31" }],
    // the start or the end of a year is its first or last month
    ["until the start of 2013", { from: null, to: "2013-01-31" }],
    ["till the beginning of 2013", { from: null, to: "2013-01-31" }],
    ["since the end of 1991", { from: "1991-12-01", to: null }],
    ["at the start of 2014", { from: "2014-01-01", to: "2014-01-31" }],
    // a prefix before a year: "post-1945", "pre-1991"
    ["in the post-1945 years", { from: "1946-01-01", to: null }],
    ["in the pre-1991 talks", { from: null, to: "1990-12-31" }],
  ])("%s", (text, expected) => {
    expect(parseTime(`What happened ${text}?`)).toMatchObject(expected);
  });

  it("finds no time where there is none", () => {
    expect(parseTime("What did Putin say?")).toBeNull();
  });
});

describe("periodOpener", () => {
  it.each([
    ["how many attempts were there starting in the late 80s", "starting"],
    ["What happened beginning in 2001?", "beginning"],
    ["What happened since 2001?", null],
    ["When did Abe start talks in 2013?", null],
  ])("%s → %s", (q, expected) => {
    expect(periodOpener(q)).toBe(expected);
  });
});

describe("stem", () => {
  it.each([
    ["refuse", "refuses", "refused", "refusing"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
    ["summit", "summits", "summit", "summit"],
    ["interpret", "interprets", "interpreted", "interpretations"],
  ])("brings %s, %s, %s and %s to one stem", (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });
});

describe("withRelatedWords", () => {
  it("adds the article's words for the question's words, as stems", () => {
    const keys = withRelatedWords(contentKeys("What are the motives and fears of Russia?"));
    expect(keys).toEqual(
      expect.arrayContaining([stem("reason"), stem("factors"), stem("alarmed"), stem("wary")]),
    );
    expect(withRelatedWords(contentKeys("Putin"))).toEqual(contentKeys("Putin"));
  });
});

describe("withRelatedWords for outcomes and phases", () => {
  it.each([
    ["Did the summit achieve anything?", "fruitful"],
    ["Was there any progress on the treaty?", "developments"],
    ["Were the summits a success?", "fruitful"],
    ["How many phases does the article count?", "periods"],
    ["Which stage came third?", "periods"],
  ])("%s reaches the article's %j", (q, word) => {
    expect(withRelatedWords(contentKeys(q))).toContain(stem(word));
  });

  it("treats anything, something and anyone as function words", () => {
    for (const w of ["anything", "something", "anyone", "everything"]) expect(STOPWORDS.has(w)).toBe(true);
  });
});

describe("hasFigure", () => {
  it.each([
    ["the 67-year old dispute", true],
    ["around 6 per cent of the gas", true],
    ["There were three periods of active attempts towards it.", true],
    ["In 2001, Putin affirmed that the 1956 Declaration was still valid.¹⁶", false],
    ["The third period of rapprochement", false],
  ])("%s → %s", (quote, expected) => {
    expect(hasFigure(quote)).toBe(expected);
  });
});

describe("sceneSpans: the asker's own remarks only set the scene", () => {
  const inScene = (text: string, phrase: string) => {
    const at = text.indexOf(phrase);
    return sceneSpans(text).some(([from, to]) => at >= from && at < to);
  };
  it.each([
    [
      "Folks my age remember the Cold War chill. What has changed between Moscow and Tokyo lately?",
      "Cold War",
    ],
    ["What did Putin offer? My paper said something about Shikotan.", "Shikotan"],
    ["I remember photos of Yeltsin at Krasnoyarsk. Did those summits get anywhere?", "Yeltsin"],
    // the asker's guess after "or" in a yes/no question
    ["Did the 1991 meeting lead anywhere, or did the hawks in Moscow scupper it?", "Moscow"],
  ])("%s: “%s” sets the scene", (text, phrase) => {
    expect(inScene(text, phrase)).toBe(true);
  });
  it.each([
    // a question of the asker's own, and a statement that is not about the asker, are not remarks
    ["What did my textbook get wrong about the 1956 Declaration?", "1956 Declaration"],
    ["The Cold War divided them. What has changed since?", "Cold War"],
  ])("%s: “%s” is asked about", (text, phrase) => {
    expect(inScene(text, phrase)).toBe(false);
  });
});
