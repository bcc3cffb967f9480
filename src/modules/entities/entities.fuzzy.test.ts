// Entity filters take names as people type them: a unique close match is used and said so.
import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "../../../test/helpers.ts";

const api = useTestApp();

describe("misspelt names in entity filters", () => {
  it.each([
    ["Putn", "vladimir-putin", 1],
    ["Yeltzin", "boris-yeltsin", 1],
    ["Vladivostock", "vladivostok", 1],
  ])("/v1/entities?q=%s finds %s, with the distance", async (q, id, distance) => {
    const res = await api.get(`/v1/entities?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ id, matchDistance: distance });
  });

  it("an exact match carries no distance", async () => {
    const item = (await api.get("/v1/entities?q=Putin")).json().items[0];
    expect(item.id).toBe("vladimir-putin");
    expect(item.matchDistance).toBeUndefined();
  });

  it("speaker=Putn filters Putin's claims and says how the name was read", async () => {
    const res = await api.get("/v1/claims?speaker=Putn");
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-name-resolution"]).toBe("speaker=vladimir-putin (fuzzy, distance 1)");
    const speakers = new Set(res.json().items.map((c: { speaker: { id: string } }) => c.speaker.id));
    expect([...speakers]).toEqual(["vladimir-putin"]);
  });

  it.each([["trump"], ["Xyzzyq"]])("speaker=%s is a 400: no name is close", async (name) => {
    expectProblem(await api.get(`/v1/claims?speaker=${name}`), 400);
  });
});
