// The OpenAPI document: the committed openapi/openapi.json must be exactly what the server
// serves (clients and the client test are generated from the file), and every operation must
// be complete enough for a client that nobody here wrote.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleUrl } from "../src/openapi/examples.ts";
import { formatOpenApi, OPENAPI_PATH } from "../src/openapi/write.ts";
import { createTestApp, type TestContext } from "./helpers.ts";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface Parameter {
  name: string;
  in: string;
  description?: string;
  example?: unknown;
  schema?: { example?: unknown };
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, { example?: unknown }> }>;
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], Operation>>>;
}
interface Located {
  method: string;
  path: string;
  operation: Operation;
}

function operationsOf(document: OpenApiDocument): Located[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method: method.toUpperCase(), path, operation }] : [];
    }),
  );
}

/** A short account of how two documents differ, so a failing drift check says where. */
function describeDrift(committed: OpenApiDocument | null, served: OpenApiDocument): string {
  if (!committed) return "openapi/openapi.json is missing or not JSON.";
  const key = (o: Located) => `${o.method} ${o.path}`;
  const before = new Map(operationsOf(committed).map((o) => [key(o), JSON.stringify(o.operation)]));
  const after = new Map(operationsOf(served).map((o) => [key(o), JSON.stringify(o.operation)]));
  const lines = [
    ...[...after.keys()].filter((k) => !before.has(k)).map((k) => `  added:   ${k}`),
    ...[...before.keys()].filter((k) => !after.has(k)).map((k) => `  removed: ${k}`),
    ...[...after.keys()]
      .filter((k) => before.has(k) && before.get(k) !== after.get(k))
      .map((k) => `  changed: ${k}`),
  ];
  return lines.length ? lines.join("\n") : "  (components, info or formatting changed)";
}

