import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "../../../test/helpers.ts";
import { nonEmpty } from "../../../test/lists.ts";
import { MAX_NODES, NeighborsSchema, PathSchema } from "./graph.schemas.ts";

const { get } = useTestApp();

describe("GET /v1/graph/path", () => {
  it("connects Shinzo Abe and Vladimir Putin, every edge with its evidence and citation", async () => {
    const res = await get("/v1/graph/path?from=shinzo-abe&to=vladimir-putin");
    expect(res.statusCode, res.body).toBe(200);
    const path = PathSchema.parse(res.json());
    expect(path.from.id).toBe("shinzo-abe");
    expect(path.to.id).toBe("vladimir-putin");
    expect(path.length).toBe(path.edges.length);
    expect(path.length).toBeGreaterThan(0);
    expect(path.nodes[0]?.id).toBe("shinzo-abe");
    expect(path.nodes.at(-1)?.id).toBe("vladimir-putin");
    path.edges.forEach((edge, i) => {
      // Each edge joins the nodes on either side of it, walked the way `direction` says.
      const [a, b] = [path.nodes[i]?.id, path.nodes[i + 1]?.id];
      expect(edge.direction === "forward" ? [edge.from, edge.to] : [edge.to, edge.from]).toEqual([a, b]);
      expect(edge.evidence.selector.exact.length).toBeGreaterThan(0);
      expect(edge.evidence.text.length).toBeGreaterThan(0);
      expect(edge.citation.rule).toEqual(expect.any(String));
    });
    // Both met at Moscow in April 2013, cited to endnote 3.
    expect(path.nodes.map((n) => n.id)).toContain("abe-putin-summit-2013-04");
    expect(path.edges[0]?.evidence.selector.exact).toContain(
      "Shinzo Abe met Russian President Vladimir Putin",
    );
    expect(path.edges[0]?.citation.endnote).toBe(3);
  });

  it("takes names, and gives a path of length 0 from an entity to itself", async () => {
    const byName = PathSchema.parse((await get("/v1/graph/path?from=Abe&to=Putin")).json());
    expect([byName.from.id, byName.to.id]).toEqual(["shinzo-abe", "vladimir-putin"]);
    const self = PathSchema.parse((await get("/v1/graph/path?from=japan&to=Japan")).json());
    expect(self).toMatchObject({ length: 0, edges: [], nodes: [{ id: "japan" }] });
  });

  it("404s when no chain of relations connects the two", async () => {
    // Following only `claims` edges, Shikotan reaches Japan and the islands it claims, never Putin.
    const body = expectProblem(await get("/v1/graph/path?from=shikotan&to=vladimir-putin&type=claims"), 404);
    expect(body.detail).toContain("shikotan");
  });

  it("400s an unknown name", async () => {
    expectProblem(await get("/v1/graph/path?from=Napoleon&to=japan"), 400);
    // An alias belongs to one entity (issue 9): "‘no-necktie’ summit" is the pair of summits only.
    const res = await get(
      `/v1/graph/path?from=${encodeURIComponent("‘no-necktie’ summit meetings")}&to=japan`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().from.id).toBe("yeltsin-hashimoto-summits");
    expectProblem(await get("/v1/graph/path?from=japan"), 400);
    expectProblem(await get("/v1/graph/path?from=japan&to=russia&type=likes"), 400);
  });
});

describe("GET /v1/graph/neighbors/{id}", () => {
  it("gives Shikotan's neighbours: its group, its administrator and its claimant", async () => {
    const res = await get("/v1/graph/neighbors/shikotan");
    expect(res.statusCode, res.body).toBe(200);
    const hood = NeighborsSchema.parse(res.json());
    expect(hood.center.id).toBe("shikotan");
    expect(hood.depth).toBe(1);
    expect(hood.nodes[0]).toMatchObject({ id: "shikotan", distance: 0 });
    expect(hood.nodes.filter((n) => n.distance === 1).map((n) => n.id)).toEqual(
      expect.arrayContaining(["south-kurils", "russia", "japan"]),
    );
    const claim = hood.edges.find((e) => e.type === "claims");
    expect(claim).toMatchObject({ from: "japan", to: "shikotan", claimId: null });
    expect(claim?.evidence.text).toContain("Shikotan");
    expect(claim?.citation.endnote).toEqual(expect.any(Number));
    for (const edge of nonEmpty(hood.edges)) expect([edge.from, edge.to]).toContain("shikotan");
  });

  it("filters by relation type and goes deeper, bounded", async () => {
    const claims = NeighborsSchema.parse((await get("/v1/graph/neighbors/shikotan?type=claims")).json());
    expect(claims.nodes.map((n) => n.id).sort()).toEqual(["japan", "russia", "shikotan"]);

    const two = NeighborsSchema.parse((await get("/v1/graph/neighbors/shikotan?depth=2&type=claims")).json());
    expect(two.nodes.filter((n) => n.distance === 2).map((n) => n.id)).toEqual(
      expect.arrayContaining(["habomai", "iturup", "kunashir"]),
    );
    const ids = new Set(two.nodes.map((n) => n.id));
    for (const edge of nonEmpty(two.edges)) {
      expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
      expect(edge.type).toBe("claims");
    }

    const three = NeighborsSchema.parse((await get("/v1/graph/neighbors/russia?depth=3")).json());
    expect(three.nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(Math.max(...three.nodes.map((n) => n.distance))).toBeLessThanOrEqual(3);
  });

  it("rejects a bad depth or type, and 404s an unknown id", async () => {
    expectProblem(await get("/v1/graph/neighbors/shikotan?depth=4"), 400);
    expectProblem(await get("/v1/graph/neighbors/shikotan?depth=0"), 400);
    expectProblem(await get("/v1/graph/neighbors/shikotan?depth=two"), 400);
    expectProblem(await get("/v1/graph/neighbors/shikotan?type=likes"), 400);
    const body = expectProblem(await get("/v1/graph/neighbors/atlantis"), 404);
    expect(body.detail).toContain("/v1/entities?q=");
  });
});
