// Writing triples: N-Triples and Turtle through N3.js, JSON-LD by a small writer over a fixed
// context (every predicate is a term or a compact IRI, every value carries its node or datatype,
// so expansion gives back exactly the triples written: the tests check it with jsonld.js).
import { type Quad, Writer } from "n3";
import { type Iris, NS } from "./vocab.ts";

type Term = Quad["object"];

/** The short names of the JSON-LD context, by compact IRI. */
const TERMS: Record<string, string> = {
  // names and descriptions
  name: "schema:name",
  label: "rdfs:label",
  alternateName: "schema:alternateName",
  metonym: "kg:metonym",
  description: "schema:description",
  text: "schema:text",
  comment: "rdfs:comment",
  editorialNote: "skos:editorialNote",
  kind: "kg:kind",
  sameAs: "owl:sameAs",
  sameAsVerifiedAt: "kg:sameAsVerifiedAt",
  // time and place
  temporalCoverage: "schema:temporalCoverage",
  startDate: "schema:startDate",
  endDate: "schema:endDate",
  datePublished: "schema:datePublished",
  dateText: "kg:dateText",
  location: "schema:location",
  containedInPlace: "schema:containedInPlace",
  // typed fields of entities
  jobTitle: "schema:jobTitle",
  country: "kg:country",
  party: "kg:party",
  status: "kg:status",
  provision: "kg:provision",
  isPartOf: "schema:isPartOf",
  administeredBy: "kg:administeredBy",
  claimedBy: "kg:claimedBy",
  attendee: "schema:attendee",
  outcome: "kg:outcome",
  // claims and provenance
  claimKind: "kg:claimKind",
  wasAttributedTo: "prov:wasAttributedTo",
  about: "schema:about",
  direct: "kg:direct",
  position: "schema:position",
  appearance: "schema:appearance",
  wasDerivedFrom: "prov:wasDerivedFrom",
  endnote: "kg:endnote",
  citesAsEvidence: "cito:citesAsEvidence",
  citationRule: "kg:citationRule",
  citationReason: "kg:citationReason",
  citationScope: "kg:citationScope",
  evidence: "kg:evidence",
  // Web Annotation
  motivatedBy: "oa:motivatedBy",
  hasBody: "oa:hasBody",
  hasTarget: "oa:hasTarget",
  hasSource: "oa:hasSource",
  hasScope: "oa:hasScope",
  hasSelector: "oa:hasSelector",
  exact: "oa:exact",
  prefix: "oa:prefix",
  suffix: "oa:suffix",
  start: "oa:start",
  end: "oa:end",
  // text layer and bibliography
  cites: "cito:cites",
  author: "schema:author",
  publication: "kg:publication",
  url: "schema:url",
  details: "kg:details",
  partial: "kg:partial",
  firstCitedIn: "kg:firstCitedIn",
  endnoteKind: "kg:endnoteKind",
  refersTo: "kg:refersTo",
  pages: "bibo:pages",
  accessed: "kg:accessed",
  markerIn: "kg:markerIn",
  markerOffset: "kg:markerOffset",
  marker: "kg:marker",
  coveredBy: "kg:coveredBy",
  coverage: "kg:coverage",
  mentions: "schema:mentions",
  paragraph: "kg:paragraph",
  level: "kg:level",
  affiliation: "kg:affiliation",
  disclaimer: "kg:disclaimer",
  byline: "kg:byline",
  // reified relations
  subject: "rdf:subject",
  predicate: "rdf:predicate",
  object: "rdf:object",
};

/** The JSON-LD context served at /ns/context.jsonld: the prefixes and the short names. */
export function jsonLdContext(iris: Iris): Record<string, string> {
  return { ...iris.prefixes(), ...TERMS };
}

/** Compacts IRIs with the context: a term for a known predicate, else prefix:local. */
class Compactor {
  private readonly byIri = new Map<string, string>();
  private readonly prefixes: [string, string][];

  constructor(iris: Iris) {
    // Longest namespace first, so kg: (under the base) wins over a shorter overlapping one.
    this.prefixes = Object.entries(iris.prefixes()).sort((a, b) => b[1].length - a[1].length);
    for (const [term, curie] of Object.entries(TERMS)) this.byIri.set(iris.expand(curie), term);
  }

  predicate(iri: string): string {
    return this.byIri.get(iri) ?? this.curie(iri);
  }

  curie(iri: string): string {
    for (const [prefix, ns] of this.prefixes) {
      if (iri.startsWith(ns) && iri.length > ns.length) {
        const local = iri.slice(ns.length);
        // Only simple local names compact; anything else stays a full IRI.
        if (/^[A-Za-z_][\w.-]*$/.test(local) && !local.endsWith(".")) return `${prefix}:${local}`;
      }
    }
    return iri;
  }
}

