// Whether a response value is exactly what its JSON Schema describes, so that JSON.stringify may
// write it: every object a plain object whose keys are all declared, in the order the compiled
// serializer writes them (the required properties, then the others, each in the schema's), and
// every value of its declared type. For such a value JSON.stringify writes the very bytes the
// serializer compiled from the schema (fast-json-stringify) writes, only faster: it makes one flat
// string in native code, where the compiled serializer concatenates thousands of pieces that must
// be flattened again before they are sent. A value that is not exact (an undeclared field, which
// must not leak; keys in another order; a type the serializer would coerce) goes to the compiled
// serializer, as before.
//
// Compiled once per schema into a tree of small checks. The schema is draft-7 as zod writes it for
// output: objects with `properties` and `additionalProperties: false`, `items`, `anyOf`/`oneOf`,
// `allOf` of one schema (a reference with a description), `$ref` to `#/definitions/…`, `enum`,
// `const`, and type lists such as ["string", "null"]. Anything else makes the compiler decline
// (null), and the route keeps its compiled serializer alone.

import { takeBody } from "./body-pool.ts";

type Check = (value: unknown) => boolean;
type Schema = Record<string, unknown>;

class Unsupported extends Error {}

const PLAIN = Object.prototype;

/** How responses' zod schemas are turned into JSON Schema, for the serializers and the checks. */
export const RESPONSE_JSON_SCHEMA = {
  io: "output",
  target: "draft-7",
  unrepresentable: "any",
  reused: "inline",
} as const;

/** Characters in the strings of the value being checked (how large its JSON will be, roughly). */
let stringChars = 0;
/** Prebuilt parts (src/http/fragments.ts) the check accepted as they are. */
let fragmentsSeen = 0;
/**
 * The objects and arrays of the values checked that hold such parts: the writer walks into them.
 * A WeakSet, never cleared: a Set cleared after each answer kept its answer's objects alive
 * through V8's young collections (the Set's table, old, held them until a full collection), so
 * that every answer made of parts was promoted to the old generation with all it held (for the
 * entity, some 100 KB a scavenge). An object left from an earlier answer that holds no part now
 * is walked rather than stringified whole, which writes the same bytes.
 */
const holders = new WeakSet<object>();

// ---------------------------------------------------------------- prebuilt parts

/** A value's JSON prebuilt once (src/http/fragments.ts). */
export interface Fragment {
  /** JSON.stringify of the value, in UTF-8. */
  readonly bytes: Buffer;
  /** The characters in the value's strings (what the exact check counts). */
  readonly chars: number;
  /** The id of the schema the value was checked against ("Claim"). */
  readonly kind: string;
}

/**
 * An object built afresh per answer whose JSON is mostly fixed (a search hit: its item's title,
 * text, section and link are the same in every answer, its score and snippet are not): the JSON
 * of its fixed properties prebuilt once as bytes, between the properties that vary ("holes").
 * The writer copies the pieces and writes the holes' values, when the object's keys are the
 * template's, in its order, and each fixed property is the very value the pieces were made from
 * (the same string, or the same frozen object); else it writes the object as any other.
 */
export interface SpliceTemplate {
  /** The object's keys, in order. */
  readonly keys: readonly string[];
  /** Per key: the value its bytes were made from, or HOLE for a property that varies. */
  readonly fixed: readonly unknown[];
  /** The UTF-8 JSON before each hole and after the last: one more than the holes. */
  readonly pieces: readonly Buffer[];
}

/** Marks a property of a splice template whose value varies from one answer to the next. */
export const HOLE: unique symbol = Symbol("hole");

const fragments = new WeakMap<object, Fragment>();

/** Arrays made for one answer whose items are written by splice templates, one per item. */
const splicedArrays = new WeakMap<readonly unknown[], readonly SpliceTemplate[]>();

/** Schema id → its shape (the definition with every reference expanded), as parts were checked. */
const fragmentShapes = new Map<string, string>();
/** Bumped whenever a kind of part is registered. */
let shapesVersion = 0;

/** The prebuilt JSON of a value, when it is a prebuilt part. */
export function fragmentOf(value: object): Fragment | undefined {
  return fragments.get(value);
}

/**
 * Marks an array made for one answer whose i-th item is written by `templates[i]` (see
 * SpliceTemplate): each item is checked as any other value, and written from its template's
 * pieces where its keys and fixed values are the template's. Returns the array.
 */
