// The database as RDF: one function from an opened database to its triples, run once per
// database (see dataset.ts). Entities map to schema.org types by their kind; claims are
// first-class resources (schema:Claim) derived (PROV-O) from their sentence and annotated
// (W3C Web Annotation) with text quote and position selectors; endnotes and cited works are
// bibliographic resources linked with CiTO. docs/linked-data.md documents every term.
import { asc } from "drizzle-orm";
import { DataFactory, type Quad, type Quad_Object } from "n3";
import { loadEntityCatalog } from "../dataset/entities.ts";
import { TextLayer } from "../dataset/text.ts";
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";
import { evidenceOfRow } from "../modules/provenance/provenance.repo.ts";
import { type Iris, NS } from "./vocab.ts";
import { WIKIDATA } from "./wikidata.ts";

const { namedNode, literal, quad } = DataFactory;

const XSD = (name: string) => namedNode(`${NS.xsd}${name}`);

/** The schema.org classes of an entity, by its kind (then its collection), so that both the old
 * collections (island, summit) and the new ones (place, event) map. */
const SCHEMA_BY_KIND: Record<string, string[]> = {
  person: ["schema:Person"],
  state: ["schema:Country", "schema:GovernmentOrganization"],
  organisation: ["schema:Organization"],
  organization: ["schema:Organization"],
  group: ["schema:Organization"],
  treaty: ["schema:Legislation"],
  declaration: ["schema:Legislation"],
  memorandum: ["schema:Legislation"],
  constitution: ["schema:Legislation"],
  article: ["schema:Legislation"],
  plan: ["schema:CreativeWork"],
  strategy: ["schema:CreativeWork"],
  concept: ["schema:CreativeWork"],
  alliance: ["schema:CreativeWork"],
  partnership: ["schema:CreativeWork"],
  zone: ["schema:Place"],
  island: ["schema:Place", "schema:Landform"],
  "island-group": ["schema:Place", "schema:Landform"],
  city: ["schema:Place", "schema:City"],
  sea: ["schema:Place", "schema:SeaBodyOfWater"],
  ocean: ["schema:Place", "schema:OceanBodyOfWater"],
  region: ["schema:Place"],
  "country-part": ["schema:Place"],
  facility: ["schema:Place"],
  place: ["schema:Place"],
  route: ["schema:Place"],
};

const CLASS_BY_COLLECTION: Record<string, { kg: string; schema: string }> = {
  actor: { kg: "kg:Actor", schema: "schema:Organization" },
  treaty: { kg: "kg:Treaty", schema: "schema:CreativeWork" },
  island: { kg: "kg:Place", schema: "schema:Place" },
  place: { kg: "kg:Place", schema: "schema:Place" },
  summit: { kg: "kg:Event", schema: "schema:Event" },
  event: { kg: "kg:Event", schema: "schema:Event" },
};

/** The classes of an entity: its collection's kg: class and schema.org classes by kind. */
export function entityClasses(type: string, kind: string): string[] {
  const collection = CLASS_BY_COLLECTION[type] ?? { kg: "kg:Entity", schema: "schema:Thing" };
  const schema =
    SCHEMA_BY_KIND[kind] ?? (collection.kg === "kg:Event" ? ["schema:Event"] : [collection.schema]);
  return [...schema, collection.kg];
}

/** An http(s) URL as an IRI N-Triples accepts, or null (then it is kept as a literal). */
function safeIri(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    const href = u.href;
    return /[\s<>"{}|\\^`]/.test(href) ? null : href;
  } catch {
    return null;
  }
}

function partialDateLiteral(value: string) {
  if (/^\d{4}$/.test(value)) return literal(value, XSD("gYear"));
  if (/^\d{4}-\d{2}$/.test(value)) return literal(value, XSD("gYearMonth"));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return literal(value, XSD("date"));
  return literal(value);
}

const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const asText = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : null);

