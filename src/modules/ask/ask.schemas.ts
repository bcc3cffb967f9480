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

const TimeSchema = z
  .object({ text: z.string(), from: z.string().nullable(), to: z.string().nullable() })
  .nullable()
  .describe("The period the question's time words set.");

const LinkedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  surface: z.string().describe("The words of the question that named it."),
  via: z
    .enum(["name", "alias", "metonym", "role", "known-as", "fuzzy"])
    .describe(
      "How it was linked: its name, an alias, a metonym (Moscow for Russia), a dated office (the Russian foreign minister), `known-as`: a name readers use that the article does not (Seoul for South Korea, Kunashiri for Kunashir, the Second World War for World War II; the answers quote the article's own words), or `fuzzy`: no name matched exactly and the closest alias by spelling or sound was taken (see `distance`).",
    ),
  distance: z.number().int().optional().describe("For `fuzzy`: the edit distance to the closest alias."),
});

const UnrecognizedSchema = z
  .array(
    z.object({
      text: z.string(),
      kind: z.enum(["name", "time", "term"]),
    }),
  )
  .describe(
    'What the question asks about that the article does not know: a name it never uses (neither an entity nor a word of the article, nor common English), a time nothing in the article touches, or a `term`: what the question asks for or about that the article never speaks of ("fishing rights", "ambassador"). A question with anything here is not answered.',
  );

const PartSchema = z.object({
  text: z.string().describe("The words of this part."),
  intent: z.enum(INTENTS),
  entities: z.array(LinkedEntitySchema),
  speaker: z.string().nullable(),
  subjects: z.array(z.string()),
  time: TimeSchema,
  unrecognized: UnrecognizedSchema,
  answered: z.boolean().describe("Whether the article answers this part."),
  reason: z.string().nullable().describe("Why not, when it does not."),
});

export const InterpretationSchema = z
  .object({
    intent: z.enum(INTENTS).describe("What the question asks for."),
    entities: z.array(LinkedEntitySchema).describe("The entities the question names."),
    speaker: z.string().nullable().describe("The entity whose words or stance are asked for."),
    subjects: z.array(z.string()).describe("What the answer should be about."),
    time: TimeSchema,
    unrecognized: UnrecognizedSchema,
    section: z
      .union([
        z.object({ kind: z.literal("section"), id: z.string() }),
        z.object({ kind: z.enum(["endnotes", "author"]) }),
        z.object({ kind: z.literal("endnote"), n: z.number().int().describe("The endnote's number.") }),
      ])
      .nullable()
      .describe(
        'The part of the article the question points at ("in the conclusion", "in the notes", "according to the author", "endnote 9").',
      ),
    metadata: z
      .enum(["author", "published", "title", "disclaimer"])
      .nullable()
      .describe(
        "When the question asks about the article itself: who wrote it (answered from the author's line), when it was published (the article carries no date: unanswerable), its title (answered from the title line), or whose views it gives (`disclaimer`: answered from the disclaimer line, e.g. “does it reflect the official position of the Council?”).",
      ),
    excluded: z
      .object({ text: z.string(), keys: z.array(z.string()) })
      .nullable()
      .describe('"Apart from X", "besides X", "other than X": what is left out of the answers.'),
    works: z
      .array(z.object({ text: z.string(), keys: z.array(z.string()) }))
      .describe(
        'Cited works the question names by publication or author ("What did the Hindustan Times report …"): the answers are claims the article cites that work for.',
      ),
    parts: z
      .array(PartSchema)
      .describe(
        'The parts of a coordinated question ("…, and why …"), each answered; empty for a single question.',
      ),
    keywords: z.array(z.string()).describe("The content words (stems) used for text relevance."),
    fallback: z
      .boolean()
      .describe("True when nothing was recognised and the answers come from full-text relevance alone."),
    explanation: z.string(),
  })
  .meta({ id: "Interpretation", description: "How the question was read." });

export const AnswerClaimSchema = ClaimSchema.omit({ evidence: true, citation: true }).meta({
  id: "AnswerClaim",
  description:
    "The claim: who holds it, what it is about, when, in plain words and verbatim. Its evidence and citation sit beside it, once.",
});

export const AnswerCitationSchema = CitationSchema.omit({ sources: true }).meta({
  id: "AnswerCitation",
  description:
    "The endnote behind the claim (`endnote`, its `text`) and the work it cites (`source`, resolved through Ibid and op. cit.). For an endnote citing several works, see /v1/endnotes/{n}.",
});

