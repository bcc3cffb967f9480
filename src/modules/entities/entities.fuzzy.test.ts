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

describe("several close names", () => {
  it.each([
    ["/v1/claims?about=ASEA", "about", ["asean", "asia"]],
    ["/v1/claims?about=the%20Est", "about", ["the-east", "the-west"]],
    ["/v1/graph/path?from=ASEA&to=japan", "from", ["asean", "asia"]],
  ])("%s is a 400 that lists every closest entity", async (url, parameter, ids) => {
    const body = expectProblem(await api.get(url), 400) as {
      matches: { id: string }[];
      errors: { pointer: string }[];
    };
    expect(body.matches.map((m) => m.id).sort()).toEqual(ids);
    expect(body.errors[0]?.pointer).toBe(`/query/${parameter}`);
  });
});

describe("every name filter says how a misspelt name was read", () => {
  it.each([
    ["/v1/timeline?actor=Putn", "actor=vladimir-putin (fuzzy, distance 1)"],
    ["/v1/actors?country=Japn", "country=japan (fuzzy, distance 1)"],
    ["/v1/events?participant=Yeltzin", "participant=boris-yeltsin (fuzzy, distance 1)"],
    [
      "/v1/graph/path?from=Putn&to=Shinzo%20Abbe",
      "from=vladimir-putin (fuzzy, distance 1), to=shinzo-abe (fuzzy, distance 1)",
    ],
    [
      "/v1/claims?speaker=Putn&about=Yeltzin",
      "speaker=vladimir-putin (fuzzy, distance 1), about=boris-yeltsin (fuzzy, distance 1)",
    ],
  ])("%s → x-name-resolution: %s", async (url, said) => {
    const res = await api.get(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["x-name-resolution"]).toBe(said);
  });

  it("an exact name says nothing", async () => {
    const res = await api.get("/v1/timeline?actor=Putin");
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-name-resolution"]).toBeUndefined();
  });
});