/** Builds the triples of the whole dataset, in a stable order. */
export function buildQuads(db: Db, iris: Iris): Quad[] {
  const out: Quad[] = [];
  const iri = (curie: string) => namedNode(iris.expand(curie));
  const add = (s: string, p: string, o: Quad_Object) => out.push(quad(namedNode(s), iri(p), o));
  const addIri = (s: string, p: string, o: string) => add(s, p, namedNode(o));
  const addText = (s: string, p: string, o: string | null | undefined) => {
    if (o != null && o !== "") add(s, p, literal(o));
  };
  const addType = (s: string, ...classes: string[]) => {
    for (const c of classes) add(s, "rdf:type", iri(c));
  };
  const addInt = (s: string, p: string, n: number, type = "integer") =>
    add(s, p, literal(String(n), XSD(type)));
  const addBool = (s: string, p: string, b: boolean) => add(s, p, literal(String(b), XSD("boolean")));
  const addDate = (s: string, p: string, d: string | null) => {
    if (d) add(s, p, literal(d, XSD("date")));
  };

  const provenance = new TextLayer(db);
  const catalog = loadEntityCatalog(db);
  // The text layer's keys are scoped by document: a sentence or endnote IRI names its document.

  // ------------------------------------------------------------------ documents and text
  for (const layer of provenance.documents.values()) {
    const d = layer.document;
    const doc = iris.document(d.id);
    addType(doc, "schema:Article", "bibo:Article", "kg:Document");
    addText(doc, "schema:name", d.title);
    addText(doc, "schema:author", d.author);
    addText(doc, "kg:affiliation", d.affiliation);
    addText(doc, "kg:disclaimer", d.disclaimer);
    addText(doc, "schema:text", d.text);
    if (d.byline) {
      const byline = iris.byline(d.id);
      addIri(doc, "kg:byline", byline);
      addType(byline, "kg:Byline");
      addText(byline, "schema:text", d.byline);
      addIri(byline, "schema:isPartOf", doc);
    }
    for (const s of layer.sources.values()) addIri(doc, "cito:cites", iris.source(s.id));
  }

  for (const s of db.select().from(t.sections).orderBy(asc(t.sections.ordinal)).all()) {
    const section = iris.section(s.documentId, s.id);
    addType(section, "kg:Section");
    addText(section, "schema:name", s.heading);
    addInt(section, "schema:position", s.ordinal);
    addInt(section, "kg:level", s.level);
    addIri(
      section,
      "schema:isPartOf",
      s.parentId ? iris.section(s.documentId, s.parentId) : iris.document(s.documentId),
    );
  }

  // Keyed by the sentence's or endnote's IRI, which names its document.
  const sentenceMentions = new Map<string, Set<string>>();
  const endnoteMentions = new Map<string, Set<string>>();
  for (const m of db.select().from(t.mentions).all()) {
    if (m.sentenceId) {
      const key = iris.sentence(m.documentId, m.sentenceId);
      const set = sentenceMentions.get(key) ?? new Set();
      set.add(m.entityId);
      sentenceMentions.set(key, set);
    } else if (m.endnoteN != null) {
      const key = iris.endnote(m.documentId, m.endnoteN);
      const set = endnoteMentions.get(key) ?? new Set();
      set.add(m.entityId);
      endnoteMentions.set(key, set);
    }
  }

  for (const s of db.select().from(t.sentences).orderBy(asc(t.sentences.ordinal)).all()) {
    const sentence = iris.sentence(s.documentId, s.id);
    addType(sentence, "kg:Sentence", "oa:SpecificResource");
    addIri(sentence, "oa:hasSource", iris.document(s.documentId));
    addText(sentence, "schema:text", s.plainText);
    addInt(sentence, "schema:position", s.ordinal);
    addIri(sentence, "schema:isPartOf", iris.section(s.documentId, s.sectionId));
    addText(sentence, "kg:paragraph", s.paragraphId);
    const quoteSel = `${sentence}#quote`;
    const positionSel = `${sentence}#position`;
    addIri(sentence, "oa:hasSelector", quoteSel);
    addIri(sentence, "oa:hasSelector", positionSel);
    addType(quoteSel, "oa:TextQuoteSelector");
    addText(quoteSel, "oa:exact", s.text);
    addType(positionSel, "oa:TextPositionSelector");
    addInt(positionSel, "oa:start", s.start, "nonNegativeInteger");
    addInt(positionSel, "oa:end", s.end, "nonNegativeInteger");
    for (const n of s.markers) addIri(sentence, "kg:marker", iris.endnote(s.documentId, n));
    if (s.coveringEndnote != null)
      addIri(sentence, "kg:coveredBy", iris.endnote(s.documentId, s.coveringEndnote));
    addText(sentence, "kg:coverage", s.coverage);
    for (const e of sentenceMentions.get(sentence) ?? []) addIri(sentence, "schema:mentions", iris.entity(e));
  }

  for (const layer of provenance.documents.values()) {
    const docId = layer.id;
    for (const e of [...layer.endnotes.values()].sort((a, b) => a.n - b.n)) {
      const note = iris.endnote(docId, e.n);
      addType(note, "bibo:Note", "kg:Endnote");
      addInt(note, "schema:position", e.n);
      addText(note, "schema:text", e.text);
      addIri(note, "schema:isPartOf", iris.document(docId));
      addText(note, "kg:endnoteKind", e.kind);
      if (e.refersTo != null) addIri(note, "kg:refersTo", iris.endnote(docId, e.refersTo));
      addText(note, "bibo:pages", e.pages);
      addText(note, "rdfs:comment", e.note);
      if (e.accessed) add(note, "kg:accessed", partialDateLiteral(e.accessed));
      if (e.markerSentenceId) addIri(note, "kg:markerIn", iris.sentence(docId, e.markerSentenceId));
      if (e.markerOffset != null) addInt(note, "kg:markerOffset", e.markerOffset, "nonNegativeInteger");
      for (const p of e.problems) addText(note, "skos:editorialNote", p);
      for (const row of layer.endnoteSources.get(e.n) ?? [])
        addIri(note, "cito:cites", iris.source(row.sourceId));
      for (const id of endnoteMentions.get(note) ?? []) addIri(note, "schema:mentions", iris.entity(id));
    }

    for (const s of [...layer.sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const work = iris.source(s.id);
      addType(work, "schema:CreativeWork", "bibo:Document", "kg:Source");
      for (const a of s.authors) addText(work, "schema:author", a);
      addText(work, "schema:name", s.title);
      addText(work, "kg:publication", s.publication);
      if (s.date) add(work, "schema:datePublished", partialDateLiteral(s.date));
      addText(work, "kg:dateText", s.dateText);
      if (s.url) {
        const url = safeIri(s.url);
        if (url) addIri(work, "schema:url", url);
        else add(work, "schema:url", literal(s.url, XSD("anyURI")));
      }
      addText(work, "kg:details", s.details);
      addBool(work, "kg:partial", s.partial);
      if (s.firstCitedIn != null) addIri(work, "kg:firstCitedIn", iris.endnote(docId, s.firstCitedIn));
      for (const p of s.problems) addText(work, "skos:editorialNote", p);
    }
  }

  // ------------------------------------------------------------------ entities
  for (const record of catalog.all) {
    const { row } = record;
    // Read by field name, whatever the collection (the names are shared across the types).
    const stored: Readonly<Record<string, unknown>> = record.stored;
    const e = iris.entity(row.id);
    addType(e, ...entityClasses(row.type, row.kind));
    addText(e, "schema:name", row.name);
    addText(e, "rdfs:label", row.name);
    addText(e, "kg:kind", row.kind);
    for (const a of record.aliases) {
      if (a.form === "alias") addText(e, "schema:alternateName", a.text);
      else if (a.form === "metonym") addText(e, "kg:metonym", a.text);
    }
    addText(e, "schema:description", row.description);
    addText(e, "skos:editorialNote", row.note);
    const dateText =
      asText(stored.date) ??
      (asText(stored.from) && asText(stored.to) ? `${stored.from}/${stored.to}` : null);
    addText(e, "schema:temporalCoverage", dateText);
    addDate(e, "schema:startDate", row.dateStart);
    addDate(e, "schema:endDate", row.dateEnd);
    // Typed fields, by name, whatever the collection (the names are shared by old and new layouts).
    addText(e, "schema:jobTitle", asText(stored.role));
    const country = asText(stored.country);
    if (country) addIri(e, "kg:country", iris.entity(country));
    for (const p of asList(stored.parties)) addIri(e, "kg:party", iris.entity(p));
    addText(e, "kg:status", asText(stored.status));
    for (const p of asList(stored.provisions)) addText(e, "kg:provision", p);
    const partOf = asText(stored.partOf);
    if (partOf) addIri(e, "schema:isPartOf", iris.entity(partOf));
    for (const key of ["group", "locatedIn"]) {
      const place = asText(stored[key]);
      if (place) addIri(e, "schema:containedInPlace", iris.entity(place));
    }
    const administeredBy = asText(stored.administeredBy);
    if (administeredBy) addIri(e, "kg:administeredBy", iris.entity(administeredBy));
    for (const c of asList(stored.claimedBy)) addIri(e, "kg:claimedBy", iris.entity(c));
    const place = asText(stored.place);
    if (place) addIri(e, "schema:location", iris.entity(place));
    for (const p of asList(stored.participants)) addIri(e, "schema:attendee", iris.entity(p));
    addText(e, "kg:outcome", asText(stored.outcome));
    const wikidata = WIKIDATA[row.id];
    if (wikidata) {
      addIri(e, "owl:sameAs", `${NS.wd}${wikidata.id}`);
      addText(e, "kg:sameAsVerifiedAt", wikidata.verifiedAt);
    }
  }

  // ------------------------------------------------------------------ claims
  const about = new Map<string, string[]>();
  for (const a of db.select().from(t.claimAbout).orderBy(asc(t.claimAbout.ordinal)).all()) {
    const list = about.get(a.claimId) ?? [];
    list.push(a.entityId);
    about.set(a.claimId, list);
  }
  /** Where a quote sits: its sentence, endnote or the byline. */
  const anchorOf = (r: {
    documentId: string;
    sentenceId: string | null;
    inEndnote: number | null;
    metadata: string | null;
  }) =>
    r.sentenceId
      ? iris.sentence(r.documentId, r.sentenceId)
      : r.inEndnote != null
        ? iris.endnote(r.documentId, r.inEndnote)
        : r.metadata === "title" || r.metadata === "disclaimer"
          ? iris.document(r.documentId)
          : iris.byline(r.documentId);

  for (const c of db.select().from(t.claims).orderBy(asc(t.claims.ordinal)).all()) {
    const claim = iris.claim(c.id);
    const docId = c.documentId;
    addType(claim, "schema:Claim", "kg:Claim");
    addText(claim, "kg:claimKind", c.kind);
    addIri(claim, "prov:wasAttributedTo", iris.entity(c.speakerId));
    for (const id of about.get(c.id) ?? []) addIri(claim, "schema:about", iris.entity(id));
    addBool(claim, "kg:direct", c.direct);
    addText(claim, "schema:description", c.summary);
    addText(claim, "schema:text", c.quote);
    addText(claim, "schema:temporalCoverage", c.dateText);
    addDate(claim, "schema:startDate", c.dateStart);
    addDate(claim, "schema:endDate", c.dateEnd);
    addInt(claim, "schema:position", c.ordinal);
    addIri(claim, "schema:appearance", iris.document(docId));
    const anchor = anchorOf(c);
    addIri(claim, "prov:wasDerivedFrom", anchor);
    if (c.endnoteN != null) {
      addIri(claim, "kg:endnote", iris.endnote(docId, c.endnoteN));
      for (const s of provenance.need(docId).sourcesOf(c.endnoteN))
        addIri(claim, "cito:citesAsEvidence", iris.source(s.id));
    }
    addText(claim, "kg:citationRule", c.citationRule);
    addText(claim, "kg:citationReason", c.citationReason);
    addText(claim, "kg:citationScope", c.citationScope);
    addText(claim, "skos:editorialNote", c.note);

    // The evidence as a W3C Web Annotation: the claim (body) describes a span of the article (target).
    const evidence = evidenceOfRow(provenance, c);
    const annotation = `${claim}#evidence`;
    const target = `${claim}#target`;
    const quoteSel = `${claim}#quote`;
    const positionSel = `${claim}#position`;
    addIri(claim, "kg:evidence", annotation);
    addType(annotation, "oa:Annotation");
    addIri(annotation, "oa:motivatedBy", `${NS.oa}describing`);
    addIri(annotation, "oa:hasBody", claim);
    addIri(annotation, "oa:hasTarget", target);
    addType(target, "oa:SpecificResource");
    // Offsets count code points into the source's text: the document's body, the endnote or the byline.
    addIri(target, "oa:hasSource", c.sentenceId ? iris.document(docId) : anchor);
    if (c.sentenceId) addIri(target, "oa:hasScope", anchor);
    addIri(target, "oa:hasSelector", quoteSel);
    addIri(target, "oa:hasSelector", positionSel);
    addType(quoteSel, "oa:TextQuoteSelector");
    addText(quoteSel, "oa:exact", evidence.selector.exact);
    addText(quoteSel, "oa:prefix", evidence.selector.prefix);
    addText(quoteSel, "oa:suffix", evidence.selector.suffix);
    addType(positionSel, "oa:TextPositionSelector");
    addInt(positionSel, "oa:start", evidence.selector.start, "nonNegativeInteger");
    addInt(positionSel, "oa:end", evidence.selector.end, "nonNegativeInteger");
  }

  // ------------------------------------------------------------------ relations
  // Each relation is a direct triple (from kg:type to) and, since it has evidence, a reified
  // rdf:Statement beside it carrying its quote, source and endnote.
  for (const r of db.select().from(t.relations).orderBy(asc(t.relations.id)).all()) {
    const predicate = iris.expand(`kg:${camel(r.type)}`);
    addIri(iris.entity(r.fromId), `kg:${camel(r.type)}`, iris.entity(r.toId));
    const statement = iris.relation(r.fromId, r.id);
    addType(statement, "rdf:Statement", "kg:Relation");
    addIri(statement, "rdf:subject", iris.entity(r.fromId));
    addIri(statement, "rdf:predicate", predicate);
    addIri(statement, "rdf:object", iris.entity(r.toId));
    addText(statement, "schema:text", r.quote);
    addIri(statement, "prov:wasDerivedFrom", r.claimId ? iris.claim(r.claimId) : anchorOf(r));
    if (r.endnoteN != null) addIri(statement, "kg:endnote", iris.endnote(r.documentId, r.endnoteN));
  }
  return out;
}

/** participated_in → participatedIn */
export function camel(snake: string): string {
  return snake.replace(/[_-]([a-z])/g, (_, c: string) => c.toUpperCase());
}
