// Hostile input against every GET operation of the OpenAPI document the app serves: quotes, FTS
// and SQL syntax, NUL and control characters, 10k-character strings, emoji, path traversal and
// out-of-range numbers in every query and path parameter. Whatever comes, the answer is never a
// 5xx, a 4xx is always an RFC 9457 problem, a 200 is in a media type the spec lists for it (JSON
// unless the operation says otherwise: RDF, CSV), and the server stays healthy. Routes
// are read from the spec at run time, so a route added later is covered without editing this file.
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaTypeOf } from "../src/http/media.ts";
import { createTestApp, type TestContext } from "./helpers.ts";

interface Parameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: { example?: unknown; default?: unknown; enum?: unknown[]; examples?: unknown[] };
  example?: unknown;
}
interface OpenApiDocument {
  paths: Record<
    string,
    {
      get?: {
        operationId?: string;
        parameters?: Parameter[];
        responses?: Record<string, { content?: Record<string, unknown> }>;
      };
    }
  >;
}
interface GetOperation {
  path: string;
  operationId: string;
  parameters: Parameter[];
  /** The media types the spec lists for a 200. */
  mediaTypes: string[];
}

const RUNS_PER_ROUTE = Number(process.env.FC_RUNS ?? 30);
// A fixed seed by default so a failure reproduces; FC_SEED=… (and FC_RUNS=…) explore further.
const seed = Number(process.env.FC_SEED ?? 20_260_427);

const HOSTILE_VALUES = [
  '"',
  "'",
  "*",
  "-",
  ":",
  "NEAR(",
  'NEAR("a" "b", 9999999999)',
  ")",
  "(",
  "' OR 1=1 --",
  '" OR ""="',
  "'; DROP TABLE claims; --",
  "1 UNION SELECT id, text FROM endnotes --",
  "%",
  "_",
  "\\",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m",
  "\r\n",
  "\t",
  "\u007f\u0085\u009f",
  "\u202e\u200b\ufeff",
  "x".repeat(10_000),
  "é".repeat(5_000),
  "😀",
  "🇯🇵👨‍👩‍👧",
  "../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f",
  "..\\..\\windows\\win.ini",
  "/",
  "?",
  "#",
  "&",
  "=",
  "+",
  "-1",
  "0",
  "1e309",
  "-1e309",
  "99999999999",
  "9007199254740993",
  "NaN",
  "Infinity",
  "0x10",
  "1.5",
  "",
  " ",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection probe, meant literally
  "${jndi:ldap://x}",
  "eyJ2IjoxLCJrIjoxfQ",
  "eyJ2IjoxLCJrIjotMX0",
  "eyJ2IjoxLCJrIjoiJyBPUiAxPTEgLS0ifQ",
];

/** A hostile value: a known-bad one, random binary text, or a mix of both. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE_VALUES.filter((v) => v.length < 100)), { minLength: 2, maxLength: 5 })
      .map((parts) => parts.join("")),
  },
);

/** A value the spec documents for the parameter, so the other parameters reach deeper code. */
function documentedValue(parameter: Parameter): string | undefined {
  const candidates = [
    parameter.example,
    parameter.schema?.example,
    parameter.schema?.examples?.[0],
    parameter.schema?.enum?.[0],
    parameter.schema?.default,
  ];
  const found = candidates.find((v) => typeof v === "string" || typeof v === "number");
  return found === undefined ? undefined : String(found);
}

/** Per parameter: a hostile value, the documented value, or (when optional) nothing at all. */
function parameterValue(parameter: Parameter): fc.Arbitrary<string | undefined> {
  const documented = documentedValue(parameter);
  const options: fc.WeightedArbitrary<string | undefined>[] = [{ weight: 6, arbitrary: hostileValue }];
  if (documented !== undefined) options.push({ weight: 2, arbitrary: fc.constant(documented) });
  if (!parameter.required) options.push({ weight: 1, arbitrary: fc.constant(undefined) });
  return fc.oneof(...options);
}

