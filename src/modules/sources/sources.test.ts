import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "../../../test/helpers.ts";

const { get } = useTestApp();

describe("GET /v1/sources", () => {
  it("lists each cited work once, with the endnotes that cite it and how", async () => {
    const res = await get("/v1/sources?limit=200");
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as { items: { id: string; endnotes: { n: number; form: string }[] }[] };
    expect(items).toHaveLength(29);
    const smith = items.find((s) => s.id === "smith-2003-russo-japanese-relations");
    expect(smith?.endnotes).toEqual([
      { n: 8, form: "full", pages: "2" },
      { n: 9, form: "op-cit", pages: "4" },
      { n: 10, form: "op-cit", pages: "5" },
      { n: 15, form: "op-cit", pages: "4" },
      { n: 16, form: "ibid", pages: "5-6" },
    ]);
  });

  it("finds works by words of the author, title or publication", async () => {
    const { items } = (await get("/v1/sources?q=bobo%20lo")).json() as { items: { authors: string[] }[] };
    expect(items.length).toBe(2);
    for (const s of items) expect(s.authors).toContain("Bobo Lo");
  });

  it("gives one work, and a 404 problem for an unknown id", async () => {
    const res = await get("/v1/sources/smith-2003-russo-japanese-relations");
    expect(res.json()).toMatchObject({ title: "Russo-Japanese Relations", firstCitedIn: 8 });
    expectProblem(await get("/v1/sources/no-such-work"), 404);
  });
});
