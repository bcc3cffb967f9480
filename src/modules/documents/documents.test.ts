import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "../../../test/helpers.ts";

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
    expect(sentences).toHaveLength(doc.counts.sentences!);
    // All 41 markers, each in exactly one sentence.
    expect(sentences.flatMap((s) => s.markers).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 41 }, (_, i) => i + 1),
    );
    // Every sentence says its endnote, or that it has none.
    for (const s of sentences) expect(s.endnote === null).toBe(s.coverage === "none");
    const pivot = sentences.find((s) => s.text.includes("rather than to its traditional markets in Europe"));
    expect(pivot).toMatchObject({ endnote: 17, coverage: "marker" });
  });

  it("lists the documents, and answers an unknown id with a 404 problem", async () => {
    expect((await get("/v1/documents")).json()).toMatchObject({ items: [{ id: "russia-japan-reset" }] });
    expectProblem(await get("/v1/documents/no-such-document"), 404);
  });
});
