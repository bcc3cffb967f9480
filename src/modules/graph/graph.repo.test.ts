import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/helpers.ts";
import type { CoreDataset } from "../../dataset/core.ts";
import { type Step, stepsOf } from "../../dataset/relations.ts";
import { RELATION_TYPES } from "../../domain/enums.ts";
import { shortestPath } from "./graph.repo.ts";

const { context } = useTestApp();

/** The walk shortestPath made before it numbered the graph: level by level, over Maps. */
function referencePath(data: CoreDataset, fromId: string, toId: string, type?: string) {
  if (fromId === toId) return { nodes: [fromId], relations: [] as string[], directions: [] as string[] };
  const cameFrom = new Map<string, { previous: string; step: Step } | null>([[fromId, null]]);
  let frontier = [fromId];
  while (frontier.length > 0 && !cameFrom.has(toId)) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of stepsOf(data.relations, node, type)) {
        if (cameFrom.has(step.other)) continue;
        cameFrom.set(step.other, { previous: node, step });
        next.push(step.other);
      }
    }
    frontier = next;
  }
  if (!cameFrom.has(toId)) return null;
  const nodes = [toId];
  const relations: string[] = [];
  const directions: string[] = [];
  for (let link = cameFrom.get(toId); link; link = cameFrom.get(link.previous)) {
    nodes.unshift(link.previous);
    relations.unshift(link.step.relation.id);
    directions.unshift(link.step.direction === "out" ? "forward" : "backward");
  }
  return { nodes, relations, directions };
}

describe("shortestPath", () => {
  it("finds the path the level-by-level walk found, for every pair of entities and every type", () => {
    const data = context().app.dataset;
    const ids = [...data.entities.byId.keys()];
    const types = [undefined, ...RELATION_TYPES];
    let connected = 0;
    for (const type of types)
      for (const from of ids)
        for (const to of ids) {
          const found = shortestPath(data, from, to, type);
          const expected = referencePath(data, from, to, type);
          const got = found && {
            nodes: found.nodes,
            relations: found.steps.map((s) => s.edge.id),
            directions: found.steps.map((s) => s.direction),
          };
          if (!expected || expected.nodes.length > 1) connected += expected ? 1 : 0;
          if (JSON.stringify(got) !== JSON.stringify(expected))
            expect({ from, to, type, got }).toEqual({ from, to, type, got: expected });
        }
    expect(connected).toBeGreaterThan(1000);
  });
});
