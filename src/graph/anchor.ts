// Ties the curated graph to the parsed text: checks every id and reference, finds every quote
// in a sentence (or an endnote's text), derives the endnote that backs each claim and relation,
// and finds the entities' mentions. Pure: throws SeedInputError naming file, item and field.
import type { CitationRule, CitationScope, MetadataUnit } from "../domain/enums.ts";
import type { ParsedDocument, ParsedEndnotes, ParsedMarker, ParsedSentence } from "../ingest/types.ts";
import { type Period, toPeriod } from "../lib/dates.ts";
import { SUPERSCRIPT_DIGITS, stripMarkers } from "../lib/text.ts";
import { checkCurationRules, knownAsProblems } from "./checks.ts";
import { SeedInputError } from "./errors.ts";
import type { CuratedEntity, CuratedInDocument, Graph } from "./load.ts";
import { type ClaimInput, ENTITY_BASE_FIELDS, type RelationInput, type StoredDetails } from "./schemas.ts";

export type { CitationRule, CitationScope };

/** One document's parsed text: what its claims and relations are anchored in. */
export interface DocumentText {
  document: ParsedDocument;
  notes: ParsedEndnotes;
}

/**
 * Where a quote was found: a body sentence of a document (offsets into the document text), an
 * endnote's text, or a line outside the body, each a unit of its own with no endnote: the title,
 * the byline or the disclaimer (offsets into that line).
 */
export interface Anchor {
  /** The document the quote is in: the one whose folder holds the claim or relation. */
  documentId: string;
  sentenceId: string | null;
  inEndnote: number | null;
  /** The quote is in the byline (`metadata` is "byline" then). */
  inByline: boolean;
  /** The line outside the body the quote is in: "title", "byline" or "disclaimer"; null in the body or an endnote. */
  metadata: MetadataUnit | null;
  start: number;
  end: number;
}

/** The endnote that backs a claim or a relation, and by which rule it was chosen. */
export interface DerivedCitation {
  endnoteN: number | null;
  citationRule: CitationRule;
  citationReason: string | null;
  citationScope: CitationScope | null;
}

export interface AnchoredClaim extends Anchor, DerivedCitation {
  input: ClaimInput;
  file: string;
  ordinal: number;
  period: Period | null;
}

export interface AnchoredRelation extends Anchor, DerivedCitation {
  id: string;
  input: RelationInput;
  file: string;
  claimId: string | null;
  quote: string;
}

export interface AnchoredEntity {
  entity: CuratedEntity;
  period: Period | null;
  /** Typed fields with dates checked; stored as the entity's details. */
  details: StoredDetails;
}

export interface Mention {
  entityId: string;
  documentId: string;
  sentenceId: string | null;
  endnoteN: number | null;
  inByline: boolean;
  metadata: MetadataUnit | null;
  surface: string;
  via: "alias" | "claim";
}

export interface AnchoredGraph {
  entities: AnchoredEntity[];
  claims: AnchoredClaim[];
  relations: AnchoredRelation[];
  mentions: Mention[];
}

/** A sentence or endnote text with markers removed, and where each remaining code point was. */
interface SearchableText {
  plain: string;
  /** For each UTF-16 index of `plain`, the code-point offset in the original. */
  originalOffset: number[];
}

/** The original code-point span of `needle`, found at UTF-16 index `at` of the searchable text. */
function spanOf(text: SearchableText, at: number, length: number): { start: number; end: number } {
  const start = text.originalOffset[at];
  const last = text.originalOffset[at + length - 1];
  if (start === undefined || last === undefined) throw new RangeError(`no span at ${at}+${length}`);
  return { start, end: last + 1 };
}

function searchable(text: string, base: number): SearchableText {
  let plain = "";
  const originalOffset: number[] = [];
  let cp = 0;
  for (const ch of text) {
    if (!SUPERSCRIPT_DIGITS.includes(ch)) {
      for (let i = 0; i < ch.length; i++) originalOffset.push(base + cp);
      plain += ch;
    }
    cp++;
  }
  originalOffset.push(base + cp);
  return { plain, originalOffset };
}

