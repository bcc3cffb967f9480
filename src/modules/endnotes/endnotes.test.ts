import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "../../../test/helpers.ts";
import { EndnotePageSchema, EndnoteSchema } from "./endnotes.schemas.ts";

const { get } = useTestApp();

async function endnote(n: number) {
  const res = await get(`/v1/endnotes/${n}`);
  expect(res.statusCode, res.body).toBe(200);
  return EndnoteSchema.parse(res.json());
}

describe("GET /v1/endnotes", () => {
  it("lists the 41 endnotes in order on one default page", async () => {
    const page = EndnotePageSchema.parse((await get("/v1/endnotes")).json());
    expect(page.items.map((e) => e.n)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(page.nextCursor).toBeNull();
  });

  it("filters by kind and by cited work, and pages with a cursor", async () => {
    const ibid = EndnotePageSchema.parse((await get("/v1/endnotes?kind=ibid")).json());
    expect(ibid.items.map((e) => e.n)).toEqual([7, 16, 28]);
    const smith = EndnotePageSchema.parse(
      (await get("/v1/endnotes?source=smith-2003-russo-japanese-relations")).json(),
    );
    expect(smith.items.map((e) => e.n)).toEqual([8, 9, 10, 15, 16]);
    const first = EndnotePageSchema.parse((await get("/v1/endnotes?limit=2")).json());
    const second = EndnotePageSchema.parse(
      (await get(`/v1/endnotes?limit=2&cursor=${first.nextCursor}`)).json(),
    );
    expect([...first.items, ...second.items].map((e) => e.n)).toEqual([1, 2, 3, 4]);
  });
});

describe("GET /v1/endnotes/{n}", () => {
  it("resolves 16 (Ibid) through 15 to Mark A Smith, pages 5-6, and lists the claims it backs", async () => {
    const e = await endnote(16);
    expect(e).toMatchObject({ kind: "ibid", refersTo: 15, chain: [16, 15, 8], pages: "5-6" });
    expect(e.source).toMatchObject({
      authors: ["Mark A Smith"],
      title: "Russo-Japanese Relations",
      publication: "Conflict Studies Research Centre",
      date: "2003-10",
    });
    expect(e.claims).toContain("bg-putin-1956-declaration-still-valid-2001");
    expect(e.markerContext?.sentence).toMatch(/ends the dispute with Japan\.$/);
  });

  it("keeps endnote 6's work partial and flags the article's access dates", async () => {
    expect((await endnote(6)).source).toMatchObject({
      authors: ["Kimura"],
      partial: true,
      firstCitedIn: null,
    });
    expect(await endnote(5)).toMatchObject({ kind: "op-cit", refersTo: 3 });
    expect((await endnote(3)).problems.join(" ")).toMatch(/earlier than the publication date/);
    expect((await endnote(24)).sources).toHaveLength(2);
  });

  it("answers an unknown or malformed number with a problem", async () => {
    expectProblem(await get("/v1/endnotes/42"), 404);
    expectProblem(await get("/v1/endnotes/abc"), 400);
  });
});
