// allMatches gives what matchAll gives, for any text and global expression (empty matches, code points).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches, compareIds } from "./text.ts";

const EXPRESSIONS = [
  /\b(1[89]\d{2}|20\d{2})\b/g,
  /[\p{L}\p{N}]+(?:\.\d+)?/gu,
  /x*/g,
  /(?:)/gu,
  /(?<![\p{L}\d-])(\p{Lu}[\p{L}]*)[-‐‑](\d{1,3})(?![\d\p{L}-])/gu,
  /\bwhen\s+(?:[\w'-]+\s+){1,3}(?:met|visited)\b[^,;?]*/gi,
];
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("In 1956 and 2013, Su-35 😀x", "when Abe met Putin in 2013, they", "😀😀", ""),
);
const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe("allMatches", () => {
  it("gives the matches matchAll gives, and leaves lastIndex at 0", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...EXPRESSIONS), (t, re) => {
        expect(shape(allMatches(re, t))).toEqual(shape([...t.matchAll(re)]));
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses an expression without the global flag", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});

describe("compareIds", () => {
  const slug = fc.string({ unit: fc.constantFrom(..."abcz019-"), maxLength: 8 });
  const id = fc.oneof(
    slug,
    fc.string(),
    fc.constantFrom("kuril-islands", "kuril-islands-1", "Kuril", "é", ""),
  );
  it("orders as localeCompare does", () => {
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });
});