class TextIndex {
  private readonly sentences: { sentence: ParsedSentence; text: SearchableText }[];
  private readonly endnotes: { n: number; text: SearchableText }[];
  private readonly markersBySentence = new Map<string, ParsedMarker[]>();
  /** The lines outside the body, in reading order: title, byline, disclaimer. */
  private readonly units: { unit: MetadataUnit; text: SearchableText }[];
  private readonly documentChars: string[];
  /** The sentence where each endnote's marker stands. */
  private readonly markerSentence = new Map<number, string>();
  /** The numbers of the document's endnotes. */
  readonly endnoteNumbers: Set<number>;

  constructor(
    readonly document: ParsedDocument,
    readonly notes: ParsedEndnotes,
  ) {
    this.documentChars = Array.from(document.text);
    this.sentences = document.sentences.map((s) => ({ sentence: s, text: searchable(s.text, s.start) }));
    this.endnotes = notes.endnotes.map((e) => ({ n: e.n, text: searchable(e.text, 0) }));
    const lines: [MetadataUnit, string | null][] = [
      ["title", document.title || null],
      ["byline", document.byline],
      ["disclaimer", document.disclaimerLine],
    ];
    this.units = lines.flatMap(([unit, line]) => (line ? [{ unit, text: searchable(line, 0) }] : []));
    this.endnoteNumbers = new Set(notes.endnotes.map((e) => e.n));
    for (const m of [...document.markers].sort((a, b) => a.offset - b.offset)) {
      const list = this.markersBySentence.get(m.sentenceId) ?? [];
      list.push(m);
      this.markersBySentence.set(m.sentenceId, list);
      this.markerSentence.set(m.n, m.sentenceId);
    }
  }

  /**
   * The marker that ends a quote: the first marker of the sentence after the quote with only
   * punctuation between them. A quote that stops at a mid-sentence marker ("friendly
   * relations³⁷ but …³⁸") is backed by that marker; a marker further on annotates other words.
   */
  markerEndingQuote(sentence: ParsedSentence, quoteEnd: number): number | null {
    const next = this.markersBySentence.get(sentence.id)?.find((m) => m.offset >= quoteEnd);
    if (!next) return null;
    const between = this.documentChars.slice(quoteEnd, next.offset).join("");
    return /[\p{L}\p{N}]/u.test(between) ? null : next.n;
  }

  /**
   * The endnote backing a quote, by where it sits: the endnote whose text holds it; the marker
   * at or after its end in its sentence; else the sentence's covering endnote (the next marker
   * of the paragraph). Null when none does.
   */
  citationOf(sentence: ParsedSentence | null, anchor: Anchor): DerivedCitation | null {
    if (anchor.inEndnote != null)
      return {
        endnoteN: anchor.inEndnote,
        citationRule: "endnote-text",
        citationReason: null,
        citationScope: "sentence",
      };
    if (!sentence) return null;
    const ending = this.markerEndingQuote(sentence, anchor.end);
    if (ending != null)
      return { endnoteN: ending, citationRule: "marker", citationReason: null, citationScope: "sentence" };
    if (sentence.coveringEndnote == null) return null;
    const own = sentence.coverage === "marker";
    return {
      endnoteN: sentence.coveringEndnote,
      citationRule: own ? "marker" : "paragraph-end",
      citationReason: null,
      citationScope: own ? "sentence" : "paragraph",
    };
  }

  /** The scope of a curated endnote: `sentence` when its marker stands in the quote's sentence. */
  scopeOfOverride(sentenceId: string | null, inEndnote: number | null, n: number): CitationScope {
    if (inEndnote === n) return "sentence";
    return sentenceId !== null && this.markerSentence.get(n) === sentenceId ? "sentence" : "paragraph";
  }

  /** Finds a quote: first in the body, then in the endnotes' text, then in the byline, the title and the disclaimer. Null when nowhere. */
  find(quote: string): (Anchor & { sentence: ParsedSentence | null }) | null {
    const needle = stripMarkers(quote).trim();
    if (!needle) return null;
    for (const { text, ...where } of this.places()) {
      const at = text.plain.indexOf(needle);
      if (at >= 0) return { ...where, ...spanOf(text, at, needle.length) };
    }
    return null;
  }

