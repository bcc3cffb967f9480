// Full-text queries over the one FTS5 table `search_index` (see migrations/0001_fts.sql), and the
// hydration of its rows into hits with a title, a highlighted snippet, a section and a link.
import type { CoreDataset } from "../../dataset/core.ts";
import type { DocumentLayer } from "../../dataset/text.ts";
import { prepared } from "../../db/prepared.ts";
import { METADATA_UNITS } from "../../domain/enums.ts";
import { type SpliceTemplate, spliceItems } from "../../http/exact.ts";
import { spliceTemplate } from "../../http/fragments.ts";
import { LINE_HEADINGS } from "../provenance/provenance.repo.ts";
import { highlight, highlightOf, instancesOfIds, snippet, snippetOf, tokenBounds } from "./fts5-text.ts";
import { type IndexedRow, memoryIndex, rank } from "./ranking.ts";
import type { SearchHit, SearchKind } from "./search.schemas.ts";

/** The pseudo-section of the endnotes (and of claims quoted from an endnote's text). */
export const ENDNOTES_SECTION = "endnotes";
/** The pseudo-section of the author's line after the body. */
export const BYLINE_SECTION = "byline";
/** The lines outside the body a claim may quote, each searchable as a section of its own (title, byline, disclaimer). */
const LINE_SECTIONS: readonly string[] = METADATA_UNITS;

// bm25 weights per column (kind, ref, section, name, body): a hit on an entity's name or alias
// counts ten times a hit in running text, so "Putin" finds Putin before the sentences naming him.
const NAME_WEIGHT = 10.0;
const BODY_WEIGHT = 1.0;
const COLUMN_WEIGHTS = `0, 0, 0, ${NAME_WEIGHT.toFixed(1)}, ${BODY_WEIGHT.toFixed(1)}`;

// Weights per kind, applied to bm25. A claim repeats its sentence's words with a summary and adds
// speaker and citation, so it goes before the bare sentence; endnotes are mostly bibliography, so
// a word in a work's title should not push the article's own text down.
const KIND_WEIGHTS: Record<SearchKind, number> = { entity: 1.0, claim: 1.1, sentence: 1.0, endnote: 0.7 };

// Match markers chosen from characters the index never holds (the query refuses control
// characters), so the text can be HTML-escaped after FTS5 has marked it.
const OPEN = "\u0001";
const CLOSE = "\u0002";
const SNIPPET_TOKENS = 24;

export interface SearchFilters {
  kinds?: SearchKind[];
  /** Section ids a hit may sit in; undefined for any. */
  sections?: string[];
  /** The document a hit must come from (entities, shared by all, always may); undefined for any. */
  document?: string;
}

export interface IndexRow {
  kind: SearchKind;
  ref: string;
  section: string | null;
  /** The sentence's, claim's or endnote's document; null for an entity. */
  document: string | null;
  score: number;
  /** An entity's names and aliases, matches marked; only entities have them (else ""). */
  nameMarked: string;
  bodySnippet: string;
  /** The hit itself, when made with the row (searchPlain). */
  hit?: SearchHit;
  /** The JSON of the hit's item, when made with the row (see spliceItems). */
  template?: SpliceTemplate;
}

/** Every document's sections, the original article's first. */
function allSections(data: CoreDataset) {
  return [...data.text.documents.values()].flatMap((d) =>
    [...d.sections.values()].sort((a, b) => a.ordinal - b.ordinal),
  );
}

/** The section ids a `section` filter accepts: the documents' sections, the title, byline and disclaimer lines, and `endnotes`. */
export function sectionIds(data: CoreDataset): string[] {
  return [...new Set([...allSections(data).map((s) => s.id), ...LINE_SECTIONS, ENDNOTES_SECTION])];
}

/** A section and its sub-sections (in any document that has it), or null when no section has this id. */
export function sectionScope(data: CoreDataset, sectionId: string): string[] | null {
  if (sectionId === ENDNOTES_SECTION || LINE_SECTIONS.includes(sectionId)) return [sectionId];
  const all = allSections(data);
  if (!all.some((s) => s.id === sectionId)) return null;
  const scope = [sectionId];
  // Sections nest one level in this article, but walk the tree so deeper nesting works too.
  for (let i = 0; i < scope.length; i++) {
    for (const s of all) if (s.parentId === scope[i] && !scope.includes(s.id)) scope.push(s.id);
  }
  return scope;
}

