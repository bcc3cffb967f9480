// Prebuilt JSON: parts of answers built once per dataset (a claim with its evidence and citation,
// an edge of the graph) and kept with their UTF-8 JSON bytes, so that an answer made of them is
// mostly a copy of bytes rather than a walk, a stringify and an encoding of the same values on
// every request.
//
// A part is an ordinary value of its schema's type (routes and tests read it as before), copied
// and deep-frozen when it is prebuilt, so that its bytes cannot go stale. Its bytes are
// JSON.stringify's of it, checked once against its schema (src/http/exact.ts): the serializers
// splice them where JSON.stringify would write that value, which gives the same bytes, and the
// exact check of an answer accepts the part without walking it where the answer's schema puts that
// very schema (by its id, with the same shape). Everywhere else (zod's validation under tests, the
// compiled serializer, any code that reads it) it is just its value.
import { z } from "zod";
import {
  compileExactCheck,
  expandedShape,
  fragmentOf,
  HOLE,
  RESPONSE_JSON_SCHEMA,
  registerFragment,
  registerFragmentShape,
  type SpliceTemplate,
} from "./exact.ts";

const encoder = new TextEncoder();

/** A copy of a value as plain objects and arrays, keeping parts already prebuilt as they are. */
function ownCopy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (fragmentOf(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(ownCopy));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = ownCopy((value as Record<string, unknown>)[key]);
  return Object.freeze(out);
}

/**
 * The prebuilder of parts of one schema, which must have an id (`.meta({ id })`): it gives a
 * frozen copy of the value, with its JSON prebuilt when the value is exactly of the schema (else
 * the copy alone, written as any other value). Use the copy it returns in place of the value.
 */
export function prebuilder<T>(schema: z.ZodType<T>): (value: T) => T {
  const json = z.toJSONSchema(schema, RESPONSE_JSON_SCHEMA) as Record<string, unknown>;
  const kind = /^#\/definitions\/([^/]+)$/.exec(String(json.$ref))?.[1];
  if (!kind) throw new Error("prebuilder: the schema needs an id (.meta({ id }))");
  const definitions = json.definitions as Record<string, unknown>;
  const shape = expandedShape(json, definitions[kind]);
  registerFragmentShape(kind, shape);
  const check = compileExactCheck(json);
  if (!check) throw new Error(`prebuilder: the exact check does not read the schema ${kind}`);
  return (value) => {
    const own = ownCopy(value) as T & object;
    const chars = check(own);
    if (chars >= 0) {
      const bytes = encoder.encode(JSON.stringify(own));
      registerFragment(own, {
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
        chars,
        kind,
      });
    }
    return own;
  };
}

function deepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value))
    if (!deepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * The splice template (src/http/exact.ts) of objects shaped as `sample`, whose properties named in
 * `holes` vary from one answer to the next and whose others are always the sample's very values
 * (strings, numbers, null, or deep-frozen objects): the JSON around the holes is built once, as
 * JSON.stringify writes it. An answer marks an array of objects built from templates with
 * `spliceItems(array, templates)`.
 */
export function spliceTemplate(sample: Record<string, unknown>, holes: readonly string[]): SpliceTemplate {
  const keys: string[] = [];
  const fixed: unknown[] = [];
  const pieces: Buffer[] = [];
  let text = "{";
  for (const key of Object.keys(sample)) {
    const value = sample[key];
    text += `${keys.length > 0 ? "," : ""}${JSON.stringify(key)}:`;
    keys.push(key);
    if (holes.includes(key)) {
      fixed.push(HOLE);
      pieces.push(Buffer.from(text, "utf8"));
      text = "";
      continue;
    }
    if (value === undefined || typeof value === "function" || typeof value === "symbol")
      throw new Error(`spliceTemplate: the fixed property ${key} has no JSON`);
    if (!deepFrozen(value)) throw new Error(`spliceTemplate: the fixed property ${key} is not frozen`);
    fixed.push(value);
    text += JSON.stringify(value);
  }
  for (const hole of holes) if (!keys.includes(hole)) throw new Error(`spliceTemplate: no property ${hole}`);
  pieces.push(Buffer.from(`${text}}`, "utf8"));
  return Object.freeze({
    keys: Object.freeze(keys),
    fixed: Object.freeze(fixed),
    pieces: Object.freeze(pieces),
  });
}
