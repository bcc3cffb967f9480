// Reader questions (seed/documents/*/questions*.yaml): a question in a reader's words reaches the
// claim whose sentence says it otherwise ("back down" for "won't compromise"), through the public
// surface, on the real article; and a seed without the file does not reach it as well.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, SEED_DIR, type TestContext } from "../../../test/helpers.ts";
import { nonEmpty } from "../../../test/lists.ts";

type AskBody = { status: string; answers: { claim: { id: string } }[] };

let withQuestions: TestContext;
let withoutQuestions: TestContext;
let bareSeed: string;
beforeAll(async () => {
  bareSeed = mkdtempSync(join(tmpdir(), "kuril-kg-seed-"));
  cpSync(SEED_DIR, bareSeed, { recursive: true });
  rmSync(join(bareSeed, "documents", "russia-japan-reset", "questions.yaml"));
  [withQuestions, withoutQuestions] = await Promise.all([createTestApp(), createTestApp({}, bareSeed)]);
});
afterAll(async () => {
  await Promise.all([withQuestions?.close(), withoutQuestions?.close()]);
  rmSync(bareSeed, { recursive: true, force: true });
});

const ask = async (ctx: TestContext, q: string): Promise<AskBody> => {
  const res = await ctx.app.inject({ method: "GET", url: `/v1/ask?q=${encodeURIComponent(q)}` });
  expect(res.statusCode).toBe(200);
  return res.json() as AskBody;
};
const rankOf = (body: AskBody, claim: string) => {
  const i = body.answers.findIndex((a) => a.claim.id === claim);
  return i === -1 ? Number.POSITIVE_INFINITY : i + 1;
};

describe("GET /v1/ask in readers' words", () => {
  // [question, in words the article does not use for it, the claim that answers it]
  const cases: [string, string][] = [
    ["Will Tokyo back down over the Kurils?", "concl-japan-wont-compromise"],
    ["Is Japan prepared to concede anything on the islands?", "concl-japan-wont-compromise"],
    ["Will Tokyo soften its stance on the Kurils?", "concl-japan-wont-compromise"],
    ["What is the biggest obstacle in the territorial row?", "bg-differing-interpretations-stumbling-block"],
  ];
  it.each(cases)("%s → %s first", async (q, claim) => {
    const body = await ask(withQuestions, q);
    expect(body.status).toBe("answered");
    nonEmpty(body.answers);
    expect(body.answers[0]?.claim.id).toBe(claim);
  });

  it("owes that to the curated questions: without questions.yaml the answer ranks lower", async () => {
    // ("back down" itself now reaches "won't compromise" through the lexicon's families too.)
    const [q, claim] = ["Will Tokyo soften its stance on the Kurils?", "concl-japan-wont-compromise"];
    const [withFile, withoutFile] = await Promise.all([ask(withQuestions, q), ask(withoutQuestions, q)]);
    expect(rankOf(withFile, claim)).toBe(1);
    expect(rankOf(withoutFile, claim)).toBeGreaterThan(1);
  });
});
