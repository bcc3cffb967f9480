// The database schema: the parsed text layer (documents … endnotes, sources) and the curated
// knowledge layer (entities, aliases, mentions, claims, relations) beside it. Offsets are
// Unicode code points into documents.text. Lists are JSON text columns where they are only read whole.
// Every text-layer key is scoped by its document: a section, paragraph or sentence is
// (document_id, id), an endnote (document_id, n), a cited work (document_id, id); claims,
// relations and mentions carry their document_id, and their references into the text are
// composite foreign keys, so "s1" or endnote 1 of one document never points into another.
import {
  foreignKey,
  index,
  integer,
  primaryKey,
  type SQLiteColumn,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  ALIAS_FORMS,
  CITATION_FORMS,
  CITATION_RULES,
  CITATION_SCOPES,
  CLAIM_KINDS,
  COVERAGE_RULES,
  ENDNOTE_KINDS,
  ENTITY_TYPES,
  MENTION_SOURCES,
  METADATA_UNITS,
  RELATION_TYPES,
} from "../domain/enums.ts";
import type { StoredDetails } from "../graph/schemas.ts";

export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const documents = sqliteTable("documents", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  author: text("author").notNull(),
  affiliation: text("affiliation").notNull(),
  disclaimer: text("disclaimer"),
  /** The disclaimer's line as the article has it ("Disclaimer: …"); quotes may be anchored in it. */
  disclaimerLine: text("disclaimer_line"),
  /** The author's line after the body, verbatim; quotes may be anchored in it. */
  byline: text("byline"),
  text: text("text").notNull(),
});

export const sections = sqliteTable(
  "sections",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    id: text("id").notNull(),
    ordinal: integer("ordinal").notNull(),
    heading: text("heading").notNull(),
    level: integer("level").notNull(),
    parentId: text("parent_id"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] })],
);

export const paragraphs = sqliteTable(
  "paragraphs",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    id: text("id").notNull(),
    sectionId: text("section_id").notNull(),
    ordinal: integer("ordinal").notNull(),
    text: text("text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.id] }),
    foreignKey({ columns: [t.documentId, t.sectionId], foreignColumns: [sections.documentId, sections.id] }),
  ],
);

export const sentences = sqliteTable(
  "sentences",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    /** "s1", "s2", … in reading order within the document. */
    id: text("id").notNull(),
    paragraphId: text("paragraph_id").notNull(),
    sectionId: text("section_id").notNull(),
    ordinal: integer("ordinal").notNull(),
    text: text("text").notNull(),
    plainText: text("plain_text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /** JSON array of the endnote numbers whose markers stand in the sentence. */
    markers: text("markers", { mode: "json" }).$type<number[]>().notNull(),
    coveringEndnote: integer("covering_endnote"),
    coverage: text("coverage", { enum: COVERAGE_RULES }).notNull(),
    /** How the covering endnote covers it: its marker stands in the sentence, or a later one of the paragraph. */
    citationScope: text("citation_scope", { enum: CITATION_SCOPES }),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.id] }),
    foreignKey({
      columns: [t.documentId, t.paragraphId],
      foreignColumns: [paragraphs.documentId, paragraphs.id],
    }),
    foreignKey({ columns: [t.documentId, t.sectionId], foreignColumns: [sections.documentId, sections.id] }),
    index("sentences_paragraph_idx").on(t.documentId, t.paragraphId),
    index("sentences_ordinal_idx").on(t.documentId, t.ordinal),
  ],
);

/** The works a document's endnotes cite; ids are slugs, unique within the document. */
export const sources = sqliteTable(
  "sources",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    id: text("id").notNull(),
    /** JSON array of author names. */
    authors: text("authors", { mode: "json" }).$type<string[]>().notNull(),
    title: text("title"),
    publication: text("publication"),
    date: text("date"),
    dateText: text("date_text"),
    url: text("url"),
    details: text("details"),
    partial: integer("partial", { mode: "boolean" }).notNull(),
    firstCitedIn: integer("first_cited_in"),
    /** JSON array of strings. */
    problems: text("problems", { mode: "json" }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] })],
);

