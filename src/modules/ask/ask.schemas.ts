import { z } from "zod";
import { INTENTS } from "../../ask/intent.ts";
import { integerParam } from "../../http/params.ts";
import { ClaimSchema } from "../claims/claims.schemas.ts";
import { CitationSchema, EvidenceSchema } from "../provenance/provenance.schemas.ts";

/** Text a person could type: no control characters or replacement characters from binary input. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_OR_BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

export const AskQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "ask a question")
    .max(500, "a question is at most 500 characters")
    .refine((q) => !CONTROL_OR_BINARY.test(q), "the question contains control or binary characters")
    .describe("The question, in plain English.")
    .meta({ example: "What did Putin say about the 1956 Declaration?" }),
  limit: integerParam(1, 20)
    .default(5)
    .describe("How many answers (1 to 20, default 5).")
    .meta({ example: 5 }),
});

export const InterpretationSchema = z
  .object({
    intent: z.enum(INTENTS).describe("What the question asks for."),
    entities: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          type: z.string(),
          surface: z.string().describe("The words of the question that named it."),
          via: z.enum(["name", "alias", "metonym", "role"]),
        }),
      )
      .describe("The entities the question names."),
    speaker: z.string().nullable().describe("The entity whose words or stance are asked for."),
    subjects: z.array(z.string()).describe("What the answer should be about."),
    time: z
      .object({ text: z.string(), from: z.string().nullable(), to: z.string().nullable() })
      .nullable()
      .describe("The period the question's time words set."),
    keywords: z.array(z.string()).describe("The content words used for text relevance."),
    fallback: z
      .boolean()
      .describe("True when nothing was recognised and the answers come from full-text relevance alone."),
    explanation: z.string(),
  })
  .meta({ id: "Interpretation", description: "How the question was read." });

export const AnswerSchema = z
  .object({
    claim: ClaimSchema,
    evidence: EvidenceSchema,
    citation: CitationSchema,
    score: z
      .number()
      .describe("Relevance; higher is better. Answers are ordered best first (chronology: in date order)."),
  })
  .meta({ id: "Answer" });

export const AskResponseSchema = z
  .object({
    question: z.string(),
    interpretation: InterpretationSchema,
    answers: z.array(AnswerSchema),
  })
  .meta({ id: "AskResponse" });
