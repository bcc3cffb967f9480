import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { allPages, expectProblem, useTestApp } from "../../../test/helpers.ts";
import { present } from "../../../test/lists.ts";
import { resourceOf } from "../../linked-data/vocab.ts";
import { ClaimPageSchema } from "../claims/claims.schemas.ts";

const BASE = "http://127.0.0.1:3000";
const KG = `${BASE}/ns#`;
const { get } = useTestApp();

const key = (q: Quad) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
function termKey(t: Quad["object"]): string {
  if (t.termType === "Literal") return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return `<${t.value}>`;
}

/** jsonld.js reads the served context through the app, never the network. */
const documentLoader = async (url: string) => {
  if (!url.startsWith(BASE)) throw new Error(`unexpected remote document ${url}`);
  const res = await get(url.slice(BASE.length));
  expect(res.statusCode).toBe(200);
  return { contextUrl: undefined, documentUrl: url, document: JSON.parse(res.body) };
};

async function jsonLdTriples(doc: object): Promise<Set<string>> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: "application/n-quads",
    documentLoader: documentLoader as never,
  })) as unknown as string;
  return new Set(new Parser({ format: "N-Quads" }).parse(nquads).map(key));
}

let dump: Quad[] = [];
const allClaims = () => allPages(get, "/v1/claims?limit=200", ClaimPageSchema);

beforeAll(async () => {
  const res = await get("/v1/export?format=ntriples");
  expect(res.statusCode).toBe(200);
  dump = new Parser({ format: "N-Triples" }).parse(res.body);
});

