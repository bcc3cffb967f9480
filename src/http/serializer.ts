// Response serializers compiled from the zod schemas' JSON Schema (fast-json-stringify), instead
// of validating every response with zod and then calling JSON.stringify. A value exactly of its
// schema (every object's keys declared and in the schema's order, every value of its type: a
// check compiled from the same JSON Schema, src/http/exact.ts) is written by JSON.stringify,
// which gives the same bytes several times faster for large, string-heavy answers; any other
// goes to the compiled serializer, which drops undeclared fields. Tests run the checked
// variant: the response is validated with zod as before, and the production serializer must give
// the very bytes JSON.stringify gives for the validated value, so a schema the compiler reads
// differently fails a test rather than changing an answer.

import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify/types/schema.js";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { compileExactCheck, heldFragments, RESPONSE_JSON_SCHEMA, stringifyToBuffer } from "./exact.ts";

type Serializer = (data: unknown) => string | Buffer;
/**
 * Fastify's type says a serializer returns a string; it sends a Buffer as it is (reply.js: the
 * payload after serialization may be a string or a Buffer).
 */
type SerializerCompiler = (route: Parameters<FastifySerializerCompiler<unknown>>[0]) => Serializer;

/** Which responses got a compiled serializer, and which fell back to zod and JSON.stringify (and why). */
export const serializerReport = {
  compiled: [] as string[],
  fallback: [] as { route: string; reason: string }[],
  /** Compiled responses whose schema the exact check does not read: always written by the compiled serializer. */
  inexactSchemas: [] as string[],
  /** Compiled responses that sent a value not exactly of their schema (written by the compiled serializer). */
  inexactValues: new Set<string>(),
};

/**
 * Answers whose strings hold more characters than this are written piece by piece; below it the
 * JSON (strings, keys and punctuation) stays well under the 64 Ki two-byte characters that V8
 * flattens in its young generation.
 */
const PIECEWISE_CHARS = 32 * 1024;

function compile(schema: unknown, route: string): Serializer | null {
  if (!(schema instanceof z.ZodType)) {
    serializerReport.fallback.push({ route, reason: "not a zod schema" });
    return null;
  }
  try {
    const json = z.toJSONSchema(schema, RESPONSE_JSON_SCHEMA);
    const compiled = fastJson(json as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
    serializerReport.compiled.push(route);
    const exact = compileExactCheck(json);
    if (!exact) {
      serializerReport.inexactSchemas.push(route);
      return compiled;
    }
    return (data) => {
      const chars = exact(data);
      if (chars < 0) {
        serializerReport.inexactValues.add(route);
        return compiled(data);
      }
      // One string while it stays small (V8 flattens it in the young generation), else written
      // piece by piece into bytes (see stringifyToBuffer), as is any answer holding prebuilt
      // parts (src/http/fragments.ts), whose bytes are copied.
      const small = chars < PIECEWISE_CHARS;
      return small && heldFragments() === 0 ? JSON.stringify(data) : stringifyToBuffer(data, small);
    };
  } catch (error) {
    serializerReport.fallback.push({ route, reason: (error as Error).message });
    return null;
  }
}

/**
 * Production: the compiled serializer, or zod's when a schema cannot be compiled. Compiled on a
 * route's first answer with that status, not at start-up (hundreds of schemas would delay it).
 */
export const compiledSerializerCompiler = ((route) => {
  let serializer: Serializer | undefined;
  return (data: unknown) => {
    serializer ??=
      compile(route.schema, `${route.method} ${route.url} ${route.httpStatus}`) ??
      (zodSerializerCompiler(route as never) as Serializer);
    return serializer(data);
  };
}) as SerializerCompiler as FastifySerializerCompiler<unknown>;

/** Tests: zod validates every response, and the compiled serializer must agree byte for byte. */
export const checkedSerializerCompiler = ((route) => {
  const reference = zodSerializerCompiler(route as never) as (data: unknown) => string;
  let compiled: Serializer | null | undefined;
  return (data: unknown) => {
    const expected = reference(data);
    if (compiled === undefined)
      compiled = compile(route.schema, `${route.method} ${route.url} ${route.httpStatus}`);
    if (!compiled) return expected;
    const actual = compiled(data);
    const text = typeof actual === "string" ? actual : actual.toString("utf8");
    if (text !== expected)
      throw new Error(
        `the compiled serializer of ${route.method} ${route.url} (${route.httpStatus}) differs from JSON.stringify: ${firstDifference(text, expected)}`,
      );
    // The bytes production sends, checked.
    return actual;
  };
}) as SerializerCompiler as FastifySerializerCompiler<unknown>;

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}
