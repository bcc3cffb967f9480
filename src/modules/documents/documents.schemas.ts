// The documents' text as the API shows it: sections, paragraphs and sentences with their
// endnote markers, and one sentence with the claims it carries and the endnote that covers it.

import { z } from "zod";
import { CITATION_SCOPES, COVERAGE_RULES } from "../../domain/enums.ts";
import { idParam } from "../../http/params.ts";
import { ClaimSchema } from "../claims/claims.schemas.ts";
import { EndnoteParamsSchema, EndnoteSchema } from "../endnotes/endnotes.schemas.ts";

export const SentenceSchema = z
  .object({
    id: z.string(),
    text: z.string().describe("The sentence as in the article, endnote markers kept."),
    plainText: z.string().describe("The same without endnote markers."),
    start: z.number().int().describe("Code-point offset in the document text."),
    end: z.number().int(),
    markers: z.array(z.number().int()).describe("Endnote markers standing in the sentence."),
    endnote: z.number().int().nullable().describe("The endnote covering the sentence, or null (uncited)."),
    coverage: z
      .enum(COVERAGE_RULES)
      .describe("Why: a marker ends it, the next marker of its paragraph covers it, or none does."),
    scope: z
      .enum(CITATION_SCOPES)
      .nullable()
      .describe(
        "How `endnote` covers it: `sentence` where the marker stands in the sentence itself, `paragraph` where it is the next marker of a later sentence of the paragraph; null when uncited.",
      ),
  })
  .meta({ id: "Sentence" });

export const ParagraphSchema = z
  .object({
    id: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sentences: z.array(SentenceSchema),
  })
  .meta({ id: "Paragraph" });

export const SectionSchema = z
  .object({
    id: z.string(),
    heading: z.string(),
    level: z.number().int(),
    parentId: z.string().nullable(),
    paragraphs: z.array(ParagraphSchema),
  })
  .meta({ id: "Section" });

export const DocumentSchema = z
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

export const DocumentSummarySchema = DocumentSchema.pick({
  id: true,
  title: true,
  author: true,
  affiliation: true,
})
  .extend({
    primary: z
      .boolean()
      .describe(
        "True for the original article, which the unscoped paths (`/v1/endnotes`, `/v1/sources`) answer for.",
      ),
    links: z.object({
      self: z.string().describe("The document's structure."),
      claims: z.string().describe("Its claims."),
    }),
  })
  .meta({ id: "DocumentSummary" });

export const DocumentListSchema = z
  .object({ items: z.array(DocumentSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "DocumentList" });

export const SentenceDetailSchema = SentenceSchema.extend({
  document: z.string().describe("The document the sentence belongs to."),
  section: z.object({ id: z.string(), heading: z.string() }),
  paragraphId: z.string(),
  claims: z.array(ClaimSchema).describe("The claims whose quote is in this sentence, in reading order."),
  covering: EndnoteSchema.nullable().describe("The endnote covering the sentence, with its cited work."),
}).meta({ id: "SentenceDetail" });

export const DocumentParamsSchema = z.object({
  id: idParam().describe("The document id.").meta({ example: "russia-japan-reset" }),
});

export const DocumentEndnoteParamsSchema = DocumentParamsSchema.extend(EndnoteParamsSchema.shape);

export const DocumentSentenceParamsSchema = DocumentParamsSchema.extend({
  sentenceId: idParam().describe("The sentence id.").meta({ example: "s12" }),
});

export type DocumentView = z.infer<typeof DocumentSchema>;
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
export type SentenceView = z.infer<typeof SentenceSchema>;
export type SentenceDetail = z.infer<typeof SentenceDetailSchema>;
