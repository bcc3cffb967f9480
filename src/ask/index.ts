// The question engine's index of one database, built once by a pure function of the database
// (`buildAskIndex`) so that it can be built eagerly when a database is opened or swapped in.
// It holds:
//   - every claim with what ranking needs (speaker, subjects, date, section, endnote) and the
//     bag of word stems that says what the claim covers (its sentence, quote, summary and the
//     names of its holder and subjects);
//   - an in-memory SQLite FTS5 table of the claims with one column per field, ranked with
//     bm25() and per-column weights (see FTS_COLUMNS);
//   - the article's vocabulary (stems, and folded words for spelling tolerance), the inverse
//     document frequency of each stem over the article's passages, the years the article
//     touches, and which words occur together in one passage;
//   - the document's own metadata and sections, the summits by participant, and the sentences
//     that state each typed relation.
import Database from "better-sqlite3";
import type { CoreDataset } from "../dataset/core.ts";
import { type EntityCatalog, storedFields } from "../dataset/entities.ts";
import type { DocumentLayer } from "../dataset/text.ts";
import * as t from "../db/schema.ts";
import type { MetadataUnit } from "../domain/enums.ts";
import { must } from "../lib/must.ts";
import { compareIds, SUPERSCRIPT_DIGITS } from "../lib/text.ts";
import { FuzzyNames, fuzzySafe } from "./fuzzy.ts";
import { EntityLinker } from "./linker.ts";
import { acronymsOf, contentKeys, STOPWORDS, words } from "./words.ts";

export interface IndexedClaim {
  id: string;
  ordinal: number;
  kind: string;
  direct: boolean;
  speaker: string;
  about: Set<string>;
  dateStart: string | null;
  dateEnd: string | null;
  /** A figure other than a year (a share, an amount). */
  hasFigure: boolean;
  /** The years its quote names ("the 1956 Declaration", "in 2001"). */
  yearsNamed: number[];
  inEndnote: boolean;
  inByline: boolean;
  /** The line outside the body the claim quotes (title, byline, disclaimer), else null. */
  metadata: MetadataUnit | null;
  /** The document the claim is stated in. */
  document: string;
  /** The claim's sentence, qualified by its document ("russia-japan-reset/s12"): sentence ids repeat across documents. */
  sentenceId: string | null;
  /** The sentence's place in its document (null outside the body). */
  sentenceOrdinal: number | null;
  /** The paragraph the claim's sentence sits in, qualified by its document as sentenceId is (null outside the body). */
  paragraphId: string | null;
  /** The section the claim's sentence sits in ("endnotes", "title", "byline", "disclaimer" outside the body). */
  sectionId: string;
  endnote: number | null;
  /**
   * The other endnotes whose markers its quote spans ("… to resume talks² on resolving the
   * territorial dispute³ …" rests on 2 as well as on its own 3), in the article's order.
   */
  spannedEndnotes: number[];
  /**
   * Whether its sentence's endnote marker stands after a later sentence of its paragraph (the
   * design's "next marker later in the same paragraph"), not at the end of its own.
   */
  noteLater: boolean;
  /** Whether the endnote resolves to a cited work. */
  cited: boolean;
  /**
   * Stems of what its endnote says of the work it cites: the note's text, the work's authors,
   * title and publication, the words of its address ("nippon", "sipri"): what a source question
   * names the work by ("Which Financial Times story …", "whose SIPRI chapter …").
   */
  citationKeys: Set<string>;
  /** The years its cited work is dated in ("Which journal article from 1998 …"). */
  sourceYears: number[];
  /** Its endnote's text, as the article writes it (Markdown), or "" without one. */
  noteText: string;
  /**
   * When its endnote only points back ("Ibid.", "Kimura, op. cit."): the note that first cites
   * the work in full, its number and text, for an answer to name the work.
   */
  noteFirst?: { n: number; text: string };
  /** Whether its cited work is dated to a day ("On what date was Miller's Forbes piece published?"). */
  sourceDated: boolean;
  /** Whether its endnote names who wrote the work it cites ("Who wrote the RT piece?"). */
  sourceAuthored: boolean;
  /** Whether its endnote gives the pages it cites ("On which page …?"). */
  sourcePaged: boolean;
  /** Whether its endnote names where the work it cites came out ("In which journal …?"). */
  sourcePublished: boolean;
  quote: string;
  summary: string;
  /** Its whole sentence as the article writes it (the quote outside the body). */
  sentence: string;
  /** Stems the claim covers: its sentence, quote and summary, and its holder's and subjects' names. */
  bag: Set<string>;
  /** Stems of its own words (quote and summary). */
  ownKeys: Set<string>;
  /**
   * Stems of the reader questions curated for it (questions*.yaml) that its sentence, quote,
   * summary and names do not hold: the readers' words for what it says ("give ground" for
   * "won't compromise").
   */
  askedKeys: Set<string>;
  /** Entities its sentence names (by name or alias), whether or not the claim is about them. */
  mentioned: Set<string>;
  /**
   * Stems of its paragraph's sentences (its own among them), so that "the islands" of the
   * paragraph reaches the sentence "Japan won't compromise on a stand …" (empty outside the body).
   */
  paragraphKeys: Set<string>;
  /** Entities its paragraph's claims are held by, about, or whose sentences name them. */
  paragraphEntities: Set<string>;
}

