// The zod schemas of the curated YAML files in seed/entities/ and seed/documents/*/ (see seed/README.md).
// Structure is checked here; cross-references and quotes are checked by anchorGraph.
import { z } from "zod";

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
  description: OptionalText,
  note: OptionalText,
});

export const ActorSchema = EntityBase.extend({
  kind: z.enum(["person", "state", "economy", "organisation", "group"]),
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
  kind: z.enum([
    "treaty",
    "declaration",
    "memorandum",
    "plan",
    "constitution",
    "article",
    "strategy",
    "concept",
    "alliance",
    "partnership",
    "zone",
  ]),
  date: PartialDate.nullish(),
  parties: z.array(Id).default([]),
  status: OptionalText,
  provisions: z.array(Text).default([]),
  partOf: Id.nullish(),
}).strict();

/** A place: an island, island group, city, region, sea, ocean, route, facility, … */
export const PlaceSchema = EntityBase.extend({
  kind: z.enum([
    "island",
    "island-group",
    "city",
    "region",
    "sea",
    "ocean",
    "country-part",
    "facility",
    "place",
    "route",
  ]),
  group: Id.nullish(),
  administeredBy: Id.nullish(),
  claimedBy: z.array(Id).default([]),
  locatedIn: Id.nullish(),
}).strict();

/** An event: a summit, meeting, visit, forum, talks, exercise, war, … */
export const EventSchema = EntityBase.extend({
  kind: z.enum(["summit", "meeting", "visit", "forum", "talks", "exercise", "war", "event"]),
  date: PartialDate.nullish(),
  from: PartialDate.nullish(),
  to: PartialDate.nullish(),
  place: Id.nullish(),
  participants: z.array(Id).default([]),
  outcome: OptionalText,
}).strict();

export const RELATION_TYPES = [
  "participated_in",
  "party_to",
  "claims",
  "administers",
  "member_of",
  "leader_of",
  "located_in",
  "part_of",
  "held_in",
  "succeeded_by",
  "issued",
  "signed",
  "visited",
  "allied_with",
  "partner_of",
  "disputes_with",
  "citizen_of",
  "author_of",
  "official_of",
] as const;

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

export const CLAIM_KINDS = ["statement", "position", "event", "fact", "assessment"] as const;

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

export type ActorInput = z.infer<typeof ActorSchema>;
export type TreatyInput = z.infer<typeof TreatySchema>;
export type PlaceInput = z.infer<typeof PlaceSchema>;
export type EventInput = z.infer<typeof EventSchema>;
export type RelationInput = z.infer<typeof RelationSchema>;
export type ClaimInput = z.infer<typeof ClaimSchema>;
