// The kg: vocabulary served at /ns: the classes and properties this graph adds where schema.org,
// PROV-O, Web Annotation, CiTO and BIBO have no term, each with a label, a comment and, where
// one exists, the standard term it refines.
import { DataFactory, type Quad } from "n3";
import { RELATION_TYPES } from "../../domain/enums.ts";
import { camel } from "../../linked-data/mapping.ts";
import type { Iris } from "../../linked-data/vocab.ts";

const { namedNode, literal, quad } = DataFactory;

type Term = [name: string, comment: string, refines?: string];

const CLASSES: Term[] = [
  [
    "Claim",
    "A claim of the article: who holds it, what it is about, when, and its verbatim evidence.",
    "schema:Claim",
  ],
  ["Actor", "A person, state, organisation or group.", "prov:Agent"],
  ["Treaty", "A treaty, declaration or other document the article names."],
  ["Place", "An island, island group, city, region, sea or other place.", "schema:Place"],
  ["Event", "A summit, meeting, visit, talks, war or other event.", "schema:Event"],
  ["Document", "An analysed document (the article).", "schema:Article"],
  ["Section", "A heading of the document and the text under it."],
  [
    "Sentence",
    "A sentence of the document's body, as a Web Annotation specific resource.",
    "oa:SpecificResource",
  ],
  ["Endnote", "An endnote of the document.", "bibo:Note"],
  ["Source", "A work an endnote cites.", "schema:CreativeWork"],
  ["Byline", "The author's line after the body."],
  ["Relation", "A typed edge between two entities, reified with its evidence.", "rdf:Statement"],
];

const PROPERTIES: Term[] = [
  ["claimKind", "statement, position, event, fact or assessment."],
  ["direct", "True when the evidence quotes the holder's own words."],
  ["evidence", "The Web Annotation linking a claim to the span of the article that states it."],
  ["endnote", "The endnote backing a claim or relation."],
  ["citationRule", "How the endnote was chosen: marker, paragraph-end, endnote-text, override or uncited."],
  ["citationReason", "Why, for an override or an uncited claim."],
  [
    "citationScope",
    "sentence: the endnote's marker stands in the quoted sentence; paragraph: borrowed from a later one.",
  ],
  ["kind", "The finer kind of an entity: person, state, island, summit …"],
  ["metonym", "A name standing for the entity (Moscow for Russia's government)."],
  ["country", "The state a person or organisation belongs to."],
  ["party", "A party to a treaty."],
  ["status", "A treaty's status, in the article's terms."],
  ["provision", "A provision of a treaty, in the article's terms."],
  ["administeredBy", "The state that administers a place."],
  ["claimedBy", "A state that claims a place."],
  ["outcome", "What came of an event."],
  ["endnoteKind", "citation, ibid, op-cit, note or note-citation."],
  ["refersTo", "For Ibid and op. cit.: the endnote pointed back to."],
  ["accessed", "When the cited page was accessed."],
  ["markerIn", "The sentence where the endnote's marker stands."],
  ["markerOffset", "Code-point offset of the marker in the document text."],
  ["marker", "An endnote whose marker stands in the sentence."],
  ["coveredBy", "The endnote covering the sentence."],
  ["coverage", "Why: marker, paragraph-end or none."],
  ["paragraph", "The id of the sentence's paragraph."],
  ["level", "The heading level of a section."],
  ["publication", "The periodical or site a cited work appeared in."],
  ["dateText", "A date as the endnote writes it."],
  ["details", "Other bibliographic detail (volume, report number, publisher)."],
  ["partial", "True when a work is known only from a short form."],
  ["firstCitedIn", "The endnote citing the work in full."],
  ["affiliation", "The author's affiliation."],
  ["disclaimer", "The document's disclaimer."],
  ["byline", "The document's byline."],
  ["sameAsVerifiedAt", "Where the entity's owl:sameAs link to Wikidata was verified."],
  ...RELATION_TYPES.map(
    (r): Term => [camel(r), `The relation "${r.replace(/_/g, " ")}" between two entities.`],
  ),
];

export function vocabularyQuads(iris: Iris): Quad[] {
  const out: Quad[] = [];
  const n = (curie: string) => namedNode(iris.expand(curie));
  const ontology = namedNode(iris.vocabulary());
  out.push(quad(ontology, n("rdf:type"), n("owl:Ontology")));
  out.push(quad(ontology, n("rdfs:label"), literal("kuril-kg vocabulary")));
  out.push(quad(ontology, n("rdfs:seeAlso"), namedNode(iris.context())));
  const terms = (list: Term[], type: string, refines: string) => {
    for (const [name, comment, parent] of list) {
      const term = n(`kg:${name}`);
      out.push(quad(term, n("rdf:type"), n(type)));
      out.push(quad(term, n("rdfs:label"), literal(name)));
      out.push(quad(term, n("rdfs:comment"), literal(comment)));
      out.push(quad(term, n("rdfs:isDefinedBy"), ontology));
      if (parent) out.push(quad(term, n(refines), n(parent)));
    }
  };
  terms(CLASSES, "owl:Class", "rdfs:subClassOf");
  terms(PROPERTIES, "rdf:Property", "rdfs:subPropertyOf");
  return out;
}