/** A claim with both dates, as the date-ordered list holds them. */
export type DatedClaim = IndexedClaim & { dateStart: string; dateEnd: string };

/** The bm25() weight of the curated reader questions' column. */
const ASKED_WEIGHT = 1.0;

/**
 * The claim fields of the full-text index and their bm25() weights: the curated summary and
 * the verbatim quote say most precisely what the claim states; the whole sentence adds
 * context; the names of the holder and subjects (with aliases) let "these meetings" be found
 * as the Yeltsin–Hashimoto summits; the section heading and the endnote's text and cited work
 * count least, and matter for "in the conclusion" or "which source" questions. The reader
 * questions curated for the claim (questions*.yaml) say what it answers in other people's words.
 */
export const FTS_COLUMNS = [
  { name: "summary", weight: 2.0 },
  { name: "quote", weight: 2.0 },
  { name: "sentence", weight: 1.0 },
  { name: "names", weight: 0.8 },
  { name: "context", weight: 0.3 },
  { name: "asked", weight: ASKED_WEIGHT },
] as const;

export interface AskIndex {
  /** The dataset's entity catalogue. */
  entities: EntityCatalog;
  /** Names, aliases and dated offices, for linking the names in a question. */
  linker: EntityLinker;
  /** Names and aliases, for linking by spelling or sound when nothing matches exactly. */
  names: FuzzyNames;
  claims: IndexedClaim[];
  byId: Map<string, IndexedClaim>;
  byOrdinal: Map<number, IndexedClaim>;
  /**
   * bm25 relevance (higher is better, > 0) of the best-matching claims for these plain words, at
   * most `limit` of them (FTS5 ranks them; no loop over the claims here). A weighted term (a
   * WordNet relative of a question's word, a phrase such as "stumbling block") adds its bm25
   * times its weight, as an OR group of the query.
   */
  search(plainWords: SearchTerm[], limit?: number): Map<string, number>;
  /** bm25 relevance of these claims (those that match at all) for these plain words. */
  searchAmong(plainWords: SearchTerm[], claimIds: Iterable<string>): Map<string, number>;
  /** The claims held by, about, or whose sentence names an entity, in article order. */
  claimsOfEntity: Map<string, IndexedClaim[]>;
  /** The claims quoting the sentence at this place of a document, in article order. */
  claimsAt(document: string, sentenceOrdinal: number): IndexedClaim[];
  /** The claims cited to, or stated in, a document's endnote. */
  claimsOfEndnote(document: string, n: number): IndexedClaim[];
  /** The claims of each sentence id, in article order. */
  claimsOfSentence: Map<string, IndexedClaim[]>;
  /** The claims of each section ("endnotes" and "byline" for those outside the body), in article order. */
  claimsOfSection: Map<string, IndexedClaim[]>;
  /** The claims with a date, by start date (then article order), for periods. */
  datedClaims: DatedClaim[];
  /** The byline's claims (who wrote the article, where she works). */
  bylineClaims: IndexedClaim[];
  /** The claims quoting each line outside the body: the title, the byline, the disclaimer. */
  claimsOfLine: Record<MetadataUnit, IndexedClaim[]>;
  /** The article's stems of the same family as a stem (five letters or more, one the start of the other), itself aside. */
  familyOf(key: string): string[];
  /** Stems the article uses (body, endnotes, byline, title). */
  vocabulary: Set<string>;
  /**
   * The names of the works the endnotes cite, by publication and author ("Hindustan Times",
   * "Jonathan Soble", "Soble"), each as its folded words: a question that names one asks about
   * what the article cites it for.
   */
  workNames: string[][];
  /** Cited publications written as an acronym ("FT", "SIPRI"), folded: "Financial Times" may name one. */
  workAcronyms: Set<string>;
  /** The longer titles of the works the endnotes cite, each as its folded words: a question may quote one. */
  workTitles: string[][];
  /** Stems some claim's bag holds (its sentence, quote, summary, names): the others are only cited works' and endnotes' words. */
  claimKeys: Set<string>;
  /** Folded words the article uses, for spelling tolerance. */
  foldedWords: Set<string>;
  /**
   * Abbreviations the article uses or could be abbreviated by: its all-capital words ("FT",
   * "LNG") and the initials of its capitalised names ("Indian Council of World Affairs" →
   * "ICWA"), so that a question's "ICWA" or "Financial Times" is not taken for an unknown name.
   */
  acronyms: Set<string>;
  /** Inverse document frequency of a stem over the article's passages; unknown stems get `maxIdf`. */
  idf(key: string): number;
  maxIdf: number;
  /** Whether the article uses a word of the same family (a stem of 5 letters or more that begins it). */
  hasFamily(folded: string): boolean;
  /** What follows the article's stems that begin the word ("navalny" → ["ny"] of "naval"). */
  familyEndings(folded: string): string[];
  /** Whether some passage of the article has every one of these stems. */
  cooccur(keys: string[]): boolean;
  /** Years the article's text names or its claims are dated in. */
  years: Set<number>;
  document: { id: string; title: string; author: string; affiliation: string };
  sections: { id: string; heading: string; keys: string[] }[];
  eventsByParticipant: Map<string, Set<string>>;
  eventDates: Map<string, string>;
  actorIds: Set<string>;
  /**
   * How specific an entity is in [0, 1]: log(N / claims naming it) / log(N). Russia and Japan,
   * named by most claims, are near 0; an entity named once is 1.
   */
  entitySpecificity(id: string): number;
  /** The two states most claims hold or are about: who "the two countries", "both sides" are. */
  mainPair: string[];
  /** Actor → the actors it acts for: a leader's state, a ministry's government (leader_of, part_of). */
  actsFor: Map<string, Set<string>>;
  /** Entity id → relation type → the sentences and claims that state such an edge. */
  relationEvidence: Map<string, Map<string, { sentences: Set<string>; claims: Set<string> }>>;
}