export const endnotes = sqliteTable(
  "endnotes",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    n: integer("n").notNull(),
    text: text("text").notNull(),
    kind: text("kind", { enum: ENDNOTE_KINDS }).notNull(),
    refersTo: integer("refers_to"),
    pages: text("pages"),
    note: text("note"),
    accessed: text("accessed"),
    /** The sentence whose text carries the marker. */
    markerSentenceId: text("marker_sentence_id"),
    markerOffset: integer("marker_offset"),
    /** JSON array of strings. */
    problems: text("problems", { mode: "json" }).$type<string[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.n] }),
    foreignKey({
      columns: [t.documentId, t.markerSentenceId],
      foreignColumns: [sentences.documentId, sentences.id],
    }),
  ],
);

export const endnoteSources = sqliteTable(
  "endnote_sources",
  {
    documentId: text("document_id").notNull(),
    endnoteN: integer("endnote_n").notNull(),
    sourceId: text("source_id").notNull(),
    ordinal: integer("ordinal").notNull(),
    form: text("form", { enum: CITATION_FORMS }).notNull(),
    refersTo: integer("refers_to"),
    pages: text("pages"),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.endnoteN, t.ordinal] }),
    foreignKey({ columns: [t.documentId, t.endnoteN], foreignColumns: [endnotes.documentId, endnotes.n] }),
    foreignKey({ columns: [t.documentId, t.sourceId], foreignColumns: [sources.documentId, sources.id] }),
    index("endnote_sources_source_idx").on(t.documentId, t.sourceId),
  ],
);

export const entities = sqliteTable(
  "entities",
  {
    id: text("id").primaryKey(),
    /** The type: actor, treaty, place (islands, cities, regions, seas, …) or event (summits, visits, talks, wars, …). */
    type: text("type", { enum: ENTITY_TYPES }).notNull(),
    /** The finer kind: person, state, declaration, island, city, summit, visit, … */
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    note: text("note"),
    /** JSON object of the typed fields of the entity's collection (StoredDetailsOf[type]). */
    details: text("details", { mode: "json" }).$type<StoredDetails>().notNull(),
    /** Sortable bounds of the entity's date or period (YYYY-MM-DD), null when undated. */
    dateStart: text("date_start"),
    dateEnd: text("date_end"),
    /** The curated file the entity comes from. */
    file: text("file").notNull(),
  },
  (t) => [index("entities_type_idx").on(t.type, t.id), index("entities_date_idx").on(t.dateStart)],
);

export const aliases = sqliteTable(
  "aliases",
  {
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    alias: text("alias").notNull(),
    /** Lower-cased, accents and typographic quotes folded: what look-ups compare. */
    normalized: text("normalized").notNull(),
    /** "name", "alias" or "metonym" (a place standing for a government). */
    form: text("form", { enum: ALIAS_FORMS }).notNull(),
  },
  (t) => [
    uniqueIndex("aliases_entity_alias_idx").on(t.entityId, t.normalized),
    index("aliases_normalized_idx").on(t.normalized),
  ],
);

export const mentions = sqliteTable(
  "mentions",
  {
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    /** The document the mention is in. */
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    /** A body sentence, or null when the mention is in an endnote's text or the byline. */
    sentenceId: text("sentence_id"),
    endnoteN: integer("endnote_n"),
    /** True for a mention in the byline. */
    inByline: integer("in_byline", { mode: "boolean" }).notNull().default(false),
    /** The line outside the body the mention is in (title, byline, disclaimer), else null. */
    metadata: text("metadata", { enum: METADATA_UNITS }),
    /** The words of the article that name the entity, or the claim that ties it there. */
    surface: text("surface").notNull(),
    /** "alias" (the name occurs), or "claim" (a claim about the entity quotes this sentence). */
    via: text("via", { enum: MENTION_SOURCES }).notNull(),
  },
  (t) => [
    foreignKey({
      columns: [t.documentId, t.sentenceId],
      foreignColumns: [sentences.documentId, sentences.id],
    }),
    foreignKey({ columns: [t.documentId, t.endnoteN], foreignColumns: [endnotes.documentId, endnotes.n] }),
    index("mentions_entity_idx").on(t.entityId),
    index("mentions_sentence_idx").on(t.documentId, t.sentenceId),
  ],
);

