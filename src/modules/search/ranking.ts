// The ranking of a plain-text search done in memory, with FTS5's very scores and order. Asked in
// SQL, each search ran FTS5 over the index (doclists, a content row and a size record for every
// match, bm25 for each) and cost several times its measured time once a request's other work had
// pushed SQLite's pages and code out of the processor's caches. Here the index FTS5 built is read
// once per dataset (fts5vocab: every token's term, row and column), and a query of one-word
// phrases is matched and scored from it: FTS5's bm25 (fts5_aux.c) with the same operations in the
// same order, its inverse document frequencies computed by SQLite's own ln() (the same libm log()
// FTS5 calls). Tests compare the scores and pages with FTS5's for every word and many
// combinations (ranking.test.ts).
import Database from "better-sqlite3";
import type { CoreDataset } from "../../dataset/core.ts";
import { tokenBounds } from "./fts5-text.ts";
import type { SearchKind } from "./search.schemas.ts";

/** One row of the index: what a hit needs, and its size in tokens (all columns). */
export interface IndexedRow {
  rowid: number;
  kind: SearchKind;
  ref: string;
  section: string | null;
  document: string | null;
  name: string;
  body: string;
  tokens: number;
  /** The term id (MemoryIndex.termIds) of each token of the name and of the body: FTS5's own terms. */
  nameTerms: Int32Array;
  bodyTerms: Int32Array;
  /**
   * Where those tokens are in the text (start and end, flat), as fts5-text.ts cuts them, when it
   * reads the text and finds as many tokens as FTS5 indexed; else null (then FTS5 makes the snippet).
   */
  nameBounds: Int32Array | null;
  bodyBounds: Int32Array | null;
}

/** A term's rows: [row index, instances in `name`, instances in `body`] repeated, by row index. */
type Postings = Int32Array;

export interface MemoryIndex {
  rows: IndexedRow[];
  /** Each term's id, its place among the terms FTS5 indexed. */
  termIds: Map<string, number>;
  postings: Map<string, Postings>;
  /** ln((N - nHit + 0.5) / (nHit + 0.5)) of each term, clamped as FTS5 clamps it. */
  idf: Map<string, number>;
  /** Tokens per row on average (FTS5's avgdl). */
  avgdl: number;
}

const indexes = new WeakMap<CoreDataset, MemoryIndex | null>();

/**
 * Up to this many rows the index is held in memory (the article's has 433). A larger one stays
 * with FTS5: reading it costs seconds and tens of MB (13 s and 60 MB for the 43,300 rows of
 * `db:synth --scale 100`), and scoring every match of a common word in JavaScript costs more
 * than FTS5's doclists once matches run to thousands.
 */
export const MEMORY_INDEX_MAX_ROWS = 2_000;

/**
 * The dataset's index in memory, read on first use; null when it is larger than
 * MEMORY_INDEX_MAX_ROWS or this port cannot rank it exactly (a row's ref is not ASCII, so
 * JavaScript's string order might not be SQLite's).
 */
export function memoryIndex(data: CoreDataset): MemoryIndex | null {
  let index = indexes.get(data);
  if (index === undefined) {
    index = buildIndex(data);
    indexes.set(data, index);
  }
  return index;
}