export const AnswerSchema = z
  .object({
    claim: AnswerClaimSchema,
    evidence: EvidenceSchema.describe(
      "The verbatim sentence (`text`), its `section`, and a `selector` for the quote.",
    ),
    citation: AnswerCitationSchema,
    score: z
      .number()
      .describe(
        "Relevance; higher is better, comparable only within one response. Answers are ordered best first (chronology: in date order; several parts: each part's best first).",
      ),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe(
        "How likely this answer is the right one: the share of answers with the same coverage of the question (three bands) and the same place in the list (first, second or third, later) whose text held an expected passage, measured by `npm run calibrate` on 1,114 labelled answerable questions (5,108 answers), 960 of them written by people who never read the code (680 used in development, 280 never looked at) (on those alone a first answer covering less than most of the question was right 76% of the time). 0.98: a first answer covering nearly all of the question; 0.91: a first answer covering most of it; 0.88: a first answer covering less; 0.37: a second or third answer covering nearly all; 0.25 or less: answers further down or covering less, mostly context. Unanswerable questions have no answers, hence no confidence.",
      ),
    part: z
      .number()
      .int()
      .nullable()
      .describe("Which part of a coordinated question it answers (0-based), or null."),
    alongside: z
      .array(
        z.object({
          claim: z.object({ id: z.string(), summary: z.string() }),
          sentence: z.string().describe("The sentence of the article that holds it."),
          endnote: z.number().int().nullable(),
          part: z
            .number()
            .int()
            .nullable()
            .describe("The part of a coordinated question it answers, or null."),
          role: z
            .enum(["part", "side", "antecedent", "sequence", "reason", "marker"])
            .describe(
              "Why it is read with this answer: `part`, it answers another part of the question; `side`, it gives the other side of a comparison; `antecedent`, this answer's sentence points back to it (“To achieve this national objective, …”); `sequence`, a later event of a question asking for events in order, the events in the order they happened; `reason`, for a question asking why, a next sentence of the answer's paragraph that explains what the answer only states (“… is a welcome development.” → “Greater Russian engagement … contributes to a more resilient regional security order.”); `marker`, for a question about sources, the later sentence of the paragraph that bears this answer's endnote marker (the note stands after it).",
            ),
        }),
      )
      .optional()
      .describe(
        "First answer only, when the direct answer is put together from more than its claim: the other claims it uses, each with its sentence and endnote. Each may also be an answer of its own further down.",
      ),
    citations: z
      .array(z.object({ endnote: z.number().int(), text: z.string().nullable() }))
      .optional()
      .describe(
        "Every endnote the answer rests on, once each, with its text, when that is more than `citation`'s: the endnotes whose markers its quote spans (“… to resume talks² on resolving the territorial dispute³ …” rests on 2 and 3), and those of the claims `alongside`.",
      ),
  })
  .meta({ id: "Answer" });

export const RelatedSchema = z
  .object({
    claim: z.object({ id: z.string(), summary: z.string() }),
    sentence: z.string().describe("The sentence of the article that holds it."),
    endnote: z.number().int().nullable(),
  })
  .meta({ id: "RelatedClaim", description: "A claim near the question's words: not an answer." });

export const AskResponseSchema = z
  .object({
    question: z.string(),
    status: z
      .enum(["answered", "partial", "unanswerable"])
      .describe(
        "`answered`: the article answers the question; `partial`: it answers some parts of a coordinated question, not all; `unanswerable`: it does not say (answers is empty; see `related` and `interpretation.unrecognized`).",
      ),
    answer: z
      .string()
      .describe(
        "The direct answer: one or two sentences in the article's own words with their endnote numbers, e.g. `In 2001, Putin affirmed that the 1956 Declaration was still valid [16].`; for a question about sources (or naming a cited work, or asked of the notes), each endnote's own text follows as plain text (`[35] Jeffrey Mankoff, “Japan-Russia Ties Are an Opportunity for U.S.”, The Moscow Times, …`); for `unanswerable`, what the article does not cover.",
      ),
    answers: z.array(AnswerSchema),
    related: z
      .array(RelatedSchema)
      .max(5)
      .describe(
        "For `unanswerable` only: at most five claims nearest the question's words, clearly not answers.",
      ),
    interpretation: InterpretationSchema,
  })
  .meta({ id: "AskResponse" });

export type AskResponse = z.infer<typeof AskResponseSchema>;