function urlFor(path: string, values: Record<string, string | undefined>, parameters: Parameter[]): string {
  let url = path;
  const query: string[] = [];
  for (const p of parameters) {
    const value = values[p.name];
    if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(value ?? ""));
    else if (p.in === "query" && value !== undefined) {
      query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(value)}`);
    }
  }
  return query.length ? `${url}?${query.join("&")}` : url;
}

/** What is wrong with an answer, by the contract every answer keeps whatever the input. */
function violations(res: LightMyRequestResponse, mediaTypes: string[] = ["application/json"]): string[] {
  const found: string[] = [];
  const type = String(res.headers["content-type"] ?? "");
  if (res.statusCode >= 500) found.push("a 5xx");
  if (res.statusCode !== 200 && (res.statusCode < 400 || res.statusCode >= 600))
    found.push("unexpected status");
  if (typeof res.headers["x-request-id"] !== "string") found.push("no x-request-id header");
  const mediaType = mediaTypeOf(type);
  let body: unknown;
  if (res.statusCode !== 200 || /[/+]json$/.test(mediaType)) {
    try {
      body = JSON.parse(res.body);
    } catch {
      found.push("a body that is not JSON");
    }
  }
  if (res.statusCode >= 400) {
    if (!/^application\/problem\+json/.test(type))
      found.push(`content-type ${type || "missing"}, not problem+json`);
    const problem = (body ?? {}) as Record<string, unknown>;
    for (const field of ["type", "title", "detail", "instance"]) {
      if (typeof problem[field] !== "string") found.push(`problem without ${field}`);
    }
    if (problem.status !== res.statusCode) found.push("problem status differs from the HTTP status");
    // Input is echoed in details, so look for what only the server could have written.
    if (/SqliteError|SQLITE_[A-Z]+|node_modules|\bat .*\.[jt]s:\d+/.test(res.body))
      found.push("internals leaked");
  } else if (res.statusCode === 200 && !mediaTypes.includes(mediaType)) {
    found.push(`200 with content-type ${type || "missing"}`);
  }
  return found;
}

function expectWellFormed(res: LightMyRequestResponse, request: string): void {
  expect(violations(res), `${request} → ${res.statusCode} ${res.body.slice(0, 300)}`).toEqual([]);
}

/**
 * The parameter values of one request: every parameter at once (each hostile, documented or
 * left out), or one hostile parameter with the others as documented, so that a hostile value is
 * not hidden behind another parameter's 400.
 */
function requestValues(operation: GetOperation): fc.Arbitrary<Record<string, string | undefined>> {
  const allAtOnce = fc.record(
    Object.fromEntries(operation.parameters.map((p) => [p.name, parameterValue(p)])),
  );
  if (operation.parameters.length === 0) return allAtOnce;
  const oneAtATime = fc
    .tuple(fc.constantFrom(...operation.parameters), hostileValue)
    .map(([target, value]) =>
      Object.fromEntries(
        operation.parameters.map((p) => [p.name, p === target ? value : documentedValue(p)]),
      ),
    );
  return fc.oneof(allAtOnce, oneAtATime);
}

// Paths sent as written, not built from the spec: bad percent-encoding, traversal, duplicates.
const RAW_PATHS = [
  "/v1/endnotes/..%2f..%2fetc%2fpasswd",
  "/v1/endnotes/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/v1/claims/../../etc/passwd",
  "/v1/claims/..%5c..%5cwindows",
  "/v1/claims/%00",
  "/v1/claims/%ZZ",
  "/v1/claims/%C0%AF",
  "/v1/claims/%E0%A4%A",
  `/v1/claims/${"a".repeat(600)}`,
  `/v1/claims/${"%F0%9F%98%80".repeat(200)}`,
  "/v1/search?q=%",
  "/v1/search?q=%E0%A4%A",
  "/v1/search?q=%00",
  "/v1/search?q=a&q=b",
  "/v1/search?q[]=a",
  "/v1/search?q[a]=b&limit[]=1",
  "/v1/search?q=putin&limit=1&limit=2",
  "/v1/search?q=putin&limit=1e309",
  "/v1/search?q=putin&limit=-1",
  "/v1/search?q=putin&limit=99999999999",
  "/v1/search?q=putin&cursor=%00",
  "/v1/claims?endnote=1e309",
  "/v1/claims?endnote=0x10",
  "/v1/endnotes/1e309",
  "/v1/endnotes/-1",
  "/v1/endnotes/0",
  "/v1/endnotes/99999999999",
  "/v1/endnotes/16.5",
  "/v1/endnotes/%20",
  `/v1/search?q=${"x".repeat(20_000)}`,
  "//v1//claims",
  "/v1/./claims",
  "/v1/%2e%2e/v1/claims",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/docs/../../../../etc/passwd",
  "/docs/static/..%2f..%2f..%2fpackage.json",
];

let ctx: TestContext;
let operations: GetOperation[];

beforeAll(async () => {
  ctx = await createTestApp();
  const spec = ctx.app.swagger() as unknown as OpenApiDocument;
  operations = Object.entries(spec.paths).flatMap(([path, { get }]) =>
    get && !path.startsWith("/docs")
      ? [
          {
            path,
            operationId: get.operationId ?? path,
            parameters: (get.parameters ?? []).filter((p) => p.in === "query" || p.in === "path"),
            mediaTypes: Object.keys(get.responses?.["200"]?.content ?? { "application/json": {} }),
          },
        ]
      : [],
  );
});

afterAll(async () => {
  await ctx?.close();
});

describe("hostile input on every GET route of the OpenAPI document", () => {
  it("reads the GET operations from the spec", () => {
    const paths = operations.map((o) => o.path);
    // The routes of the landed resources must be there; others are covered as they land.
    expect(paths).toEqual(
      expect.arrayContaining(["/healthz", "/v1/search", "/v1/claims", "/v1/claims/{id}", "/v1/endnotes/{n}"]),
    );
    for (const o of operations) {
      for (const name of o.path.match(/\{[^}]+\}/g) ?? []) {
        expect(
          o.parameters.some((p) => p.in === "path" && `{${p.name}}` === name),
          `${o.path} documents ${name}`,
        ).toBe(true);
      }
    }
  });

  it("never answers 5xx, answers 4xx with a problem and 200 in a media type the spec lists, for every parameter", async () => {
    const failures = new Map<string, string>();
    const statuses = new Map<string, number>();
    for (const [index, operation] of operations.entries()) {
      for (const values of fc.sample(requestValues(operation), {
        numRuns: RUNS_PER_ROUTE,
        seed: seed + index,
      })) {
        const url = urlFor(operation.path, values, operation.parameters);
        const res = await ctx.app.inject({ method: "GET", url });
        const status = `${operation.operationId} ${res.statusCode}`;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const wrong = violations(res, operation.mediaTypes);
        const kind = `${operation.operationId} → ${res.statusCode}: ${wrong.join("; ")}`;
        // Sampled rather than asserted, so one failure does not hide the others: every kind of
        // failure of every route is reported, each with one request that shows it.
        if (wrong.length && !failures.has(kind)) {
          const shown = url.length > 160 ? `${url.slice(0, 160)}…` : url;
          failures.set(kind, `GET ${shown} → ${res.body.slice(0, 160)}`);
        }
      }
    }
    if (process.env.FUZZ_DEBUG)
      console.log(
        [...statuses]
          .sort()
          .map(([k, n]) => `${k}: ${n}`)
          .join("\n"),
      );
    const report = [...failures].map(([kind, example]) => `${kind}\n    e.g. ${example}`);
    expect(report, `fast-check seed ${seed}:\n${report.join("\n")}`).toEqual([]);
    // Not only the validator: a good share of the requests reach a handler and answer 200.
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const ok = [...statuses].filter(([k]) => k.endsWith(" 200")).reduce((a, [, n]) => a + n, 0);
    expect(ok / total).toBeGreaterThan(0.05);
  }, 60_000);

  it.each(
    RAW_PATHS.map((url) => [url.length > 70 ? `${url.slice(0, 70)}… (${url.length} characters)` : url, url]),
  )("answers the raw path %s with no 5xx and a problem on 4xx", async (_label, url) => {
    const res = await ctx.app.inject({ method: "GET", url });
    expectWellFormed(res, `GET ${url.slice(0, 200)}`);
    expect(res.body).not.toMatch(/root:x:0|"name": ?"kuril-kg"|\[boot loader\]/);
  });

  it("stays healthy afterwards", async () => {
    const health = await ctx.app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok" });
    const ready = await ctx.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: "ready", claims: expect.any(Number) });
  });
});
