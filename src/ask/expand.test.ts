// A question's words as the article writes them: WordNet relatives the article uses, and no others.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers.ts";
import { expansionsOf } from "./expand.ts";
import type { LexicalRelation } from "./lexicon.ts";
import { stem } from "./words.ts";

const api = useTestApp();
const USED: LexicalRelation[] = ["synonym", "derived"];
const expand = (word: string, relations: LexicalRelation[] = USED) =>
  expansionsOf(api.context().app.dataset.ask, word, stem(word), relations);

describe("expansionsOf", () => {
  it.each([
    ["quarrel", "dispute"],
    ["premier", "prime minister"],
    ["appealing", "attract"],
    ["obstacle", "obstruction"],
  ])("%s → %s (a word of the same meaning the article uses)", (word, relative) => {
    expect(expand(word).map((e) => e.text)).toContain(relative);
  });

  it("keeps only relatives every word of which the article uses, and no phrase with a function word", () => {
    const index = api.context().app.dataset.ask;
    for (const word of ["quarrel", "premier", "benefit", "obstacle", "lukewarm", "seizure", "happy"])
      for (const e of expand(word, ["synonym", "derived", "similar", "broader", "narrower"])) {
        expect(e.keys.every((k) => index.vocabulary.has(k))).toBe(true);
        expect(e.keys).not.toContain(stem(word));
      }
    // "do good" is a synonym of "benefit"; "good" alone is not.
    expect(expand("benefit").map((e) => e.text)).not.toContain("good");
  });

  it("looks up only the relations asked for", () => {
    expect(expand("obstacle", ["narrower"]).map((e) => e.text)).toContain("stumbling block");
    expect(expand("obstacle", ["synonym"]).map((e) => e.text)).not.toContain("stumbling block");
    expect(expand("obstacle", [])).toEqual([]);
  });

  it.each([["xyzzyq"], [""], ["the"], ["1956"], ["kuril"]])(
    "%j expands to nothing it does not know, without failing",
    (w) => {
      expect(() => expand(w)).not.toThrow();
      for (const e of expand(w)) expect(e.text).not.toBe(w);
    },
  );
});
