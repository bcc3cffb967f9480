// WordNet relatives of a word: same meaning, and for nouns the meaning just above.
import { describe, expect, it } from "vitest";
import { isAbstractNoun, lexicalRelatives, mostlyDescribes, senseRelatives } from "./lexicon.ts";

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

describe("lexicalRelatives", () => {
  it.each([
    ["quarrel", "dispute", "synonym"],
    ["reluctant", "reluctance", "derived"],
    ["economically", "economic", "derived"],
    ["lukewarm", "halfhearted", "synonym"],
    ["obstacle", "hindrance", "broader"],
    ["obstacle", "stumbling block", "narrower"],
    // A phrasal verb inflects its verb.
    ["looking for", "seek", "synonym"],
    ["backing down", "back off", "synonym"],
    ["patched up", "reconcile", "synonym"],
  ])("%s → %s (%s)", (word, relative, relation) => {
    expect(lexicalRelatives(word)).toContainEqual({ word: relative, relation });
  });

  it("keeps each relative's closest relation and only the relations asked for", () => {
    const synonyms = lexicalRelatives("obstacle", { relations: ["synonym"] });
    expect(synonyms.map((r) => r.word)).toContain("obstruction");
    expect(synonyms.every((r) => r.relation === "synonym")).toBe(true);
    // A verb's wider meaning strays too far, as in senseRelatives.
    expect(lexicalRelatives("fishing").map((r) => r.word)).not.toContain("search");
  });

  it.each([[""], ["xyzzyq"], ["  "], ["a b"], ["'"], ["_"], ["\u0000"], ["ö"]])(
    "%j has none and does not fail",
    (w) => {
      expect(lexicalRelatives(w)).toEqual([]);
    },
  );
});

describe("mostlyDescribes", () => {
  it.each([
    // met mostly as adjectives that judge or grade
    ["real", true],
    ["main", true],
    ["actual", true],
    ["deep", true],
    // met as nouns or verbs as much; adjectives of relation, which sort into kinds
    ["key", false],
    ["free", false],
    ["civil", false],
    ["nuclear", false],
    ["economic", false],
    ["security", false],
    ["", false],
    ["xyzzyq", false],
  ])("%j → %s", (word, expected) => {
    expect(mostlyDescribes(word)).toBe(expected);
  });
});

describe("isAbstractNoun", () => {
  it.each([
    // acts, messages, thoughts, states: frames of a question, not things to point to
    ["conduct", true],
    ["characterisation", true],
    ["caveat", true],
    ["sanctions", true],
    // things, persons, bodies, places
    ["warships", false],
    ["ambassador", false],
    ["drivers", false],
    ["island", false],
    // no noun at all
    ["quickly", false],
  ])("%s → %s", (word, abstract) => {
    expect(isAbstractNoun(word)).toBe(abstract);
  });
});
