// How words are compared: Porter stems, except where the stemmer folds a content word into a
// function word ("likely" is not "like").
import { describe, expect, it } from "vitest";
import { contentKeys, foldsIntoFunctionWord, stem } from "./words.ts";

describe("stem", () => {
  it.each([
    ["relations", "related"],
    ["negotiations", "negotiate"],
    ["islands", "island"],
    ["disputes", "dispute"],
  ])("%s and %s compare alike", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ["likely", "like"],
    ["others", "other"],
  ])("%s is not folded into the function word %s", (word, functionWord) => {
    expect(foldsIntoFunctionWord(word)).toBe(true);
    expect(stem(word)).not.toBe(stem(functionWord));
    expect(stem(word)).toBe(word);
  });

  it.each([["countries"], ["relations"], ["islands"], ["like"], ["the"], ["1956"], ["us"]])(
    "%s is stemmed as usual (not a content word folded into a function word)",
    (word) => {
      expect(foldsIntoFunctionWord(word)).toBe(false);
    },
  );

  it("reads “all” as a function word: “what is the relationship all about”", () => {
    expect(contentKeys("the growing relationship is all about")).toEqual(["grow", "relationship"]);
  });

  it("reads “having” as the auxiliary it is: “on having taken the islands”", () => {
    expect(contentKeys("Moscow's position on having taken the islands")).toEqual([
      "moscow",
      "posit",
      "taken",
      "island",
    ]);
  });

  it("reads “like”, “unlike”, “lately”, “regarding” and “concerning” as function words", () => {
    expect(
      contentKeys("powers like China, unlike Japan, lately, regarding the islands, concerning trade"),
    ).toEqual(["power", "china", "japan", "island", "trade"]);
  });
});