/**
 * A verbatim quote, where it sits and the endnote that backs it: the evidence of a claim and of a
 * relation alike. A quote sits in a body sentence, an endnote's text or the byline.
 */
function anchoredQuote() {
  return {
    /** The document the quote is taken from. */
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    quote: text("quote").notNull(),
    sentenceId: text("sentence_id"),
    inEndnote: integer("in_endnote"),
    inByline: integer("in_byline", { mode: "boolean" }).notNull().default(false),
    /** The line outside the body the quote is in: title, byline (in_byline too) or disclaimer; else null. */
    metadata: text("metadata", { enum: METADATA_UNITS }),
    /** Code-point offsets of the quote in documents.text (body), the endnote's text or the byline. */
    quoteStart: integer("quote_start").notNull(),
    quoteEnd: integer("quote_end").notNull(),
    /** The endnote that backs the quote, and by which rule it was chosen (see src/graph/anchor.ts). */
    endnoteN: integer("endnote_n"),
    citationRule: text("citation_rule", { enum: CITATION_RULES }).notNull(),
    citationReason: text("citation_reason"),
    /** sentence: the endnote's marker stands in the quoted sentence; paragraph: borrowed from a later one. */
    citationScope: text("citation_scope", { enum: CITATION_SCOPES }),
  };
}

/** The composite references of an anchored quote into its document's sentences and endnotes. */
function anchoredQuoteKeys(t: {
  documentId: SQLiteColumn;
  sentenceId: SQLiteColumn;
  inEndnote: SQLiteColumn;
  endnoteN: SQLiteColumn;
}) {
  return [
    foreignKey({
      columns: [t.documentId, t.sentenceId],
      foreignColumns: [sentences.documentId, sentences.id],
    }),
    foreignKey({ columns: [t.documentId, t.inEndnote], foreignColumns: [endnotes.documentId, endnotes.n] }),
    foreignKey({ columns: [t.documentId, t.endnoteN], foreignColumns: [endnotes.documentId, endnotes.n] }),
  ];
}

export const claims = sqliteTable(
  "claims",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: CLAIM_KINDS }).notNull(),
    direct: integer("direct", { mode: "boolean" }).notNull(),
    speakerId: text("speaker_id")
      .notNull()
      .references(() => entities.id),
    summary: text("summary").notNull(),
    /** The date or period as curated ("2013-04", "1997-11/1998-04"), and its sortable bounds. */
    dateText: text("date_text"),
    dateStart: text("date_start"),
    dateEnd: text("date_end"),
    ...anchoredQuote(),
    note: text("note"),
    file: text("file").notNull(),
    ordinal: integer("ordinal").notNull(),
  },
  (t) => [
    ...anchoredQuoteKeys(t),
    index("claims_speaker_idx").on(t.speakerId),
    index("claims_endnote_idx").on(t.documentId, t.endnoteN),
    index("claims_date_idx").on(t.dateStart),
    index("claims_sentence_idx").on(t.documentId, t.sentenceId),
  ],
);

/**
 * Reader questions a claim answers, curated in questions*.yaml: retrieval aids for /v1/ask
 * (indexed beside the claim's quote and summary), never served as facts.
 */
export const claimQuestions = sqliteTable(
  "claim_questions",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    ordinal: integer("ordinal").notNull(),
    question: text("question").notNull(),
    file: text("file").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.ordinal] })],
);

export const claimAbout = sqliteTable(
  "claim_about",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    ordinal: integer("ordinal").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.entityId] }), index("claim_about_entity_idx").on(t.entityId)],
);

export const relations = sqliteTable(
  "relations",
  {
    id: text("id").primaryKey(),
    fromId: text("from_id")
      .notNull()
      .references(() => entities.id),
    type: text("type", { enum: RELATION_TYPES }).notNull(),
    toId: text("to_id")
      .notNull()
      .references(() => entities.id),
    /** The claim that backs the edge, or null when a quote does. */
    claimId: text("claim_id").references(() => claims.id),
    ...anchoredQuote(),
    file: text("file").notNull(),
  },
  (t) => [
    ...anchoredQuoteKeys(t),
    index("relations_from_idx").on(t.fromId),
    index("relations_to_idx").on(t.toId),
  ],
);