/** Reads the index into memory (memoryIndex keeps it): null when it has more than `maxRows` rows or cannot be ranked exactly. */
export function buildIndex(data: CoreDataset, maxRows = MEMORY_INDEX_MAX_ROWS): MemoryIndex | null {
  const db = data.db.$client;
  const count = db.prepare("SELECT count(*) FROM search_index").pluck().get() as number;
  if (count > maxRows) return null;
  const rows = db
    .prepare("SELECT rowid, kind, ref, section, document, name, body FROM search_index ORDER BY rowid")
    .all() as Pick<IndexedRow, "rowid" | "kind" | "ref" | "section" | "document" | "name" | "body">[];
  const byRowid = new Map<number, number>();
  const indexed: IndexedRow[] = [];
  for (const row of rows) {
    if (!/^[\x20-\x7e]*$/.test(row.ref) || typeof row.name !== "string" || typeof row.body !== "string")
      return null;
    byRowid.set(row.rowid, indexed.length);
    indexed.push({
      ...row,
      tokens: 0,
      nameTerms: new Int32Array(0),
      bodyTerms: new Int32Array(0),
      nameBounds: null,
      bodyBounds: null,
    });
  }

  // Every token FTS5 indexed, by term and then row: the postings and each row's size. Read
  // through a connection of its own (the server's is query-only, and fts5vocab is a temp table),
  // in one read transaction, and only when that connection sees this dataset's version: a
  // re-seeded file put at the same path before the server swaps it in is another dataset.
  const reader = new Database(db.name, { readonly: true, fileMustExist: true });
  try {
    return reader.transaction(() => {
      const version = reader.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").pluck().get();
      return version === data.version ? readPostings(reader, db, indexed, byRowid) : null;
    })();
  } finally {
    reader.close();
  }
}

function readPostings(
  reader: Database.Database,
  db: Database.Database,
  indexed: IndexedRow[],
  byRowid: Map<number, number>,
): MemoryIndex | null {
  reader.exec(
    "CREATE VIRTUAL TABLE temp.search_index_instances USING fts5vocab(main, search_index, instance)",
  );
  const postings = new Map<string, Postings>();
  const termIds = new Map<string, number>();
  // Each row's term ids by token position, name and body.
  const positions = indexed.map(() => ({ name: [] as number[], body: [] as number[] }));
  let term = "";
  let list: number[] = [];
  let total = 0;
  const flush = () => {
    if (term) postings.set(term, Int32Array.from(list));
  };
  for (const [t, doc, col, offset] of reader
    .prepare("SELECT term, doc, col, offset FROM temp.search_index_instances")
    .raw()
    .iterate() as IterableIterator<[string, number, string, number]>) {
    const r = byRowid.get(doc);
    if (r === undefined || (col !== "name" && col !== "body")) return null;
    const row = indexed[r] as IndexedRow;
    row.tokens++;
    total++;
    if (t !== term) {
      flush();
      term = t;
      termIds.set(t, termIds.size);
      list = [];
    }
    (positions[r] as { name: number[]; body: number[] })[col][offset] = termIds.size - 1;
    const last = list.length === 0 ? -1 : (list[list.length - 3] as number);
    // fts5vocab lists a term's rows in rowid order, as the postings need.
    if (r < last) return null;
    if (r !== last) list.push(r, 0, 0);
    const at = list.length - (col === "name" ? 2 : 1);
    list[at] = (list[at] ?? 0) + 1;
  }
  flush();

  for (let r = 0; r < indexed.length; r++) {
    const row = indexed[r] as IndexedRow;
    const at = positions[r] as { name: number[]; body: number[] };
    row.nameTerms = termsOf(at.name);
    row.bodyTerms = termsOf(at.body);
    row.nameBounds = boundsOf(row.name, row.nameTerms);
    row.bodyBounds = boundsOf(row.body, row.bodyTerms);
  }

  // FTS5's idf: log((nRow - nHit + 0.5) / (nHit + 0.5)), through SQLite's ln(), which calls log().
  const nRow = indexed.length;
  const ln = db.prepare("SELECT ln(?) AS v").pluck();
  const idf = new Map<string, number>();
  for (const [t, p] of postings) {
    const nHit = p.length / 3;
    let v = ln.get((nRow - nHit + 0.5) / (nHit + 0.5)) as number;
    if (v <= 0.0) v = 1e-6;
    idf.set(t, v);
  }
  return { rows: indexed, termIds, postings, idf, avgdl: total / nRow };
}

/** A column's term ids by position (a position FTS5 did not list, which cannot happen, is -1). */
function termsOf(list: number[]): Int32Array {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i] ?? -1;
  return out;
}