export function spliceItems<T extends readonly object[]>(items: T, templates: readonly SpliceTemplate[]): T {
  if (templates.length !== items.length) throw new Error("spliceItems: one template per item");
  splicedArrays.set(items, templates);
  return items;
}

/** Records a value's prebuilt JSON: the value must be deep-frozen and exactly of the schema `kind`. */
export function registerFragment(value: object, fragment: Fragment): void {
  fragments.set(value, fragment);
}

/** Records the shape of the schema parts of `kind` are checked against; one shape per id. */
export function registerFragmentShape(kind: string, shape: string): void {
  const known = fragmentShapes.get(kind);
  if (known !== undefined && known !== shape) throw new Error(`two schemas have the id ${kind}`);
  if (known === undefined) {
    fragmentShapes.set(kind, shape);
    shapesVersion++;
  }
}

/**
 * A definition of a JSON Schema with every `$ref` into its root's definitions replaced by what it
 * refers to, as text: two schemas with the same id and this same text describe the same values.
 */
export function expandedShape(root: Schema, schema: unknown, depth = 0): string {
  if (depth > 32) throw new Unsupported("references nested too deep");
  const expand = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(expand);
    if (value === null || typeof value !== "object") return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === "string") {
      const match = /^#\/(definitions|\$defs)\/([^/]+)$/.exec(ref);
      const target = match
        ? (root[match[1] as string] as Schema | undefined)?.[match[2] as string]
        : undefined;
      return JSON.parse(expandedShape(root, target, depth + 1));
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = expand(v);
    return out;
  };
  return JSON.stringify(expand(schema)) ?? "null";
}

/** Whether the value last checked holds prebuilt parts accepted as they are (then written by stringifyToBuffer). */
export function heldFragments(): number {
  return fragmentsSeen;
}

/**
 * A check for values exactly of this schema, or null when the schema uses a keyword not handled
 * here. It answers -1 for a value that is not exact, else the number of characters in its strings.
 */
export function compileExactCheck(root: unknown): ((value: unknown) => number) | null {
  let check: Check;
  try {
    check = new Compiler(root as Schema).compile(root as Schema);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return (value) => {
    stringChars = 0;
    fragmentsSeen = 0;
    return check(value) ? stringChars : -1;
  };
}

/** Keywords that only describe or constrain a value (bounds, formats, docs): no effect on the bytes. */
const IGNORED = new Set([
  "$schema",
  "$id",
  "id",
  "title",
  "description",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "definitions",
  "$defs",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contentEncoding",
  "contentMediaType",
]);
const HANDLED = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "enum",
  "const",
]);

class Compiler {
  private readonly refs = new Map<string, Check>();
  constructor(private readonly root: Schema) {}

  compile(schema: Schema | boolean): Check {
    if (schema === true) return isJsonValue;
    if (schema === false || typeof schema !== "object" || schema === null) throw new Unsupported();
    for (const key of Object.keys(schema))
      if (!IGNORED.has(key) && !HANDLED.has(key) && !(key === "propertyNames" && anyString(schema[key])))
        throw new Unsupported(`keyword ${key}`);

    const checks: Check[] = [];
    if (typeof schema.$ref === "string") checks.push(this.ref(schema.$ref));
    if (Array.isArray(schema.allOf)) {
      // zod writes a described reference as allOf of the one reference.
      if (schema.allOf.length !== 1) throw new Unsupported("allOf");
      checks.push(this.compile(schema.allOf[0] as Schema));
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const branches = schema[key];
      if (Array.isArray(branches)) {
        const compiled = branches.map((b) => this.compile(b as Schema));
        checks.push((v) => {
          for (const c of compiled) if (c(v)) return true;
          return false;
        });
      }
    }
    if ("const" in schema) {
      const value = schema.const;
      if (value !== null && typeof value === "object") throw new Unsupported("const object");
      checks.push((v) => v === value);
    }
    if (Array.isArray(schema.enum)) {
      const values = schema.enum;
      if (values.some((e) => e !== null && typeof e === "object")) throw new Unsupported("enum of objects");
      const set = new Set(values);
      checks.push((v) => set.has(v));
    }
    if (schema.type !== undefined) checks.push(this.typed(schema));
    else if ("properties" in schema || "items" in schema || "additionalProperties" in schema)
      throw new Unsupported("structure without a type");

    if (checks.length === 0) return isJsonValue;
    if (checks.length === 1) return checks[0] as Check;
    return (v) => {
      for (const c of checks) if (!c(v)) return false;
      return true;
    };
  }