  /** Where find() looks for a quote, in its order, each with the anchor fields of a quote found there. */
  private *places() {
    const documentId = this.document.id;
    for (const { sentence, text } of this.sentences)
      yield {
        text,
        sentence,
        documentId,
        sentenceId: sentence.id,
        inEndnote: null,
        inByline: false,
        metadata: null,
      };
    for (const { n, text } of this.endnotes)
      yield {
        text,
        sentence: null,
        documentId,
        sentenceId: null,
        inEndnote: n,
        inByline: false,
        metadata: null,
      };
    // The byline first: a quote of the author's line is hers, whatever the title says.
    const units = [...this.units].sort((a, b) => Number(b.unit === "byline") - Number(a.unit === "byline"));
    for (const { unit, text } of units)
      yield {
        text,
        sentence: null,
        documentId,
        sentenceId: null,
        inEndnote: null,
        inByline: unit === "byline",
        metadata: unit,
      };
  }

  /** Body sentences, endnote texts and the lines outside the body, markers removed, for mention finding. */
  *passages(): Generator<{
    documentId: string;
    sentenceId: string | null;
    endnoteN: number | null;
    inByline: boolean;
    metadata: MetadataUnit | null;
    plain: string;
  }> {
    const documentId = this.document.id;
    for (const { sentence, text } of this.sentences)
      yield {
        documentId,
        sentenceId: sentence.id,
        endnoteN: null,
        inByline: false,
        metadata: null,
        plain: text.plain,
      };
    for (const { n, text } of this.endnotes)
      yield { documentId, sentenceId: null, endnoteN: n, inByline: false, metadata: null, plain: text.plain };
    for (const { unit, text } of this.units)
      yield {
        documentId,
        sentenceId: null,
        endnoteN: null,
        inByline: unit === "byline",
        metadata: unit,
        plain: text.plain,
      };
  }
}

function periodOf(file: string, item: string, field: string, fn: () => Period | null): Period | null {
  try {
    return fn();
  } catch (error) {
    throw new SeedInputError(file, item, field, (error as Error).message);
  }
}

function checkReferences(graph: Graph): Set<string> {
  const ids = new Map<string, string>();
  for (const e of graph.entities) {
    const seen = ids.get(e.input.id);
    if (seen)
      throw new SeedInputError(e.file, e.item, "id", `duplicate id '${e.input.id}' (also in ${seen})`);
    ids.set(e.input.id, e.file);
  }
  const known = new Set(ids.keys());
  const must = (file: string, item: string, field: string, id: string | null | undefined) => {
    if (id != null && !known.has(id))
      throw new SeedInputError(file, item, field, `unknown entity id '${id}'`);
  };
  for (const e of graph.entities) {
    const { file, item } = e;
    if (e.type === "actor") {
      must(file, item, "country", e.input.country);
      e.input.roles.forEach((r, i) => {
        must(file, item, `roles.${i}.country`, r.country);
      });
    } else if (e.type === "treaty") {
      e.input.parties.forEach((p, i) => {
        must(file, item, `parties.${i}`, p);
      });
      must(file, item, "partOf", e.input.partOf);
    } else if (e.type === "place") {
      must(file, item, "group", e.input.group);
      must(file, item, "administeredBy", e.input.administeredBy);
      e.input.claimedBy.forEach((c, i) => {
        must(file, item, `claimedBy.${i}`, c);
      });
      must(file, item, "locatedIn", e.input.locatedIn);
    } else {
      must(file, item, "place", e.input.place);
      e.input.participants.forEach((p, i) => {
        must(file, item, `participants.${i}`, p);
      });
    }
  }
  const claimIds = new Map<string, string>();
  for (const c of graph.claims) {
    const seen = claimIds.get(c.input.id) ?? (ids.has(c.input.id) ? ids.get(c.input.id) : undefined);
    if (seen)
      throw new SeedInputError(c.file, c.item, "id", `duplicate id '${c.input.id}' (also in ${seen})`);
    claimIds.set(c.input.id, c.file);
    must(c.file, c.item, "speaker", c.input.speaker);
    c.input.about.forEach((a, i) => {
      must(c.file, c.item, `about.${i}`, a);
    });
  }
  for (const r of graph.relations) {
    must(r.file, r.item, "from", r.input.from);
    must(r.file, r.item, "to", r.input.to);
    if (r.input.claim && !claimIds.has(r.input.claim))
      throw new SeedInputError(r.file, r.item, "claim", `unknown claim id '${r.input.claim}'`);
  }
  // Reader questions belong to a claim of their own document, listed once.
  const documentOfClaim = new Map(graph.claims.map((c) => [c.input.id, c.document]));
  const asked = new Map<string, string>();
  for (const q of graph.askedAs) {
    const document = documentOfClaim.get(q.input.claim);
    if (document === undefined)
      throw new SeedInputError(q.file, q.item, "claim", `unknown claim id '${q.input.claim}'`);
    if (document !== q.document)
      throw new SeedInputError(
        q.file,
        q.item,
        "claim",
        `claim '${q.input.claim}' is stated in the document ${document}: list its questions in that document's folder`,
      );
    const seen = asked.get(q.input.claim);
    if (seen)
      throw new SeedInputError(
        q.file,
        q.item,
        "claim",
        `the questions of '${q.input.claim}' are listed twice (also in ${seen})`,
      );
    asked.set(q.input.claim, q.file);
  }
  return known;
}

