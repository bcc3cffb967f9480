import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { createTestApp, expectProblem, ROOT, useTestApp } from "../../../test/helpers.ts";
import { present } from "../../../test/lists.ts";
import { openReadOnly } from "../../db/open.ts";
import { ClaimPageSchema } from "../claims/claims.schemas.ts";
import { queryForm } from "./sparql.results.ts";

const BASE = "http://127.0.0.1:3000";
const api = useTestApp();

const sparql = (query: string, headers: Record<string, string> = {}) =>
  api.get(`/sparql?query=${encodeURIComponent(query)}`, headers);
const post = (payload: string, contentType: string, headers: Record<string, string> = {}) =>
  api.context().app.inject({
    method: "POST",
    url: "/sparql",
    payload,
    headers: { "content-type": contentType, ...headers },
  });

interface Results {
  head: { vars: string[] };
  results: { bindings: Record<string, { type: string; value: string }>[] };
}

/** The README's ```sparql blocks, with the /v1/claims call each says it matches. */
function readmeExamples(): { query: string; claims: string | null }[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  return [...readme.matchAll(/```sparql\n([\s\S]*?)```/g)].map((m) => {
    const query = m[1] ?? "";
    return { query, claims: /^# same claims as (\/v1\/claims\?\S+)/.exec(query)?.[1] ?? null };
  });
}

describe("the README's SPARQL examples", () => {
  const examples = readmeExamples();

  it("are there, the user's question among them", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(
      examples.some((e) =>
        e.claims?.includes("speaker=vladimir-putin&about=soviet-japanese-declaration-1956"),
      ),
    ).toBe(true);
  });

  it("answer the same claims as the matching /v1/claims filters", async () => {
    for (const example of examples) {
      const res = await sparql(example.query);
      expect(res.statusCode, `${example.query}\n${res.body}`).toBe(200);
      const body = res.json() as Results;
      expect(body.results.bindings.length, example.query).toBeGreaterThan(0);
      if (!example.claims) continue;
      const json = ClaimPageSchema.parse((await api.get(`${example.claims}&limit=200`)).json());
      expect(json.nextCursor).toBeNull();
      const expected = json.items.map((c) => `${BASE}/v1/claims/${c.id}`).sort();
      const got = [...new Set(body.results.bindings.map((b) => b.claim?.value))].sort();
      expect(got, example.claims).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it("give Putin's 2001 affirmation with its sentence, endnote 16 and Smith's work", async () => {
    const example = present(
      examples.find((e) => e.claims?.includes("speaker=vladimir-putin")),
      "the README's example of Putin's claims",
    );
    const rows = (await sparql(example.query)).json().results.bindings as Record<string, { value: string }>[];
    const row = present(
      rows.find((r) => r.claim?.value.endsWith("/bg-putin-1956-declaration-still-valid-2001")),
      "the row of the 2001 affirmation",
    );
    expect(row.sentence?.value).toContain(
      "In 2001, Putin affirmed that the 1956 Declaration was still valid",
    );
    expect(row.endnote?.value).toBe("16");
    expect(row.endnoteText?.value).toBe("Ibid, p.5-6.");
    expect(row.source?.value).toBe("Russo-Japanese Relations");
  });
});

describe("SPARQL 1.1 Protocol", () => {
  it("counts the same triples as the N-Triples dump", async () => {
    const dump = new Parser({ format: "N-Triples" }).parse(
      (await api.get("/v1/export?format=ntriples")).body,
    );
    const res = await sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    expect(res.headers["content-type"]).toMatch(/^application\/sparql-results\+json/);
    expect(Number(res.json().results.bindings[0].n.value)).toBe(dump.length);
  });

  it("finds a claim by words of its quote, and the endnote reached from it, without knowing the vocabulary", async () => {
    const res = await sparql(`
      SELECT ?claim ?p ?endnote ?text WHERE {
        ?claim ?q ?quote .
        FILTER(CONTAINS(STR(?quote), "the 1956 Declaration was still valid"))
        ?claim ?p ?endnote .
        ?endnote ?t ?text .
        FILTER(CONTAINS(STR(?endnote), "/endnotes/"))
        FILTER(STR(?text) = "Ibid, p.5-6.")
      }`);
    const rows = res.json().results.bindings as Record<string, { value: string }>[];
    expect(rows.map((r) => r.claim?.value)).toContain(
      `${BASE}/v1/claims/bg-putin-1956-declaration-still-valid-2001`,
    );
  });

  it("answers in CSV and TSV, and ASK and CONSTRUCT in their formats", async () => {
    const q = `SELECT ?name WHERE { <${BASE}/v1/entities/iturup> <https://schema.org/name> ?name }`;
    const csv = await sparql(q, { accept: "text/csv" });
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(parseCsv(csv.body)).toEqual([["name"], ["Iturup"]]);
    const tsv = await sparql(q, { accept: "text/tab-separated-values" });
    expect(tsv.body).toBe('?name\n"Iturup"\n');
    expect((await sparql(q, { accept: "text/csv;q=0.1, text/tab-separated-values" })).body).toBe(tsv.body);
    expect((await sparql(q)).json().head.vars).toEqual(["name"]);
    expect((await sparql("ASK { ?s a <https://schema.org/Claim> }")).json()).toEqual({
      head: {},
      boolean: true,
    });
    const graph = await sparql(`DESCRIBE <${BASE}/v1/entities/iturup>`);
    expect(graph.headers["content-type"]).toMatch(/^text\/turtle/);
    const triples = new Parser({ format: "Turtle" }).parse(graph.body);
    expect(triples.some((t) => t.object.value === "Iturup")).toBe(true);
    const nt = await api.get(
      `/sparql?format=ntriples&query=${encodeURIComponent(`CONSTRUCT WHERE { <${BASE}/v1/entities/iturup> ?p ?o }`)}`,
    );
    expect(nt.headers["content-type"]).toMatch(/^application\/n-triples/);
    expect(new Parser({ format: "N-Triples" }).parse(nt.body).length).toBe(triples.length);
  });

  it("takes POST as a form and as application/sparql-query", async () => {
    const query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Claim> }";
    const form = await post(`query=${encodeURIComponent(query)}`, "application/x-www-form-urlencoded");
    const direct = await post(query, "application/sparql-query");
    expect(form.statusCode, form.body).toBe(200);
    expect(direct.json()).toEqual(form.json());
    const claims = Number(form.json().results.bindings[0].n.value);
    expect(claims).toBeGreaterThan(150);
  });

  it("refuses updates and answers bad requests with problems", async () => {
    expectProblem(await sparql("INSERT DATA { <http://a> <http://b> <http://c> }"), 400);
    expectProblem(await sparql("PREFIX x: <http://x#> # comment\n DELETE WHERE { ?s ?p ?o }"), 400);
    expectProblem(await post("DROP ALL", "application/sparql-update"), 400);
    expectProblem(await post("update=CLEAR%20ALL", "application/x-www-form-urlencoded"), 400);
    expectProblem(await sparql("SELEC * WHERE {"), 400);
    expectProblem(
      await sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", { accept: "application/sparql-results+xml" }),
      406,
    );
    expectProblem(await api.get("/sparql"), 400);
    expectProblem(await api.get("/sparql?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fx"), 400);
    expectProblem(await api.get("/sparql?format=turtle&query=ASK%7B%7D"), 400);
    expectProblem(await post("query=ASK{}", "text/plain"), 415);
    // The store is read-only: after all that, nothing was written.
    const count = await sparql("ASK { <http://a> ?p ?o }");
    expect(count.json().boolean).toBe(false);
  });

  it("reads the query form after the prologue", () => {
    expect(queryForm("PREFIX a: <http://x#select> BASE <http://y/> # insert\nselect * {}")).toBe("select");
    expect(queryForm("construct where { ?s ?p ?o }")).toBe("construct");
    expect(queryForm("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")).toBe("update");
    expect(queryForm("  ")).toBeNull();
  });
});

describe("limits", () => {
  it("stops a query past the time limit with a 503, then answers the next one", async () => {
    // A four-way cross product of the whole graph never ends; the time limit stops it.
    const ctx = await createTestApp({ SPARQL_TIMEOUT_MS: "1000", SPARQL_MAX_RESULTS: "7" });
    try {
      const get = (query: string) =>
        ctx.app.inject({ method: "GET", url: `/sparql?query=${encodeURIComponent(query)}` });
      const slow = await get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
      const body = expectProblem(slow, 503);
      expect(String(body.detail)).toMatch(/time limit of 1000 ms/);
      const cut = await get("SELECT ?s WHERE { ?s a <https://schema.org/Claim> }");
      expect(cut.statusCode, cut.body).toBe(200);
      expect(cut.json().results.bindings).toHaveLength(7);
      expect(cut.headers["x-result-truncated"]).toBe("true");
      const graph = await get("CONSTRUCT WHERE { ?s a <https://schema.org/Claim> }");
      expect(new Parser({ format: "Turtle" }).parse(graph.body)).toHaveLength(7);
    } finally {
      await ctx.close();
    }
  });

  it("reloads the store when another database is swapped in", async () => {
    const ctx = await createTestApp();
    try {
      await ctx.app.inject({ method: "GET", url: "/sparql?query=ASK%7B%7D" });
      const before = ctx.app.sparqlStore.lastLoad;
      const next = openReadOnly(ctx.config.databasePath);
      ctx.app.swapDatabase(next);
      const res = await ctx.app.inject({
        method: "GET",
        url: `/sparql?query=${encodeURIComponent("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")}`,
      });
      expect(res.statusCode).toBe(200);
      expect(ctx.app.sparqlStore.lastLoad).not.toBe(before);
      expect(ctx.app.sparqlStore.lastLoad?.size).toBe(Number(res.json().results.bindings[0].n.value));
      ctx.app.swapDatabase(ctx.db).$client.close();
    } finally {
      await ctx.close();
    }
  });
});
