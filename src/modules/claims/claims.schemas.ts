// Claims: reified statements (who said or holds what, about what, when) with their evidence
// and citation.
import { z } from "zod";
import { CLAIM_KINDS } from "../../domain/enums.ts";
import { PageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { idParam, integerParam, textParam } from "../../http/params.ts";
import { PartialDateParam } from "../../lib/dates.ts";
import { EntityRefSchema } from "../entities/entities.refs.ts";
import { CitationSchema, DocumentIdSchema, EvidenceSchema } from "../provenance/provenance.schemas.ts";

export { CLAIM_KINDS };

export const ClaimDateSchema = z
  .object({
    text: z.string().describe('As curated: "2013-04", or "1997-11/1998-04" for a period.'),
    start: z.string().describe("First day covered (YYYY-MM-DD)."),
    end: z.string().describe("Last day covered (YYYY-MM-DD)."),
  })
  .meta({ id: "ClaimDate" });

export const ClaimSchema = z
  .object({
    id: z.string().meta({ example: "bg-putin-1956-declaration-still-valid-2001" }),
    document: DocumentIdSchema.describe("The document whose words state the claim."),
    kind: z
      .enum(CLAIM_KINDS)
      .describe(
        "statement (someone said), position (a stance), event (met, signed, visited), fact (a figure or state of affairs), assessment (the author's analysis).",
      ),
    direct: z.boolean().describe("True when the evidence quotes the speaker's own words."),
    speaker: EntityRefSchema.describe("Who said or holds it; the author for her own analysis."),
    about: z.array(EntityRefSchema),
    date: ClaimDateSchema.nullable(),
    summary: z.string().describe("The claim in plain words."),
    quote: z.string().describe("The verbatim words of the article that state the claim."),
    evidence: EvidenceSchema,
    citation: CitationSchema,
    note: z.string().nullable().describe("Where the article is wrong or doubtful."),
  })
  .meta({ id: "Claim", description: "A claim of the article with its verbatim evidence and citation." });

export const ClaimDetailSchema = ClaimSchema.extend({
  beside: z
    .array(ClaimSchema)
    .describe(
      "Claims about the same subject held by others, to set side by side (e.g. Moscow's and Tokyo's readings).",
    ),
}).meta({ id: "ClaimDetail" });

export const ListClaimsQuerySchema = PageQuerySchema.extend({
  speaker: idParam()
    .optional()
    .describe("Who said or holds it: an entity id, or a name or alias (400 when ambiguous).")
    .meta({ example: "vladimir-putin" }),
  about: idParam()
    .optional()
    .describe("An entity the claim is about: an id, or a name or alias.")
    .meta({ example: "soviet-japanese-declaration-1956" }),
  kind: z.enum(CLAIM_KINDS).optional().describe("Only claims of this kind.").meta({ example: "statement" }),
  from: PartialDateParam.optional()
    .describe("Claims dated in or after this (partial ISO date).")
    .meta({ example: "2001" }),
  to: PartialDateParam.optional()
    .describe("Claims dated in or before this (partial ISO date).")
    .meta({ example: "2013-12" }),
  document: idParam()
    .optional()
    .describe("Only claims stated in this document (an id from `/v1/documents`).")
    .meta({ example: "russia-japan-reset" }),
  endnote: integerParam(1, 9999)
    .optional()
    .describe(
      "Claims backed by this endnote of `document` (endnotes are numbered per document); without `document`, of the original article.",
    )
    .meta({ example: 16 }),
  q: textParam(500)
    .optional()
    .describe("Words the claim's summary or quote contains (full text).")
    .meta({ example: "peace treaty" }),
});

export const ClaimParamsSchema = z.object({
  id: idParam().describe("The claim id.").meta({ example: "bg-putin-1956-declaration-still-valid-2001" }),
});

export const ClaimPageSchema = pageSchema(ClaimSchema).meta({ id: "ClaimPage" });

export type Claim = z.infer<typeof ClaimSchema>;