/** A word (or phrase) of a full-text query, plain (weight 1) or weighted. */
export type SearchTerm = string | { text: string; weight: number };

/** How many of the best full-text matches a question considers (besides the claims its names, dates and sections reach). */
export const SEARCH_LIMIT = 200;

/** A sentence's (or paragraph's) key across documents, as IndexedClaim and relationEvidence hold it. */
export const sentenceKey = (documentId: string, sentenceId: string) => `${documentId}/${sentenceId}`;

/** A figure other than a year: a number written in digits ("67-year", "40%") or in words ("three periods"). */
export function hasFigure(quote: string): boolean {
  const withoutYears = quote.replace(/\b(1[89]|20)\d{2}\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "");
  return /\d/.test(withoutYears) || NUMBER_WORDS.test(withoutYears);
}
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|quarter|per ?cent)\b/i;

/**
 * The note a note that only points back leads to (Ibid. / op. cit., followed by the ingest's
 * refersTo to the full citation), if it is another.
 */
function noteFirstOf(n: number | null, layer: DocumentLayer): { noteFirst?: { n: number; text: string } } {
  const first = n === null ? undefined : layer.chain(n).at(-1);
  const text = first !== undefined && first !== n ? layer.endnotes.get(first)?.text : undefined;
  return first !== undefined && text ? { noteFirst: { n: first, text } } : {};
}

/**
 * The cited works' titles (and their main parts, before a subtitle) of three content words or
 * more, as folded words, longest first: a question may quote one ("Who wrote 'Senkaku Islands
 * tensions drive Russia and Japan closer'?"); a shorter title is a common phrase.
 */
function workTitlesOf(layers: DocumentLayer[]): string[][] {
  const titles = new Map<string, string[]>();
  const add = (title: string) => {
    if (contentKeys(title).length < 3) return;
    const folded = words(title).map((w) => w.folded);
    titles.set(folded.join(" "), folded);
  };
  for (const layer of layers)
    for (const n of layer.endnotes.keys())
      for (const work of layer.sourcesOf(n)) {
        if (!work.title) continue;
        add(work.title);
        // And its main part, before a subtitle ("Japan-Russia Economic Relationship" of "…:
        // Present Condition and Future Possibilities"), as people cite it.
        add(work.title.split(/:\s/)[0] ?? "");
      }
  return [...titles.values()].sort((a, b) => b.length - a.length);
}

/** The cited publications written as an acronym ("FT", "RT", "SIPRI"), folded. */
function workAcronymsOf(layers: DocumentLayer[]): Set<string> {
  const out = new Set<string>();
  for (const layer of layers)
    for (const n of layer.endnotes.keys())
      for (const work of layer.sourcesOf(n))
        if (work.publication && /^\p{Lu}{2,6}$/u.test(work.publication.trim()))
          out.add(work.publication.trim().toLowerCase());
  return out;
}