describe("OpenAPI document", () => {
  let ctx: TestContext;
  let served: OpenApiDocument;
  let servedText: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const res = await ctx.app.inject({ method: "GET", url: "/openapi.json" });
    expect(res.statusCode, res.body).toBe(200);
    served = res.json();
    servedText = formatOpenApi(served);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it("is committed as openapi/openapi.json exactly as the server serves it", () => {
    const committedText = existsSync(OPENAPI_PATH) ? readFileSync(OPENAPI_PATH, "utf8") : "";
    if (committedText === servedText) return;
    let committed: OpenApiDocument | null = null;
    try {
      committed = JSON.parse(committedText) as OpenApiDocument;
    } catch {
      // Reported below as missing or not JSON.
    }
    expect.fail(
      `openapi/openapi.json differs from GET /openapi.json. Run \`npm run openapi\` and commit the result.\n${describeDrift(committed, served)}`,
    );
  });

  it("is OpenAPI 3.1 with a title, a version and described tags", () => {
    expect(served.openapi).toMatch(/^3\.1\.\d+$/);
    expect(served.info.title).toBe("kuril-kg");
    expect(served.info.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const tag of served.tags ?? []) expect(tag.description, `tag ${tag.name}`).toBeTruthy();
  });

  it("documents the contract's resources", () => {
    const paths = Object.keys(served.paths);
    for (const path of ["/v1/claims", "/v1/claims/{id}", "/v1/endnotes/{n}", "/v1/sources", "/healthz"]) {
      expect(paths).toContain(path);
    }
    // Infrastructure routes stay out of the contract.
    expect(paths).not.toContain("/openapi.json");
    expect(paths.some((p) => p.startsWith("/docs"))).toBe(false);
  });

  it("gives every operation a unique operationId, a summary, a description and declared tags", () => {
    const operations = operationsOf(served);
    expect(operations.length).toBeGreaterThan(0);
    const declaredTags = new Set((served.tags ?? []).map((t) => t.name));
    const problems: string[] = [];
    for (const { method, path, operation } of operations) {
      const where = `${method} ${path}`;
      if (!operation.operationId) problems.push(`${where}: no operationId`);
      if (!operation.summary?.trim()) problems.push(`${where}: no summary`);
      if (!operation.description?.trim()) problems.push(`${where}: no description`);
      if (!operation.tags?.length) problems.push(`${where}: no tags`);
      for (const tag of operation.tags ?? []) {
        if (!declaredTags.has(tag)) problems.push(`${where}: tag "${tag}" is not declared in tags[]`);
      }
      for (const parameter of operation.parameters ?? []) {
        if (!parameter.description?.trim()) {
          problems.push(`${where}: ${parameter.in} parameter "${parameter.name}" has no description`);
        }
        // Every parameter shows an example in /docs, but the opaque cursor (only a previous page has one).
        const example = parameter.example ?? parameter.schema?.example;
        if (example === undefined && parameter.name !== "cursor") {
          problems.push(`${where}: ${parameter.in} parameter "${parameter.name}" has no example`);
        }
      }
    }
    const ids = operations.map((o) => o.operation.operationId);
    const duplicates = ids.filter((id, i) => id && ids.indexOf(id) !== i);
    for (const id of new Set(duplicates)) problems.push(`operationId "${id}" is used twice`);
    expect(problems).toEqual([]);
  });

  it("documents 200 and 400 for every operation, and 404 where the path names a resource", () => {
    const problems: string[] = [];
    for (const { method, path, operation } of operationsOf(served)) {
      const statuses = Object.keys(operation.responses ?? {});
      const expected = ["200", "400", ...(path.includes("{") ? ["404"] : [])];
      for (const status of expected) {
        if (!statuses.includes(status)) problems.push(`${method} ${path}: no ${status} response`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("shows an example with every response that has a body: the real answer for 200, a problem otherwise", () => {
    const problems: string[] = [];
    for (const { method, path, operation } of operationsOf(served)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [media, content] of Object.entries(response.content ?? {})) {
          const where = `${method} ${path} ${status} ${media}`;
          if (content.example === undefined) problems.push(`${where}: no example`);
          else if (Number(status) >= 400) {
            expect(media).toBe("application/problem+json");
            expect(content.example).toMatchObject({ status: Number(status), type: expect.any(String) });
          }
        }
      }
    }
    expect(problems).toEqual([]);
    const ask = served.paths["/v1/ask"]?.get?.responses?.["200"]?.content?.["application/json"]?.example;
    expect(JSON.stringify(ask)).toContain("1956 Declaration");
    const endnote = served.paths["/v1/endnotes/{n}"]?.get?.responses?.["200"]?.content?.["application/json"]
      ?.example as { n?: number } | undefined;
    expect(endnote?.n).toBe(16);
  });

  it("keeps each 200 example in the shape the API answers its example request with today", async () => {
    /** The keys of an object and, below them, of the first element of each array. */
    const shape = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
      if (value && typeof value === "object") {
        return Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== null)
            .map(([k, v]) => [k, shape(v)])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        );
      }
      return typeof value;
    };
    const stale: string[] = [];
    for (const { method, path, operation } of operationsOf(served)) {
      const example = operation.responses?.["200"]?.content?.["application/json"]?.example;
      if (method !== "GET" || example === undefined) continue;
      const res = await ctx.app.inject({ method: "GET", url: exampleUrl(path, operation) });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      // Compared on the keys of the first items only: the data may change, the shape may not.
      const live = shape(
        JSON.parse(JSON.stringify(res.json(), (_k, v) => (Array.isArray(v) ? v.slice(0, 1) : v))),
      );
      const documented = shape(
        JSON.parse(JSON.stringify(example, (_k, v) => (Array.isArray(v) ? v.slice(0, 1) : v))),
      );
      if (JSON.stringify(live) !== JSON.stringify(documented)) stale.push(`${method} ${path}`);
    }
    expect(stale, "run `npm run openapi` to capture the examples again").toEqual([]);
  });

  it("has one version number, package.json's", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
      license: string;
    };
    expect(served.info.version).toBe(pkg.version);
    expect(pkg.license).toBe("MIT");
    expect((served.info as { license?: { identifier?: string } }).license?.identifier).toBe("MIT");
    expect(readFileSync(new URL("../LICENSE", import.meta.url), "utf8")).toMatch(/^MIT License/);
  });

  it("serves the web explorer at / (the documentation stays at /docs)", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain('<div id="app">');
    expect(res.body).toContain('href="/docs"');
  });

  it("serves Swagger UI at /docs", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/docs/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain("swagger-ui");
  });
});
