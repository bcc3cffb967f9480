// Entities: the people, states, organisations, treaties, islands, places, summits and events
// the article names, with their aliases, typed details, mentions, relations and claims.
import { z } from "zod";
import {
  ARTICLE_ALIAS_FORMS,
  ENTITY_KINDS as ENTITY_KINDS_BY_TYPE,
  ISLAND_KINDS,
  MENTION_SOURCES,
  SUMMIT_KINDS,
} from "../../domain/enums.ts";
import { PageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { idParam, textParam } from "../../http/params.ts";
import { ClaimSchema } from "../claims/claims.schemas.ts";
import { RelationTypeSchema } from "../graph/graph.schemas.ts";
import { CitationSchema, DocumentIdSchema, EvidenceSchema } from "../provenance/provenance.schemas.ts";
import { ENTITY_TYPES, EntityRefSchema } from "./entities.refs.ts";

export const ACTOR_KINDS = ENTITY_KINDS_BY_TYPE.actor;
export const TREATY_KINDS = ENTITY_KINDS_BY_TYPE.treaty;
export const PLACE_KINDS = ENTITY_KINDS_BY_TYPE.place;
export const EVENT_KINDS = ENTITY_KINDS_BY_TYPE.event;
export { ISLAND_KINDS, SUMMIT_KINDS };
export const ENTITY_KINDS = [
  ...new Set([...ACTOR_KINDS, ...TREATY_KINDS, ...PLACE_KINDS, ...EVENT_KINDS]),
] as readonly string[];

const entityTypeOrKind = [...new Set<string>([...ENTITY_TYPES, ...ENTITY_KINDS])] as [string, ...string[]];

// ---------------------------------------------------------------- typed fields of each collection

export const ActorRoleSchema = z.object({
  title: z.string().meta({ example: "Prime Minister" }),
  country: EntityRefSchema.nullable(),
  from: z.string().nullable().describe("Partial ISO date the office is known from."),
  to: z.string().nullable(),
  note: z.string().nullable(),
});

export const ActorFieldsSchema = z.object({
  role: z.string().nullable().describe("The role as the article states it."),
  country: EntityRefSchema.nullable(),
  roles: z.array(ActorRoleSchema).describe("Dated offices, as far as the article dates them."),
});

export const TreatyFieldsSchema = z.object({
  date: z.string().nullable().describe("As precise as the article: YYYY, YYYY-MM or YYYY-MM-DD."),
  dateStart: z.string().nullable().describe("First day the date covers (YYYY-MM-DD)."),
  dateEnd: z.string().nullable().describe("Last day the date covers (YYYY-MM-DD)."),
  parties: z.array(EntityRefSchema),
  status: z.string().nullable().describe("The status as the article states it."),
  provisions: z.array(z.string()).describe("Key provisions, quoted or closely paraphrased."),
  partOf: EntityRefSchema.nullable().describe("The treaty an article belongs to."),
});

export const PlaceFieldsSchema = z.object({
  group: EntityRefSchema.nullable().describe("The island group it belongs to."),
  administeredBy: EntityRefSchema.nullable(),
  claimedBy: z.array(EntityRefSchema),
  locatedIn: EntityRefSchema.nullable(),
});

export const EventFieldsSchema = z.object({
  date: z
    .string()
    .nullable()
    .describe('As precise as the article: "1991", "2013-04", or a period "1997-11/1998-04".'),
  dateStart: z.string().nullable().describe("First day the date covers (YYYY-MM-DD)."),
  dateEnd: z.string().nullable().describe("Last day the date covers (YYYY-MM-DD)."),
  place: EntityRefSchema.nullable(),
  participants: z.array(EntityRefSchema),
  outcome: z.string().nullable(),
});

export const EntityDetailsSchema = z
  .discriminatedUnion("type", [
    ActorFieldsSchema.extend({ type: z.literal("actor") }).meta({ id: "ActorDetails" }),
    TreatyFieldsSchema.extend({ type: z.literal("treaty") }).meta({ id: "TreatyDetails" }),
    PlaceFieldsSchema.extend({ type: z.literal("place") }).meta({ id: "PlaceDetails" }),
    EventFieldsSchema.extend({ type: z.literal("event") }).meta({ id: "EventDetails" }),
  ])
  .meta({ id: "EntityDetails", description: "The typed fields of the entity's collection." });

export type ActorFields = z.infer<typeof ActorFieldsSchema>;
export type TreatyFields = z.infer<typeof TreatyFieldsSchema>;
export type PlaceFields = z.infer<typeof PlaceFieldsSchema>;
export type EventFields = z.infer<typeof EventFieldsSchema>;
export type EntityDetails = z.infer<typeof EntityDetailsSchema>;

// ---------------------------------------------------------------- list and detail

/** The fields every entity shows, whatever its collection: the list, the detail and the collections extend it. */
export const EntityBaseSchema = z.object({
  id: z.string().meta({ example: "vladimir-putin" }),
  type: z.enum(ENTITY_TYPES),
  kind: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  note: z.string().nullable().describe("Where the article is wrong or doubtful about it."),
  knownAs: z
    .array(z.string())
    .describe(
      "Names readers use that the article does not (Seoul for South Korea, Kunashiri for Kunashir, the Northern Territories for the South Kurils): never in the article, never shown as its words; `/v1/ask`, `q` and the entity filters understand them.",
    ),
});

export const EntityListItemSchema = EntityBaseSchema.omit({ note: true })
  .extend({
    aliases: z.array(z.string()).describe("Every form the article uses, the name first."),
    matchedAlias: z
      .string()
      .optional()
      .describe(
        "With `q`: the name or alias that matched best (e.g. the misspelling the article uses), or the known-as name (see `matchedVia`).",
      ),
    matchedVia: z
      .enum(["name", "alias", "metonym", "known-as", "fuzzy"])
      .optional()
      .describe(
        "With `q`: how `matchedAlias` names it: its name, an alias or a metonym the article uses, `known-as` (a name readers use that the article does not, e.g. q=Seoul finds South Korea), or `fuzzy` (a close match by spelling or sound; see `matchDistance`).",
      ),
    matchDistance: z
      .number()
      .int()
      .optional()
      .describe(
        "With `q`, when no name contains the words: the edit distance from `q` to `matchedAlias` (a close match by spelling or sound, e.g. q=Putn finds Vladimir Putin at distance 1).",
      ),
  })
  .meta({ id: "EntityListItem" });

export const ListEntitiesQuerySchema = PageQuerySchema.extend({
  type: z
    .enum(entityTypeOrKind)
    .optional()
    .describe(
      "A type (actor, treaty, place, event) or a finer kind (person, state, organisation, declaration, island, city, summit, visit, war, …).",
    )
    .meta({ example: "actor" }),
  kind: z
    .enum(ENTITY_KINDS as [string, ...string[]])
    .optional()
    .describe("Only entities of this finer kind.")
    .meta({ example: "person" }),
  q: textParam(200)
    .optional()
    .describe(
      "A name or alias, or part of one, or a name readers use that the article does not (a known-as name: Seoul, Kunashiri): any case, accents and typographic quotes folded, possessive 's dropped. The article's own forms rank before known-as names; exact matches first, then prefixes, then substrings.",
    )
    .meta({ example: "Sergie Lavrov" }),
});

export const EntityPageSchema = pageSchema(EntityListItemSchema).meta({ id: "EntityPage" });

export const EntityParamsSchema = z.object({
  id: idParam().describe("The entity id.").meta({ example: "vladimir-putin" }),
});

export const EntityAliasSchema = z
  .object({
    text: z.string(),
    form: z.enum(ARTICLE_ALIAS_FORMS).describe("metonym: a name that stands for it, as Moscow for Russia."),
  })
  .meta({ id: "EntityAlias" });

export const EntityMentionSchema = z
  .object({
    document: DocumentIdSchema.describe("The document that mentions it."),
    sentenceId: z
      .string()
      .nullable()
      .describe("The body sentence, or null for a mention in an endnote or the byline."),
    endnote: z.number().int().nullable().describe("The endnote whose text mentions it, or null."),
    text: z.string().describe("The sentence, or the endnote's text."),
    section: z.object({ id: z.string(), heading: z.string() }),
    surface: z.string().describe("The words that name the entity there."),
    via: z
      .enum(MENTION_SOURCES)
      .describe("alias: the name occurs; claim: a claim about it quotes the sentence."),
  })
  .meta({ id: "EntityMention" });

export const EntityRelationSchema = z
  .object({
    id: z.string().meta({ example: "shinzo-abe--leader_of--japan" }),
    type: RelationTypeSchema,
    direction: z.enum(["out", "in"]).describe("out: this entity is the subject; in: it is the object."),
    other: EntityRefSchema,
    evidence: EvidenceSchema,
    citation: CitationSchema,
    claimId: z.string().nullable(),
  })
  .meta({ id: "EntityRelation" });

export const CLAIMS_PER_ENTITY = 50;

export const EntityDetailSchema = EntityBaseSchema.extend({
  aliases: z.array(EntityAliasSchema),
  details: EntityDetailsSchema,
  mentions: z.array(EntityMentionSchema).describe("Where the article names it, in reading order."),
  relations: z.array(EntityRelationSchema),
  claims: z
    .array(ClaimSchema)
    .describe(`Claims it speaks or is about, in reading order (the first ${CLAIMS_PER_ENTITY}).`),
  claimCount: z.number().int().describe("All such claims; page through /v1/claims?speaker= or ?about=."),
}).meta({ id: "EntityDetail" });

export type EntityListItem = z.infer<typeof EntityListItemSchema>;
export type EntityDetail = z.infer<typeof EntityDetailSchema>;
export type EntityMention = z.infer<typeof EntityMentionSchema>;
export type EntityRelation = z.infer<typeof EntityRelationSchema>;
