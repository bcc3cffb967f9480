import { describe, expect, it } from "vitest";
import { directAnswer, leadClaims, pointsBack, sentenceOf, withMarkerSentences } from "./answer.ts";
import type { IndexedClaim } from "./index.ts";

const claim = (id: string, quote: string, endnote: number | null, sentenceId = id): IndexedClaim =>
  ({ id, quote, endnote, sentenceId, sentence: quote, sentenceOrdinal: null }) as IndexedClaim;
const none = { claimsAt: () => [] };

describe("the direct answer in the article's own words", () => {
  it.each([
    [
      "In 2001, Putin affirmed that the 1956 Declaration was still valid",
      16,
      "In 2001, Putin affirmed that the 1956 Declaration was still valid [16].",
    ],
    [
      "as it demands Moscow to recognize it as the rightful owner³",
      8,
      "As it demands Moscow to recognize it as the rightful owner [8].",
    ],
    [
      "Japan won't compromise on a stand that would leave them with minimal stake.",
      null,
      "Japan won't compromise on a stand that would leave them with minimal stake.",
    ],
  ])("%j [%s] → %j", (quote, endnote, expected) => {
    expect(sentenceOf(claim("c", quote, endnote))).toBe(expected);
  });

  it("tells a quote cut from inside its sentence as the whole sentence", () => {
    const sentence =
      "Japan refuses to sign the treaty as it demands Moscow to recognize it as the rightful owner of the South Kurils³";
    const cut = { ...claim("c", "as it demands Moscow to recognize it as the rightful owner", 8), sentence };
    expect(sentenceOf(cut)).toBe(
      "Japan refuses to sign the treaty as it demands Moscow to recognize it as the rightful owner of the South Kurils [8].",
    );
    // one that opens on "the" reads as a sentence of its own
    const own = {
      ...claim("d", "the 1956 Declaration was still valid", 16),
      sentence: `In 2001, Putin affirmed that ${"the 1956 Declaration was still valid"}`,
    };
    expect(sentenceOf(own)).toBe("The 1956 Declaration was still valid [16].");
  });

  it("joins at most two claims and drops a claim inside the first one's quote", () => {
    const a = claim("a", "For Russia, signing the peace treaty ends the dispute", 16, "s1");
    const inside = claim("b", "signing the peace treaty", 16, "s1");
    const c = claim("c", "For Japan, the return of two islands is a prelude", 16, "s2");
    const d = claim("d", "Another", 17, "s3");
    expect(
      directAnswer(
        leadClaims(
          none,
          [a, inside, c, d].map((claim) => ({ claim, part: null })),
          "side",
        ).map((l) => l.claim),
      ),
    ).toBe(
      "For Russia, signing the peace treaty ends the dispute [16]. For Japan, the return of two islands is a prelude [16].",
    );
  });

  it("tells a claim once when the next one, of its sentence, quotes it in full", () => {
    const proposal = claim("p", "Xi had proposed to Putin a joint approach", 37, "s1");
    const reply = claim(
      "r",
      "Xi had proposed to Putin a joint approach, to which Moscow had 'demurred'",
      37,
      "s1",
    );
    const other = claim("o", "Xi had proposed to Putin a joint approach", 37, "s2");
    expect(directAnswer([proposal, reply])).toBe(
      "Xi had proposed to Putin a joint approach, to which Moscow had 'demurred' [37].",
    );
    expect(directAnswer([reply, proposal])).toBe(
      "Xi had proposed to Putin a joint approach, to which Moscow had 'demurred' [37].",
    );
    // the same words in another sentence are another sentence's
    expect(directAnswer([proposal, other])).toBe(
      "Xi had proposed to Putin a joint approach [37]. Xi had proposed to Putin a joint approach [37].",
    );
  });

  it("names the cited works after the sentences, once per endnote, for a question about sources", () => {
    const a = {
      ...claim("a", "Japan's assets are very attractive", 24),
      noteText: "Kanwal Sibal, *Mail Today*, <http://x.example/a>",
    };
    const b = {
      ...claim("b", "Japan wants a bigger role", 24, "s9"),
      noteText: "Kanwal Sibal, *Mail Today*, <http://x.example/a>",
    };
    expect(directAnswer([a, b], true)).toBe(
      "Japan's assets are very attractive [24]. Japan wants a bigger role [24]. [24] Kanwal Sibal, Mail Today, http://x.example/a",
    );
    expect(directAnswer([a], false)).toBe("Japan's assets are very attractive [24].");
  });

  it("follows a note that only points back ('Ibid.') with the note it points to", () => {
    const ibid = {
      ...claim("i", "Japan refuses to sign the treaty", 7),
      noteText: "Ibid.",
      noteFirst: {
        n: 6,
        text: 'Kimura, "Basic Determinants of Soviet-Japanese Relations", *op.cit.*, p.74.',
      },
    };
    expect(directAnswer([ibid], true)).toBe(
      'Japan refuses to sign the treaty [7]. [7] Ibid. [6] Kimura, "Basic Determinants of Soviet-Japanese Relations", op.cit., p.74.',
    );
  });
});

