// The works the endnotes cite, as /v1/sources shows them: each with the endnotes that cite it.
import { z } from "zod";
import { CITATION_FORMS } from "../../domain/enums.ts";
import { PageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { idParam, textParam } from "../../http/params.ts";
import { SourceSchema } from "../provenance/provenance.schemas.ts";

export const SourceWithEndnotesSchema = SourceSchema.extend({
  endnotes: z
    .array(
      z.object({
        n: z.number().int(),
        form: z.enum(CITATION_FORMS),
        pages: z.string().nullable(),
      }),
    )
    .describe("The endnotes that cite the work, and how."),
}).meta({ id: "SourceWithEndnotes" });

export const SourcePageSchema = pageSchema(SourceWithEndnotesSchema).meta({ id: "SourcePage" });

export const ListSourcesQuerySchema = PageQuerySchema.extend({
  q: textParam(200)
    .optional()
    .describe("Words in the author, title or publication (any case).")
    .meta({ example: "smith" }),
});

export const SourceParamsSchema = z.object({
  id: idParam().describe("The source id.").meta({ example: "smith-2003-russo-japanese-relations" }),
});

export type SourceWithEndnotes = z.infer<typeof SourceWithEndnotesSchema>;