  private ref(ref: string): Check {
    const known = this.refs.get(ref);
    if (known) return known;
    const match = /^#\/(definitions|\$defs)\/([^/]+)$/.exec(ref);
    const target =
      ref === "#"
        ? this.root
        : match
          ? (this.root[match[1] as string] as Schema)?.[match[2] as string]
          : undefined;
    if (target === undefined) throw new Unsupported(`$ref ${ref}`);
    // Recursive schemas refer to themselves: the check is looked up when first called.
    let compiled: Check | undefined;
    const kind = match?.[2];
    // Whether parts of this schema are taken as they are: the id has parts of this very shape.
    // Decided when first called, and again after a new kind of part is registered.
    let accepted = false;
    let decidedAt = -1;
    const accepts = (): boolean => {
      if (decidedAt === shapesVersion) return accepted;
      decidedAt = shapesVersion;
      accepted = false;
      const shape = kind === undefined ? undefined : fragmentShapes.get(kind);
      if (shape !== undefined) {
        try {
          accepted = shape === expandedShape(this.root, target);
        } catch (error) {
          if (!(error instanceof Unsupported)) throw error;
        }
      }
      return accepted;
    };
    // A prebuilt part of this very schema is taken as it is (it was checked when it was built).
    const forward: Check =
      kind === undefined
        ? (v) => (compiled as Check)(v)
        : (v) => {
            const f = typeof v === "object" && v !== null ? fragments.get(v) : undefined;
            if (f !== undefined && f.kind === kind && accepts()) {
              stringChars += f.chars;
              fragmentsSeen++;
              return true;
            }
            return (compiled as Check)(v);
          };
    this.refs.set(ref, forward);
    compiled = this.compile(target as Schema);
    return forward;
  }

  private typed(schema: Schema): Check {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const checks = types.map((t) => this.ofType(t, schema));
    if (checks.length === 1) return checks[0] as Check;
    return (v) => {
      for (const c of checks) if (c(v)) return true;
      return false;
    };
  }

  private ofType(type: string, schema: Schema): Check {
    switch (type) {
      case "string":
        return (v) => {
          if (typeof v !== "string") return false;
          stringChars += v.length;
          return true;
        };
      case "number":
        return (v) => typeof v === "number" && Number.isFinite(v);
      case "integer":
        return (v) => Number.isInteger(v);
      case "boolean":
        return (v) => typeof v === "boolean";
      case "null":
        return (v) => v === null;
      case "array":
        return this.array(schema);
      case "object":
        return this.object(schema);
      default:
        throw new Unsupported(`type ${type}`);
    }
  }

  private array(schema: Schema): Check {
    const items = schema.items;
    if (Array.isArray(items)) throw new Unsupported("tuple items");
    const item = items === undefined ? isJsonValue : this.compile(items as Schema);
    return (v) => {
      if (!Array.isArray(v)) return false;
      const seen = fragmentsSeen;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      // Spliced items count as parts, so that the writer walks to the array.
      if (v.length > 0 && splicedArrays.has(v)) fragmentsSeen++;
      if (fragmentsSeen !== seen) holders.add(v);
      return true;
    };
  }

