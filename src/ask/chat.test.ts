// Chat's shorthand read as English before a question is interpreted (chat.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromChat, withShortFormsWritten, withSpokenNumbers } from "./chat.ts";

/** A stand-in for the article's names: these (and words one slip from them) are never respelt. */
const isName = (w: string) => ["putin", "puttin", "kaifu", "yeltsin"].includes(w);

describe("chat's shorthand", () => {
  it.each([
    ["wat did putin say abt the islands", "what did putin say about the islands"],
    ["wat did putin say is the best way fwd", "what did putin say is the best way forward"],
    [
      "y r russia n japan even tryna be friends now",
      "why are russia and japan even trying to be friends now",
    ],
    ["wat did russia offer japan 4 the islands", "what did russia offer japan for the islands"],
    ["wen did putin talk about pivotin east n where", "when did putin talk about pivoting east and where"],
    [
      "wud japan do more biz w russia b4 the islands r sorted",
      "would japan do more business with russia before the islands are sorted",
    ],
    ["how r russia n south korea gettin along?", "how are russia and south korea getting along?"],
    ["y wont japan sign", "why will not japan sign"],
    ["what did n korea test", "what did north korea test"],
    ["so is there gonna b a reset", "so is there going to be a reset"],
    ["Which Japanese companys are building it?", "Which Japanese companies are building it?"],
    ["whats the authors job titel?", "whats the authors job title?"],
  ])("%s → %s", (typed, plain) => {
    expect(fromChat(typed, isName)).toBe(plain);
  });

  it.each([
    // a question written out is left alone
    ["What did Putin say about the 1956 Declaration?"],
    // capitals: "U", "N", "Y" may be initials
    ["Was it Y or N?"],
    // a digit that counts stays ("4 islands", "2 plus 2")
    ["when was the 2 plus 2 meeting"],
    ["which 4 islands are disputed"],
    // a name that ends in -in, or one slip from one, keeps its spelling
    ["what did puttin say"],
    ["what did putin say"],
    // "w" closing the question, "y" inside a clause
    ["what is the letter after w"],
    ["is the answer x or y"],
  ])("%s is left as typed", (q) => {
    expect(fromChat(q, isName)).toBe(q);
  });

  it("reads a contraction without its apostrophe in any question", () => {
    expect(fromChat("Why didnt Japan sign the treaty?", isName)).toBe("Why did not Japan sign the treaty?");
  });

  it("never throws, and keeps every character of what it does not rewrite", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        const out = fromChat(q, isName);
        expect(typeof out).toBe("string");
        if (out === q) return;
        // whatever it rewrites, the spaces between the words stay as they were
        expect(out.split(/\S+/).join("|")).toBe(q.split(/\S+/).join("|"));
      }),
    );
  });
});

describe("numbers as speech transcribes them", () => {
  it.each([
    ["why did the concessions fail in nineteen ninety two", "why did the concessions fail in 1992"],
    ["what did losyukov say in two thousand", "what did losyukov say in 2000"],
    ["two thousand and one", "2001"],
    ["the draft energy strategy to twenty thirty five", "the draft energy strategy to 2035"],
    ["in nineteen oh five", "in 1905"],
    ["did they still have to fulfil article nine", "did they still have to fulfil article 9"],
    ["twenty three per cent of exports", "23 per cent of exports"],
    ["the sixty seven year old dispute", "the 67 year old dispute"],
    ["at the g twenty summit", "at the G20 summit"],
    // a name the caller knows, then its number; any other word and a number stay words
    ["what is the sakhalin one project", "what is the sakhalin 1 project"],
    ["did the two leaders meet", "did the two leaders meet"],
    // not a year: "twenty one" alone, a count
    ["twenty one countries", "twenty one countries"],
    ["the two countries", "the two countries"],
  ])("%s → %s", (spoken, written) => {
    expect(withSpokenNumbers(spoken, (w) => w === "sakhalin")).toBe(written);
  });
});

describe("short forms typed in haste", () => {
  it.each([
    [
      "is china the new regional hegemon acc. to the author?",
      "is china the new regional hegemon according to the author?",
    ],
    ["japan's line on econ ties", "japan's line on economic ties"],
    ["moscow's idea of asia-pac security", "moscow's idea of Asia-Pacific security"],
    ["govt position on the islands", "government position on the islands"],
    // a research tool's shorthand and operators
    ["1956 decl: which 2 islands", "1956 declaration: which 2 islands"],
    ["RU FP Concept 2013", "RU foreign policy Concept 2013"],
    ["statements by Putin re islands", "statements by Putin about islands"],
    [
      'RU-JP rapprochement drivers -"US decline" (list the rest)',
      "RU-JP rapprochement drivers, apart from US decline",
    ],
    ["JP energy links NOT LNG", "JP energy links, apart from LNG"],
    [
      "viable Asian economies early 21st c. -China -Japan -India",
      "viable Asian economies early 21st century, apart from China, Japan, India",
    ],
    ["russia-japan rels b/w 1991 and 1998", "russia-japan relations between 1991 and 1998"],
    ["what does art. 9 prohibit", "what does Article 9 prohibit"],
    ["China's influence in SE Asia", "China's influence in Southeast Asia"],
    ["in plain english, what is the fight about?", " what is the fight about?"],
    // Japanese shorthand for a pair of nations; a name that holds it stays
    ["the Nichiro rapprochement", "the Russia–Japan rapprochement"],
    ["the 1956 Nisso declaration", "the 1956 Soviet–Japanese declaration"],
    ["nichi-bei alliance", "Japan–US alliance"],
    ["the Nisso Kyodo Sengen", "the Nisso Kyodo Sengen"],
    // English words stay
    ["the economy of the Pacific", "the economy of the Pacific"],
    ["the art of the deal", "the art of the deal"],
    ["se habla", "se habla"],
    ["what did the account say", "what did the account say"],
  ])("%s → %s", (typed, written) => {
    expect(withShortFormsWritten(typed)).toBe(written);
  });
});
