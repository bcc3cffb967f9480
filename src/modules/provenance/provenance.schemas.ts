// The provenance shapes every answer shares: the evidence (the verbatim sentence and a
// selector into the article) and the citation (the endnote and the work it cites, resolved
// through Ibid and op. cit.).
import { z } from "zod";
import { CITATION_RULES, CITATION_SCOPES, ENDNOTE_KINDS } from "../../domain/enums.ts";

/** The document an item comes from (`/v1/documents/{id}`). */
export const DocumentIdSchema = z
  .string()
  .describe("The document it comes from (see `/v1/documents`).")
  .meta({ example: "russia-japan-reset" });

export const SourceSchema = z
  .object({
    id: z.string().meta({ example: "smith-2003-russo-japanese-relations" }),
    authors: z.array(z.string()),
    title: z.string().nullable(),
    publication: z.string().nullable(),
    date: z
      .string()
      .nullable()
      .describe("ISO date, as precise as the citation (YYYY, YYYY-MM or YYYY-MM-DD)."),
    dateText: z.string().nullable().describe("The date as the endnote writes it."),
    url: z.string().nullable(),
    details: z.string().nullable().describe("Other bibliographic detail (volume, report number, publisher)."),
    partial: z
      .boolean()
      .describe("True when the work is known only from a short form (never completed by guesswork)."),
    firstCitedIn: z.number().int().nullable().describe("The endnote that cites the work in full."),
    problems: z.array(z.string()).describe("Where the article's citation is wrong or incomplete."),
  })
  .meta({ id: "Source", description: "A work cited by one or more endnotes." });

export const SelectorSchema = z
  .object({
    exact: z.string().describe("The quoted text exactly as in the article (endnote markers included)."),
    prefix: z.string().describe("Up to 32 characters before the quote."),
    suffix: z.string().describe("Up to 32 characters after the quote."),
    start: z.number().int().describe("Code-point offset of the quote's start."),
    end: z.number().int().describe("Code-point offset just past the quote's end."),
    in: z
      .string()
      .describe(
        'What the offsets count into: "document" (the article\'s body text), "endnote:N", or the line outside the body it is in: "title", "byline" or "disclaimer".',
      ),
  })
  .meta({ id: "Selector", description: "A W3C-style text quote and position selector into the article." });

export const EvidenceSchema = z
  .object({
    document: DocumentIdSchema,
    text: z.string().describe("The whole sentence (or endnote sentence) that holds the quote."),
    sentenceId: z
      .string()
      .nullable()
      .describe(
        "The body sentence, or null for a quote in an endnote or a line outside the body (title, byline, disclaimer).",
      ),
    section: z.object({ id: z.string(), heading: z.string() }),
    selector: SelectorSchema,
  })
  .meta({ id: "Evidence", description: "Where in the article a claim is stated, verbatim." });

export const CitationSchema = z
  .object({
    document: DocumentIdSchema.describe(
      "The document whose endnote it is (endnotes are numbered per document).",
    ),
    endnote: z
      .number()
      .int()
      .nullable()
      .describe("The endnote backing the claim, or null when the article gives none."),
    text: z.string().nullable().describe("The endnote's text."),
    kind: z.enum(ENDNOTE_KINDS).nullable(),
    refersTo: z.number().int().nullable().describe("For Ibid / op. cit.: the endnote pointed back to."),
    chain: z
      .array(z.number().int())
      .describe("The endnotes followed to reach the full citation, e.g. [16, 15, 8]."),
    pages: z.string().nullable(),
    source: SourceSchema.nullable().describe("The cited work, resolved through Ibid and op. cit."),
    sources: z.array(SourceSchema).describe("Every work the endnote cites (endnote 24 cites two)."),
    rule: z
      .enum(CITATION_RULES)
      .describe(
        "How the endnote was chosen: the marker ending the quote, the next marker of the paragraph, the endnote whose text holds the quote, a curated override, or none.",
      ),
    reason: z.string().nullable().describe("Why, for an override or an uncited claim."),
    scope: z
      .enum(CITATION_SCOPES)
      .nullable()
      .describe(
        "How the endnote covers the quote: `sentence` where its marker stands in the quoted sentence itself (or the quote is in the endnote's own text); `paragraph` where the sentence has no marker of its own and takes the next marker of a later sentence of its paragraph (the endnote may then be about something else: see the claim's `note`). Null when no endnote covers it.",
      )
      .meta({ example: "sentence" }),
  })
  .meta({ id: "Citation", description: "The endnote behind a claim and the work it cites." });

export type Source = z.infer<typeof SourceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
