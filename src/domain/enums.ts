// Every closed vocabulary of the data, defined once: the database columns (drizzle's `enum`),
// the curation schemas (seed/*.yaml), the API schemas (zod) and the TypeScript types all derive
// from these lists, so a new kind is added in one place.

/** The entity types, one collection each (seed/entities/<file>.yaml). */
export const ENTITY_TYPES = ["actor", "treaty", "place", "event"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The finer kinds of each entity type. */
export const ENTITY_KINDS = {
  actor: ["person", "state", "economy", "organisation", "group"],
  treaty: [
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
  ],
  place: [
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
  ],
  event: ["summit", "meeting", "visit", "forum", "talks", "exercise", "war", "event"],
} as const satisfies Record<EntityType, readonly string[]>;

/** The places /v1/islands lists, and the events /v1/summits lists. */
export const ISLAND_KINDS = [
  "island",
  "island-group",
] as const satisfies readonly (typeof ENTITY_KINDS.place)[number][];
export const SUMMIT_KINDS = [
  "summit",
  "meeting",
  "visit",
  "talks",
] as const satisfies readonly (typeof ENTITY_KINDS.event)[number][];

/** What an endnote is: a bare citation, Ibid., op. cit., an explanatory note, or a note that also cites. */
export const ENDNOTE_KINDS = ["citation", "ibid", "op-cit", "note", "note-citation"] as const;
export type EndnoteKind = (typeof ENDNOTE_KINDS)[number];

/** How an endnote cites one work: in full, as Ibid. or as op. cit. */
export const CITATION_FORMS = ["full", "ibid", "op-cit"] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

/** How a sentence is covered by an endnote: its own marker, the next marker of its paragraph, or none. */
export const COVERAGE_RULES = ["marker", "paragraph-end", "none"] as const;
export type CoverageRule = (typeof COVERAGE_RULES)[number];

/** How the endnote backing a quote was chosen (see src/graph/anchor.ts). */
export const CITATION_RULES = ["marker", "paragraph-end", "endnote-text", "override", "uncited"] as const;
export type CitationRule = (typeof CITATION_RULES)[number];

/** How an endnote covers a quote: its marker stands in the sentence, or a later one of the paragraph. */
export const CITATION_SCOPES = ["sentence", "paragraph"] as const;
export type CitationScope = (typeof CITATION_SCOPES)[number];

/** The kinds of claim (seed/README.md, "Rules"). */
export const CLAIM_KINDS = ["statement", "position", "event", "fact", "assessment"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * How an alias names its entity: its name, another name, a metonym ("Moscow" for Russia's
 * government), or a name readers use that the article never does (`known-as`: "Seoul" for South
 * Korea, "Kunashiri" for Kunashir), kept to understand questions and filters, never shown as the
 * article's words.
 */
export const ALIAS_FORMS = ["name", "alias", "metonym", "known-as"] as const;
export type AliasForm = (typeof ALIAS_FORMS)[number];
/** The forms the article itself uses: what an entity's `aliases` list. */
export const ARTICLE_ALIAS_FORMS = ["name", "alias", "metonym"] as const satisfies readonly AliasForm[];

/**
 * The lines of a document outside its body that quotes may be anchored in, each its own unit with
 * no endnote: the title, the author's line after the body (the byline) and the disclaimer line.
 */
export const METADATA_UNITS = ["title", "byline", "disclaimer"] as const;
export type MetadataUnit = (typeof METADATA_UNITS)[number];

/** How a mention was found: the name occurs, or a claim about the entity quotes the sentence. */
export const MENTION_SOURCES = ["alias", "claim"] as const;
export type MentionSource = (typeof MENTION_SOURCES)[number];

/** The typed edges between entities. */
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
export type RelationType = (typeof RELATION_TYPES)[number];

/** The document the unscoped paths (/v1/endnotes, /v1/sources, …) answer for: the original article. */
export const PRIMARY_DOCUMENT_ID = "russia-japan-reset";
