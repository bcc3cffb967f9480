// RFC 9457 problem details: the one error shape of the API, and the errors handlers throw.
import { z } from "zod";

export const ProblemSchema = z
  .object({
    type: z.string().describe("A URI reference that names the kind of problem."),
    title: z.string().describe("A short summary of the kind of problem."),
    status: z.number().int().describe("The HTTP status code."),
    detail: z.string().describe("What went wrong with this request, for a person to read."),
    instance: z.string().describe("The request path that produced the problem."),
    requestId: z
      .string()
      .optional()
      .describe("The request id, also in the x-request-id header and the logs."),
    errors: z
      .array(
        z.object({
          pointer: z.string().describe('JSON pointer to the invalid input, e.g. "/query/limit".'),
          message: z.string(),
        }),
      )
      .optional()
      .describe("For invalid input: one entry per invalid field."),
    matches: z
      .array(z.object({ id: z.string(), name: z.string(), type: z.string() }))
      .optional()
      .describe("For an ambiguous name: the entities it could mean."),
  })
  .meta({
    id: "Problem",
    description: "An RFC 9457 problem details object (media type application/problem+json).",
  });

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_TYPES = {
  400: { type: "https://kuril-kg.dev/problems/invalid-request", title: "Invalid request" },
  403: { type: "https://kuril-kg.dev/problems/forbidden", title: "Forbidden" },
  404: { type: "https://kuril-kg.dev/problems/not-found", title: "Not found" },
  405: { type: "https://kuril-kg.dev/problems/method-not-allowed", title: "Method not allowed" },
  406: { type: "https://kuril-kg.dev/problems/not-acceptable", title: "Not acceptable" },
  408: { type: "https://kuril-kg.dev/problems/request-timeout", title: "Request timeout" },
  413: { type: "https://kuril-kg.dev/problems/too-large", title: "Request too large" },
  414: { type: "https://kuril-kg.dev/problems/uri-too-long", title: "URI too long" },
  415: { type: "https://kuril-kg.dev/problems/unsupported-media-type", title: "Unsupported media type" },
  429: { type: "https://kuril-kg.dev/problems/rate-limited", title: "Too many requests" },
  431: { type: "https://kuril-kg.dev/problems/headers-too-large", title: "Request header fields too large" },
  500: { type: "https://kuril-kg.dev/problems/internal", title: "Internal server error" },
  503: { type: "https://kuril-kg.dev/problems/unavailable", title: "Service unavailable" },
} as const satisfies Record<number, { type: string; title: string }>;

export function problemType(status: number): { type: string; title: string } {
  return (
    PROBLEM_TYPES[status as keyof typeof PROBLEM_TYPES] ??
    (status >= 500 ? PROBLEM_TYPES[500] : PROBLEM_TYPES[400])
  );
}

/** An error a handler throws to answer with a problem: `throw new HttpProblem(404, "No endnote 42")`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: Pick<Problem, "errors" | "matches"> = {},
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

export const notFound = (detail: string) => new HttpProblem(404, detail);
export const badRequest = (detail: string, extra: Pick<Problem, "errors" | "matches"> = {}) =>
  new HttpProblem(400, detail, extra);

/** The problem responses every route can return, for its response schema. */
export const problemResponses = {
  400: ProblemSchema,
  404: ProblemSchema,
  429: ProblemSchema,
  500: ProblemSchema,
  503: ProblemSchema,
} as const;
