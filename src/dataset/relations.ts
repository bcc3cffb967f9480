// The relations of one database as a graph: every edge (as stored, with its anchor and derived
// endnote) and, per entity, its edges in both directions, read once when the database is opened.
import { asc } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";

export type RelationRow = typeof t.relations.$inferSelect;

export interface Step {
  relation: RelationRow;
  /** The entity at the other end. */
  other: string;
  /** "out" when the entity is the relation's `from`, "in" when it is its `to`. */
  direction: "out" | "in";
}

export interface RelationGraph {
  /** Every relation, ordered by id. */
  relations: RelationRow[];
  /** Entity id → its steps in both directions, ordered by relation id so walks are repeatable. */
  adjacency: Map<string, Step[]>;
}

export function loadRelationGraph(db: Db): RelationGraph {
  const graph: RelationGraph = {
    relations: db.select().from(t.relations).orderBy(asc(t.relations.id)).all(),
    adjacency: new Map(),
  };
  const addStep = (entityId: string, step: Step) => {
    const list = graph.adjacency.get(entityId);
    if (list) list.push(step);
    else graph.adjacency.set(entityId, [step]);
  };
  for (const relation of graph.relations) {
    addStep(relation.fromId, { relation, other: relation.toId, direction: "out" });
    if (relation.toId !== relation.fromId)
      addStep(relation.toId, { relation, other: relation.fromId, direction: "in" });
  }
  return graph;
}

/** An entity's steps, of one relation type or of all. */
export function stepsOf(graph: RelationGraph, entityId: string, type?: string): Step[] {
  const steps = graph.adjacency.get(entityId) ?? [];
  return type ? steps.filter((s) => s.relation.type === type) : steps;
}
