// Walks over the dataset's relation graph (src/dataset/relations.ts), and the edge as the API
// shows it: with its evidence and citation.
import type { CoreDataset } from "../../dataset/core.ts";
import { type RelationRow, type Step, stepsOf } from "../../dataset/relations.ts";
import { prebuilder } from "../../http/fragments.ts";
import { prebuiltCitation, prebuiltEvidence } from "../provenance/provenance.prebuilt.ts";
import { citationOfRow, evidenceOfRow } from "../provenance/provenance.repo.ts";
import {
  type GraphEdge,
  GraphEdgeSchema,
  MAX_NODES,
  type PathEdge,
  PathEdgeSchema,
  type RelationType,
} from "./graph.schemas.ts";

const prebuiltEdge = prebuilder(GraphEdgeSchema);
/** Each relation row of a dataset's graph → its edge, built once (with its JSON) and frozen. */
const edgeViews = new WeakMap<RelationRow, GraphEdge>();

/**
 * A relation as the API shows it: built once per relation row and shared, frozen, its JSON (and its
 * evidence's and citation's) prebuilt (src/http/fragments.ts). Never change it.
 */
export function edgeView(data: CoreDataset, row: RelationRow): GraphEdge {
  let edge = edgeViews.get(row);
  if (edge === undefined) {
    edge = prebuiltEdge({
      id: row.id,
      from: row.fromId,
      to: row.toId,
      type: row.type,
      evidence: prebuiltEvidence(evidenceOfRow(data.text, row)),
      citation: prebuiltCitation(citationOfRow(data.text, row)),
      claimId: row.claimId,
    });
    edgeViews.set(row, edge);
  }
  return edge;
}

export interface Neighborhood {
  /** Entity id → distance from the centre. */
  distances: Map<string, number>;
  edges: GraphEdge[];
  truncated: boolean;
}

/** Breadth-first over the relations in both directions, at most `depth` edges and MAX_NODES nodes. */
export function neighborhood(
  data: CoreDataset,
  centerId: string,
  depth: number,
  type?: RelationType,
): Neighborhood {
  const distances = new Map<string, number>([[centerId, 0]]);
  const edges = new Map<string, RelationRow>();
  let truncated = false;
  let frontier = [centerId];
  for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of stepsOf(data.relations, node, type)) {
        if (!distances.has(step.other)) {
          if (distances.size >= MAX_NODES) {
            truncated = true;
            continue;
          }
          distances.set(step.other, distance);
          next.push(step.other);
        }
        edges.set(step.relation.id, step.relation);
      }
    }
    frontier = next;
  }
  return { distances, edges: [...edges.values()].map((row) => edgeView(data, row)), truncated };
}

export interface PathStep {
  edge: PathEdge;
  direction: "forward" | "backward";
}

const prebuiltPathEdge = prebuilder(PathEdgeSchema);
/** Each relation row of a dataset's graph → its edge walked either way, built once (with its JSON) and frozen. */
const pathEdges = new WeakMap<RelationRow, { forward?: PathEdge; backward?: PathEdge }>();

/** A relation as a path walks it: its edge and the direction, built once per dataset and shared (frozen). */
export function pathEdgeView(
  data: CoreDataset,
  row: RelationRow,
  direction: "forward" | "backward",
): PathEdge {
  let ways = pathEdges.get(row);
  if (ways === undefined) {
    ways = {};
    pathEdges.set(row, ways);
  }
  let edge = ways[direction];
  if (edge === undefined) {
    edge = prebuiltPathEdge({ ...edgeView(data, row), direction });
    ways[direction] = edge;
  }
  return edge;
}

/** A shortest path, walking relations either way; null when the two are not connected. */
export function shortestPath(
  data: CoreDataset,
  fromId: string,
  toId: string,
  type?: RelationType,
): { nodes: string[]; steps: PathStep[] } | null {
  if (fromId === toId) return { nodes: [fromId], steps: [] };
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
  const steps: PathStep[] = [];
  for (let link = cameFrom.get(toId); link; link = cameFrom.get(link.previous)) {
    nodes.unshift(link.previous);
    const direction = link.step.direction === "out" ? "forward" : "backward";
    steps.unshift({ edge: pathEdgeView(data, link.step.relation, direction), direction });
  }
  return { nodes, steps };
}
