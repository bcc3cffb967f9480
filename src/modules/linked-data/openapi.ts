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

export function addLinkedDataMediaTypes(document: Record<string, unknown>): void {
  const paths = (document.paths ?? {}) as Paths;
  for (const path of Object.keys(NEGOTIATED)) {
    const ok = paths[toOpenApiPath(path)]?.get?.responses?.["200"];
    if (ok?.content) ok.content = { ...ok.content, ...RDF_CONTENT };
  }
  const exported = paths["/v1/export"]?.get?.responses?.["200"];
  if (exported) {
    exported.content = {
      "application/n-triples": { schema: { type: "string", description: "format=ntriples" } },
      "text/turtle": { schema: { type: "string", description: "format=turtle" } },
      "application/ld+json": {
        schema: { type: "object", description: "format=jsonld (the context inline)" },
      },
      "text/csv": { schema: { type: "string", description: "format=csv: one row per claim or entity" } },
    };
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
  for (const method of ["get", "post"]) {
    const operation = paths["/sparql"]?.[method] as (Operation & { requestBody?: unknown }) | undefined;
    const ok = operation?.responses?.["200"];
    if (ok) ok.content = sparqlContent;
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
  if (vocabulary) vocabulary.content = RDF_CONTENT;
  const context = paths["/ns/context.jsonld"]?.get?.responses?.["200"];
  if (context?.content?.["application/json"]) {
    context.content = { "application/ld+json": context.content["application/json"] };
  }
}