describe("a sentence that points back to the one before", () => {
  it.each([
    ["To achieve this national objective, Japan’s relationship with Russia is crucial.", true],
    ["It is because of the strategically located islands which represent a 'gateway'.", true],
    ["It also needs Tokyo's cooperation to enter the dynamic Asia-Pacific economy.", true],
    ["This resulted in the postponement of President Boris Yeltsin’s visit to Tokyo.", true],
    ["He announced ambitious plans to boost Russia’s economic growth.", true],
    ["However, all these meetings were not fruitful.", true],
    ["To which Japan was unwilling to develop a closer economic relationship.", true],
    ["In order to expand its influence in the region, Russia understands …", false],
    ["The growing relationship between Russia and Japan is about *realpolitik*.", false],
    ["Italy is not named here.", false],
    ["Thistles grow in Hokkaido.", false],
    ["In this backdrop, willingness between Russia and Japan …", true],
  ])("%j → %s", (sentence, expected) => {
    expect(pointsBack(sentence)).toBe(expected);
  });
});

describe("the claims the direct answer is put together from", () => {
  const at = (id: string, quote: string, endnote: number | null, ordinal: number, paragraph = "p1") =>
    ({
      ...claim(id, quote, endnote, `s${ordinal}`),
      sentenceOrdinal: ordinal,
      paragraphId: paragraph,
      document: "d",
      ordinal,
    }) as IndexedClaim;
  const before = at(
    "before",
    "With China’s rise, Abe is determined to put Japan on the road to recovery",
    23,
    51,
  );
  const part = at("part", "Abe is determined", 23, 51);
  const lone = at(
    "lone",
    "To achieve this national objective, Japan’s relationship with Russia is crucial.",
    null,
    52,
  );
  const index = { claimsAt: (_: string, n: number) => (n === 51 ? [part, before] : []) };

  it("reads a lone sentence that points back with the longest claim of the sentence before it", () => {
    const lead = leadClaims(index, [{ claim: lone, part: null }], "side");
    expect(lead.map((l) => [l.claim.id, l.role])).toEqual([
      ["before", "antecedent"],
      ["lone", null],
    ]);
    expect(directAnswer(lead.map((l) => l.claim))).toBe(
      "With China’s rise, Abe is determined to put Japan on the road to recovery [23]. To achieve this national objective, Japan’s relationship with Russia is crucial.",
    );
  });

  it("adds nothing when the question sets something aside, or the sentence before is in another paragraph", () => {
    expect(leadClaims(index, [{ claim: lone, part: null }], "side", false).map((l) => l.claim.id)).toEqual([
      "lone",
    ]);
    const elsewhere = { claimsAt: () => [at("other", "Something else", 22, 51, "p0")] };
    expect(leadClaims(elsewhere, [{ claim: lone, part: null }], "side").map((l) => l.claim.id)).toEqual([
      "lone",
    ]);
  });

  it("reads a side whose sentence points back after the sentence it points to", () => {
    const abe = at("abe", "During the visit, Abe reiterated his interest to 'reset' ties", 4, 6);
    const putin = at("putin", "Similarly, President Putin at the same meeting said that …", 5, 7);
    const he = at("he", "However, he also made it clear that it will take time", 5, 8);
    const sides = { claimsAt: (_: string, n: number) => (n === 7 ? [putin] : []) };
    const lead = leadClaims(
      sides,
      [
        { claim: abe, part: null },
        { claim: he, part: null },
      ],
      "side",
    );
    expect(lead.map((l) => [l.claim.id, l.role])).toEqual([
      ["abe", null],
      ["putin", "antecedent"],
      ["he", "side"],
    ]);
  });

  it("keeps one claim per part, each with its part, and no antecedent already there", () => {
    const lead = leadClaims(
      index,
      [
        { claim: before, part: 0 },
        { claim: lone, part: 1 },
      ],
      "part",
    );
    expect(lead.map((l) => [l.claim.id, l.role, l.part])).toEqual([
      ["before", null, 0],
      ["lone", "part", 1],
    ]);
  });
});

describe("a source question shows the sentence its note stands after", () => {
  const at = (id: string, ordinal: number, endnote: number, noteLater: boolean): IndexedClaim =>
    ({
      id,
      quote: id,
      endnote,
      sentenceId: `s${ordinal}`,
      sentence: id,
      sentenceOrdinal: ordinal,
      document: "d",
      paragraphId: "p",
      ordinal,
      noteLater,
    }) as IndexedClaim;
  const pivot = at("Putin … 'pivot East'.", 38, 17, true);
  const plans = at("He announced ambitious plans …", 39, 17, false);
  const byOrdinal = new Map([
    [38, [pivot]],
    [39, [plans]],
  ]);
  const index = { claimsAt: (_d: string, n: number) => byOrdinal.get(n) ?? [] };

  it("adds the later sentence that bears the marker, as the first answer's 'marker'", () => {
    const out = withMarkerSentences(index, [{ claim: pivot, role: null, part: null }]);
    expect(out.map((l) => [l.claim.id, l.role])).toEqual([
      [pivot.id, null],
      [plans.id, "marker"],
    ]);
  });

  it("adds nothing for a sentence whose own marker ends it", () => {
    expect(withMarkerSentences(index, [{ claim: plans, role: null, part: null }])).toHaveLength(1);
  });
});