/** The names of the cited works' publications and authors (and authors' surnames), as folded words, longest first. */
function workNamesOf(layers: DocumentLayer[]): string[][] {
  const names = new Map<string, string[]>();
  // A name of fewer than four letters is a surname only ("Lo" of "Bobo Lo"); the question must
  // write it capitalised (worksNamed).
  const add = (name: string, least = 4) => {
    const folded = words(name.replace(/^the\s+/i, "")).map((w) => w.folded);
    if (
      folded.length &&
      folded.join("").length >= least &&
      !(folded.length === 1 && STOPWORDS.has(folded[0] ?? ""))
    )
      names.set(folded.join(" "), folded);
  };
  for (const layer of layers)
    for (const n of layer.endnotes.keys())
      for (const work of layer.sourcesOf(n)) {
        if (work.publication) {
          add(work.publication);
          // "RT" of "RT Question More": a publication known by the acronym it opens with.
          const acronym = /^(\p{Lu}{2,5})\s+\p{Lu}/u.exec(work.publication)?.[1];
          if (acronym) names.set(acronym.toLowerCase(), [acronym.toLowerCase()]);
        }
        for (const author of work.authors) {
          add(author);
          const surname = author.trim().split(/\s+/).at(-1);
          if (surname && surname !== author.trim()) add(surname, 2);
        }
      }
  return [...names.values()].sort((a, b) => b.length - a.length);
}

/**
 * The endnote numbers whose markers (runs of superscript digits) stand in a sentence between two
 * offsets of its document, both included: a marker right after a quote closes it.
 */
export function markersWithin(sentence: string, sentenceStart: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)) {
    const at = sentenceStart + m.index;
    if (at >= from && at <= to)
      out.push(Number([...m[0]].map((d) => SUPERSCRIPT_DIGITS.indexOf(d)).join("")));
  }
  return out;
}