/** The text's token bounds, when fts5-text.ts reads it and finds FTS5's number of tokens. */
function boundsOf(text: string, terms: Int32Array): Int32Array | null {
  const bounds = tokenBounds(text);
  if (!bounds || bounds.length !== 2 * terms.length || terms.includes(-1)) return null;
  return Int32Array.from(bounds);
}

/** FTS5's bm25 of a row: the phrases' frequencies weighted by column (name 10, body 1). */
function bm25(index: MemoryIndex, freq: Float64Array, idf: Float64Array, D: number): number {
  const k1 = 1.2;
  const b = 0.75;
  let score = 0.0;
  for (let i = 0; i < freq.length; i++) {
    const f = freq[i] ?? 0;
    score += (idf[i] ?? 0) * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + (b * D) / index.avgdl)));
  }
  return -1.0 * score;
}

export interface RankFilters {
  kinds?: readonly string[];
  sections?: readonly string[];
  document?: string;
}

/** A ranked row: the row and its score (bm25 turned positive, times its kind's weight). */
export interface Ranked {
  row: IndexedRow;
  score: number;
}

/**
 * The rows matching a query of one-word phrases (their terms, in order: all of them, or any),
 * filtered, scored and ordered as the SQL query orders them (score descending, then kind, then
 * ref); null when two rows tie on all three (SQLite's order among them is its own).
 */
export function rank(
  index: MemoryIndex,
  terms: readonly string[],
  mode: "all" | "any",
  filters: RankFilters,
  kindWeights: Readonly<Record<string, number>>,
  nameWeight: number,
  bodyWeight: number,
): Ranked[] | null {
  const lists: (Postings | undefined)[] = terms.map((t) => index.postings.get(t));
  if (mode === "all" && lists.some((l) => l === undefined)) return [];
  // Each row's instances per phrase, gathered by walking the postings.
  const found = new Map<number, Float64Array>();
  const nPhrase = terms.length;
  for (let p = 0; p < nPhrase; p++) {
    const list = lists[p];
    if (!list) continue;
    for (let j = 0; j < list.length; j += 3) {
      const r = list[j] as number;
      let freq = found.get(r);
      if (!freq) {
        if (mode === "all" && p > 0) continue;
        freq = new Float64Array(nPhrase);
        found.set(r, freq);
      }
      // FTS5 adds each instance's column weight, name column first: 10.0 per name instance, then 1.0 per body instance.
      let f = 0.0;
      for (let k = 0; k < (list[j + 1] as number); k++) f += nameWeight;
      for (let k = 0; k < (list[j + 2] as number); k++) f += bodyWeight;
      freq[p] = f;
    }
  }
  const idf = Float64Array.from(terms, (t) => index.idf.get(t) ?? 0);
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : null;
  const sections = filters.sections ? new Set(filters.sections) : null;
  const out: Ranked[] = [];
  for (const [r, freq] of found) {
    if (mode === "all" && freq.some((f) => f === 0)) continue;
    const row = index.rows[r] as IndexedRow;
    if (kinds && !kinds.has(row.kind)) continue;
    if (sections && (row.section === null || !sections.has(row.section))) continue;
    if (filters.document !== undefined && row.document !== null && row.document !== filters.document)
      continue;
    const weight = kindWeights[row.kind] ?? 1.0;
    out.push({ row, score: -bm25(index, freq, idf, row.tokens) * weight });
  }
  out.sort(
    (a, b) =>
      b.score - a.score ||
      (a.row.kind < b.row.kind ? -1 : a.row.kind > b.row.kind ? 1 : 0) ||
      (a.row.ref < b.row.ref ? -1 : a.row.ref > b.row.ref ? 1 : 0),
  );
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1] as Ranked;
    const b = out[i] as Ranked;
    if (a.score === b.score && a.row.kind === b.row.kind && a.row.ref === b.row.ref) return null;
  }
  return out;
}
