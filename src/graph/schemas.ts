// The zod schemas of the curated YAML files in seed/entities/ and seed/documents/*/ (see seed/README.md).
// Structure is checked here; cross-references and quotes are checked by anchorGraph.
import { z } from "zod";
import { CLAIM_KINDS, ENTITY_KINDS, type EntityType, RELATION_TYPES } from "../domain/enums.ts";

export { CLAIM_KINDS, RELATION_TYPES };

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug such as vladimir-putin");
const Text = z.string().trim().min(1);
const PartialDate = z.union([z.string(), z.number().int()]).transform(String);
const OptionalText = Text.nullish();

const EntityBase = z.object({
  id: Id,
  name: Text,
  kind: Text,
  aliases: z.array(Text).default([]),
  metonyms: z.array(Text).default([]),
  /** Names readers use that the article does not ("Seoul", "Northern Territories"); never in the article. */
  knownAs: z.array(Text).default([]),
  description: OptionalText,
  note: OptionalText,
});

/** The fields every entity has; the others are the typed details of its collection (entities.details). */
export const ENTITY_BASE_FIELDS = EntityBase.keyof().options;
export type EntityBaseField = (typeof ENTITY_BASE_FIELDS)[number];

export const ActorSchema = EntityBase.extend({
  kind: z.enum(ENTITY_KINDS.actor),
  role: OptionalText,
  country: Id.nullish(),
  roles: z
    .array(
      z.object({
        title: Text,
        country: Id.nullish(),
        from: PartialDate.nullish(),
        to: PartialDate.nullish(),
        note: OptionalText,
      }),
    )
    .default([]),
}).strict();

export const TreatySchema = EntityBase.extend({
  kind: z.enum(ENTITY_KINDS.treaty),
  date: PartialDate.nullish(),
  parties: z.array(Id).default([]),
  status: OptionalText,
  provisions: z.array(Text).default([]),
  partOf: Id.nullish(),
}).strict();

/** A place: an island, island group, city, region, sea, ocean, route, facility, … */
export const PlaceSchema = EntityBase.extend({
  kind: z.enum(ENTITY_KINDS.place),
  group: Id.nullish(),
  administeredBy: Id.nullish(),
  claimedBy: z.array(Id).default([]),
  locatedIn: Id.nullish(),
}).strict();

/** An event: a summit, meeting, visit, forum, talks, exercise, war, … */
export const EventSchema = EntityBase.extend({
  kind: z.enum(ENTITY_KINDS.event),
  date: PartialDate.nullish(),
  from: PartialDate.nullish(),
  to: PartialDate.nullish(),
  place: Id.nullish(),
  participants: z.array(Id).default([]),
  outcome: OptionalText,
}).strict();

export const RelationSchema = z
  .object({
    from: Id,
    type: z.enum(RELATION_TYPES),
    to: Id,
    quote: OptionalText,
    claim: Id.nullish(),
    note: OptionalText,
  })
  .strict()
  .refine((r) => Boolean(r.quote) !== Boolean(r.claim), {
    message: "a relation needs exactly one of `quote` or `claim` as its evidence",
    path: ["quote"],
  });

export const ClaimSchema = z
  .object({
    id: Id,
    kind: z.enum(CLAIM_KINDS),
    direct: z.boolean().default(false),
    speaker: Id,
    about: z.array(Id).min(1, "a claim is about at least one entity"),
    date: PartialDate.nullish(),
    from: PartialDate.nullish(),
    to: PartialDate.nullish(),
    quote: Text,
    summary: Text,
    endnote: z.number().int().min(1).nullish(),
    endnoteReason: OptionalText,
    uncited: OptionalText,
    note: OptionalText,
  })
  .strict()
  .refine((c) => c.endnote == null || Boolean(c.endnoteReason), {
    message: "an explicit endnote needs an endnoteReason",
    path: ["endnoteReason"],
  });

/**
 * Reader questions a claim answers (questions*.yaml): retrieval aids for /v1/ask, so that a
 * reader's wording ("Is Tokyo likely to give ground?") reaches the article's ("Japan won't
 * compromise"). Never facts: they are not served, and each must be answerable by the claim's quote.
 */
export const AskedAsSchema = z
  .object({
    claim: Id,
    questions: z
      .array(Text.refine((q) => q.endsWith("?"), "a question ends with a question mark"))
      .min(1, "list at least one question"),
  })
  .strict();

export type ActorInput = z.infer<typeof ActorSchema>;
export type TreatyInput = z.infer<typeof TreatySchema>;
export type PlaceInput = z.infer<typeof PlaceSchema>;
export type EventInput = z.infer<typeof EventSchema>;
export type RelationInput = z.infer<typeof RelationSchema>;
export type ClaimInput = z.infer<typeof ClaimSchema>;
export type AskedAsInput = z.infer<typeof AskedAsSchema>;

/** The typed details of each entity type as the seed stores them (entities.details): the curated fields but the base ones. */
export interface StoredDetailsOf {
  actor: Omit<ActorInput, EntityBaseField>;
  treaty: Omit<TreatyInput, EntityBaseField>;
  place: Omit<PlaceInput, EntityBaseField>;
  event: Omit<EventInput, EntityBaseField>;
}
export type StoredDetails = StoredDetailsOf[EntityType];
