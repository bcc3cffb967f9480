// Builds evidence and citations. The text layer is small and never changes while the server
// runs, so it is read once per database into maps rather than joined on every request.
import type { Db } from "../../db/open.ts";
import * as t from "../../db/schema.ts";
import type { Citation, Evidence, Source } from "./provenance.schemas.ts";

const CONTEXT = 32;

type SentenceRow = typeof t.sentences.$inferSelect;
type EndnoteRow = typeof t.endnotes.$inferSelect;
type SectionRow = typeof t.sections.$inferSelect;

export interface AnchorRef {
  sentenceId: string | null;
  inEndnote: number | null;
  inByline: boolean;
  start: number;
  end: number;
}

export type CitationRule = Citation["rule"];
export type CitationScope = Citation["scope"];

/** A quote and position selector over a text given as code points. */
function selector(chars: string[], start: number, end: number, into: string): Evidence["selector"] {
  return {
    exact: chars.slice(start, end).join(""),
    prefix: chars.slice(Math.max(0, start - CONTEXT), start).join(""),
    suffix: chars.slice(end, end + CONTEXT).join(""),
    start,
    end,
    in: into,
  };
}

export class Provenance {
  readonly documentId: string;
  readonly documentText: string[];
  readonly byline: string[];
  readonly sentences = new Map<string, SentenceRow>();
  readonly sections = new Map<string, SectionRow>();
  readonly endnotes = new Map<number, EndnoteRow>();
  readonly sources = new Map<string, Source>();
  /** The works each endnote cites, in order. */
  readonly endnoteSources = new Map<number, (typeof t.endnoteSources.$inferSelect)[]>();

  constructor(db: Db) {
    const doc = db.select().from(t.documents).get();
    this.documentId = doc?.id ?? "";
    this.documentText = Array.from(doc?.text ?? "");
    this.byline = Array.from(doc?.byline ?? "");
    for (const s of db.select().from(t.sentences).all()) this.sentences.set(s.id, s);
    for (const s of db.select().from(t.sections).all()) this.sections.set(s.id, s);
    for (const e of db.select().from(t.endnotes).all()) this.endnotes.set(e.n, e);
    for (const s of db.select().from(t.sources).all()) this.sources.set(s.id, toSource(s));
    for (const row of db.select().from(t.endnoteSources).orderBy(t.endnoteSources.ordinal).all()) {
      const list = this.endnoteSources.get(row.endnoteN) ?? [];
      list.push(row);
      this.endnoteSources.set(row.endnoteN, list);
    }
  }

  evidence(anchor: AnchorRef): Evidence {
    const { start, end } = anchor;
    if (anchor.sentenceId) {
      const sentence = this.sentences.get(anchor.sentenceId)!;
      const section = this.sections.get(sentence.sectionId)!;
      return {
        text: sentence.plainText,
        sentenceId: sentence.id,
        section: { id: section.id, heading: section.heading },
        selector: selector(this.documentText, start, end, "document"),
      };
    }
    if (anchor.inByline) {
      return {
        text: this.byline.join(""),
        sentenceId: null,
        section: { id: "byline", heading: "About the author" },
        selector: selector(this.byline, start, end, "byline"),
      };
    }
    const n = anchor.inEndnote!;
    const chars = Array.from(this.endnotes.get(n)?.text ?? "");
    return {
      text: this.endnoteSentence(chars, start, end),
      sentenceId: null,
      section: { id: "endnotes", heading: `Endnote ${n}` },
      selector: selector(chars, start, end, `endnote:${n}`),
    };
  }

  /** The sentence of an endnote's text around a quote: from the previous ". " to the next. */
  private endnoteSentence(chars: string[], start: number, end: number): string {
    const text = chars.join("");
    const before = chars.slice(0, start).join("");
    const stop = before.lastIndexOf(". ");
    const from = stop === -1 ? 0 : stop + 2;
    const afterQuote = chars.slice(0, end).join("").length;
    const next = text.indexOf(". ", afterQuote - 1);
    return text.slice(from, next === -1 ? text.length : next + 1).trim();
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

  sourcesOf(n: number): Source[] {
    return (this.endnoteSources.get(n) ?? []).map((r) => this.sources.get(r.sourceId)!).filter(Boolean);
  }

  citation(
    n: number | null,
    rule: CitationRule,
    reason: string | null = null,
    scope: CitationScope = null,
  ): Citation {
    if (n == null) {
      return {
        endnote: null,
        text: null,
        kind: null,
        refersTo: null,
        chain: [],
        pages: null,
        source: null,
        sources: [],
        rule,
        reason,
        scope: null,
      };
    }
    const note = this.endnotes.get(n)!;
    const sources = this.sourcesOf(n);
    return {
      endnote: n,
      text: note.text,
      kind: note.kind,
      refersTo: note.refersTo,
      chain: this.chain(n),
      pages: note.pages,
      source: sources[0] ?? null,
      sources,
      rule,
      reason,
      scope,
    };
  }
}

export function toSource(row: typeof t.sources.$inferSelect): Source {
  return { ...row, authors: JSON.parse(row.authors), problems: JSON.parse(row.problems) };
}

const cache = new WeakMap<Db, Provenance>();

/** The provenance maps of a database, read once. */
export function provenanceOf(db: Db): Provenance {
  let p = cache.get(db);
  if (!p) {
    p = new Provenance(db);
    cache.set(db, p);
  }
  return p;
}
