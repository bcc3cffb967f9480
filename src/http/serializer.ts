// Response serializers compiled from the zod schemas' JSON Schema (fast-json-stringify), instead
// of validating every response with zod and then calling JSON.stringify. Tests run the checked
// variant: the response is validated with zod as before, and the compiled serializer must give
// the very bytes JSON.stringify gives for the validated value, so a schema the compiler reads
// differently fails a test rather than changing an answer.

import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify/types/schema.js";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

type Serializer = (data: unknown) => string;

/** Which responses got a compiled serializer, and which fell back to zod and JSON.stringify (and why). */
export const serializerReport = {
  compiled: [] as string[],
  fallback: [] as { route: string; reason: string }[],
};

function compile(schema: unknown, route: string): Serializer | null {
  if (!(schema instanceof z.ZodType)) {
    serializerReport.fallback.push({ route, reason: "not a zod schema" });
    return null;
  }
  try {
    const json = z.toJSONSchema(schema, {
      io: "output",
      target: "draft-7",
      unrepresentable: "any",
      reused: "inline",
    });
    const serializer = fastJson(json as Parameters<typeof fastJson>[0]) as Serializer;
    serializerReport.compiled.push(route);
    return serializer;
  } catch (error) {
    serializerReport.fallback.push({ route, reason: (error as Error).message });
    return null;
  }
}

/**
 * Production: the compiled serializer, or zod's when a schema cannot be compiled. Compiled on a
 * route's first answer with that status, not at start-up (hundreds of schemas would delay it).
 */
export const compiledSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  let serializer: Serializer | undefined;
  return (data: unknown) => {
    serializer ??=
      compile(route.schema, `${route.method} ${route.url} ${route.httpStatus}`) ??
      (zodSerializerCompiler(route as never) as Serializer);
    return serializer(data);
  };
};

/** Tests: zod validates every response, and the compiled serializer must agree byte for byte. */
export const checkedSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const reference = zodSerializerCompiler(route as never) as Serializer;
  let compiled: Serializer | null | undefined;
  return (data: unknown) => {
    const expected = reference(data);
    if (compiled === undefined)
      compiled = compile(route.schema, `${route.method} ${route.url} ${route.httpStatus}`);
    if (compiled) {
      const actual = compiled(data);
      if (actual !== expected)
        throw new Error(
          `the compiled serializer of ${route.method} ${route.url} (${route.httpStatus}) differs from JSON.stringify: ${firstDifference(actual, expected)}`,
        );
    }
    return expected;
  };
};

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}