function filterSql(filters: SearchFilters): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filters.kinds?.length) {
    clauses.push(`kind IN (${filters.kinds.map(() => "?").join(", ")})`);
    params.push(...filters.kinds);
  }
  if (filters.sections) {
    clauses.push(`section IN (${filters.sections.map(() => "?").join(", ")})`);
    params.push(...filters.sections);
  }
  if (filters.document !== undefined) {
    clauses.push("(document = ? OR document IS NULL)");
    params.push(filters.document);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

// The index holds each row's section (a claim quoted from an endnote's text sits in "endnotes",
// one from the byline in "byline"; see migrations/0001_fts.sql). Scores are bm25 (negative, lower is better) turned positive and weighted by kind.
const SCORE = `-bm25(search_index, ${COLUMN_WEIGHTS})
        * CASE kind ${Object.entries(KIND_WEIGHTS)
          .map(([kind, weight]) => `WHEN '${kind}' THEN ${weight}`)
          .join(" ")} ELSE 1.0 END`;

// Only entities have names: the other rows' are not highlighted (FTS5 would read their positions for nothing).
const MATCHES = `
  WITH matches AS (
    SELECT
      kind,
      ref,
      section,
      document,
      ${SCORE} AS score,
      CASE kind WHEN 'entity' THEN highlight(search_index, 3, char(1), char(2)) ELSE '' END AS nameMarked,
      snippet(search_index, 4, char(1), char(2), '…', ${SNIPPET_TOKENS}) AS bodySnippet
    FROM search_index
    WHERE search_index MATCH ?
  )`;

// The same ranking, with the texts instead of FTS5's highlight and snippet (see rankedPage).
const RANKED = `
  WITH matches AS (
    SELECT kind, ref, section, document, ${SCORE} AS score, name, body
    FROM search_index
    WHERE search_index MATCH ?
  )`;

interface RankedRow {
  kind: SearchKind;
  ref: string;
  section: string | null;
  document: string | null;
  score: number;
  name: string | null;
  body: string | null;
}

/**
 * The page's rows with the entity names highlighted and the snippets made in JavaScript
 * (fts5-text.ts), when the query is one-word phrases whose terms are `terms` and every text on the
 * page is one that port reads exactly; else null. FTS5 ranks as before; only the page's rows get
 * a snippet, where SQL made one for every match.
 */
function rankedPage(
  data: CoreDataset,
  ftsQuery: string,
  terms: readonly string[],
  where: { sql: string; params: string[] },
  limit: number,
  offset: number,
): IndexRow[] | null {
  const ranked = prepared(
    data.db,
    `${RANKED} SELECT * FROM matches ${where.sql} ORDER BY score DESC, kind, ref LIMIT ? OFFSET ?`,
  ).all(ftsQuery, ...where.params, limit + 1, offset) as RankedRow[];
  const rows: IndexRow[] = [];
  for (const row of ranked) {
    if (row.body === null || row.name === null) return null;
    const bodyBounds = tokenBounds(row.body);
    if (!bodyBounds) return null;
    let nameMarked = "";
    if (row.kind === "entity") {
      const nameBounds = tokenBounds(row.name);
      if (!nameBounds) return null;
      nameMarked = highlight(row.name, nameBounds, terms, OPEN, CLOSE);
    }
    rows.push({
      kind: row.kind,
      ref: row.ref,
      section: row.section,
      document: row.document,
      score: row.score,
      nameMarked,
      bodySnippet: snippet(row.body, bodyBounds, terms, OPEN, CLOSE, "…", SNIPPET_TOKENS),
    });
  }
  return rows;
}

/** A row's hit without its score and snippet, and the JSON of the rest (see spliceTemplate). */
interface RowHit {
  base: HitBase;
  template: SpliceTemplate;
}

/** The item's part of each row's hit, made once per row of an index held in memory. */
const rowHits = new WeakMap<IndexedRow, RowHit | null>();

function rowHit(data: CoreDataset, row: IndexedRow): RowHit | null {
  let made = rowHits.get(row);
  if (made === undefined) {
    const base = hitBase(data, row.kind, row.ref, row.document);
    made = null;
    if (base) {
      if (base.section) Object.freeze(base.section);
      Object.freeze(base);
      // The hit's bytes but for its score and snippet, built once: an answer copies them.
      made = { base, template: spliceTemplate(hitOf(base, 1, ""), ["score", "snippet"]) };
    }
    rowHits.set(row, made);
  }
  return made;
}

/** Whether a text needs HTML escaping (&, <, >), and whether it holds the match markers itself. */
const NEEDS_ESCAPE = /[&<>]/;
const holdsMarkers = (text: string) => text.includes(OPEN) || text.includes(CLOSE);

/**
 * One page of hits of a plain-text query (its words' terms, in order: all of them, or any),
 * ranked in memory (ranking.ts) and with the page's snippets made in JavaScript (fts5-text.ts):
 * the rows searchIndex gives, each with its hit, without asking FTS5. Null when either port
 * cannot answer exactly (then ask searchIndex).
 */
export function searchPlain(
  data: CoreDataset,
  terms: readonly string[],
  mode: "all" | "any",
  filters: SearchFilters,
  limit: number,
  offset: number,
): IndexRow[] | null {
  const index = memoryIndex(data);
  if (!index) return null;
  const ranked = rank(index, terms, mode, filters, KIND_WEIGHTS, NAME_WEIGHT, BODY_WEIGHT);
  if (!ranked) return null;
  const ids = terms.map((t) => index.termIds.get(t) ?? -1);
  const rows: IndexRow[] = [];
  const page = ranked.slice(offset, offset + limit + 1);
  for (const { row, score } of page) {
    if (!row.bodyBounds) return null;
    const made = rowHit(data, row);
    const instances = instancesOfIds(row.bodyTerms, ids);
    let nameMarked = "";
    let bodySnippet = "";
    let snippetHtml: string | null = null;
    if (row.kind === "entity" || holdsMarkers(row.body)) {
      // Marked, then made HTML as FTS5's answer was (an entity's snippet is made of its names too).
      if (row.kind === "entity") {
        if (!row.nameBounds) return null;
        const names = instancesOfIds(row.nameTerms, ids).offsets;
        nameMarked = highlightOf(row.name, row.nameBounds, names, OPEN, CLOSE, false);
      }
      bodySnippet = snippetOf(
        row.body,
        row.bodyBounds,
        instances,
        ids.length,
        OPEN,
        CLOSE,
        "…",
        SNIPPET_TOKENS,
        false,
      );
    } else {
      snippetHtml = snippetOf(
        row.body,
        row.bodyBounds,
        instances,
        ids.length,
        "<mark>",
        "</mark>",
        "…",
        SNIPPET_TOKENS,
        NEEDS_ESCAPE.test(row.body),
      );
    }
    const indexRow: IndexRow = {
      kind: row.kind,
      ref: row.ref,
      section: row.section,
      document: row.document,
      score,
      nameMarked,
      bodySnippet,
    };
    if (made) {
      const html =
        snippetHtml || (row.kind === "entity" ? entitySnippet(indexRow) : markedToHtml(bodySnippet));
      indexRow.hit = hitOf(made.base, hitScore(score), html);
      indexRow.template = made.template;
    }
    rows.push(indexRow);
  }
  return rows;
}

/**
 * One page of hits, best first (limit + 1 rows from `offset`). The query goes to FTS5 as given:
 * a raw query with a syntax error throws better-sqlite3's SqliteError. `terms`, when the query is
 * plain words (one phrase each, in order), are their indexed terms (`queryTerm`): the snippets are
 * then made for the page only.
 */
export function searchIndex(
  data: CoreDataset,
  ftsQuery: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
  terms?: readonly string[],
): IndexRow[] {
  const where = filterSql(filters);
  if (terms) {
    const rows = rankedPage(data, ftsQuery, terms, where, limit, offset);
    if (rows) return rows;
  }
  return prepared(
    data.db,
    `${MATCHES} SELECT * FROM matches ${where.sql} ORDER BY score DESC, kind, ref LIMIT ? OFFSET ?`,
  ).all(ftsQuery, ...where.params, limit + 1, offset) as IndexRow[];
}

/** Whether anything matches (to decide whether to fall back from all words to any word). */
export function hasMatch(data: CoreDataset, ftsQuery: string, filters: SearchFilters): boolean {
  const where = filterSql(filters);
  return (
    prepared(
      data.db,
      `SELECT 1 FROM (SELECT kind, section, document FROM search_index WHERE search_index MATCH ?) ${where.sql} LIMIT 1`,
    ).get(ftsQuery, ...where.params) !== undefined
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** FTS5's marked text as an HTML fragment: escaped, with the matches in <mark>. */
function markedToHtml(marked: string): string {
  return escapeHtml(marked).replaceAll(OPEN, "<mark>").replaceAll(CLOSE, "</mark>");
}

/** An entity's snippet: the names and aliases that matched, then the description if it matched. */
function entitySnippet(row: IndexRow): string {
  const names = [...new Set(row.nameMarked.split(" | ").filter((n) => n.includes(OPEN)))];
  const parts: string[] = [];
  if (names.length) parts.push(names.join(" | "));
  if (row.bodySnippet.includes(OPEN) || parts.length === 0) parts.push(row.bodySnippet);
  return markedToHtml(parts.join(" — "));
}

/** A hit without its score and snippet: what the item itself gives (title, text, section, endnote, link). */
type HitBase = Omit<SearchHit, "score" | "snippet">;

/** The item's part of a hit, or null when the item has gone. */
function hitBase(data: CoreDataset, kind: SearchKind, ref: string, document: string | null): HitBase | null {
  const sectionOf = (p: DocumentLayer, id: string) => {
    const s = p.sections.get(id);
    return s ? { id: s.id, heading: s.heading } : null;
  };
  const p = data.text.of(document ?? "");
  if (kind === "sentence") {
    const s = p?.sentences.get(ref);
    if (!p || !s) return null;
    const section = sectionOf(p, s.sectionId);
    return {
      type: "sentence",
      id: s.id,
      document: p.id,
      title: section?.heading ?? "",
      text: s.plainText,
      section,
      endnote: s.coveringEndnote,
      link: `/v1/documents/${encodeURIComponent(p.id)}/sentences/${encodeURIComponent(s.id)}`,
    };
  }
  if (kind === "claim") {
    const c = data.claimIndex.byId.get(ref);
    if (!c) return null;
    const claimText = data.text.need(c.documentId);
    const sentence = c.sentenceId ? claimText.sentences.get(c.sentenceId) : undefined;
    return {
      type: "claim",
      id: c.id,
      document: c.documentId,
      title: c.summary,
      text: c.quote,
      // As in a claim's evidence: its sentence's section, the endnote whose text it quotes, or the line it quotes.
      section: sentence
        ? sectionOf(claimText, sentence.sectionId)
        : c.metadata
          ? { id: c.metadata, heading: LINE_HEADINGS[c.metadata] }
          : c.inByline
            ? { id: BYLINE_SECTION, heading: LINE_HEADINGS.byline }
            : { id: ENDNOTES_SECTION, heading: `Endnote ${c.inEndnote}` },
      endnote: c.endnoteN,
      link: `/v1/claims/${encodeURIComponent(c.id)}`,
    };
  }
  if (kind === "entity") {
    const e = data.entities.byId.get(ref)?.row;
    if (!e) return null;
    return {
      type: "entity",
      id: e.id,
      document: null,
      title: e.name,
      text: e.description ?? e.name,
      section: null,
      endnote: null,
      link: `/v1/entities/${encodeURIComponent(e.id)}`,
    };
  }
  const n = Number(ref);
  const endnote = p?.endnotes.get(n);
  if (!p || !endnote) return null;
  return {
    type: "endnote",
    id: String(n),
    document: p.id,
    title: `Endnote ${n}`,
    text: endnote.text,
    section: { id: ENDNOTES_SECTION, heading: `Endnote ${n}` },
    endnote: n,
    link:
      p.id === data.text.primaryId
        ? `/v1/endnotes/${n}`
        : `/v1/documents/${encodeURIComponent(p.id)}/endnotes/${n}`,
  };
}

/** The hit: the item's part with the score and snippet, in the schema's order of keys. */
function hitOf(base: HitBase, score: number, snippet: string): SearchHit {
  return {
    type: base.type,
    id: base.id,
    document: base.document,
    score,
    title: base.title,
    snippet,
    text: base.text,
    section: base.section,
    endnote: base.endnote,
    link: base.link,
  };
}

// bm25 is never zero for a real match, but idf is clamped near zero for words in most rows:
// keep the score positive, as the contract says, whatever FTS5 returns.
function hitScore(score: number): number {
  const rounded = Number(score.toPrecision(6));
  return Number.isFinite(rounded) && rounded > 0 ? rounded : 1e-6;
}

/** Turns index rows into hits; rows whose item has gone are dropped. */
export function hydrateHits(data: CoreDataset, rows: IndexRow[]): SearchHit[] {
  const hits: SearchHit[] = [];
  // When every hit was made with its row (searchPlain), the page copies their items' JSON.
  const templates: SpliceTemplate[] = [];
  for (const row of rows) {
    if (row.hit) {
      hits.push(row.hit);
      if (row.template) templates.push(row.template);
      continue;
    }
    const base = hitBase(data, row.kind, row.ref, row.document);
    if (!base) continue;
    hits.push(
      hitOf(
        base,
        hitScore(row.score),
        row.kind === "entity" ? entitySnippet(row) : markedToHtml(row.bodySnippet),
      ),
    );
  }
  return hits.length > 0 && templates.length === hits.length ? spliceItems(hits, templates) : hits;
}
