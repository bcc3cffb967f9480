// The text layer of one database, read once when it is opened: each document with its sections
// and sentences, its endnotes, the works they cite and the claims each endnote backs. Small, and
// never changed while the server runs, so requests look it up in maps instead of joining.
// Every key is scoped by its document: sentence "s1" and endnote 1 exist once per document.
import { asc, isNotNull, sql } from "drizzle-orm";
import { readMeta } from "../db/meta.ts";
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";
import type { MetadataUnit } from "../domain/enums.ts";

export type DocumentRow = typeof t.documents.$inferSelect;
export type SentenceRow = typeof t.sentences.$inferSelect;
export type SectionRow = typeof t.sections.$inferSelect;
export type EndnoteRow = typeof t.endnotes.$inferSelect;
/** A cited work; its document is the layer that holds it. */
export type SourceRow = Omit<typeof t.sources.$inferSelect, "documentId">;
export type EndnoteSourceRow = typeof t.endnoteSources.$inferSelect;

/** One document's text: its sentences, sections, endnotes and the works they cite, by their ids within it. */
export class DocumentLayer {
  readonly id: string;
  /** The document's body text as code points (offsets count code points). */
  readonly documentText: string[];
  /** The author's line after the body, as code points. */
  readonly byline: string[];
  /** The lines outside the body quotes may be anchored in (title, byline, disclaimer), as code points. */
  readonly lines: Record<MetadataUnit, string[]>;
  /** Sentences in reading order. */
  readonly sentences = new Map<string, SentenceRow>();
  /** Sections in reading order. */
  readonly sections = new Map<string, SectionRow>();
  readonly endnotes = new Map<number, EndnoteRow>();
  readonly sources = new Map<string, SourceRow>();
  /** The works each endnote cites, in order. */
  readonly endnoteSources = new Map<number, EndnoteSourceRow[]>();
  /** The claims each endnote backs, in reading order. */
  readonly claimsByEndnote = new Map<number, string[]>();

  constructor(readonly document: DocumentRow) {
    this.id = document.id;
    this.documentText = Array.from(document.text);
    this.byline = Array.from(document.byline ?? "");
    this.lines = {
      title: Array.from(document.title),
      byline: this.byline,
      disclaimer: Array.from(document.disclaimerLine ?? ""),
    };
  }

  /** Follows Ibid / op. cit. back to the full citation: [16, 15, 8]. */
  chain(n: number): number[] {
    const out = [n];
    let current = this.endnotes.get(n);
    while (current?.refersTo != null && !out.includes(current.refersTo)) {
      out.push(current.refersTo);
      current = this.endnotes.get(current.refersTo);
    }
    return out;
  }

  /** The works an endnote cites, in order. */
  sourcesOf(n: number): SourceRow[] {
    return (this.endnoteSources.get(n) ?? []).flatMap((r) => {
      const source = this.sources.get(r.sourceId);
      return source ? [source] : [];
    });
  }
}

/** A document with no text: what the unscoped paths see in a database without documents. */
const NO_DOCUMENT: DocumentRow = {
  id: "",
  title: "",
  author: "",
  affiliation: "",
  disclaimer: null,
  disclaimerLine: null,
  byline: null,
  text: "",
};

export class TextLayer {
  /** Every document, the original article first, then as the seed wrote them. */
  readonly documents = new Map<string, DocumentLayer>();
  /** The document the unscoped paths (/v1/endnotes, /v1/sources, …) answer for. */
  readonly primary: DocumentLayer;

  constructor(db: Db) {
    for (const d of db.select().from(t.documents).orderBy(sql`rowid`).all())
      this.documents.set(d.id, new DocumentLayer(d));
    const primaryId = readMeta(db, "document_id");
    this.primary =
      (primaryId ? this.documents.get(primaryId) : undefined) ??
      this.documents.values().next().value ??
      new DocumentLayer(NO_DOCUMENT);
    const of = (id: string) => this.documents.get(id);
    for (const s of db.select().from(t.sentences).orderBy(asc(t.sentences.ordinal)).all())
      of(s.documentId)?.sentences.set(s.id, s);
    for (const s of db.select().from(t.sections).orderBy(asc(t.sections.ordinal)).all())
      of(s.documentId)?.sections.set(s.id, s);
    for (const e of db.select().from(t.endnotes).orderBy(asc(t.endnotes.n)).all())
      of(e.documentId)?.endnotes.set(e.n, e);
    for (const { documentId, ...source } of db.select().from(t.sources).all())
      of(documentId)?.sources.set(source.id, source);
    for (const row of db.select().from(t.endnoteSources).orderBy(asc(t.endnoteSources.ordinal)).all()) {
      const layer = of(row.documentId);
      if (layer) push(layer.endnoteSources, row.endnoteN, row);
    }
    const cited = db
      .select({ id: t.claims.id, documentId: t.claims.documentId, n: t.claims.endnoteN })
      .from(t.claims)
      .where(isNotNull(t.claims.endnoteN))
      .orderBy(asc(t.claims.ordinal))
      .all();
    for (const { id, documentId, n } of cited) {
      const layer = of(documentId);
      if (layer && n !== null) push(layer.claimsByEndnote, n, id);
    }
  }

  /** The original article's id. */
  get primaryId(): string {
    return this.primary.id;
  }

  /** A document's text, or undefined when the dataset has no such document. */
  of(documentId: string): DocumentLayer | undefined {
    return this.documents.get(documentId);
  }

  /** A document's text; an empty one for an id the dataset does not hold (foreign keys rule that out for stored rows). */
  need(documentId: string): DocumentLayer {
    return this.documents.get(documentId) ?? new DocumentLayer({ ...NO_DOCUMENT, id: documentId });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
