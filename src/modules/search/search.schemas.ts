// Full-text search: one query over sentences, claims, entities (names and aliases) and endnotes.
import { z } from "zod";
import { PageQuerySchema } from "../../http/pagination.ts";
import { idParam, textParam } from "../../http/params.ts";
import { DocumentIdSchema } from "../provenance/provenance.schemas.ts";

export const SEARCH_KINDS = ["sentence", "claim", "entity", "endnote"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_MODES = ["all", "any", "raw"] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

// C0 controls (tab, line feed and carriage return excepted), DEL and C1 controls: binary input,
// refused rather than silently changed so a caller sees what was wrong.
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) {
      return true;
    }
  }
  return false;
}

export const SearchQuerySchema = PageQuerySchema.extend({
  q: textParam(500)
    .refine((q) => !hasControlCharacter(q), "must not contain control characters")
    .describe(
      "The words to find (1 to 500 characters). Plain text by default: quotes, `*`, `-`, `:`, `NEAR(` and brackets are just characters. With `mode=raw`, FTS5 query syntax.",
    )
    .meta({ example: "1956 Declaration" }),
  type: z
    .string()
    .max(100)
    .transform((value, ctx) => {
      const kinds = [...new Set(value.split(",").map((k) => k.trim()))];
      const unknown = kinds.filter((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `unknown type ${unknown.map((k) => `"${k}"`).join(", ")}; use ${SEARCH_KINDS.join(", ")}`,
        });
        return z.NEVER;
      }
      return kinds as SearchKind[];
    })
    .optional()
    .describe("Only hits of these kinds, comma-separated: sentence, claim, entity, endnote.")
    .meta({ example: "claim,sentence" }),
  section: idParam()
    .optional()
    .describe(
      "Only hits in this section (a section id from /v1/documents/{id}; its sub-sections included; with several documents, that section of each document holding one), or `endnotes`. Entities belong to no section.",
    )
    .meta({ example: "background-of-the-bellicose-relationship" }),
  document: idParam()
    .optional()
    .describe("Only hits in this document (an id from /v1/documents); entities belong to every document.")
    .meta({ example: "russia-japan-reset" }),
  mode: z
    .enum(SEARCH_MODES)
    .optional()
    .describe(
      "`all`: every word must occur; `any`: any word may; `raw`: `q` is an FTS5 query (a syntax error is a 400). Omitted: every word, falling back to any word when nothing has them all.",
    )
    .meta({ example: "any" }),
});

export const SearchHitSchema = z
  .object({
    type: z.enum(SEARCH_KINDS).describe("What was found."),
    id: z
      .string()
      .describe("The item's id: a sentence id, claim id, entity id, or the endnote number as text.")
      .meta({ example: "bg-putin-1956-declaration-still-valid-2001" }),
    document: DocumentIdSchema.nullable().describe(
      "The document the sentence, claim or endnote comes from; null for an entity, which all documents share.",
    ),
    score: z
      .number()
      .positive()
      .describe("Relevance (bm25 with a name match weighted up); higher is better."),
    title: z
      .string()
      .describe("The entity's name, the claim's summary, \"Endnote N\", or a sentence's section heading."),
    snippet: z
      .string()
      .describe(
        "An HTML fragment of the matching text: the text escaped (&amp;, &lt;, &gt;), matches in <mark>…</mark>, cuts marked with …",
      )
      .meta({ example: "Putin affirmed the validity of the <mark>1956</mark> <mark>Declaration</mark>" }),
    text: z
      .string()
      .describe(
        "The item's plain text: the sentence, the claim's quote, the entity's description (or name), the endnote.",
      ),
    section: z
      .object({ id: z.string(), heading: z.string() })
      .nullable()
      .describe("Where in the article: the section of a sentence or claim, `endnotes`; null for an entity."),
    endnote: z
      .number()
      .int()
      .nullable()
      .describe("The endnote covering the sentence, backing the claim, or the endnote itself; else null."),
    link: z
      .string()
      .describe("The API path of the item.")
      .meta({ example: "/v1/claims/bg-putin-1956-declaration-still-valid-2001" }),
  })
  .meta({ id: "SearchHit", description: "One full-text hit with its highlighted snippet." });

export const SearchPageSchema = z
  .object({
    query: z.string().describe("`q` as received."),
    mode: z.enum(SEARCH_MODES).describe("How `q` was matched: every word, any word, or as raw FTS5 syntax."),
    interpretation: z.string().describe("What was searched for, and whether it fell back to any word."),
    ftsQuery: z.string().nullable().describe("The FTS5 query that ran; null when `q` holds no word."),
    items: z.array(SearchHitSchema),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` to get the next page; null on the last page."),
  })
  .meta({ id: "SearchPage" });

export type SearchHit = z.infer<typeof SearchHitSchema>;
export type SearchPage = z.infer<typeof SearchPageSchema>;
