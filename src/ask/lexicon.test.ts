// WordNet relatives of a word: same meaning, and for nouns the meaning just above.
import { describe, expect, it } from "vitest";
import { senseRelatives } from "./lexicon.ts";

describe("senseRelatives", () => {
  it.each([
    ["row", "dispute"],
    ["quarrel", "dispute"],
    ["premier", "prime minister"],
    ["lane", "way"],
    ["firms", "firm"],
    ["troops", "military personnel"],
  ])("%s → %s", (word, relative) => {
    expect(senseRelatives(word)).toContain(relative);
  });

  it("keeps to the same meaning when asked", () => {
    expect(senseRelatives("ambassador")).toContain("diplomat");
    expect(senseRelatives("ambassador", { above: false })).not.toContain("diplomat");
  });

  it("a verb's wider meaning is left out: 'fishing' is not 'search'", () => {
    expect(senseRelatives("fishing")).not.toContain("search");
  });

  it.each([[""], ["xyzzyq"], ["  "], ["a b"], ["'"], ["_"], ["\u0000"]])(
    "%j has none and does not fail",
    (w) => {
      expect(senseRelatives(w)).toEqual([]);
    },
  );
});