/** Fields every entity has; the rest are the typed details of its collection. */
const BASE_FIELDS = new Set<string>(ENTITY_BASE_FIELDS);

function anchorEntity(e: CuratedEntity): AnchoredEntity {
  const { file, item } = e;
  // The curated fields but the base ones: what StoredDetails describes.
  const details = Object.fromEntries(
    Object.entries(e.input).filter(([key]) => !BASE_FIELDS.has(key)),
  ) as StoredDetails;
  let period: Period | null = null;
  if (e.type === "treaty") period = periodOf(file, item, "date", () => toPeriod(e.input.date));
  if (e.type === "event") {
    const { date, from, to } = e.input;
    period = periodOf(file, item, date ? "date" : "from", () => toPeriod(date, from, to));
  }
  if (e.type === "actor") {
    e.input.roles.forEach((r, i) => {
      periodOf(file, item, `roles.${i}`, () => toPeriod(null, r.from, r.to));
    });
  }
  return { entity: e, period, details };
}

function anchorClaim(c: CuratedInDocument<ClaimInput>, ordinal: number, indexes: TextIndexes): AnchoredClaim {
  const { input, file, item } = c;
  const index = indexes.of(c);
  const endnoteNumbers = index.endnoteNumbers;
  const period = periodOf(file, item, input.date ? "date" : "from", () =>
    toPeriod(input.date, input.from, input.to),
  );
  const found = index.find(input.quote);
  if (!found)
    throw new SeedInputError(file, item, "quote", `not found in the article ${c.document}: "${input.quote}"`);
  const { sentence, ...anchor } = found;

  let citation: DerivedCitation | null;
  if (input.endnote != null) {
    if (!endnoteNumbers.has(input.endnote))
      throw new SeedInputError(file, item, "endnote", `no endnote ${input.endnote} in the article`);
    citation = {
      endnoteN: input.endnote,
      citationRule: "override",
      citationReason: input.endnoteReason ?? null,
      citationScope: index.scopeOfOverride(anchor.sentenceId, anchor.inEndnote, input.endnote),
    };
  } else {
    citation = index.citationOf(sentence, anchor);
    // A stale reason would say "no endnote" beside the endnote the article gives.
    if (citation && input.uncited)
      throw new SeedInputError(
        file,
        item,
        "uncited",
        `endnote ${citation.endnoteN} covers the quote (${citation.citationScope} scope): drop \`uncited\`, and say in \`note\` if the endnote is about something else`,
      );
  }
  if (!citation && input.uncited) {
    citation = {
      endnoteN: null,
      citationRule: "uncited",
      citationReason: input.uncited,
      citationScope: null,
    };
  }
  if (!citation) {
    throw new SeedInputError(
      file,
      item,
      "uncited",
      "no endnote covers the quote: give `uncited` with the reason (or `endnote` with an endnoteReason)",
    );
  }
  return { input, file, ordinal, period, ...anchor, ...citation };
}