  private object(schema: Schema): Check {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const names = Object.keys(properties);
    const additional = schema.additionalProperties;
    if (names.length === 0 && additional !== undefined && additional !== false) {
      // A record: any keys, each value of the one schema, in insertion order for both writers.
      const value = this.compile(additional as Schema);
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const key in v) {
          const x = (v as Record<string, unknown>)[key];
          if (x === undefined || !value(x)) return false;
        }
        return true;
      };
    }
    if (names.length === 0 && additional === undefined) throw new Unsupported("an object of any shape");
    // Declared properties only: an undeclared key is refused (the compiled serializer drops it).
    // The compiled serializer writes the required properties first, then the others, each in the
    // schema's order: the order a value's keys must follow.
    const requiredSet = new Set((schema.required as string[] | undefined) ?? []);
    for (const name of requiredSet)
      if (!names.includes(name)) throw new Unsupported(`required ${name} undeclared`);
    const ordered = [...names.filter((n) => requiredSet.has(n)), ...names.filter((n) => !requiredSet.has(n))];
    const index = new Map(ordered.map((name, i) => [name, i]));
    const checks = ordered.map((name) => this.compile(properties[name] as Schema));
    const isRequired = ordered.map((name) => requiredSet.has(name));
    const requiredCount = requiredSet.size;
    return (v) => {
      if (!isPlainObject(v)) return false;
      let last = -1;
      let required = 0;
      const seen = fragmentsSeen;
      for (const key in v) {
        const i = index.get(key);
        // Undeclared, or out of the schema's order (the bytes would differ).
        if (i === undefined || i < last) return false;
        last = i;
        const x = (v as Record<string, unknown>)[key];
        if (x === undefined) {
          if (isRequired[i]) return false;
          continue;
        }
        if (!(checks[i] as Check)(x)) return false;
        if (isRequired[i]) required++;
      }
      if (fragmentsSeen !== seen) holders.add(v);
      return required === requiredCount;
    };
  }
}

/** `propertyNames: { type: "string" }`, which zod writes for a record: every key is a string. */
function anyString(schema: unknown): boolean {
  return (
    typeof schema === "object" &&
    schema !== null &&
    Object.keys(schema).length === 1 &&
    (schema as Schema).type === "string"
  );
}

function isPlainObject(v: unknown): v is object {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === PLAIN || proto === null;
}

/** Any value JSON.stringify writes as the same JSON the compiled serializer does (it uses JSON.stringify for these). */
function isJsonValue(v: unknown): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object":
      if (Array.isArray(v)) return v.every(isJsonValue);
      if (!isPlainObject(v)) return false;
      for (const key in v) {
        const x = (v as Record<string, unknown>)[key];
        if (x !== undefined && !isJsonValue(x)) return false;
      }
      return true;
    default:
      return false;
  }
}

/**
 * Values nested deeper than this are written by one JSON.stringify each; shallower arrays and
 * objects are walked, their punctuation and keys written between. A page's items, an entity's
 * mentions, an answer's claims are each stringified on their own.
 */
const SPLIT_DEPTH = 2;
/** The buffer the JSON is written into, then copied out; grown to the largest answer, shrunk back past 4 MB. */
const SCRATCH_START = 256 * 1024;
const SCRATCH_KEEP = 4 * 1024 * 1024;
let scratch = Buffer.allocUnsafeSlow(SCRATCH_START);
let at = 0;

/**
 * Text waiting to go into the scratch buffer: pieces are joined as a string and encoded once per
 * run between prebuilt parts (one native write rather than one per key), flushed well before the
 * rope reaches the 64 Ki two-byte characters V8 would flatten outside its young generation.
 */
let pending = "";
const FLUSH_CHARS = 16 * 1024;

function put(text: string): void {
  pending += text;
  if (pending.length > FLUSH_CHARS) flush();
}

/** Makes room for `bytes` more bytes in the scratch buffer. */
function reserve(bytes: number): void {
  const need = at + bytes;
  if (need > scratch.length) {
    const next = Buffer.allocUnsafeSlow(Math.max(need, scratch.length * 2));
    scratch.copy(next, 0, 0, at);
    scratch = next;
  }
}

function flush(): void {
  if (pending.length === 0) return;
  // UTF-8 takes at most three bytes per UTF-16 unit.
  reserve(pending.length * 3);
  at += scratch.write(pending, at);
  pending = "";
}

/** Prebuilt bytes up to this size are copied into the scratch buffer with the text around them. */
const COPIED_BYTES = 2048;

/**
 * Prebuilt parts met while writing, and where each goes: the text around them is written into the
 * scratch buffer, they are copied once, straight into the answer's bytes.
 */
const parts: Buffer[] = [];
const partsAt: number[] = [];
let partBytes = 0;

/** Copies bytes into the scratch buffer (with nothing pending). */
function copyBytes(bytes: Buffer): void {
  reserve(bytes.length);
  scratch.set(bytes, at);
  at += bytes.length;
}

function putBytes(bytes: Buffer): void {
  flush();
  if (bytes.length <= COPIED_BYTES) {
    copyBytes(bytes);
    return;
  }
  parts.push(bytes);
  partsAt.push(at);
  partBytes += bytes.length;
}

