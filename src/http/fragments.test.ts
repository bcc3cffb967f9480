// Prebuilt parts: values whose JSON is built once, spliced into answers. The bytes of an answer
// holding them must be JSON.stringify's of the same value, wherever they stand; a part is taken
// as it is only where the answer's schema puts its very schema; and it cannot change afterwards.
import fc from "fast-check";
import fastJson from "fast-json-stringify";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../test/helpers.ts";
import { must } from "../lib/must.ts";
import { askResponse } from "../modules/ask/ask.routes.ts";
import { hydrateClaims } from "../modules/claims/claims.repo.ts";
import {
  compileExactCheck,
  fragmentOf,
  heldFragments,
  RESPONSE_JSON_SCHEMA,
  spliceItems,
  stringifyToBuffer,
} from "./exact.ts";
import { prebuilder, spliceTemplate } from "./fragments.ts";

const Part = z
  .object({ id: z.string(), words: z.array(z.string()), n: z.number().int().nullable() })
  .meta({ id: "TestPart" });
const Holder = z.object({ part: Part, label: z.string() });
const Page = z.object({
  items: z.array(Holder),
  deep: z.object({ inner: z.object({ parts: z.array(Part) }) }),
  nextCursor: z.string().nullable(),
});
const json = z.toJSONSchema(Page, RESPONSE_JSON_SCHEMA);
const compiled = fastJson(json as Parameters<typeof fastJson>[0]);
const check = compileExactCheck(json);
const prebuilt = prebuilder(Part);

const text = fc.oneof(fc.string(), fc.constantFrom("—", "ō", "\u2028", '"\\', "Habomai — Shikotan"));
const part = fc.record({
  id: text,
  words: fc.array(text, { maxLength: 3 }),
  n: fc.option(fc.integer(), { nil: null }),
});

