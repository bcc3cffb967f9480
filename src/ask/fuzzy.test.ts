import { describe, expect, it } from "vitest";
import {
  britishSpelling,
  correctSpelling,
  englishSlip,
  FuzzyNames,
  maxDistance,
  nameDistance,
} from "./fuzzy.ts";
import { words } from "./words.ts";

const names = new FuzzyNames([
  { text: "Vladimir Putin", entityId: "vladimir-putin" },
  { text: "Putin", entityId: "vladimir-putin" },
  { text: "Boris Yeltsin", entityId: "boris-yeltsin" },
  { text: "Yeltsin", entityId: "boris-yeltsin" },
  { text: "Shinzo Abe", entityId: "shinzo-abe" },
  { text: "Abe", entityId: "shinzo-abe" },
  { text: "South Korea", entityId: "south-korea" },
  { text: "North Korea", entityId: "north-korea" },
  { text: "Pact", entityId: "pact" },
  { text: "President Xi", entityId: "xi-jinping" },
  { text: "Sakhalin", entityId: "sakhalin" },
  { text: "Indrani Talukdar", entityId: "indrani-talukdar" },
  { text: "Kuril Islands", entityId: "kuril-islands" },
]);

describe("FuzzyNames.match", () => {
  it.each([
    ["Putn", "vladimir-putin", 1, "spelling"],
    ["Puttin", "vladimir-putin", 1, "spelling"],
    ["Yeltzin", "boris-yeltsin", 1, "spelling"],
    ["Shinzo Abbe", "shinzo-abe", 1, "spelling"],
    ["Abbe", "shinzo-abe", 1, "sound"],
    ["Soth Korea", "south-korea", 1, "spelling"],
  ])("%s → %s (distance %i, by %s)", (typed, id, distance, by) => {
    expect(names.match(typed)[0]).toMatchObject({ entityId: id, distance, by });
  });

  it.each([["trump"], ["pack"], ["the"], ["put in"], [""]])(
    "%j matches nothing (common English)",
    (typed) => {
      expect(names.match(typed)).toEqual([]);
    },
  );
});

describe("FuzzyNames.link: a name speech-to-text heard as words", () => {
  /** Words the text knows: a heard piece of a name is none of them. */
  const known = new Set(["president", "say", "put", "islands", "the", "energy", "japan"]);
  const link = (q: string) =>
    names.link(words(q), new Set(), (w) => !known.has(w.folded)).map((l) => [l.entityId, l.length]);
  it.each([
    ["what did pooh tin say", [["vladimir-putin", 2]]],
    ["what energy stuff is japan doing in sack a lean", [["sakhalin", 3]]],
    // the surname of a longer name, when it is no English word
    ["where does tally cdar work", [["indrani-talukdar", 2]]],
  ])("%s → %j", (q, expected) => {
    expect(link(q)).toEqual(expected);
  });

  it.each([
    // a phrase of words the text knows is no name ("put in" is no Putin, "president say" no President Xi)
    ["how much did japan put in"],
    ["did the president say so"],
  ])("%s → no name", (q) => {
    expect(link(q)).toEqual([]);
  });
});

describe("maxDistance and correctSpelling", () => {
  it.each([
    [3, 0],
    [5, 1],
    [8, 2],
    [12, 3],
  ])("a name of %i letters allows %i edits", (length, d) => {
    expect(maxDistance(length)).toBe(d);
  });

  it.each([
    ["declaraton", "declaration"],
    ["vladivostock", "vladivostok"],
    ["kishida", null],
    ["nato", null],
    // "Mc" and "Mac" open the same surnames
    ["mcgraw", "macgrow"],
    ["macdonald", "mcdonald"],
    ["mcgregor", null],
  ])("%s → %s", (word, fixed) => {
    expect(
      correctSpelling(word, ["declaration", "vladivostok", "crime", "china", "korea", "macgrow", "mcdonald"]),
    ).toBe(fixed);
  });
});

describe("slips in English words and names", () => {
  const article = new Set(["according", "document", "arrangement", "relations"]);
  it.each([
    // a swap, a letter left out, added or changed: the article's word first
    ["accroding", "according"],
    ["docmuent", "document"],
    ["arrnagement", "arrangement"],
    ["reltaions", "relations"],
    ["togteher", "together"],
    ["anyhting", "anything"],
    // English words and words of no English are left alone; so are short words ("Crimea")
    ["according", null],
    ["kishida", null],
    ["crimea", null],
    ["nagato", null],
    ["portsmouth", null],
  ])("%s → %s", (typed, english) => {
    expect(englishSlip(typed, article)).toBe(english);
  });

  // Shorter words only where the caller knows they are no name (a question that capitalises its names).
  it.each([
    ["sucess", 5, "success"],
    ["sucess", 7, null],
    ["nagato", 5, null],
    ["kishida", 5, null],
  ])("%s, %i letters or more → %s", (typed, shortest, english) => {
    expect(englishSlip(typed, article, shortest)).toBe(english);
  });

  it.each([
    ["hasihmoto", "hashimoto", 1],
    ["hasihmota", "hashimoto", 2],
    ["mcgraw", "macgraw", 0],
    ["putn", "putin", 1],
  ])("%s → %s: %i slip(s)", (a, b, d) => {
    expect(nameDistance(a, b)).toBe(d);
  });
});

describe("American spellings read as the article's British ones", () => {
  const article = new Set([
    "defence",
    "centre",
    "labour",
    "normalisation",
    "normalise",
    "favoured",
    "neighbours",
    "neighbourly",
    "programme",
  ]);
  it.each([
    ["defense", "defence"],
    ["center", "centre"],
    ["labor", "labour"],
    ["normalization", "normalisation"],
    ["normalize", "normalise"],
    ["favored", "favoured"],
    ["neighbors", "neighbours"],
    ["neighborly", "neighbourly"],
    ["program", "programme"],
    // only a form the article uses
    ["color", null],
    ["theater", null],
    ["defence", null],
  ])("%s → %s", (american, british) => {
    expect(britishSpelling(american, article)).toBe(british);
  });
});
