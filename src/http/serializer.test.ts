// The compiled response serializers: every route of the app gets one, and the checked variant
// that the tests run fails loudly where the compiled bytes would differ from zod + JSON.stringify.
import Fastify from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../test/helpers.ts";
import { heldFragments } from "./exact.ts";
import { checkedSerializerCompiler, compiledSerializerCompiler, serializerReport } from "./serializer.ts";

const api = useTestApp();

describe("compiled serializers", () => {
  it("are compiled for the responses sent, none left to zod", async () => {
    for (const url of [
      "/v1/ask?q=Putin",
      "/v1/timeline?limit=2",
      "/v1/entities/vladimir-putin",
      "/v1/claims?limit=0",
    ])
      await api.get(url);
    expect(serializerReport.fallback).toEqual([]);
    const compiled = (prefix: string, status: number) =>
      serializerReport.compiled.some((r) => r.startsWith(`GET ${prefix}`) && r.endsWith(` ${status}`));
    expect(compiled("/v1/ask", 200)).toBe(true);
    expect(compiled("/v1/timeline", 200)).toBe(true);
    expect(compiled("/v1/entities/:id", 200)).toBe(true);
    expect(compiled("/v1/claims", 400)).toBe(true);
  });

  it("write the answers of the busiest routes with JSON.stringify: their values are exactly of their schemas", async () => {
    const urls = [
      "/v1/entities/vladimir-putin",
      "/v1/claims?speaker=vladimir-putin&limit=20",
      "/v1/search?q=peace%20treaty",
      `/v1/ask?q=${encodeURIComponent("What did Putin say about the 1956 Declaration?")}`,
      "/v1/graph/path?from=shinzo-abe&to=habomai",
      "/v1/timeline",
      "/v1/timeline?limit=200",
      "/v1/entities?limit=50",
      "/v1/entities?q=putin",
      "/v1/entities?q=Putn",
    ];
    for (const url of urls) expect((await api.get(url)).statusCode, url).toBe(200);
    const routes = [
      "/v1/entities/:id",
      "/v1/claims",
      "/v1/search",
      "/v1/ask",
      "/v1/graph/path",
      "/v1/timeline",
      "/v1/entities",
    ];
    for (const route of routes) {
      const name = `GET ${route} 200`;
      expect(serializerReport.compiled).toContain(name);
      expect(serializerReport.inexactSchemas).not.toContain(name);
      expect([...serializerReport.inexactValues]).not.toContain(name);
    }
  });

  it("copy the prebuilt parts of the answers made of claims, edges, mentions, timeline items, asked claims and search hits", async () => {
    // URLs not asked before in this file: answered afresh, not from the response cache.
    for (const url of [
      `/v1/search?q=${encodeURIComponent("Kuril islands")}`,
      "/v1/entities/shinzo-abe",
      "/v1/claims?speaker=vladimir-putin&limit=19",
      "/v1/graph/path?from=habomai&to=shinzo-abe",
      "/v1/timeline?limit=49",
      `/v1/ask?q=${encodeURIComponent("When did Abe visit Sochi?")}`,
      `/v1/ask?q=${encodeURIComponent("What did Putin say about NATO expansion?")}`,
    ]) {
      const res = await api.get(url);
      expect(res.statusCode, url).toBe(200);
      // The answer just written (and checked against zod and JSON.stringify) held parts taken as they are.
      expect(heldFragments(), url).toBeGreaterThan(0);
    }
  });

  it("write what JSON.stringify writes for the validated value, dropping unknown fields", async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(compiledSerializerCompiler);
    const Item = z.object({
      id: z.string(),
      n: z.number().int(),
      note: z.string().nullable(),
      tags: z.array(z.string()),
    });
    app.get("/", { schema: { response: { 200: z.object({ items: z.array(Item) }) } } }, async () => ({
      items: [
        { id: 'a"b\u2028', n: 1, note: null, tags: ["x"], secret: "dropped" },
        { id: "ü", n: 2, note: "‘quoted’", tags: [] },
      ],
    }));
    const res = await app.inject({ url: "/" });
    expect(res.body).toBe(
      JSON.stringify({
        items: [
          { id: 'a"b\u2028', n: 1, note: null, tags: ["x"] },
          { id: "ü", n: 2, note: "‘quoted’", tags: [] },
        ],
      }),
    );
  });

  it("are checked under tests: a schema the compiler would read differently fails the response", async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(checkedSerializerCompiler);
    const Shouting = z.object({ word: z.string().transform((w) => w.toUpperCase()) });
    app.get("/", { schema: { response: { 200: Shouting } } }, async () => ({ word: "quiet" }));
    const res = await app.inject({ url: "/" });
    expect(res.statusCode).toBe(500);
    expect(res.json().message).toMatch(/differs from JSON\.stringify/);
  });
});
