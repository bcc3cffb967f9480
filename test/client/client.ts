// A client app written as another team would write one: types generated from
// openapi/openapi.json by openapi-typescript, requests by openapi-fetch, no code of the API's
// own. `tsc -p test/client/tsconfig.json` (run by test/client.test.ts) proves that every path,
// parameter and field used here exists in the spec with the type used here.
import createClient from "openapi-fetch";
import type { paths } from "./.generated/api.d.ts";
import type { ClientModule, ClientProblem, KurilClient } from "./contract.ts";

type ProblemBody = { status: number; title: string; detail: string };

function failure(operation: string, response: Response, problem: ProblemBody | undefined): Error {
  return new Error(`${operation}: HTTP ${response.status} ${problem ? problem.detail : "(no problem body)"}`);
}

export const createKurilClient: ClientModule["createKurilClient"] = (baseUrl: string): KurilClient => {
  const api = createClient<paths>({ baseUrl });

  return {
    async ask(question) {
      const { data, error, response } = await api.GET("/v1/ask", { params: { query: { q: question } } });
      if (!data) throw failure("ask", response, error);
      return {
        question: data.question,
        answers: data.answers.map((answer) => ({
          claimId: answer.claim.id,
          evidenceText: answer.evidence.text,
          sectionHeading: answer.evidence.section.heading,
          exact: answer.evidence.selector.exact,
          start: answer.evidence.selector.start,
          end: answer.evidence.selector.end,
          endnote: answer.citation.endnote,
          citationText: answer.citation.text,
          sourceTitle: answer.citation.source?.title ?? null,
        })),
      };
    },

    async claims(filters) {
      const { data, error, response } = await api.GET("/v1/claims", { params: { query: filters } });
      if (!data) throw failure("claims", response, error);
      return data.items.map((claim) => ({
        id: claim.id,
        kind: claim.kind,
        speakerId: claim.speaker.id,
        aboutIds: claim.about.map((entity) => entity.id),
        quote: claim.quote,
        endnote: claim.citation.endnote,
      }));
    },

    async entities(q) {
      const { data, error, response } = await api.GET("/v1/entities", { params: { query: { q } } });
      if (!data) throw failure("entities", response, error);
      return data.items.map((entity) => ({ id: entity.id, type: entity.type, name: entity.name }));
    },

    async askExpectingProblem(question) {
      const { data, error, response } = await api.GET("/v1/ask", { params: { query: { q: question } } });
      if (data || !error) throw new Error(`ask: expected a problem, got HTTP ${response.status}`);
      const problem: ClientProblem = {
        httpStatus: response.status,
        status: error.status,
        title: error.title,
        detail: error.detail,
      };
      return problem;
    },
  };
};
