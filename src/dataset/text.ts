// The text layer of one database, read once when it is opened: the document, its sections and
// sentences, the endnotes, the works they cite and the claims each endnote backs. Small, and
// never changed while the server runs, so requests look it up in maps instead of joining.
import { asc, isNotNull } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";

export type DocumentRow = typeof t.documents.$inferSelect;
export type SentenceRow = typeof t.sentences.$inferSelect;
export type SectionRow = typeof t.sections.$inferSelect;
export type EndnoteRow = typeof t.endnotes.$inferSelect;
export type SourceRow = typeof t.sources.$inferSelect;
export type EndnoteSourceRow = typeof t.endnoteSources.$inferSelect;

export class TextLayer {
  readonly document: DocumentRow | null;
  readonly documentId: string;
  /** The document's body text as code points (offsets count code points). */
  readonly documentText: string[];
  /** The author's line after the body, as code points. */
  readonly byline: string[];
  readonly sentences = new Map<string, SentenceRow>();
  /** Sections in reading order. */
  readonly sections = new Map<string, SectionRow>();
  readonly endnotes = new Map<number, EndnoteRow>();
  readonly sources = new Map<string, SourceRow>();
  /** The works each endnote cites, in order. */
  readonly endnoteSources = new Map<number, EndnoteSourceRow[]>();
  /** The claims each endnote backs, in reading order. */
  readonly claimsByEndnote = new Map<number, string[]>();

  constructor(db: Db) {
    this.document = db.select().from(t.documents).get() ?? null;
    this.documentId = this.document?.id ?? "";
    this.documentText = Array.from(this.document?.text ?? "");
    this.byline = Array.from(this.document?.byline ?? "");
    for (const s of db.select().from(t.sentences).orderBy(asc(t.sentences.ordinal)).all())
      this.sentences.set(s.id, s);
    for (const s of db.select().from(t.sections).orderBy(asc(t.sections.ordinal)).all())
      this.sections.set(s.id, s);
    for (const e of db.select().from(t.endnotes).orderBy(asc(t.endnotes.n)).all()) this.endnotes.set(e.n, e);
    for (const s of db.select().from(t.sources).all()) this.sources.set(s.id, s);
    for (const row of db.select().from(t.endnoteSources).orderBy(asc(t.endnoteSources.ordinal)).all())
      push(this.endnoteSources, row.endnoteN, row);
    const cited = db
      .select({ id: t.claims.id, n: t.claims.endnoteN })
      .from(t.claims)
      .where(isNotNull(t.claims.endnoteN))
      .orderBy(asc(t.claims.ordinal))
      .all();
    for (const { id, n } of cited) if (n !== null) push(this.claimsByEndnote, n, id);
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