function jsonLdValue(term: Term, c: Compactor): unknown {
  if (term.termType === "NamedNode") return { "@id": term.value };
  if (term.termType === "BlankNode") return { "@id": `_:${term.value}` };
  if (term.termType !== "Literal") throw new Error(`cannot write a ${term.termType} as JSON-LD`);
  if (term.language) return { "@value": term.value, "@language": term.language };
  const datatype = term.datatype.value;
  if (datatype === `${NS.xsd}string`) return term.value;
  // Native JSON values only where they expand back to the same lexical form.
  if (datatype === `${NS.xsd}boolean` && (term.value === "true" || term.value === "false"))
    return term.value === "true";
  if (datatype === `${NS.xsd}integer` && /^(0|-?[1-9]\d{0,14})$/.test(term.value)) return Number(term.value);
  return { "@value": term.value, "@type": c.curie(datatype) };
}

/** The node objects of some triples, one per subject in first-seen order. */
function nodes(quads: Iterable<Quad>, c: Compactor): Record<string, unknown>[] {
  const bySubject = new Map<string, { props: Record<string, unknown[]>; types: string[] }>();
  for (const q of quads) {
    const s = q.subject.termType === "BlankNode" ? `_:${q.subject.value}` : q.subject.value;
    let node = bySubject.get(s);
    if (!node) {
      node = { props: {}, types: [] };
      bySubject.set(s, node);
    }
    if (q.predicate.value === `${NS.rdf}type` && q.object.termType === "NamedNode") {
      node.types.push(c.curie(q.object.value));
      continue;
    }
    const key = c.predicate(q.predicate.value);
    const values = node.props[key] ?? [];
    values.push(jsonLdValue(q.object, c));
    node.props[key] = values;
  }
  return [...bySubject.entries()].map(([id, { props, types: t }]) => {
    const node: Record<string, unknown> = { "@id": id };
    if (t.length) node["@type"] = t.length === 1 ? t[0] : t;
    for (const [key, values] of Object.entries(props)) node[key] = values.length === 1 ? values[0] : values;
    return node;
  });
}

/** A JSON-LD document: the context (its URL, or the object itself for a dump) and a flat @graph. */
export function toJsonLd(quads: Iterable<Quad>, iris: Iris, context: "reference" | "inline"): string {
  const c = new Compactor(iris);
  return JSON.stringify({
    "@context": context === "reference" ? iris.context() : jsonLdContext(iris),
    "@graph": nodes(quads, c),
  });
}

/** The JSON-LD of a dump, in pieces: the head, one node per piece, the tail. */
export function* jsonLdPieces(bySubject: Iterable<Quad[]>, iris: Iris): Generator<string> {
  const c = new Compactor(iris);
  yield `{"@context":${JSON.stringify(jsonLdContext(iris))},\n"@graph":[\n`;
  let first = true;
  for (const quads of bySubject) {
    for (const node of nodes(quads, c)) {
      yield `${first ? "" : ",\n"}${JSON.stringify(node)}`;
      first = false;
    }
  }
  yield "\n]}\n";
}

function ntTerm(term: Quad["subject"] | Quad["object"]): string {
  if (term.termType === "NamedNode") return `<${term.value}>`;
  if (term.termType === "BlankNode") return `_:${term.value}`;
  if (term.termType !== "Literal") throw new Error(`cannot write a ${term.termType} as N-Triples`);
  const quoted = `"${term.value.replace(/[\\"\n\r]/g, (c) => NT_ESCAPES[c] ?? c)}"`;
  if (term.language) return `${quoted}@${term.language}`;
  return term.datatype.value === XSD_STRING ? quoted : `${quoted}^^<${term.datatype.value}>`;
}
const NT_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r" };
const XSD_STRING = `${NS.xsd}string`;

/** N-Triples, one line per triple (written directly: the dumps and the SPARQL store's input). */
export function toNTriples(quads: Quad[]): string {
  let out = "";
  for (const q of quads) out += `${ntTerm(q.subject)} <${q.predicate.value}> ${ntTerm(q.object)} .\n`;
  return out;
}

export function toTurtle(quads: Quad[], iris: Iris): string {
  return writeSync(quads, { format: "Turtle", prefixes: iris.prefixes() });
}

function writeSync(quads: Quad[], options: ConstructorParameters<typeof Writer>[0]): string {
  const writer = new Writer(options);
  writer.addQuads(quads);
  let out = "";
  writer.end((error, result: string) => {
    if (error) throw error;
    out = result;
  });
  return out;
}
