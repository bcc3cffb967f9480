import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "../../../test/helpers.ts";
import { nonEmpty } from "../../../test/lists.ts";
import { EndnoteSchema } from "../endnotes/endnotes.schemas.ts";
import { DocumentListSchema, DocumentSchema, SentenceDetailSchema } from "./documents.schemas.ts";

const { get } = useTestApp();

interface Sentence {
  id: string;
  text: string;
  endnote: number | null;
  coverage: string;
  markers: number[];
}
interface Section {
  id: string;
  heading: string;
  level: number;
  parentId: string | null;
  paragraphs: { sentences: Sentence[] }[];
}

describe("GET /v1/documents/{id}", () => {
  it("gives the article's sections, paragraphs and every sentence with its endnote", async () => {
    const res = await get("/v1/documents/russia-japan-reset");
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      title: string;
      author: string;
      counts: Record<string, number>;
      sections: Section[];
    };
    expect(doc).toMatchObject({
      title: "A 'Reset' in Russia and Japan Relationship?",
      author: "Dr. Indrani Talukdar",
    });
    expect(doc.sections.map((s) => [s.heading, s.level])).toEqual([
      ["Introduction", 1],
      ["Background of the Bellicose Relationship", 1],
      ["Change in Attitude", 1],
      ["Dynamics of Engagement", 1],
      ["Economy and Energy", 2],
      ["Security and Defence", 2],
      ["Conclusion", 1],
    ]);
    const sentences = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    expect(sentences).toHaveLength(doc.counts.sentences ?? -1);
    // All 41 markers, each in exactly one sentence.
    expect(sentences.flatMap((s) => s.markers).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 41 }, (_, i) => i + 1),
    );
    // Every sentence says its endnote, or that it has none.
    for (const s of nonEmpty(sentences)) expect(s.endnote === null).toBe(s.coverage === "none");
    const pivot = sentences.find((s) => s.text.includes("rather than to its traditional markets in Europe"));
    expect(pivot).toMatchObject({ endnote: 17, coverage: "marker" });
  });

  it("lists the documents, and answers an unknown id with a 404 problem", async () => {
    expect((await get("/v1/documents")).json()).toMatchObject({ items: [{ id: "russia-japan-reset" }] });
    expectProblem(await get("/v1/documents/no-such-document"), 404);
  });
});

describe("a document's endnotes and sentences", () => {
  it("lists the documents in the API's own shape", async () => {
    const res = await get("/v1/documents");
    expect(res.statusCode).toBe(200);
    const list = DocumentListSchema.parse(res.json());
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.map((d) => d.id)).toContain("russia-japan-reset");
  });

  it("gives an endnote by document, the same as the article's /v1/endnotes/{n}", async () => {
    const scoped = await get("/v1/documents/russia-japan-reset/endnotes/16");
    expect(scoped.statusCode).toBe(200);
    const endnote = EndnoteSchema.parse(scoped.json());
    expect(endnote).toMatchObject({ n: 16, kind: "ibid", chain: [16, 15, 8] });
    expect(scoped.json()).toEqual((await get("/v1/endnotes/16")).json());
    expectProblem(await get("/v1/documents/russia-japan-reset/endnotes/99"), 404);
    expectProblem(await get("/v1/documents/no-such-document/endnotes/16"), 404);
    expectProblem(await get("/v1/documents/russia-japan-reset/endnotes/x"), 400);
  });

  it("gives a sentence with the claims quoted from it and its covering endnote", async () => {
    const doc = DocumentSchema.parse((await get("/v1/documents/russia-japan-reset")).json());
    const sentences = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    const pivot = sentences.find((s) => s.text.includes("rather than to its traditional markets in Europe"));
    expect(pivot).toBeDefined();
    const res = await get(`/v1/documents/russia-japan-reset/sentences/${pivot?.id}`);
    expect(res.statusCode).toBe(200);
    const sentence = SentenceDetailSchema.parse(res.json());
    expect(sentence).toMatchObject({
      id: pivot?.id,
      document: "russia-japan-reset",
      endnote: 17,
      coverage: "marker",
      covering: { n: 17 },
    });
    expect(sentence.claims.length).toBeGreaterThan(0);
    for (const claim of sentence.claims) expect(claim.evidence.sentenceId).toBe(pivot?.id);
    expectProblem(await get("/v1/documents/russia-japan-reset/sentences/no-such-sentence"), 404);
    expectProblem(await get(`/v1/documents/no-such-document/sentences/${pivot?.id}`), 404);
  });
});
