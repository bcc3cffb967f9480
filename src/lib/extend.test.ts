// extend gives what a spread gives: the same keys, in the same order, with the same values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extend } from "./extend.ts";

const record = fc.dictionary(
  fc.constantFrom("a", "b", "c", "claim", "score", "rank", "part", "0", "10"),
  fc.jsonValue(),
);

describe("extend", () => {
  it("is { ...base, ...more }, key order included, and leaves both alone", () => {
    fc.assert(
      fc.property(record, record, (base, more) => {
        const before = JSON.stringify([base, more]);
        const out = extend(base, more);
        const spread = { ...base, ...more };
        expect(Object.keys(out)).toEqual(Object.keys(spread));
        expect(JSON.stringify(out)).toBe(JSON.stringify(spread));
        expect(out).not.toBe(base);
        expect(JSON.stringify([base, more])).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
