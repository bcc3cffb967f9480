// The vocabularies the graph speaks (schema.org, PROV-O, Web Annotation, CiTO, BIBO …) and the
// IRIs it mints. Every IRI of the dataset lives under one public base URL (PUBLIC_BASE_URL), and
// an IRI is the URL of the API resource that describes it, so it dereferences. Parts of a
// resource (a claim's evidence and selectors, a section, the byline) are hash IRIs of it.
// The mapping is documented in docs/linked-data.md.

export const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  schema: "https://schema.org/",
  prov: "http://www.w3.org/ns/prov#",
  oa: "http://www.w3.org/ns/oa#",
  cito: "http://purl.org/spar/cito/",
  bibo: "http://purl.org/ontology/bibo/",
  dcterms: "http://purl.org/dc/terms/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  wd: "http://www.wikidata.org/entity/",
} as const;

export type Prefix = keyof typeof NS | "kg";

/** The IRIs of one deployment: resources under `${base}/v1/…`, the vocabulary under `${base}/ns#`. */
export class Iris {
  readonly base: string;
  readonly kg: string;

  constructor(base: string) {
    this.base = base.replace(/\/+$/, "");
    this.kg = `${this.base}/ns#`;
  }

  /** Every prefix with its namespace, kg: included. */
  prefixes(): Record<Prefix, string> {
    return { ...NS, kg: this.kg };
  }

  /** A compact name such as "schema:name" or "kg:Claim" as a full IRI. */
  expand(curie: string): string {
    const i = curie.indexOf(":");
    const prefix = curie.slice(0, i) as Prefix;
    const ns = prefix === "kg" ? this.kg : NS[prefix as keyof typeof NS];
    if (!ns) throw new Error(`unknown prefix in ${curie}`);
    return ns + curie.slice(i + 1);
  }

  vocabulary(): string {
    return `${this.base}/ns`;
  }
  context(): string {
    return `${this.base}/ns/context.jsonld`;
  }
  entity(id: string): string {
    return `${this.base}/v1/entities/${encodeURIComponent(id)}`;
  }
  claim(id: string): string {
    return `${this.base}/v1/claims/${encodeURIComponent(id)}`;
  }
  source(id: string): string {
    return `${this.base}/v1/sources/${encodeURIComponent(id)}`;
  }
  document(id: string): string {
    return `${this.base}/v1/documents/${encodeURIComponent(id)}`;
  }
  /** Text-layer parts are scoped by their document, so a second document never collides. */
  sentence(documentId: string, id: string): string {
    return `${this.document(documentId)}/sentences/${encodeURIComponent(id)}`;
  }
  endnote(documentId: string, n: number): string {
    return `${this.document(documentId)}/endnotes/${n}`;
  }
  section(documentId: string, id: string): string {
    return `${this.document(documentId)}#section-${encodeURIComponent(id)}`;
  }
  byline(documentId: string): string {
    return `${this.document(documentId)}#byline`;
  }
  /** A relation's reified statement: a part of the entity it starts from. */
  relation(fromId: string, id: string): string {
    return `${this.entity(fromId)}#relation-${encodeURIComponent(id)}`;
  }
}

/** The resource an IRI belongs to: the IRI without its fragment (a hash part is described with it). */
export function resourceOf(iri: string): string {
  const hash = iri.indexOf("#");
  return hash === -1 ? iri : iri.slice(0, hash);
}