/** Whether every value that holds no prebuilt part is written by one JSON.stringify, at any depth (a small answer). */
let whole = false;

function write(value: unknown, depth: number): void {
  if (value === null || typeof value !== "object") {
    put(JSON.stringify(value));
    return;
  }
  // A prebuilt part: its bytes. Deeper than SPLIT_DEPTH, only what holds such parts is walked.
  const fragment = fragments.get(value);
  if (fragment !== undefined) {
    putBytes(fragment.bytes);
    return;
  }
  if ((whole || depth >= SPLIT_DEPTH) && !holders.has(value)) {
    put(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    const templates = splicedArrays.get(value);
    put("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) put(",");
      const template = templates?.[i];
      if (template === undefined || !writeSplice(value[i], template)) write(value[i], depth + 1);
    }
    put("]");
    return;
  }
  let first = true;
  for (const key in value) {
    const x = (value as Record<string, unknown>)[key];
    if (x === undefined) continue;
    put(`${first ? "{" : ","}${JSON.stringify(key)}:`);
    first = false;
    write(x, depth + 1);
  }
  put(first ? "{}" : "}");
}

/**
 * Writes an object by its splice template, when its keys are the template's in its order and its
 * fixed properties the template's very values; else writes nothing and answers false.
 */
function writeSplice(item: unknown, template: SpliceTemplate): boolean {
  if (item === null || typeof item !== "object") return false;
  const value = item as Record<string, unknown>;
  const { keys, fixed, pieces } = template;
  let n = 0;
  for (const key in value) {
    if (n >= keys.length || key !== keys[n]) return false;
    const f = fixed[n];
    if (f !== HOLE ? value[key] !== f : value[key] === undefined) return false;
    n++;
  }
  if (n !== keys.length) return false;
  flush();
  let piece = 0;
  for (let i = 0; i < keys.length; i++) {
    if (fixed[i] !== HOLE) continue;
    copyBytes(pieces[piece++] as Buffer);
    // The hole's JSON straight into the scratch buffer (it is short: a score, a snippet).
    const text = JSON.stringify(value[keys[i] as string]);
    reserve(text.length * 3);
    at += scratch.write(text, at);
  }
  copyBytes(pieces[piece] as Buffer);
  return true;
}

/**
 * The UTF-8 bytes of JSON.stringify(value), for a value compileExactCheck accepted (plain objects
 * and arrays, finite numbers, no undefined in arrays), in a buffer of their own. Written piece by
 * piece rather than as one string: V8 builds JSON.stringify's answer as a rope, and flattening a
 * rope over 64 Ki two-byte characters (one character of the article outside Latin-1 makes the
 * whole answer two-byte) allocates it in the large-object space, which took 1–2 ms for a 90 KB
 * answer on this machine where the pieces of one take 0.1 ms. `small`: the value's strings are
 * short enough together (the serializer's PIECEWISE_CHARS) for any value holding no prebuilt part
 * to be written by one JSON.stringify, however shallow; only what holds parts is walked. A body of
 * 32 KiB or more is lent by the body pool: whoever keeps it copies it (see takeBody).
 */
export function stringifyToBuffer(value: unknown, small = false): Buffer {
  at = 0;
  whole = small;
  try {
    write(value, 0);
    flush();
    // A large answer's bytes go into a reused buffer (src/http/body-pool.ts), given back once sent.
    const bytes = takeBody(at + partBytes);
    // The scratch's text up to each part, then the part.
    let from = 0;
    let to = 0;
    // (TypedArray's set: what Buffer's copy does after checking its arguments.)
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as Buffer;
      const partAt = partsAt[i] as number;
      if (partAt > from) {
        bytes.set(scratch.subarray(from, partAt), to);
        to += partAt - from;
        from = partAt;
      }
      bytes.set(part, to);
      to += part.length;
    }
    if (at > from) bytes.set(scratch.subarray(from, at), to);
    return bytes;
  } finally {
    at = 0;
    pending = "";
    whole = false;
    parts.length = 0;
    partsAt.length = 0;
    partBytes = 0;
    if (scratch.length > SCRATCH_KEEP) scratch = Buffer.allocUnsafeSlow(SCRATCH_START);
  }
}
