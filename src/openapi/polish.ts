// Post-processing of the generated document (suggested for src/plugins/openapi.ts): what
// @fastify/swagger cannot express from zod schemas alone.
import examples from "../../openapi/examples.json" with { type: "json" };
import { PROBLEM_TYPES } from "../http/problem.ts";
import { addLinkedDataMediaTypes } from "../modules/linked-data/openapi.ts";
import { applyExamples } from "./examples.ts";

type Json = Record<string, unknown>;
interface Response {
  description?: string;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

const CACHE_HEADERS = {
  ETag: {
    description: "Strong validator: the dataset version and a hash of the representation.",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "public, max-age=N (N from CACHE_MAX_AGE).", schema: { type: "string" } },
};

/** Problem responses as application/problem+json with real descriptions, 304 and cache headers on
 * every GET, examples from the real data, no component that nothing references (zod's unused
 * `…Input` twins), and no fragment-only `$id`s. */
export function polishOpenApi<T extends Json>(document: T): T {
  const paths = (document.paths ?? {}) as Record<
    string,
    Record<string, { responses?: Record<string, Response> }>
  >;
  for (const item of Object.values(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const responses = operation.responses;
      if (!responses) continue;
      for (const [status, response] of Object.entries(responses)) {
        const code = Number(status);
        if (code >= 400) {
          const json = response.content?.["application/json"];
          if (json) response.content = { "application/problem+json": json };
          if (response.description === "Default Response") {
            response.description = PROBLEM_TYPES[code as keyof typeof PROBLEM_TYPES]?.title ?? "Error";
          }
        } else if (code === 200) {
          if (response.description === "Default Response") response.description = "OK";
          if (method === "get") response.headers = { ...CACHE_HEADERS, ...response.headers };
        }
      }
      if (method === "get" && responses["200"] && !responses["304"]) {
        responses["304"] = {
          description: "Not Modified: the If-None-Match request header matches the ETag.",
        };
      }
    }
  }
  addLinkedDataMediaTypes(document);
  applyExamples(document, examples);
  return dropFragmentIds(pruneUnusedSchemas(document));
}

/**
 * zod's registry writes `"$id": "#/components/schemas/X"` into each component. A `$id` changes the
 * base URI that `$ref`s resolve against, and Swagger UI then resolves none of them: every
 * example reads `"string"` and every schema `any`. The components are found by their key anyway.
 */
function dropFragmentIds<T extends Json>(document: T): T {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.$id === "string" && record.$id.startsWith("#")) delete record.$id;
      // The document's dialect is already 2020-12; repeated per component it is noise in /docs.
      if (record.$schema === "https://json-schema.org/draft/2020-12/schema") delete record.$schema;
      // zod bounds every int by the safe-integer range: true, but it reads as noise in /docs.
      if (record.minimum === Number.MIN_SAFE_INTEGER) delete record.minimum;
      if (record.maximum === Number.MAX_SAFE_INTEGER) delete record.maximum;
      for (const v of Object.values(record)) visit(v);
    }
  };
  visit(document.components);
  visit(document.paths);
  return document;
}

function pruneUnusedSchemas<T extends Json>(document: T): T {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  const schemas = components?.schemas;
  if (!schemas) return document;
  const refsIn = (value: unknown): string[] =>
    [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? "");
  const used = new Set<string>();
  const queue = refsIn(document.paths);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return document;
}
