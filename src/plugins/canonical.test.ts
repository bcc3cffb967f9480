// The canonical JSON of a validated request, the heart of its cache key and ETag: the same text
// whatever the order of its keys, and the text the first implementation (entries, filtered,
// sorted, joined) gave, so that no ETag changes with the rewrite.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./caching.ts";

function reference(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(",")}}`;
}

const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("any"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("limit", "q", "Q", "é", "10", "2")), tie("any"), {
      maxKeys: 5,
    }),
  ),
})).any;

describe("canonicalJson", () => {
  it("writes what the first implementation wrote, for any value", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("does not depend on the order of keys", () => {
    expect(canonicalJson({ b: 2, a: [1, { d: 1, c: undefined }], limit: 20 })).toBe(
      canonicalJson({ limit: 20, a: [1, { c: undefined, d: 1 }], b: 2 }),
    );
    expect(canonicalJson({ speaker: "vladimir-putin", limit: 20 })).toBe(
      '{"limit":20,"speaker":"vladimir-putin"}',
    );
  });
});