/** Builds the index of a dataset; called once, when its database is opened (src/dataset/dataset.ts). */
export function buildAskIndex(data: CoreDataset): AskIndex {
  const { db } = data;
  const catalog = data.entities;
  const namesOf = (id: string) => {
    const record = catalog.byId.get(id);
    return record ? [record.row.name, ...record.aliases.map((a) => a.text)].join(" ") : "";
  };
  const about = new Map<string, Set<string>>();
  for (const a of db.select().from(t.claimAbout).all()) {
    const set = about.get(a.claimId) ?? new Set<string>();
    set.add(a.entityId);
    about.set(a.claimId, set);
  }
  // Every document's text; sentence ids, section ids and endnote numbers are each document's own.
  const layers = [...data.text.documents.values()];
  const sectionRows = layers.flatMap((layer) => [...layer.sections.values()]);
  // The entities named in each sentence (and each line outside the body), by its key across documents.
  const mentionedIn = new Map<string, Set<string>>();
  for (const m of db
    .select({
      entityId: t.mentions.entityId,
      documentId: t.mentions.documentId,
      sentenceId: t.mentions.sentenceId,
      metadata: t.mentions.metadata,
      inByline: t.mentions.inByline,
      via: t.mentions.via,
    })
    .from(t.mentions)
    .all()) {
    if (m.via !== "alias") continue;
    // A line outside the body (the byline's "New Delhi") is keyed by its name, as a sentence is by its id.
    const line = m.metadata ?? (m.inByline ? "byline" : null);
    const place = m.sentenceId ?? (line ? `#${line}` : null);
    if (!place) continue;
    const key = sentenceKey(m.documentId, place);
    const set = mentionedIn.get(key) ?? new Set<string>();
    set.add(m.entityId);
    mentionedIn.set(key, set);
  }

  const fts = new Database(":memory:");
  fts.exec(
    `CREATE VIRTUAL TABLE claim_text USING fts5(id UNINDEXED, ${FTS_COLUMNS.map((c) => c.name).join(", ")}, tokenize = 'porter unicode61 remove_diacritics 2')`,
  );
  const insert = fts.prepare(
    `INSERT INTO claim_text (rowid, id, ${FTS_COLUMNS.map((c) => c.name).join(", ")}) VALUES (?, ?, ${FTS_COLUMNS.map(() => "?").join(", ")})`,
  );
  // The reader questions curated for each claim, in their files' order.
  const askedOf = new Map<string, string[]>();
  for (const q of db
    .select()
    .from(t.claimQuestions)
    .orderBy(t.claimQuestions.claimId, t.claimQuestions.ordinal)
    .all()) {
    const list = askedOf.get(q.claimId);
    if (list) list.push(q.question);
    else askedOf.set(q.claimId, [q.question]);
  }

  // Each paragraph's stems, from its sentences; its entities are added from its claims below.
  const paragraphKeys = new Map<string, Set<string>>();
  const paragraphEntities = new Map<string, Set<string>>();
  for (const layer of layers)
    for (const sentence of layer.sentences.values()) {
      const key = sentenceKey(layer.document.id, sentence.paragraphId);
      const keys = paragraphKeys.get(key) ?? new Set<string>();
      for (const k of contentKeys(sentence.plainText)) keys.add(k);
      paragraphKeys.set(key, keys);
      if (!paragraphEntities.has(key)) paragraphEntities.set(key, new Set());
    }
  const NO_KEYS = new Set<string>();

  const claims: IndexedClaim[] = [];
  const rows = db.select().from(t.claims).orderBy(t.claims.ordinal).all();
  for (const c of rows) {
    const layer = data.text.need(c.documentId);
    const sentenceRow = c.sentenceId ? layer.sentences.get(c.sentenceId) : undefined;
    const sentence = sentenceRow?.plainText ?? "";
    const subjects = about.get(c.id) ?? new Set<string>();
    const names = [c.speakerId, ...subjects].map(namesOf).join(" ");
    const sectionId = c.sentenceId
      ? (sentenceRow?.sectionId ?? "body")
      : (c.metadata ?? (c.inByline ? "byline" : "endnotes"));
    const noteText = c.endnoteN !== null ? (layer.endnotes.get(c.endnoteN)?.text ?? "") : "";
    const works = c.endnoteN !== null ? layer.sourcesOf(c.endnoteN) : [];
    const source = works[0] ?? null;
    const context = [
      layer.sections.get(sectionId)?.heading ?? sectionId,
      noteText,
      source ? [source.authors.join(" "), source.title ?? "", source.publication ?? ""].join(" ") : "",
    ].join(" ");
    const asked = (askedOf.get(c.id) ?? []).join(" ");
    insert.run(claims.length + 1, c.id, c.summary, c.quote, sentence, names, context, asked);
    const paragraphId = sentenceRow ? sentenceKey(c.documentId, sentenceRow.paragraphId) : null;
    const bag = new Set(contentKeys([c.summary, c.quote, sentence, names].join(" ")));
    const line = c.metadata ?? (c.inByline ? "byline" : null);
    const place = c.sentenceId ?? (line ? `#${line}` : null);
    const mentioned =
      (place ? mentionedIn.get(sentenceKey(c.documentId, place)) : undefined) ?? new Set<string>();
    const nearEntities = paragraphId ? paragraphEntities.get(paragraphId) : undefined;
    if (nearEntities) for (const id of [c.speakerId, ...subjects, ...mentioned]) nearEntities.add(id);
    claims.push({
      id: c.id,
      ordinal: c.ordinal,
      kind: c.kind,
      direct: c.direct,
      speaker: c.speakerId,
      about: subjects,
      dateStart: c.dateStart,
      dateEnd: c.dateEnd,
      hasFigure: hasFigure(c.quote),
      yearsNamed: [...c.quote.matchAll(/\b(1[89]\d{2}|20\d{2})(?=s?\b)/g)].map((m) => Number(m[1])),
      inEndnote: c.inEndnote !== null,
      inByline: c.inByline,
      metadata: line,
      document: c.documentId,
      sentenceId: c.sentenceId ? sentenceKey(c.documentId, c.sentenceId) : null,
      sentenceOrdinal: sentenceRow?.ordinal ?? null,
      paragraphId,
      sectionId,
      endnote: c.endnoteN,
      spannedEndnotes: sentenceRow
        ? markersWithin(sentenceRow.text, sentenceRow.start, c.quoteStart, c.quoteEnd).filter(
            (n) => n !== c.endnoteN,
          )
        : [],
      noteLater: sentenceRow?.coverage === "paragraph-end",
      cited: source !== null,
      citationKeys: new Set(
        contentKeys(
          [
            noteText,
            ...works.flatMap((w) => [...w.authors, w.title ?? "", w.publication ?? "", w.url ?? ""]),
          ].join(" "),
        ),
      ),
      sourceYears: works.flatMap((w) => (w.date ? [Number(w.date.slice(0, 4))] : [])),
      sourceDated: works.some((w) => w.date?.length === 10),
      sourceAuthored: works.some((w) => w.authors.length > 0),
      sourcePublished: works.some((w) => Boolean(w.publication)),
      sourcePaged:
        c.endnoteN !== null &&
        ((layer.endnotes.get(c.endnoteN)?.pages ?? null) !== null ||
          (layer.endnoteSources.get(c.endnoteN) ?? []).some((r) => r.pages !== null)),
      noteText,
      ...noteFirstOf(c.endnoteN, layer),
      quote: c.quote,
      summary: c.summary,
      sentence: sentence || c.quote,
      bag,
      ownKeys: new Set(contentKeys(`${c.quote} ${c.summary}`)),
      askedKeys: new Set(contentKeys(asked).filter((k) => !bag.has(k))),
      mentioned,
      paragraphKeys: (paragraphId ? paragraphKeys.get(paragraphId) : undefined) ?? NO_KEYS,
      paragraphEntities: nearEntities ?? NO_KEYS,
    });
  }
  const weights = FTS_COLUMNS.map((c) => c.weight).join(", ");
  const termQuery = fts.prepare(
    `SELECT rowid, -bm25(claim_text, 0, ${weights}) AS score FROM claim_text WHERE claim_text MATCH ?`,
  );
  // bm25() is a sum over the query's terms, so each term's postings (claim → its share of the
  // score) are asked of FTS5 once per dataset and kept (bounded), with the term's best claims
  // in order. A question then reads only each term's best claims and adds up their scores: its
  // cost does not grow with the number of claims a common word ("Russia") reaches.
  const postings = new Map<string, { scores: Map<number, number>; best: number[] }>();
  const postingsOf = (term: string) => {
    let p = postings.get(term);
    if (!p) {
      const rows = termQuery.all(`"${term}"`) as { rowid: number; score: number }[];
      rows.sort((x, y) => y.score - x.score || x.rowid - y.rowid);
      p = {
        scores: new Map(rows.map((r) => [r.rowid, r.score])),
        best: rows.slice(0, SEARCH_LIMIT).map((r) => r.rowid),
      };
      if (postings.size >= 20_000) postings.clear();
      postings.set(term, p);
    }
    return p;
  };
  // Each term once, at its highest weight (a word typed and also reached as a relative counts as typed).
  const termsOf = (plainWords: SearchTerm[]) => {
    const weights = new Map<string, number>();
    for (const t of plainWords) {
      const [text, weight] = typeof t === "string" ? [t, 1] : [t.text, t.weight];
      const clean = text.replace(/"/g, "").trim();
      if (clean && weight > 0) weights.set(clean, Math.max(weights.get(clean) ?? 0, weight));
    }
    return [...weights].map(([text, weight]) => {
      const { scores, best } = postingsOf(text);
      return { scores, best, weight };
    });
  };
  const total = (lists: { scores: Map<number, number>; weight: number }[], rowid: number) => {
    let sum = 0;
    for (const l of lists) sum += (l.scores.get(rowid) ?? 0) * l.weight;
    return sum;
  };
  // Each row's `total`, added up list by list in the same order (so the same sums): a list with
  // fewer postings than there are rows adds its postings to the rows they reach (a rare word
  // reaches few), any other is looked up row by row.
  const totals = (lists: { scores: Map<number, number>; weight: number }[], rows: number[]) => {
    const scores = new Float64Array(rows.length);
    let at: Map<number, number> | undefined;
    for (const l of lists)
      if (l.scores.size < rows.length) {
        at ??= new Map(rows.map((r, i) => [r, i]));
        for (const [row, score] of l.scores) {
          const i = at.get(row);
          if (i !== undefined) scores[i] = (scores[i] ?? 0) + score * l.weight;
        }
      } else
        for (let i = 0; i < rows.length; i++)
          scores[i] = (scores[i] ?? 0) + (l.scores.get(rows[i] as number) ?? 0) * l.weight;
    return scores;
  };
  const search = (plainWords: SearchTerm[], limit = SEARCH_LIMIT): Map<string, number> => {
    const lists = termsOf(plainWords);
    const rowids = new Set<number>();
    for (const l of lists) {
      const n = Math.min(limit, l.best.length);
      for (let i = 0; i < n; i++) rowids.add(l.best[i] as number);
    }
    // Best score first, then article order: a total order, so the result is the one sort there is.
    const rows = [...rowids];
    const scores = totals(lists, rows);
    const at = rows.map((_, i) => i);
    at.sort(
      (x, y) => (scores[y] as number) - (scores[x] as number) || (rows[x] as number) - (rows[y] as number),
    );
    const out = new Map<string, number>();
    for (const i of at.slice(0, limit))
      out.set(must(claims[(rows[i] as number) - 1], "the claim of a full-text row").id, scores[i] as number);
    return out;
  };
  const rowOf = new Map(claims.map((c, i) => [c.id, i + 1]));
  const searchAmong = (plainWords: SearchTerm[], ids: Iterable<string>): Map<string, number> => {
    const lists = termsOf(plainWords);
    const out = new Map<string, number>();
    for (const id of ids) {
      const r = rowOf.get(id);
      const score = r === undefined ? 0 : total(lists, r);
      if (score > 0) out.set(id, score);
    }
    return out;
  };

  // Passages: every sentence, every endnote, the byline and the title.
  // The document questions about "the article" are about: the original article.
  const doc = data.text.primary.document;
  const passages: string[] = layers.flatMap((layer) => [
    ...[...layer.sentences.values()].map((s) => s.plainText),
    ...[...layer.endnotes.values()].map((e) => e.text),
    `${layer.document.title}. ${layer.document.byline ?? ""} ${layer.document.author} ${layer.document.affiliation} ${layer.document.disclaimerLine ?? ""}`,
  ]);
  const passageKeys = passages.map((p) => new Set(contentKeys(p)));
  // Stem → the passages that use it, so that co-occurrence intersects lists instead of reading every passage.
  const passagesOf = new Map<string, number[]>();
  passageKeys.forEach((keys, i) => {
    for (const k of keys) {
      const list = passagesOf.get(k);
      if (list) list.push(i);
      else passagesOf.set(k, [i]);
    }
  });
  const documentFrequency = new Map<string, number>();
  const vocabulary = new Set<string>();
  const foldedWords = new Set<string>();
  for (const p of passages) for (const w of words(p)) if (!STOPWORDS.has(w.folded)) foldedWords.add(w.folded);
  for (const keys of passageKeys) {
    for (const k of keys) {
      vocabulary.add(k);
      documentFrequency.set(k, (documentFrequency.get(k) ?? 0) + 1);
    }
  }
  // Entity names and aliases belong to the article's vocabulary too.
  for (const record of catalog.all) {
    for (const k of contentKeys(namesOf(record.row.id))) vocabulary.add(k);
    for (const w of words(namesOf(record.row.id))) foldedWords.add(w.folded);
  }
  const acronyms = new Set<string>();
  for (const p of [...passages, ...catalog.all.map((r) => namesOf(r.row.id))])
    for (const a of acronymsOf(p)) acronyms.add(a);
  const n = passages.length;
  const maxIdf = Math.log((n + 1) / 0.5);
  const idf = (key: string) => {
    const df = documentFrequency.get(key);
    return df ? Math.log((n + 1) / (df + 0.5)) : maxIdf;
  };
  const longStems = [...vocabulary].filter((k) => k.length >= 5 && !/\d/.test(k));
  // Long stems by their first five letters: a word's family is looked up, not searched for.
  const byPrefix = new Map<string, string[]>();
  for (const k of longStems) {
    const list = byPrefix.get(k.slice(0, 5));
    if (list) list.push(k);
    else byPrefix.set(k.slice(0, 5), [k]);
  }
  const hasFamily = (folded: string) =>
    folded.length >= 6 && (byPrefix.get(folded.slice(0, 5)) ?? []).some((k) => folded.startsWith(k));
  const familyEndings = (folded: string) =>
    folded.length >= 6
      ? (byPrefix.get(folded.slice(0, 5)) ?? [])
          .filter((k) => folded.startsWith(k))
          .map((k) => folded.slice(k.length))
      : [];
  // Families also reach the claims' curated summaries, whose words the article may not use.
  const bagStems = new Map<string, string[]>();
  for (const k of new Set([...longStems, ...claims.flatMap((c) => [...c.bag])]))
    if (k.length >= 5 && !/\d/.test(k)) {
      const list = bagStems.get(k.slice(0, 5));
      if (list) list.push(k);
      else bagStems.set(k.slice(0, 5), [k]);
    }
  const families = new Map<string, string[]>();
  const familyOf = (key: string): string[] => {
    let family = families.get(key);
    if (!family) {
      family =
        key.length < 5
          ? []
          : (bagStems.get(key.slice(0, 5)) ?? []).filter(
              (k) => k !== key && (k.startsWith(key) || key.startsWith(k)),
            );
      if (families.size >= 50_000) families.clear();
      families.set(key, family);
    }
    return family;
  };
  const cooccur = (keys: string[]) => {
    const lists = keys.map((k) => passagesOf.get(k) ?? []).sort((a, b) => a.length - b.length);
    const [rarest] = lists;
    if (!rarest) return passageKeys.length > 0;
    return rarest.some((i) => {
      const held = must(passageKeys[i], "the keys of a passage");
      return keys.every((k) => held.has(k));
    });
  };

  const years = new Set<number>();
  for (const p of passages)
    for (const m of p.matchAll(/\b(1[89]\d{2}|20\d{2})(?=s?\b)/g)) years.add(Number(m[1]));
  for (const c of claims) {
    if (!c.dateStart || !c.dateEnd) continue;
    // The ends of a period, not every year between: a forecast "to 2035" says nothing of 2020.
    years.add(Number(c.dateStart.slice(0, 4)));
    years.add(Number(c.dateEnd.slice(0, 4)));
  }

  const eventsByParticipant = new Map<string, Set<string>>();
  const eventDates = new Map<string, string>();
  const actorIds = new Set<string>();
  for (const record of catalog.all) {
    const { id, type, dateStart } = record.row;
    if (type === "actor") actorIds.add(id);
    if (type === "event") {
      for (const p of storedFields.event(record).participants) {
        const set = eventsByParticipant.get(p) ?? new Set<string>();
        set.add(id);
        eventsByParticipant.set(p, set);
      }
    }
    if (dateStart) eventDates.set(id, dateStart);
  }

  const relationEvidence: AskIndex["relationEvidence"] = new Map();
  const actsFor = new Map<string, Set<string>>();
  for (const edge of data.relations.relations) {
    if (
      (edge.type === "leader_of" || edge.type === "part_of") &&
      actorIds.has(edge.fromId) &&
      actorIds.has(edge.toId)
    ) {
      const set = actsFor.get(edge.fromId) ?? new Set<string>();
      set.add(edge.toId);
      actsFor.set(edge.fromId, set);
    }
    for (const end of [edge.fromId, edge.toId]) {
      const byType = relationEvidence.get(end) ?? new Map();
      const entry = byType.get(edge.type) ?? { sentences: new Set<string>(), claims: new Set<string>() };
      if (edge.sentenceId) entry.sentences.add(sentenceKey(edge.documentId, edge.sentenceId));
      if (edge.claimId) entry.claims.add(edge.claimId);
      byType.set(edge.type, entry);
      relationEvidence.set(end, byType);
    }
  }

  const claimsOfEntity = new Map<string, IndexedClaim[]>();
  const claimsAtSentence = new Map<string, IndexedClaim[]>();
  const claimsAtEndnote = new Map<string, IndexedClaim[]>();
  const claimsOfSentence = new Map<string, IndexedClaim[]>();
  const claimsOfSection = new Map<string, IndexedClaim[]>();
  const push = <K>(map: Map<K, IndexedClaim[]>, key: K, c: IndexedClaim) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of claims) {
    for (const id of new Set([c.speaker, ...c.about, ...c.mentioned])) push(claimsOfEntity, id, c);
    if (c.sentenceOrdinal !== null) push(claimsAtSentence, `${c.document}#${c.sentenceOrdinal}`, c);
    if (c.endnote !== null) push(claimsAtEndnote, `${c.document}#${c.endnote}`, c);
    if (c.sentenceId !== null) push(claimsOfSentence, c.sentenceId, c);
    push(claimsOfSection, c.sectionId, c);
    if (c.inEndnote && c.sectionId !== "endnotes") push(claimsOfSection, "endnotes", c);
  }
  const datedClaims = claims
    .filter((c): c is DatedClaim => Boolean(c.dateStart && c.dateEnd))
    .sort((a, b) => (a.dateStart < b.dateStart ? -1 : a.dateStart > b.dateStart ? 1 : a.ordinal - b.ordinal));

  const entityClaims = new Map<string, number>();
  for (const c of claims)
    for (const id of new Set([c.speaker, ...c.about])) entityClaims.set(id, (entityClaims.get(id) ?? 0) + 1);
  const entitySpecificity = (id: string) =>
    Math.log(claims.length / Math.max(1, entityClaims.get(id) ?? 1)) / Math.log(claims.length);
  // The two states the article is about: those most of its claims hold or are about.
  const mainPair = [...entityClaims]
    .filter(([id]) => catalog.byId.get(id)?.row.kind === "state")
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .slice(0, 2)
    .map(([id]) => id);

  return {
    entities: catalog,
    linker: new EntityLinker(data),
    names: new FuzzyNames(
      catalog.all.flatMap((r) => [
        { text: r.row.name, entityId: r.row.id },
        ...r.aliases.filter((a) => a.form !== "metonym").map((a) => ({ text: a.text, entityId: r.row.id })),
        ...r.knownAs.filter((k) => fuzzySafe(k.text)).map((k) => ({ text: k.text, entityId: r.row.id })),
      ]),
    ),
    claims,
    entitySpecificity,
    mainPair,
    byId: new Map(claims.map((c) => [c.id, c])),
    byOrdinal: new Map(claims.map((c) => [c.ordinal, c])),
    search,
    searchAmong,
    claimsOfEntity,
    claimsAt: (document: string, ordinal: number) => claimsAtSentence.get(`${document}#${ordinal}`) ?? [],
    claimsOfEndnote: (document: string, n: number) => claimsAtEndnote.get(`${document}#${n}`) ?? [],
    claimsOfSentence,
    claimsOfSection,
    datedClaims,
    bylineClaims: claims.filter((c) => c.inByline),
    claimsOfLine: {
      title: claims.filter((c) => c.metadata === "title"),
      byline: claims.filter((c) => c.metadata === "byline"),
      disclaimer: claims.filter((c) => c.metadata === "disclaimer"),
    },
    familyOf,
    vocabulary,
    workNames: workNamesOf(layers),
    workAcronyms: workAcronymsOf(layers),
    workTitles: workTitlesOf(layers),
    claimKeys: new Set(claims.flatMap((c) => [...c.bag])),
    foldedWords,
    acronyms,
    idf,
    maxIdf,
    cooccur,
    hasFamily,
    familyEndings,
    years,
    document: { id: doc.id, title: doc.title, author: doc.author, affiliation: doc.affiliation },
    sections: sectionRows.map((s) => ({ id: s.id, heading: s.heading, keys: contentKeys(s.heading) })),
    eventsByParticipant,
    eventDates,
    actorIds,
    relationEvidence,
    actsFor,
  };
}
