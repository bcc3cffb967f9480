import { z } from "zod";
import { CITATION_FORMS, ENDNOTE_KINDS } from "../../domain/enums.ts";
import { PageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { idParam, integerParam } from "../../http/params.ts";
import { DocumentIdSchema, SourceSchema } from "../provenance/provenance.schemas.ts";

export const EndnoteSchema = z
  .object({
    document: DocumentIdSchema.describe(
      "The document the endnote belongs to (endnotes are numbered per document).",
    ),
    n: z.number().int().meta({ example: 16 }),
    text: z.string().describe("The endnote's text as in the article."),
    kind: z.enum(ENDNOTE_KINDS),
    refersTo: z.number().int().nullable().describe("For Ibid / op. cit.: the endnote pointed back to."),
    chain: z
      .array(z.number().int())
      .describe("The endnotes followed to the full citation, e.g. [16, 15, 8]."),
    source: SourceSchema.nullable().describe("The (first) cited work, resolved through Ibid and op. cit."),
    sources: z.array(SourceSchema).describe("Every work the endnote cites."),
    citations: z.array(
      z.object({
        sourceId: z.string(),
        form: z.enum(CITATION_FORMS),
        refersTo: z.number().int().nullable(),
        pages: z.string().nullable(),
      }),
    ),
    pages: z.string().nullable(),
    accessed: z.string().nullable().describe("ISO date the cited page was accessed, as the endnote says."),
    note: z.string().nullable().describe("The explanatory text of a note."),
    problems: z
      .array(z.string())
      .describe("Where the article is wrong or doubtful (e.g. accessed before published)."),
    markerContext: z
      .object({
        sentenceId: z.string(),
        sentence: z.string(),
        section: z.object({ id: z.string(), heading: z.string() }),
        offset: z.number().int().describe("Code-point offset of the marker in the document text."),
      })
      .nullable()
      .describe("The body sentence where the endnote's marker stands."),
    claims: z
      .array(z.string())
      .describe("Ids of the claims this endnote backs (see /v1/claims?document=D&endnote=N)."),
  })
  .meta({ id: "Endnote" });

export const ListEndnotesQuerySchema = PageQuerySchema.extend({
  kind: z.enum(ENDNOTE_KINDS).optional().describe("Only endnotes of this kind.").meta({ example: "ibid" }),
  source: idParam()
    .optional()
    .describe("Only endnotes citing this source id.")
    .meta({ example: "smith-2003-russo-japanese-relations" }),
});

export const EndnoteParamsSchema = z.object({
  n: integerParam(1, 9999).describe("The endnote number.").meta({ example: 16 }),
});

export const EndnotePageSchema = pageSchema(EndnoteSchema).meta({ id: "EndnotePage" });
export type Endnote = z.infer<typeof EndnoteSchema>;