describe("content negotiation", () => {
  const resources = [
    "/v1/entities/vladimir-putin",
    "/v1/entities/iturup",
    "/v1/entities/abe-putin-summit-2013-04",
    "/v1/claims/bg-putin-1956-declaration-still-valid-2001",
    "/v1/endnotes/16",
    "/v1/sources/smith-2003-russo-japanese-relations",
    "/v1/documents/russia-japan-reset",
  ];

  it("gives JSON by default and for a browser's Accept, with Vary: Accept", async () => {
    for (const accept of [
      undefined,
      "*/*",
      "text/html,application/xhtml+xml,*/*;q=0.8",
      "application/json",
    ]) {
      const res = await get("/v1/entities/vladimir-putin", accept ? { accept } : {});
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expect(res.json().id).toBe("vladimir-putin");
      expect(String(res.headers.vary)).toMatch(/\bAccept\b/);
    }
  });

  it("gives JSON-LD whose expansion is exactly the resource's triples in the N-Triples dump", async () => {
    for (const path of resources) {
      const res = await get(path, { accept: "application/ld+json" });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^application\/ld\+json/);
      const doc = res.json();
      expect(doc["@context"]).toBe(`${BASE}/ns/context.jsonld`);
      const fromJsonLd = await jsonLdTriples(doc);
      const subject = doc["@graph"][0]["@id"] as string;
      const inDump = new Set(dump.filter((q) => resourceOf(q.subject.value) === subject).map(key));
      expect(inDump.size, path).toBeGreaterThan(3);
      expect(fromJsonLd, path).toEqual(inDump);
    }
  });

  it("gives Turtle and N-Triples that parse to the same triples, and a 304 per representation", async () => {
    const path = "/v1/claims/bg-putin-1956-declaration-still-valid-2001";
    const turtle = await get(path, { accept: "text/turtle" });
    const ntriples = await get(path, { accept: "application/n-triples" });
    expect(turtle.headers["content-type"]).toMatch(/^text\/turtle/);
    const a = new Set(new Parser({ format: "Turtle" }).parse(turtle.body).map(key));
    const b = new Set(new Parser({ format: "N-Triples" }).parse(ntriples.body).map(key));
    expect(a).toEqual(b);
    const json = await get(path);
    expect(turtle.headers.etag).not.toBe(json.headers.etag);
    const again = await get(path, { accept: "text/turtle", "if-none-match": String(turtle.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it("prefers by quality and answers an unknown resource with a problem", async () => {
    const res = await get("/v1/entities/japan", { accept: "application/json;q=0.5, text/turtle" });
    expect(res.headers["content-type"]).toMatch(/^text\/turtle/);
    expectProblem(await get("/v1/entities/atlantis", { accept: "text/turtle" }), 404);
    expectProblem(await get("/v1/endnotes/99", { accept: "application/ld+json" }), 404);
  });

  it("serves the @context and the vocabulary it points to", async () => {
    const context = await get("/ns/context.jsonld");
    expect(context.headers["content-type"]).toMatch(/^application\/ld\+json/);
    expect(context.json()["@context"]).toMatchObject({ schema: "https://schema.org/", kg: KG });
    const vocabulary = await get("/ns");
    const terms = new Parser({ format: "Turtle" }).parse(vocabulary.body);
    // Every kg: term the data uses is defined.
    const defined = new Set(terms.map((q) => q.subject.value));
    const used = new Set(
      dump.flatMap((q) => [q.predicate.value, q.predicate.value === `${NS_RDF}type` ? q.object.value : ""]),
    );
    const undefinedTerms = [...used].filter((u) => u.startsWith(KG) && !defined.has(u));
    expect(undefinedTerms).toEqual([]);
  });
});

const NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

describe("GET /v1/export", () => {
  it("every dump parses, to the same triples", async () => {
    const turtle = await get("/v1/export?format=turtle");
    expect(turtle.headers["content-type"]).toMatch(/^text\/turtle/);
    const fromTurtle = new Set(new Parser({ format: "Turtle" }).parse(turtle.body).map(key));
    const fromNt = new Set(dump.map(key));
    expect(fromTurtle).toEqual(fromNt);
    const jsonLd = await get("/v1/export?format=jsonld");
    expect(jsonLd.headers["content-type"]).toMatch(/^application\/ld\+json/);
    const fromJsonLd = await jsonLdTriples(jsonLd.json());
    expect(fromJsonLd.size).toBe(fromNt.size);
    expect(fromJsonLd).toEqual(fromNt);
  });

  it("is streamed with a strong ETag, caching and a 304", async () => {
    const res = await get("/v1/export?format=ntriples");
    expect(res.headers["transfer-encoding"]).toBe("chunked");
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers["cache-control"]).toMatch(/public, max-age=\d+/);
    const again = await get("/v1/export?format=ntriples", { "if-none-match": String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers["cache-control"]).toMatch(/public/);
    const other = await get("/v1/export?format=turtle");
    expect(other.headers.etag).not.toBe(res.headers.etag);
  });

  it("gives the claims and the entities as CSV tables that agree with the JSON API", async () => {
    const claims = await allClaims();
    const res = await get("/v1/export?format=csv");
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const rows = parseCsv(res.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.length).toBe(claims.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const c of claims) {
      const row = present(byId.get(c.id), `the CSV row of ${c.id}`);
      expect(row.quote).toBe(c.quote);
      expect(row.speaker_id).toBe(c.speaker.id);
      expect(row.endnote).toBe(c.citation.endnote == null ? "" : String(c.citation.endnote));
      expect(row.source_ids).toBe(c.citation.sources.map((s) => s.id).join("; "));
    }
    const entities = parseCsv((await get("/v1/export?format=csv&table=entities")).body, {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    const listed = (await get("/v1/entities?limit=200")).json().items as { id: string }[];
    expect(entities.map((e) => e.id).sort()).toEqual(listed.map((e) => e.id).sort());
  });

  it("answers bad parameters with problems", async () => {
    expectProblem(await get("/v1/export"), 400);
    expectProblem(await get("/v1/export?format=rdfxml"), 400);
    expectProblem(await get("/v1/export?format=turtle&table=claims"), 400);
    expectProblem(await get("/v1/export?format=csv&table=sentences"), 400);
  });
});

describe("the graph keeps what makes the data special", () => {
  it("a round trip through RDF keeps every claim's quote, sentence, endnote and source", async () => {
    const claims = await allClaims();
    const objects = (s: string, p: string) =>
      dump.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    const typed = dump.filter(
      (q) => q.predicate.value === `${NS_RDF}type` && q.object.value === `${KG}Claim`,
    );
    expect(typed.length).toBe(claims.length);
    for (const c of claims) {
      const iri = `${BASE}/v1/claims/${c.id}`;
      expect(objects(iri, "https://schema.org/text")).toEqual([c.quote]);
      expect(objects(`${iri}#quote`, "http://www.w3.org/ns/oa#exact")).toEqual([c.evidence.selector.exact]);
      expect(objects(`${iri}#position`, "http://www.w3.org/ns/oa#start")).toEqual([
        String(c.evidence.selector.start),
      ]);
      expect(objects(iri, `${KG}endnote`)).toEqual(
        c.citation.endnote == null
          ? []
          : [`${BASE}/v1/documents/russia-japan-reset/endnotes/${c.citation.endnote}`],
      );
      expect(objects(iri, "http://purl.org/spar/cito/citesAsEvidence").sort()).toEqual(
        c.citation.sources.map((s) => `${BASE}/v1/sources/${s.id}`).sort(),
      );
      const [derived] = objects(iri, "http://www.w3.org/ns/prov#wasDerivedFrom");
      if (c.evidence.sentenceId)
        expect(derived).toBe(`${BASE}/v1/documents/russia-japan-reset/sentences/${c.evidence.sentenceId}`);
      expect(objects(iri, "http://www.w3.org/ns/prov#wasAttributedTo")).toEqual([
        `${BASE}/v1/entities/${c.speaker.id}`,
      ]);
    }
  });

  it("counts agree with the JSON API", async () => {
    const count = (type: string) =>
      dump.filter((q) => q.predicate.value === `${NS_RDF}type` && q.object.value === type).length;
    const entities = (await get("/v1/entities?limit=200")).json().items.length;
    expect(count(`${KG}Actor`) + count(`${KG}Treaty`) + count(`${KG}Place`) + count(`${KG}Event`)).toBe(
      entities,
    );
    expect(count(`${KG}Endnote`)).toBe(41);
    const sources = (await get("/v1/sources?limit=200")).json().items.length;
    expect(count(`${KG}Source`)).toBe(sources);
  });

  it("links to Wikidata only the verified entities, each saying where it was verified", async () => {
    const { WIKIDATA } = await import("../../linked-data/wikidata.ts");
    const sameAs = dump.filter((q) => q.predicate.value === "http://www.w3.org/2002/07/owl#sameAs");
    expect(sameAs.map((q) => q.subject.value).sort()).toEqual(
      Object.keys(WIKIDATA)
        .map((id) => `${BASE}/v1/entities/${id}`)
        .sort(),
    );
    const putin = present(
      sameAs.find((q) => q.subject.value.endsWith("/vladimir-putin")),
      "Putin's sameAs",
    );
    expect(putin.object.value).toBe("http://www.wikidata.org/entity/Q7747");
    const where = dump.filter(
      (q) => q.subject.value === putin.subject.value && q.predicate.value === `${KG}sameAsVerifiedAt`,
    );
    expect(where).toHaveLength(1);
  });

  it("mints IRIs under PUBLIC_BASE_URL", async () => {
    const { createTestApp } = await import("../../../test/helpers.ts");
    const ctx = await createTestApp({ PUBLIC_BASE_URL: "https://kg.example.org/api/" });
    try {
      const res = await ctx.app.inject({
        url: "/v1/entities/japan",
        headers: { accept: "application/n-triples" },
      });
      expect(res.body).toContain("<https://kg.example.org/api/v1/entities/japan> ");
      expect(res.body).not.toContain("127.0.0.1");
    } finally {
      await ctx.close();
    }
  });
});
