// Walks over the dataset's relation graph (src/dataset/relations.ts), and the edge as the API
// shows it: with its evidence and citation.
import type { CoreDataset } from "../../dataset/core.ts";
import { type RelationGraph, type RelationRow, type Step, stepsOf } from "../../dataset/relations.ts";
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

/**
 * A relation graph with its entities numbered, for walks that allocate nothing per node: each
 * entity's steps (in the adjacency's order) and the number of the entity at each step's other
 * end, and the scratch arrays of one walk (walks are synchronous, so one set per graph serves).
 */
interface NumberedGraph {
  ids: string[];
  numberOf: Map<string, number>;
  steps: Step[][];
  others: Int32Array[];
  /** Scratch of a walk: the walk's stamp on each entity reached, its predecessor and step. */
  reached: Int32Array;
  previous: Int32Array;
  via: (Step | undefined)[];
  queue: Int32Array;
  stamp: number;
}
const numberedGraphs = new WeakMap<RelationGraph, NumberedGraph>();

function numbered(graph: RelationGraph): NumberedGraph {
  let g = numberedGraphs.get(graph);
  if (g === undefined) {
    const ids = [...graph.adjacency.keys()];
    const numberOf = new Map(ids.map((id, i) => [id, i]));
    const steps = ids.map((id) => graph.adjacency.get(id) ?? []);
    const others = steps.map((list) => Int32Array.from(list, (step) => numberOf.get(step.other) ?? -1));
    g = {
      ids,
      numberOf,
      steps,
      others,
      reached: new Int32Array(ids.length),
      previous: new Int32Array(ids.length),
      via: new Array<Step | undefined>(ids.length).fill(undefined),
      queue: new Int32Array(ids.length),
      stamp: 0,
    };
    numberedGraphs.set(graph, g);
  }
  return g;
}

/**
 * A shortest path, walking relations either way; null when the two are not connected. Breadth
 * first from `fromId`, each entity's steps in the adjacency's order, the first way found to an
 * entity kept: the walk stops when `toId` is first reached, which is the way a walk finishing
 * that level would keep. Over the numbered graph: a walk allocates only its answer.
 */
export function shortestPath(
  data: CoreDataset,
  fromId: string,
  toId: string,
  type?: RelationType,
): { nodes: string[]; steps: PathStep[] } | null {
  if (fromId === toId) return { nodes: [fromId], steps: [] };
  const g = numbered(data.relations);
  const from = g.numberOf.get(fromId);
  const to = g.numberOf.get(toId);
  // An entity in no relation reaches none, and is reached by none.
  if (from === undefined || to === undefined) return null;
  if (g.stamp === 0x7fffffff) {
    g.stamp = 0;
    g.reached.fill(0);
  }
  const stamp = ++g.stamp;
  const { reached, previous, via, queue } = g;
  reached[from] = stamp;
  queue[0] = from;
  let head = 0;
  let tail = 1;
  let found = false;
  while (head < tail && !found) {
    const node = queue[head++] as number;
    const list = g.steps[node] as Step[];
    const others = g.others[node] as Int32Array;
    for (let i = 0; i < list.length; i++) {
      const step = list[i] as Step;
      if (type && step.relation.type !== type) continue;
      const other = others[i] as number;
      if (reached[other] === stamp) continue;
      reached[other] = stamp;
      previous[other] = node;
      via[other] = step;
      if (other === to) {
        found = true;
        break;
      }
      queue[tail++] = other;
    }
  }
  if (!found) return null;
  const nodes = [toId];
  const steps: PathStep[] = [];
  for (let at = to; at !== from; at = previous[at] as number) {
    const step = via[at] as Step;
    nodes.unshift(g.ids[previous[at] as number] as string);
    const direction = step.direction === "out" ? "forward" : "backward";
    steps.unshift({ edge: pathEdgeView(data, step.relation, direction), direction });
  }
  return { nodes, steps };
}
