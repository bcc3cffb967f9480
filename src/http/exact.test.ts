// The exact check and the piecewise writer behind the JSON.stringify path of the serializers: a
// value is written by JSON.stringify only when that gives the compiled serializer's very bytes.
import fc from "fast-check";
import fastJson from "fast-json-stringify";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileExactCheck, stringifyToBuffer } from "./exact.ts";

const Ref = z.object({ id: z.string(), name: z.string() }).meta({ id: "Ref" });
const Item = z.object({
  id: z.string(),
  n: z.number().int(),
  score: z.number(),
  note: z.string().nullable(),
  kind: z.enum(["claim", "entity"]),
  tags: z.array(z.string()),
  ref: Ref.nullable().describe("described, so written as allOf of the reference"),
  extra: z.record(z.string(), z.number()).optional(),
  shape: z.discriminatedUnion("type", [
    z.object({ type: z.literal("a"), a: z.string() }),
    z.object({ type: z.literal("b"), b: z.boolean() }),
  ]),
});
const Page = z.object({ items: z.array(Item), nextCursor: z.string().nullable() });
const json = z.toJSONSchema(Page, {
  io: "output",
  target: "draft-7",
  unrepresentable: "any",
  reused: "inline",
});
const compiled = fastJson(json as Parameters<typeof fastJson>[0]);
const check = compileExactCheck(json);

const item = {
  id: "c1",
  n: 3,
  score: 0.5,
  note: null,
  kind: "claim",
  tags: ["x", "‘quoted’ — with a dash"],
  ref: { id: "vladimir-putin", name: "Vladimir Putin" },
  shape: { type: "b", b: true },
};

describe("the exact check", () => {
  it("reads the schemas zod writes", () => {
    expect(check).not.toBeNull();
  });

  it("accepts a value exactly of its schema, which JSON.stringify writes as the compiled serializer does", () => {
    // The optional field last: the compiled serializer writes the required ones first.
    const page = { items: [item, { ...item, id: 'a"b\u2028', extra: { one: 1 } }], nextCursor: null };
    expect(check?.(page)).toBeGreaterThan(0);
    expect(JSON.stringify(page)).toBe(compiled(page));
  });

  it.each([
    [
      "an optional field before a required one",
      (({ shape, ...head }) => ({ ...head, extra: {}, shape }))(item),
    ],
    ["an undeclared field", { ...item, secret: "never sent" }],
    ["keys out of the schema's order", Object.fromEntries(Object.entries(item).reverse())],
    ["a number where a string is declared", { ...item, id: 7 }],
    ["a fraction where an integer is declared", { ...item, n: 1.5 }],
    ["NaN", { ...item, score: Number.NaN }],
    ["a value outside the enum", { ...item, kind: "sentence" }],
    ["a missing required field", { ...item, note: undefined }],
    ["a Date where a string is declared", { ...item, id: new Date(0) }],
    [
      "an object of another prototype",
      {
        ...item,
        ref: new (class Ref {
          id = "a";
          name = "b";
        })(),
      },
    ],
    ["no branch of a union", { ...item, shape: { type: "a", b: true } }],
    ["undefined in an array", { ...item, tags: [undefined] }],
  ])("refuses %s (the compiled serializer writes it)", (_what, bad) => {
    expect(check?.({ items: [bad], nextCursor: null })).toBe(-1);
  });

  it("declines schemas with keywords it does not read", () => {
    expect(compileExactCheck({ type: "object", patternProperties: { "^a": { type: "string" } } })).toBeNull();
    expect(compileExactCheck({ allOf: [{ type: "object" }, { type: "object" }] })).toBeNull();
    expect(compileExactCheck({ type: "array", items: [{ type: "string" }] })).toBeNull();
    expect(compileExactCheck({ type: "object" })).toBeNull();
  });

  it("whatever it accepts, JSON.stringify and the piecewise writer give the compiled serializer's bytes", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("—", "ō", "\u2028", '"\\'),
    );
    const anyItem = fc.record(
      {
        id: fc.oneof(text, fc.integer()),
        n: fc.oneof(fc.integer(), fc.double()),
        score: fc.double(),
        note: fc.option(text, { nil: null }),
        kind: fc.constantFrom("claim", "entity", "other"),
        tags: fc.array(text, { maxLength: 4 }),
        ref: fc.option(fc.record({ id: text, name: text }), { nil: null }),
        extra: fc.dictionary(text, fc.integer(), { maxKeys: 3 }),
        shape: fc.oneof(
          fc.record({ type: fc.constant("a"), a: text }),
          fc.record({ type: fc.constant("b"), b: fc.boolean() }),
        ),
        secret: text,
      },
      { requiredKeys: ["id", "n", "score", "note", "kind", "tags", "ref", "shape"] },
    );
    fc.assert(
      fc.property(
        fc.array(anyItem, { maxLength: 5 }),
        fc.option(text, { nil: null }),
        (items, nextCursor) => {
          const page = { items, nextCursor };
          if (check?.(page) === -1) return;
          expect(JSON.stringify(page)).toBe(compiled(page));
          expect(stringifyToBuffer(page).toString("utf8")).toBe(compiled(page));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the piecewise writer", () => {
  it("writes JSON.stringify's UTF-8 bytes for answers far larger than its first buffer", () => {
    const big = {
      items: Array.from({ length: 3000 }, (_, i) => ({
        ...item,
        id: `c${i}`,
        note: "Habomai — Shikotan, Etorofu ō ".repeat(5),
      })),
      nextCursor: "end",
    };
    expect(check?.(big)).toBeGreaterThan(256 * 1024);
    const bytes = stringifyToBuffer(big);
    expect(bytes.equals(Buffer.from(JSON.stringify(big), "utf8"))).toBe(true);
    // Its own bytes, not a view of the writer's buffer, which the next answer overwrites.
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
    const copy = Buffer.from(bytes);
    stringifyToBuffer({ items: [], nextCursor: "x".repeat(1000) });
    expect(bytes.equals(copy)).toBe(true);
  });

  it("writes empty objects and arrays, nulls and top-level scalars as JSON.stringify does", () => {
    for (const value of [{}, [], { a: {}, b: [] }, { a: null, b: [null, 1, "x"] }, "text", 1.5, null, true])
      expect(stringifyToBuffer(value).toString("utf8")).toBe(JSON.stringify(value));
  });
});