describe("prebuilt parts", () => {
  it("are frozen copies with their JSON", () => {
    const value = { id: "c1", words: ["a", "ō"], n: 3 };
    const own = prebuilt(value);
    expect(own).toEqual(value);
    expect(own).not.toBe(value);
    expect(Object.isFrozen(own) && Object.isFrozen(own.words)).toBe(true);
    expect(fragmentOf(own)?.bytes.toString("utf8")).toBe(JSON.stringify(value));
    expect(() => {
      (own as { id: string }).id = "changed";
    }).toThrow(TypeError);
    // The value given stays the caller's, unfrozen.
    expect(Object.isFrozen(value)).toBe(false);
  });

  it("are written as JSON.stringify writes the answer, at any depth", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), fc.array(part, { maxLength: 3 }), (head, deep) => {
        const page = {
          items: head.map((p, i) => ({ part: prebuilt(p), label: `#${i}` })),
          deep: { inner: { parts: deep.map(prebuilt) } },
          nextCursor: null,
        };
        const chars = check?.(page) ?? -1;
        expect(chars).toBeGreaterThanOrEqual(0);
        expect(heldFragments()).toBe(head.length + deep.length);
        const bytes = stringifyToBuffer(page).toString("utf8");
        expect(bytes).toBe(JSON.stringify(page));
        expect(bytes).toBe(compiled(page));
        // A small answer: what holds no part is written by one JSON.stringify, at any depth.
        check?.(page);
        expect(stringifyToBuffer(page, true).toString("utf8")).toBe(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it("are written the same when an object held parts in an earlier answer and holds none now", () => {
    // The writer walks into the objects that held parts (a WeakSet never cleared): one left from
    // an earlier answer is walked rather than stringified whole, which must give the same bytes.
    const parts = [prebuilt({ id: "a", words: ["ō"], n: 1 })];
    const page = { items: [], deep: { inner: { parts } }, nextCursor: null };
    check?.(page);
    expect(heldFragments()).toBe(1);
    expect(stringifyToBuffer(page, true).toString("utf8")).toBe(JSON.stringify(page));
    parts[0] = { id: "b", words: ["—"], n: null };
    expect(check?.(page)).toBeGreaterThanOrEqual(0);
    expect(heldFragments()).toBe(0);
    for (const small of [true, false])
      expect(stringifyToBuffer(page, small).toString("utf8")).toBe(JSON.stringify(page));
  });

  it("are taken as they are only where the schema puts their own schema", () => {
    // Same shape, another id: walked like any value, never counted as a part.
    const Other = z
      .object({ id: z.string(), words: z.array(z.string()), n: z.number().int().nullable() })
      .meta({ id: "TestOther" });
    const otherCheck = compileExactCheck(z.toJSONSchema(z.object({ x: Other }), RESPONSE_JSON_SCHEMA));
    const p = prebuilt({ id: "a", words: [], n: null });
    expect(otherCheck?.({ x: p })).toBeGreaterThanOrEqual(0);
    expect(heldFragments()).toBe(0);
    // A second schema may not take an id already used with another shape.
    const Clash = z.object({ id: z.number() }).meta({ id: "TestPart2" });
    prebuilder(Clash);
    expect(() => prebuilder(z.object({ id: z.string() }).meta({ id: "TestPart2" }))).toThrow(/two schemas/);
  });

  it("keep no JSON when the value is not exactly of the schema (it is written as any value)", () => {
    const loose = prebuilt({ id: "a", words: [], n: 1.5 });
    expect(fragmentOf(loose)).toBeUndefined();
    const page = { items: [{ part: loose, label: "x" }], deep: { inner: { parts: [] } }, nextCursor: null };
    expect(check?.(page)).toBe(-1);
  });
});

describe("spliced items (a fixed JSON around the properties that vary)", () => {
  const Hit = z
    .object({
      id: z.string(),
      score: z.number(),
      section: z.object({ id: z.string() }).nullable(),
      snippet: z.string(),
      link: z.string(),
    })
    .meta({ id: "TestHit" });
  const HitPage = z.object({ query: z.string(), items: z.array(Hit), nextCursor: z.string().nullable() });
  const hitJson = z.toJSONSchema(HitPage, RESPONSE_JSON_SCHEMA);
  const hitCheck = compileExactCheck(hitJson);
  const hitCompiled = fastJson(hitJson as Parameters<typeof fastJson>[0]);
  const base = fc.record({
    id: text,
    section: fc.option(fc.record({ id: text }), { nil: null }),
    link: text,
  });

  it("are written as JSON.stringify writes the answer", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(base, fc.double({ noNaN: true, noDefaultInfinity: true }), text), { maxLength: 5 }),
        text,
        (rows, query) => {
          const made = rows.map(([b, score, snippet]) => {
            const fixed = Object.freeze({ ...b, section: b.section && Object.freeze(b.section) });
            const hit = (s: number, sn: string) => ({
              id: fixed.id,
              score: s,
              section: fixed.section,
              snippet: sn,
              link: fixed.link,
            });
            return { hit: hit(score, snippet), template: spliceTemplate(hit(1, ""), ["score", "snippet"]) };
          });
          const items = made.map((m) => m.hit);
          const page = {
            query,
            items: spliceItems(
              items,
              made.map((m) => m.template),
            ),
            nextCursor: null,
          };
          expect(hitCheck?.(page)).toBeGreaterThanOrEqual(0);
          expect(heldFragments()).toBe(items.length > 0 ? 1 : 0);
          for (const small of [true, false]) {
            hitCheck?.(page);
            const bytes = stringifyToBuffer(page, small).toString("utf8");
            expect(bytes).toBe(JSON.stringify(page));
            expect(bytes).toBe(hitCompiled(page));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("are written as any value when a fixed property is not the template's or the keys differ", () => {
    const section = Object.freeze({ id: "s" });
    const sample = { id: "a", score: 1, section, snippet: "", link: "/a" };
    const template = spliceTemplate(sample, ["score", "snippet"]);
    const items = [
      { id: "a", score: 2, section, snippet: "x", link: "/a" },
      // Equal but not the same object: its bytes might not be the template's.
      { id: "a", score: 2, section: { id: "t" }, snippet: "x", link: "/a" },
      { id: "b", score: 2, section, snippet: "x", link: "/a" },
    ];
    const page = { query: "q", items: spliceItems(items, [template, template, template]), nextCursor: null };
    hitCheck?.(page);
    expect(stringifyToBuffer(page, true).toString("utf8")).toBe(JSON.stringify(page));
    // Keys in another order than the template's (the check refuses such a value anyway).
    const reordered = { score: 2, id: "a", section, snippet: "x", link: "/a" };
    const other = { query: "q", items: spliceItems([reordered], [template]), nextCursor: null };
    expect(hitCheck?.(other)).toBe(-1);
    expect(stringifyToBuffer(other, true).toString("utf8")).toBe(JSON.stringify(other));
  });

  it("need frozen fixed values with JSON", () => {
    expect(() => spliceTemplate({ a: { b: 1 }, h: 1 }, ["h"])).toThrow(/not frozen/);
    expect(() => spliceTemplate({ a: undefined, h: 1 }, ["h"])).toThrow(/no JSON/);
    expect(() => spliceTemplate({ a: 1 }, ["h"])).toThrow(/no property h/);
  });
});

describe("claims as answers hold them", () => {
  const api = useTestApp();

  it("are built once per dataset, frozen, with their evidence and citation prebuilt", () => {
    const data = api.context().app.dataset;
    const rows = data.claimIndex.rows.slice(0, 5);
    const first = hydrateClaims(data, rows);
    const again = hydrateClaims(data, rows);
    for (const [i, claim] of first.entries()) {
      expect(again[i]).toBe(claim);
      expect(Object.isFrozen(claim)).toBe(true);
      expect(fragmentOf(claim)?.kind).toBe("Claim");
      expect(fragmentOf(claim.evidence)?.kind).toBe("Evidence");
      expect(fragmentOf(claim.citation)?.kind).toBe("Citation");
      expect(fragmentOf(claim)?.bytes.toString("utf8")).toBe(JSON.stringify(claim));
    }
  });

  it("as /v1/ask shows them: the claim without its evidence and citation, the citation without its works, once per claim", () => {
    const data = api.context().app.dataset;
    const ask = (q: string) => askResponse(data, q, 5);
    const first = ask("What did Putin say about the 1956 Declaration?");
    const again = ask("What did Putin say about the 1956 Declaration?");
    expect(first.answers.length).toBeGreaterThan(0);
    for (const [i, answer] of first.answers.entries()) {
      const claim = hydrateClaims(data, [must(data.claimIndex.byId.get(answer.claim.id), "a claim")])[0];
      const { evidence, citation, ...own } = must(claim, "the claim");
      const { sources: _, ...cite } = citation;
      expect(answer.claim).toEqual(own);
      expect(answer.citation).toEqual(cite);
      expect(answer.evidence).toBe(evidence);
      expect(fragmentOf(answer.claim)?.kind).toBe("AnswerClaim");
      expect(fragmentOf(answer.citation)?.kind).toBe("AnswerCitation");
      expect(fragmentOf(answer.claim)?.bytes.toString("utf8")).toBe(JSON.stringify(own));
      expect(again.answers[i]?.claim).toBe(answer.claim);
    }
    const unanswerable = ask("What did Putin say about NATO expansion?");
    expect(unanswerable.status).toBe("unanswerable");
    expect(unanswerable.related.length).toBeGreaterThan(0);
    for (const r of unanswerable.related) expect(fragmentOf(r)?.kind).toBe("RelatedClaim");
  });
});
