import { describe, expect, it } from "vitest";
import { markersWithin } from "./index.ts";

describe("the endnote markers a quote spans", () => {
  const sentence =
    "Abe met Putin at Moscow to resume talks² on resolving the territorial dispute³ by treaty.";
  const start = 1000;
  const at = (text: string) => start + sentence.indexOf(text);
  it.each([
    ["the whole sentence", start, start + sentence.length, [2, 3]],
    ["up to its first marker, which closes it", start, at("²"), [2]],
    ["after the first marker", at(" on resolving"), start + sentence.length, [3]],
    ["before any marker", start, at(" to resume"), []],
  ])("%s", (_, from, to, expected) => {
    expect(markersWithin(sentence, start, from, to)).toEqual(expected);
  });

  it("reads a run of superscript digits as one number", () => {
    expect(markersWithin("It was crucial.²³ Then¹⁰", 0, 0, 30)).toEqual([23, 10]);
  });
});
