// The media types the generated OpenAPI document cannot know from the zod schemas: the RDF
// representations content negotiation offers, and the formats of the export and the vocabulary.
import { NEGOTIATED } from "./negotiation.ts";

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };
type Paths = Record<string, Record<string, Operation>>;

const RDF_CONTENT = {
  "application/ld+json": {
    schema: {
      type: "object",
      description:
        "The resource's triples as JSON-LD: a flat `@graph` with the `@context` at /ns/context.jsonld.",
    },
  },
  "text/turtle": { schema: { type: "string", description: "The resource's triples as Turtle." } },
  "application/n-triples": {
    schema: { type: "string", description: "The resource's triples as N-Triples." },
  },
};

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

// Examples: the IRI and classes of each kind of resource (a true subset of what it answers).
const BASE = "http://127.0.0.1:3000";
const PREFIXES: Record<string, string> = {
  schema: "https://schema.org/",
  bibo: "http://purl.org/ontology/bibo/",
  kg: `${BASE}/ns#`,
};
const EXAMPLES: Record<string, { iri: string; classes: string[] }> = {
  "/v1/entities/:id": { iri: `${BASE}/v1/entities/vladimir-putin`, classes: ["schema:Person", "kg:Actor"] },
  "/v1/claims/:id": {
    iri: `${BASE}/v1/claims/bg-putin-1956-declaration-still-valid-2001`,
    classes: ["schema:Claim", "kg:Claim"],
  },
  "/v1/sources/:id": {
    iri: `${BASE}/v1/sources/smith-2003-russo-japanese-relations`,
    classes: ["schema:CreativeWork", "bibo:Document", "kg:Source"],
  },
  "/v1/documents/:id": {
    iri: `${BASE}/v1/documents/russia-japan-reset`,
    classes: ["schema:Article", "bibo:Article", "kg:Document"],
  },
  "/v1/endnotes/:n": {
    iri: `${BASE}/v1/documents/russia-japan-reset/endnotes/16`,
    classes: ["bibo:Note", "kg:Endnote"],
  },
};
const expand = (curie: string) => {
  const [prefix, local] = curie.split(":") as [string, string];
  return `${PREFIXES[prefix] ?? ""}${local}`;
};
const RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

function rdfExamples(iri: string, classes: string[]) {
  return {
    "application/ld+json": {
      "@context": `${BASE}/ns/context.jsonld`,
      "@graph": [{ "@id": iri, "@type": classes }],
    },
    "text/turtle": `${Object.entries(PREFIXES)
      .map(([p, ns]) => `@prefix ${p}: <${ns}>.`)
      .join("\n")}\n\n<${iri}> a ${classes.join(", ")}.\n`,
    "application/n-triples": classes.map((c) => `<${iri}> ${RDF_TYPE} <${expand(c)}> .\n`).join(""),
  };
}

function withExamples(content: Record<string, { schema: unknown }>, examples: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => [type, { ...media, example: examples[type] }]),
  );
}

export function addLinkedDataMediaTypes(document: Record<string, unknown>): void {
  const paths = (document.paths ?? {}) as Paths;
  for (const path of Object.keys(NEGOTIATED)) {
    const ok = paths[toOpenApiPath(path)]?.get?.responses?.["200"];
    const example = EXAMPLES[path] ?? { iri: `${BASE}${path}`, classes: ["kg:Sentence"] };
    if (ok?.content)
      ok.content = { ...ok.content, ...withExamples(RDF_CONTENT, rdfExamples(example.iri, example.classes)) };
  }
  const putin = rdfExamples(`${BASE}/v1/entities/vladimir-putin`, ["schema:Person", "kg:Actor"]);
  const exported = paths["/v1/export"]?.get?.responses?.["200"];
  if (exported) {
    exported.content = withExamples(
      {
        "application/n-triples": { schema: { type: "string", description: "format=ntriples" } },
        "text/turtle": { schema: { type: "string", description: "format=turtle" } },
        "application/ld+json": {
          schema: { type: "object", description: "format=jsonld (the context inline)" },
        },
        "text/csv": { schema: { type: "string", description: "format=csv: one row per claim or entity" } },
      },
      {
        ...putin,
        "application/ld+json": { "@context": PREFIXES, "@graph": putin["application/ld+json"]["@graph"] },
        "text/csv":
          "id,type,kind,name,aliases,description,date_start,date_end,note,wikidata,iri\r\n" +
          `japan,actor,state,Japan,Tokyo,,,,,Q17,${BASE}/v1/entities/japan\r\n`,
      },
    );
  }
  const sparqlContent = {
    "application/sparql-results+json": {
      schema: { type: "object", description: "SELECT and ASK results (SPARQL 1.1 Query Results JSON)." },
    },
    "text/csv": { schema: { type: "string", description: "SELECT results as CSV." } },
    "text/tab-separated-values": { schema: { type: "string", description: "SELECT results as TSV." } },
    "text/turtle": { schema: { type: "string", description: "CONSTRUCT and DESCRIBE results." } },
    "application/n-triples": { schema: { type: "string", description: "CONSTRUCT and DESCRIBE results." } },
    "application/ld+json": { schema: { type: "object", description: "CONSTRUCT and DESCRIBE results." } },
  };
  const sparqlExamples = {
    ...putin,
    "application/sparql-results+json": {
      head: { vars: ["name"] },
      results: {
        bindings: [{ name: { type: "literal", value: "Soviet-Japanese Joint Declaration of 1956" } }],
      },
    },
    "text/csv": "name\r\nSoviet-Japanese Joint Declaration of 1956\r\n",
    "text/tab-separated-values": '?name\n"Soviet-Japanese Joint Declaration of 1956"\n',
  };
  for (const method of ["get", "post"]) {
    const operation = paths["/sparql"]?.[method] as (Operation & { requestBody?: unknown }) | undefined;
    const ok = operation?.responses?.["200"];
    if (ok) ok.content = withExamples(sparqlContent, sparqlExamples);
    if (operation && method === "post") {
      operation.requestBody = {
        required: true,
        content: {
          "application/sparql-query": {
            schema: { type: "string" },
            example: "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }",
          },
          "application/x-www-form-urlencoded": {
            schema: {
              type: "object",
              required: ["query"],
              properties: { query: { type: "string" }, format: { type: "string" } },
            },
          },
        },
      };
    }
  }
  const vocabulary = paths["/ns"]?.get?.responses?.["200"];
  if (vocabulary) {
    const term = { iri: `${BASE}/ns#Claim`, classes: [] as string[] };
    vocabulary.content = withExamples(RDF_CONTENT, {
      "application/ld+json": {
        "@context": `${BASE}/ns/context.jsonld`,
        "@graph": [{ "@id": term.iri, "@type": "owl:Class" }],
      },
      "text/turtle": `@prefix owl: <http://www.w3.org/2002/07/owl#>.\n\n<${term.iri}> a owl:Class.\n`,
      "application/n-triples": `<${term.iri}> ${RDF_TYPE} <http://www.w3.org/2002/07/owl#Class> .\n`,
    });
  }
  const context = paths["/ns/context.jsonld"]?.get?.responses?.["200"];
  if (context?.content?.["application/json"]) {
    context.content = { "application/ld+json": context.content["application/json"] };
  }
}
