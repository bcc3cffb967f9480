// The graph view of the relations: labelled edges, each with the evidence and citation that
// back it, neighbourhoods to a bounded depth and shortest paths.
import { z } from "zod";
import { RELATION_TYPES } from "../../domain/enums.ts";
import { idParam, integerParam } from "../../http/params.ts";
import { EntityRefSchema } from "../entities/entities.refs.ts";
import { CitationSchema, EvidenceSchema } from "../provenance/provenance.schemas.ts";

export const MAX_DEPTH = 3;
export const MAX_NODES = 200;

const EntityParam = idParam().describe(
  "An entity id, or a name or alias (400 when it names several entities).",
);

export const RelationTypeSchema = z
  .enum(RELATION_TYPES)
  .describe("The relation's label: participated_in, party_to, claims, administers, …");

export const GraphEdgeSchema = z
  .object({
    id: z
      .string()
      .describe("The relation id: from--type--to.")
      .meta({ example: "shinzo-abe--leader_of--japan" }),
    from: z.string().describe("The id of the entity the relation starts from."),
    to: z.string().describe("The id of the entity the relation points to."),
    type: RelationTypeSchema,
    evidence: EvidenceSchema,
    citation: CitationSchema,
    claimId: z.string().nullable().describe("The claim that backs the edge, or null when a quote does."),
  })
  .meta({ id: "GraphEdge", description: "A typed relation between two entities with its evidence." });

export const GraphNodeSchema = EntityRefSchema.extend({
  distance: z.number().int().describe("Edges from the centre (0 for the centre itself)."),
}).meta({ id: "GraphNode" });

export const NeighborsParamsSchema = z.object({
  id: idParam().describe("The entity id.").meta({ example: "shinzo-abe" }),
});

export const NeighborsQuerySchema = z.object({
  depth: integerParam(1, MAX_DEPTH)
    .default(1)
    .describe(`How many edges away to go (1 to ${MAX_DEPTH}, default 1).`)
    .meta({ example: 2 }),
  type: RelationTypeSchema.optional()
    .describe("Follow only relations of this type.")
    .meta({ example: "participated_in" }),
});

export const NeighborsSchema = z
  .object({
    center: EntityRefSchema,
    depth: z.number().int(),
    nodes: z.array(GraphNodeSchema).describe("The centre and every entity reached, nearest first."),
    edges: z.array(GraphEdgeSchema),
    truncated: z.boolean().describe(`True when the neighbourhood was cut at ${MAX_NODES} nodes.`),
  })
  .meta({ id: "GraphNeighbors" });

export const PathQuerySchema = z.object({
  from: EntityParam.meta({ example: "shinzo-abe" }),
  to: EntityParam.meta({ example: "vladimir-putin" }),
  type: RelationTypeSchema.optional()
    .describe("Walk only relations of this type.")
    .meta({ example: "participated_in" }),
});

export const PathEdgeSchema = GraphEdgeSchema.extend({
  direction: z
    .enum(["forward", "backward"])
    .describe("forward when the path walks the relation from `from` to `to`, backward when against it."),
}).meta({ id: "GraphPathEdge" });

export const PathSchema = z
  .object({
    from: EntityRefSchema,
    to: EntityRefSchema,
    length: z.number().int().describe("The number of edges."),
    nodes: z.array(EntityRefSchema).describe("The entities along the path, from `from` to `to`."),
    edges: z.array(PathEdgeSchema).describe("The relations walked, in order."),
  })
  .meta({ id: "GraphPath" });

export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type PathEdge = z.infer<typeof PathEdgeSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
