// Examples for /docs taken from the real data: `npm run openapi` asks the app built on a fresh
// seed one request per operation and stores the answers in openapi/examples.json; the document
// then shows each answer as its 200 response's example, and a problem of the operation for each
// error status. A person reading /docs sees what the API really answers, not `"string"`.
import type { FastifyInstance } from "fastify";
import { PROBLEM_TYPES } from "../http/problem.ts";

/**
 * The request whose answer illustrates each operation (by operationId). An operation missing
 * here is illustrated by its path with the parameters' own examples and `limit=2`.
 */
export const EXAMPLE_REQUESTS: Record<string, string> = {
  ask: "/v1/ask?q=What%20did%20Putin%20say%20about%20the%201956%20Declaration%3F&limit=1",
  search: "/v1/search?q=1956%20Declaration&limit=2",
  listClaims: "/v1/claims?speaker=vladimir-putin&about=soviet-japanese-declaration-1956&limit=2",
  getClaim: "/v1/claims/bg-putin-1956-declaration-still-valid-2001",
  listEntities: "/v1/entities?q=Putin&limit=2",
  getEntity: "/v1/entities/vladimir-putin",
  getNeighbors: "/v1/graph/neighbors/habomai",
  getPath: "/v1/graph/path?from=shinzo-abe&to=habomai",
  getTimeline: "/v1/timeline?actor=vladimir-putin&from=2001&to=2001&limit=2",
  getEndnote: "/v1/endnotes/16",
  listEndnotes: "/v1/endnotes?limit=2",
  listSources: "/v1/sources?q=smith&limit=2",
  exportDataset: "/v1/export?format=csv&table=entities",
  querySparql:
    "/sparql?query=SELECT%20%3Fname%20WHERE%20%7B%20%3Fe%20%3Chttps%3A%2F%2Fschema.org%2FalternateName%3E%20%221956%20Declaration%22%20%3B%20%3Chttps%3A%2F%2Fschema.org%2Fname%3E%20%3Fname%20%7D",
};

/** Lists longer than this are cut in an example: two items show the shape. */
const MAX_ITEMS = 2;

export type Examples = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  schema?: { example?: unknown };
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, { example?: unknown }> }>;
}
type Paths = Record<string, Record<string, Operation>>;

/** The URL that illustrates an operation. */
export function exampleUrl(path: string, operation: Operation): string {
  const given = operation.operationId ? EXAMPLE_REQUESTS[operation.operationId] : undefined;
  if (given) return given;
  const parameters = operation.parameters ?? [];
  const exampleOf = (p: Parameter) => p.example ?? p.schema?.example;
  let url = path;
  for (const p of parameters.filter((p) => p.in === "path")) {
    url = url.replace(`{${p.name}}`, encodeURIComponent(String(exampleOf(p) ?? "")));
  }
  return parameters.some((p) => p.in === "query" && p.name === "limit") ? `${url}?limit=${MAX_ITEMS}` : url;
}

/** Arrays cut to MAX_ITEMS entries, at every depth. */
function trim(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map(trim);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  }
  return value;
}

/** Asks the app each operation's example request; throws when one does not answer 200. */
export async function captureExamples(
  app: FastifyInstance,
  document: { paths?: unknown },
): Promise<Examples> {
  const examples: Examples = {};
  for (const [path, item] of Object.entries((document.paths ?? {}) as Paths)) {
    const operation = item.get;
    if (!operation?.operationId || !operation.responses?.["200"]) continue;
    const url = exampleUrl(path, operation);
    const res = await app.inject({ method: "GET", url });
    if (res.statusCode !== 200) {
      throw new Error(`example request ${url} for ${operation.operationId} answered ${res.statusCode}`);
    }
    // Only JSON answers are shown as examples (not Turtle, N-Triples or CSV).
    if (!/[/+]json\b/.test(String(res.headers["content-type"] ?? ""))) continue;
    examples[operation.operationId] = trim(res.json());
  }
  return examples;
}

const PROBLEM_DETAILS: Record<number, { detail: string; errors?: { pointer: string; message: string }[] }> = {
  400: {
    detail: "/query/limit: Too big: expected number to be <=200",
    errors: [{ pointer: "/query/limit", message: "Too big: expected number to be <=200" }],
  },
  404: { detail: "Nothing has this id. See the list operation for the ids there are." },
  429: { detail: "Rate limit of 300 requests per 1 minute exceeded; retry in 42 seconds." },
  500: { detail: "The server could not answer this request." },
  503: { detail: "The server is overloaded; retry after the Retry-After delay." },
};

/** A problem the operation can answer with, as the error handler writes it. */
function problemExample(status: number, instance: string): unknown {
  const kind = PROBLEM_TYPES[status as keyof typeof PROBLEM_TYPES];
  const detail = PROBLEM_DETAILS[status];
  if (!kind || !detail) return undefined;
  return {
    type: kind.type,
    title: kind.title,
    status,
    detail: detail.detail,
    instance,
    requestId: "7f6c1d2e-0b5a-4c8e-9a51-3e2f4d6b8c10",
    ...(detail.errors ? { errors: detail.errors } : {}),
  };
}

/** Puts the captured 200 examples and a problem example per error status into the document. */
export function applyExamples(document: { paths?: unknown }, examples: Examples): void {
  for (const [path, item] of Object.entries((document.paths ?? {}) as Paths)) {
    for (const operation of Object.values(item)) {
      const instance = exampleUrl(path, operation).split("?")[0] ?? path;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const content = response.content ?? {};
        // A 200's captured answer is JSON: it illustrates application/json (or, where there is
        // none, the first JSON media type the operation answers), never its RDF or CSV siblings.
        const jsonType = content["application/json"]
          ? "application/json"
          : Object.keys(content).find((t) => t.endsWith("+json"));
        for (const [type, media] of Object.entries(content)) {
          if (status === "200" && type !== jsonType) continue;
          const example =
            status === "200" && operation.operationId
              ? examples[operation.operationId]
              : problemExample(Number(status), instance);
          if (example !== undefined) media.example = example;
        }
      }
    }
  }
}
