// What the client app (client.ts) hands to the test, in plain types. Kept apart from client.ts
// so that the test and the project's typecheck never depend on the generated file, which
// exists only after the test has generated it (test/client/.generated is not committed).

export interface AskedAnswer {
  claimId: string;
  evidenceText: string;
  sectionHeading: string;
  exact: string;
  start: number;
  end: number;
  endnote: number | null;
  citationText: string | null;
  sourceTitle: string | null;
}

export interface AskedQuestion {
  question: string;
  answers: AskedAnswer[];
}

export interface ListedClaim {
  id: string;
  kind: string;
  speakerId: string;
  aboutIds: string[];
  quote: string;
  endnote: number | null;
}

export interface FoundEntity {
  id: string;
  type: string;
  name: string;
}

/** An RFC 9457 problem as the client sees it. */
export interface ClientProblem {
  httpStatus: number;
  status: number;
  title: string;
  detail: string;
}

export interface KurilClient {
  ask(question: string): Promise<AskedQuestion>;
  claims(filters: { speaker?: string; about?: string }): Promise<ListedClaim[]>;
  entities(q: string): Promise<FoundEntity[]>;
  /** Asks a question the API must refuse, and returns the typed problem it answers with. */
  askExpectingProblem(question: string): Promise<ClientProblem>;
}

/** The export of client.ts, which the test loads at run time. */
export interface ClientModule {
  createKurilClient(baseUrl: string): KurilClient;
}