function anchorRelations(
  graph: Graph,
  indexes: TextIndexes,
  claimsById: Map<string, AnchoredClaim>,
): AnchoredRelation[] {
  const seen = new Set<string>();
  const stated = new Set<string>();
  const out: AnchoredRelation[] = [];
  for (const r of graph.relations) {
    const { input, file, item } = r;
    const edge = `${input.from}--${input.type}--${input.to}`;
    // The same edge stated by another document is another relation, with that document's evidence.
    const id = stated.has(edge) ? `${edge}--${r.document}` : edge;
    stated.add(edge);
    if (seen.has(id))
      throw new SeedInputError(
        file,
        item,
        "to",
        `duplicate relation ${input.from} ${input.type} ${input.to}`,
      );
    seen.add(id);
    if (input.claim) {
      const claim = claimsById.get(input.claim);
      if (!claim) throw new SeedInputError(file, item, "claim", `unknown claim id '${input.claim}'`);
      out.push({
        id,
        input,
        file,
        claimId: claim.input.id,
        quote: claim.input.quote,
        documentId: claim.documentId,
        sentenceId: claim.sentenceId,
        inEndnote: claim.inEndnote,
        inByline: claim.inByline,
        metadata: claim.metadata,
        start: claim.start,
        end: claim.end,
        endnoteN: claim.endnoteN,
        citationRule: claim.citationRule,
        citationReason: claim.citationReason,
        citationScope: claim.citationScope,
      });
      continue;
    }
    const quote = input.quote ?? "";
    const index = indexes.of(r);
    const found = index.find(quote);
    if (!found)
      throw new SeedInputError(file, item, "quote", `not found in the article ${r.document}: "${quote}"`);
    const { sentence, ...anchor } = found;
    // An edge stated where no endnote reaches is kept (its evidence is the article) and says so.
    const citation = index.citationOf(sentence, anchor) ?? {
      endnoteN: null,
      citationRule: "uncited" as const,
      citationReason: "No endnote marker covers the sentence that states this relation.",
      citationScope: null,
    };
    out.push({ id, input, file, claimId: null, quote, ...anchor, ...citation });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `surface` occurs in `text` with no letter or digit right before or after it. */
function occursAsWords(text: string, surface: string): boolean {
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const before = text[at - 1];
    const after = text[at + surface.length];
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * Finds where each entity is named: its name and aliases (not metonyms, which would tie every
 * "Moscow" to Russia's government), matched case-sensitively on word boundaries; plus the
 * sentences that claims about the entity quote. Names inside a longer name of another entity
 * count too: "Yeltsin" in "Yeltsin–Hashimoto ‘no-necktie’ summit" mentions Yeltsin.
 */
function findMentions(graph: Graph, indexes: TextIndexes, claims: AnchoredClaim[]): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const add = (m: Mention) => {
    const key = `${m.entityId}|${m.documentId}|${m.sentenceId ?? ""}|${m.endnoteN ?? ""}|${m.metadata ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    mentions.push(m);
  };
  const passages = indexes.all.flatMap((index) => [...index.passages()]);
  for (const e of graph.entities) {
    const forms = [...new Set([e.input.name, ...e.input.aliases])].filter((f) => f.length >= 2);
    for (const passage of passages) {
      for (const surface of forms) {
        if (occursAsWords(passage.plain, surface)) {
          add({
            entityId: e.input.id,
            documentId: passage.documentId,
            sentenceId: passage.sentenceId,
            endnoteN: passage.endnoteN,
            inByline: passage.inByline,
            metadata: passage.metadata,
            surface,
            via: "alias",
          });
          break;
        }
      }
    }
  }
  for (const c of claims) {
    for (const entityId of new Set([c.input.speaker, ...c.input.about])) {
      add({
        entityId,
        documentId: c.documentId,
        sentenceId: c.sentenceId,
        endnoteN: c.inEndnote,
        inByline: c.inByline,
        metadata: c.metadata,
        surface: c.input.id,
        via: "claim",
      });
    }
  }
  return mentions;
}

/**
 * Numbers the claims in the order a reader meets their quotes: the title, the body by offset,
 * the byline and the disclaimer, then the endnotes' explanatory texts, by endnote. Curated order breaks ties (several claims quoting
 * one sentence), so lists and "nearby" comparisons follow the article, not the file names.
 */
function inReadingOrder(
  claims: AnchoredClaim[],
  documentOrder: ReadonlyMap<string, number>,
): AnchoredClaim[] {
  // Document by document (the original article first); in each, the title, the body, then the
  // byline and the disclaimer (they stand before the endnotes), then the endnotes.
  const LINE_PLACE: Record<MetadataUnit, number> = { title: -1, byline: 0.5, disclaimer: 0.6 };
  const place = (c: AnchoredClaim): [number, number, number] => [
    documentOrder.get(c.documentId) ?? 0,
    c.metadata ? LINE_PLACE[c.metadata] : c.inEndnote === null ? 0 : c.inEndnote,
    c.start,
  ];
  return [...claims]
    .sort((a, b) => {
      const [da, pa, sa] = place(a);
      const [db, pb, sb] = place(b);
      return da - db || pa - pb || sa - sb || a.ordinal - b.ordinal;
    })
    .map((c, i) => ({ ...c, ordinal: i + 1 }));
}

/**
 * Every word a document uses: title, byline, body, author's lines and endnotes, markers removed.
 * The names of the cited publications ("USA Today", "Nippon") and their addresses are not the
 * article's use of a name.
 */
function documentWords({ document, notes }: DocumentText): { id: string; text: string } {
  const publications = [...new Set(notes.sources.flatMap((s) => (s.publication ? [s.publication] : [])))];
  const withoutPublications = (text: string) =>
    publications.reduce((t, p) => t.split(p).join(" "), text.replace(/<?\bhttps?:\/\/\S+/g, " "));
  const parts = [
    document.title,
    document.author,
    document.text,
    document.byline ?? "",
    document.disclaimer ?? "",
    ...notes.endnotes.map((e) => withoutPublications(e.text)),
  ];
  return { id: document.id, text: stripMarkers(parts.join("\n")) };
}

/** The text index of each document, to anchor a claim or relation in its own document's text. */
class TextIndexes {
  private readonly byId: Map<string, TextIndex>;
  constructor(texts: readonly DocumentText[]) {
    this.byId = new Map(texts.map((t) => [t.document.id, new TextIndex(t.document, t.notes)]));
  }
  get all(): TextIndex[] {
    return [...this.byId.values()];
  }
  of(item: CuratedInDocument<unknown>): TextIndex {
    const index = this.byId.get(item.document);
    if (!index)
      throw new SeedInputError(item.file, item.item, null, `no document '${item.document}' was parsed`);
    return index;
  }
}

/**
 * Anchors the curated graph in its documents' text: each claim and relation in the document
 * whose folder holds it; mentions are found in every document. `texts` in document order (the
 * original article first).
 */
export function anchorGraph(graph: Graph, texts: readonly DocumentText[]): AnchoredGraph {
  checkReferences(graph);
  checkCurationRules(graph);
  const [misplaced] = knownAsProblems(graph, texts.map(documentWords));
  if (misplaced) throw misplaced;
  const indexes = new TextIndexes(texts);
  const documentOrder = new Map(texts.map((t, i) => [t.document.id, i]));
  const entities = graph.entities.map(anchorEntity);
  const claims = inReadingOrder(
    graph.claims.map((c, i) => anchorClaim(c, i + 1, indexes)),
    documentOrder,
  );
  const claimsById = new Map(claims.map((c) => [c.input.id, c]));
  const relations = anchorRelations(graph, indexes, claimsById);
  const mentions = findMentions(graph, indexes, claims);
  return { entities, claims, relations, mentions };
}
