// The relations as a graph: every edge with its evidence and citation (anchored by the seed),
// built once per database (the data never changes while the server runs), and breadth-first
// walks over it.
import type { Db } from "../../db/open.ts";
import * as t from "../../db/schema.ts";
import { provenanceOf } from "../provenance/provenance.repo.ts";
import { type GraphEdge, MAX_NODES, type RelationType, RelationTypeSchema } from "./graph.schemas.ts";

export interface Step {
  edge: GraphEdge;
  /** The entity at the other end. */
  other: string;
  /** "out" when the entity is the edge's `from`, "in" when it is its `to`. */
  direction: "out" | "in";
}

interface RelationGraph {
  edges: GraphEdge[];
  /** Entity id → its edges in both directions, ordered by relation id so walks are repeatable. */
  adjacency: Map<string, Step[]>;
}

const cache = new WeakMap<Db, RelationGraph>();

export function relationGraph(db: Db): RelationGraph {
  const cached = cache.get(db);
  if (cached) return cached;
  const p = provenanceOf(db);
  const rows = db.select().from(t.relations).orderBy(t.relations.id).all();
  const graph: RelationGraph = { edges: [], adjacency: new Map() };
  const addStep = (entityId: string, step: Step) => {
    const list = graph.adjacency.get(entityId) ?? [];
    list.push(step);
    graph.adjacency.set(entityId, list);
  };
  for (const row of rows) {
    const edge: GraphEdge = {
      id: row.id,
      from: row.fromId,
      to: row.toId,
      // The seed only accepts the known relation types.
      type: RelationTypeSchema.parse(row.type),
      evidence: p.evidence({
        sentenceId: row.sentenceId,
        inEndnote: row.inEndnote,
        inByline: row.inByline,
        start: row.quoteStart,
        end: row.quoteEnd,
      }),
      citation: p.citation(row.endnoteN, row.citationRule, row.citationReason, row.citationScope),
      claimId: row.claimId,
    };
    graph.edges.push(edge);
    addStep(row.fromId, { edge, other: row.toId, direction: "out" });
    if (row.toId !== row.fromId) addStep(row.toId, { edge, other: row.fromId, direction: "in" });
  }
  cache.set(db, graph);
  return graph;
}

export function stepsOf(db: Db, entityId: string, type?: RelationType): Step[] {
  const steps = relationGraph(db).adjacency.get(entityId) ?? [];
  return type ? steps.filter((s) => s.edge.type === type) : steps;
}

export interface Neighborhood {
  /** Entity id → distance from the centre. */
  distances: Map<string, number>;
  edges: GraphEdge[];
  truncated: boolean;
}

/** Breadth-first over the relations in both directions, at most `depth` edges and MAX_NODES nodes. */
export function neighborhood(db: Db, centerId: string, depth: number, type?: RelationType): Neighborhood {
  const distances = new Map<string, number>([[centerId, 0]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let frontier = [centerId];
  for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of stepsOf(db, node, type)) {
        if (!distances.has(step.other)) {
          if (distances.size >= MAX_NODES) {
            truncated = true;
            continue;
          }
          distances.set(step.other, distance);
          next.push(step.other);
        }
        edges.set(step.edge.id, step.edge);
      }
    }
    frontier = next;
  }
  return { distances, edges: [...edges.values()], truncated };
}

export interface PathStep {
  edge: GraphEdge;
  direction: "forward" | "backward";
}

/** A shortest path, walking relations either way; null when the two are not connected. */
export function shortestPath(
  db: Db,
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
      for (const step of stepsOf(db, node, type)) {
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
    steps.unshift({
      edge: link.step.edge,
      direction: link.step.direction === "out" ? "forward" : "backward",
    });
  }
  return { nodes, steps };
}
