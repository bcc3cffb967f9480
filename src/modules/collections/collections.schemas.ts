// The typed collections: actors, treaties, islands (and places), summits (and events), each
// with its own fields at the top level and the filters that fit it.

import { z } from "zod";
import { PageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { idParam } from "../../http/params.ts";
import { YearParam } from "../../lib/dates.ts";
import {
  ACTOR_KINDS,
  ActorFieldsSchema,
  EntityBaseSchema,
  EVENT_KINDS,
  EventFieldsSchema,
  ISLAND_KINDS,
  PLACE_KINDS,
  PlaceFieldsSchema,
  SUMMIT_KINDS,
  TREATY_KINDS,
  TreatyFieldsSchema,
} from "../entities/entities.schemas.ts";

const EntityFilter = idParam().describe(
  "An entity id, or a name or alias (400 listing the ids when it names several).",
);

const Year = YearParam;

/** The fields every collection shares: an entity's base fields, its type and kinds narrowed. */
const common = <T extends string, K extends z.ZodType>(type: T, kind: K) =>
  EntityBaseSchema.extend({
    type: z.literal(type),
    kind,
    aliases: z.array(z.string()).describe("Every form the article uses, the name first."),
  }).shape;

export const ActorSchema = z
  .object({ ...common("actor", z.enum(ACTOR_KINDS)), ...ActorFieldsSchema.shape })
  .meta({ id: "Actor", description: "A person, state, organisation or group." });

export const TreatySchema = z
  .object({ ...common("treaty", z.enum(TREATY_KINDS)), ...TreatyFieldsSchema.shape })
  .meta({ id: "Treaty", description: "A treaty, declaration, memorandum, plan, article, strategy, …" });

export const PlaceSchema = z
  .object({ ...common("place", z.enum(PLACE_KINDS)), ...PlaceFieldsSchema.shape })
  .meta({
    id: "Place",
    description: "An island, island group, city, region, sea, ocean, route or other place.",
  });

export const EventSchema = z
  .object({ ...common("event", z.enum(EVENT_KINDS)), ...EventFieldsSchema.shape })
  .meta({
    id: "Event",
    description: "A summit, meeting, visit, forum, talks, exercise, war or other event.",
  });

export const IslandSchema = z
  .object({ ...common("place", z.enum(ISLAND_KINDS)), ...PlaceFieldsSchema.shape })
  .meta({ id: "Island", description: "An island or island group: a place of kind island or island-group." });

export const SummitSchema = z
  .object({ ...common("event", z.enum(SUMMIT_KINDS)), ...EventFieldsSchema.shape })
  .meta({ id: "Summit", description: "A summit, meeting, visit or talks: an event of one of those kinds." });

export const ActorPageSchema = pageSchema(ActorSchema).meta({ id: "ActorPage" });
export const TreatyPageSchema = pageSchema(TreatySchema).meta({ id: "TreatyPage" });
export const IslandPageSchema = pageSchema(IslandSchema).meta({ id: "IslandPage" });
export const SummitPageSchema = pageSchema(SummitSchema).meta({ id: "SummitPage" });
export const PlacePageSchema = pageSchema(PlaceSchema).meta({ id: "PlacePage" });
export const EventPageSchema = pageSchema(EventSchema).meta({ id: "EventPage" });

export const ListActorsQuerySchema = PageQuerySchema.extend({
  kind: z
    .enum(ACTOR_KINDS)
    .optional()
    .describe("person, state, organisation or group.")
    .meta({ example: "person" }),
  country: EntityFilter.optional()
    .describe("Actors of this state: an id or a name.")
    .meta({ example: "japan" }),
});

export const ListTreatiesQuerySchema = PageQuerySchema.extend({
  kind: z
    .enum(TREATY_KINDS)
    .optional()
    .describe("Only treaties of this kind: declaration, article, plan, …")
    .meta({ example: "declaration" }),
  party: EntityFilter.optional()
    .describe("Treaties this actor is party to: an id or a name.")
    .meta({ example: "japan" }),
  year: Year.optional().describe("Treaties dated in this year.").meta({ example: 1956 }),
});

export const ListIslandsQuerySchema = PageQuerySchema.extend({
  kind: z
    .enum(ISLAND_KINDS)
    .optional()
    .describe("Only islands or only island groups.")
    .meta({ example: "island" }),
  group: EntityFilter.optional()
    .describe("Places in this island group: an id or a name.")
    .meta({ example: "south-kurils" }),
  claimant: EntityFilter.optional()
    .describe("Places this actor claims: an id or a name.")
    .meta({ example: "japan" }),
  administeredBy: EntityFilter.optional()
    .describe("Places this actor administers: an id or a name.")
    .meta({ example: "russia" }),
});

export const ListSummitsQuerySchema = PageQuerySchema.extend({
  kind: z
    .enum(SUMMIT_KINDS)
    .optional()
    .describe("Only summits, meetings, visits or talks.")
    .meta({ example: "summit" }),
  participant: EntityFilter.optional()
    .describe(
      "Summits and events this actor took part in (a state: also through its people): an id or a name.",
    )
    .meta({ example: "mikhail-gorbachev" }),
  year: Year.optional().describe("Summits whose date or period overlaps this year.").meta({ example: 1997 }),
  place: EntityFilter.optional()
    .describe("Summits held at this place: an id or a name.")
    .meta({ example: "moscow" }),
});

export const ListPlacesQuerySchema = ListIslandsQuerySchema.extend({
  kind: z
    .enum(PLACE_KINDS)
    .optional()
    .describe("Only places of this kind: island, island-group, city, region, sea, ocean, route, …")
    .meta({ example: "city" }),
  locatedIn: EntityFilter.optional()
    .describe("Places the article locates in this place or state: an id or a name.")
    .meta({ example: "russian-far-east" }),
});

export const ListEventsQuerySchema = ListSummitsQuerySchema.extend({
  kind: z
    .enum(EVENT_KINDS)
    .optional()
    .describe("Only events of this kind: summit, meeting, visit, forum, talks, exercise, war, event.")
    .meta({ example: "war" }),
});

/** The `{id}` of a collection's item, with an example from that collection. */
export function collectionParams(example: string) {
  return z.object({ id: idParam().describe("The entity id.").meta({ example }) });
}

export type Actor = z.infer<typeof ActorSchema>;
export type Treaty = z.infer<typeof TreatySchema>;
export type Island = z.infer<typeof IslandSchema>;
export type Summit = z.infer<typeof SummitSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Event = z.infer<typeof EventSchema>;
