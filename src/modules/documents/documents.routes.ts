// /v1/documents: the article's structure — sections, paragraphs and sentences with their endnotes.
import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import * as t from "../../db/schema.ts";
import { notFound, problemResponses } from "../../http/problem.ts";

const SentenceSchema = z
  .object({
    id: z.string(),
    text: z.string().describe("The sentence as in the article, endnote markers kept."),
    plainText: z.string().describe("The same without endnote markers."),
    start: z.number().int().describe("Code-point offset in the document text."),
    end: z.number().int(),
    markers: z.array(z.number().int()).describe("Endnote markers standing in the sentence."),
    endnote: z.number().int().nullable().describe("The endnote covering the sentence, or null (uncited)."),
    coverage: z
      .enum(["marker", "paragraph-end", "none"])
      .describe("Why: a marker ends it, the next marker of its paragraph covers it, or none does."),
    scope: z
      .enum(["sentence", "paragraph"])
      .nullable()
      .describe(
        "How `endnote` covers it: `sentence` where the marker stands in the sentence itself, `paragraph` where it is the next marker of a later sentence of the paragraph; null when uncited.",
      ),
  })
  .meta({ id: "Sentence" });

const ParagraphSchema = z
  .object({
    id: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sentences: z.array(SentenceSchema),
  })
  .meta({ id: "Paragraph" });

const SectionSchema = z
  .object({
    id: z.string(),
    heading: z.string(),
    level: z.number().int(),
    parentId: z.string().nullable(),
    paragraphs: z.array(ParagraphSchema),
  })
  .meta({ id: "Section" });

const DocumentSchema = z
  .object({
    id: z.string().meta({ example: "russia-japan-reset" }),
    title: z.string(),
    author: z.string(),
    affiliation: z.string(),
    disclaimer: z.string().nullable(),
    datasetVersion: z.string(),
    counts: z.object({
      sections: z.number(),
      paragraphs: z.number(),
      sentences: z.number(),
      endnotes: z.number(),
    }),
    sections: z.array(SectionSchema),
  })
  .meta({ id: "Document" });

const DocumentSummarySchema = DocumentSchema.pick({
  id: true,
  title: true,
  author: true,
  affiliation: true,
}).meta({
  id: "DocumentSummary",
});

const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listDocuments",
        tags: ["text"],
        summary: "List documents",
        description: "The documents of the dataset (one: the article).",
        response: {
          200: z.object({ items: z.array(DocumentSummarySchema), nextCursor: z.string().nullable() }),
          ...problemResponses,
        },
      },
    },
    async () => {
      const items = app.dataset.db
        .select({
          id: t.documents.id,
          title: t.documents.title,
          author: t.documents.author,
          affiliation: t.documents.affiliation,
        })
        .from(t.documents)
        .all();
      return { items, nextCursor: null };
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        operationId: "getDocument",
        tags: ["text"],
        summary: "Get the article's structure",
        description:
          "Sections (with sub-sections), paragraphs (page-break splits re-joined) and every sentence with its endnote markers and covering endnote. Example: `/v1/documents/russia-japan-reset`.",
        params: z.object({
          id: z.string().min(1).max(200).describe("The document id.").meta({ example: "russia-japan-reset" }),
        }),
        response: { 200: DocumentSchema, ...problemResponses },
      },
    },
    async (request) => {
      const doc = app.dataset.db
        .select()
        .from(t.documents)
        .where(eq(t.documents.id, request.params.id))
        .get();
      if (!doc) throw notFound(`No document has the id "${request.params.id}"; see /v1/documents.`);
      const sections = app.dataset.db.select().from(t.sections).orderBy(asc(t.sections.ordinal)).all();
      const paragraphs = app.dataset.db.select().from(t.paragraphs).orderBy(asc(t.paragraphs.ordinal)).all();
      const sentences = app.dataset.db.select().from(t.sentences).orderBy(asc(t.sentences.ordinal)).all();
      const sentencesOf = new Map<string, z.infer<typeof SentenceSchema>[]>();
      for (const s of sentences) {
        const list = sentencesOf.get(s.paragraphId) ?? [];
        list.push({
          id: s.id,
          text: s.text,
          plainText: s.plainText,
          start: s.start,
          end: s.end,
          markers: s.markers,
          endnote: s.coveringEndnote,
          coverage: s.coverage,
          scope: s.citationScope,
        });
        sentencesOf.set(s.paragraphId, list);
      }
      return {
        id: doc.id,
        title: doc.title,
        author: doc.author,
        affiliation: doc.affiliation,
        disclaimer: doc.disclaimer,
        datasetVersion: app.datasetVersion,
        counts: {
          sections: sections.length,
          paragraphs: paragraphs.length,
          sentences: sentences.length,
          endnotes: app.dataset.text.endnotes.size,
        },
        sections: sections.map((s) => ({
          id: s.id,
          heading: s.heading,
          level: s.level,
          parentId: s.parentId,
          paragraphs: paragraphs
            .filter((p) => p.sectionId === s.id)
            .map((p) => ({ id: p.id, start: p.start, end: p.end, sentences: sentencesOf.get(p.id) ?? [] })),
        })),
      };
    },
  );
};

export default documentsRoutes;
