// Questions about the article itself (its title, whose views it gives, its author, its date),
// answered from the lines outside the body, each anchored as a unit of its own with no endnote.
import { describe, expect, it } from "vitest";
import { askQuestion, useTestApp } from "../../../test/helpers.ts";

const { get } = useTestApp();
const ask = (q: string) => askQuestion(get, q);

const TITLE = "A 'Reset' in Russia and Japan Relationship?";
const DISCLAIMER = "Disclaimer: Views expressed are of author and do not reflect the views of the Council.";

describe("questions about the article's title", () => {
  it.each([
    "What's the title of this article?",
    "What is the title of the article?",
    "What is the article called?",
    "What is the piece titled?",
    "What's the headline?",
    "Give me the headline of the piece.",
    "What is the name of the article?",
    "What was it called?",
    "Title of the paper?",
    "What is the article's title?",
  ])("%s → the title line, first", async (q) => {
    const body = await ask(q);
    expect(body.status).toBe("answered");
    expect(body.interpretation.metadata).toBe("title");
    const [first] = body.answers;
    expect(first?.claim.id).toBe("title-reset-in-russia-japan-relationship");
    expect(first?.evidence).toMatchObject({ text: TITLE, section: { id: "title" } });
    expect(body.answer).toBe(TITLE);
  });

  it("a title of something else is no question about the article's title", async () => {
    const body = await ask("What is the title of the Foreign Policy Concept?");
    expect(body.interpretation.metadata).toBeNull();
    expect(body.answers[0]?.claim.id).not.toBe("title-reset-in-russia-japan-relationship");
  });
});

describe("questions about whose views the article gives", () => {
  it.each([
    "Does the piece reflect the official position of the Indian Council of World Affairs?",
    "Does the article reflect the views of the Council?",
    "Is this the ICWA's official view?",
    "Whose views does the article express?",
    "Is there a disclaimer?",
    "Does the Council endorse the author's views?",
    "Does the article represent the position of ICWA?",
    "What does the disclaimer say?",
    "Are the views expressed those of the Indian Council of World Affairs?",
  ])("%s → the disclaimer line, first", async (q) => {
    const body = await ask(q);
    expect(body.status).toBe("answered");
    expect(body.interpretation.metadata).toBe("disclaimer");
    const [first] = body.answers;
    expect(first?.claim.id).toBe("disclaimer-views-not-the-councils");
    expect(first?.evidence).toMatchObject({ text: DISCLAIMER, section: { id: "disclaimer" } });
    expect(body.answer).toBe(DISCLAIMER);
  });

  it("a state's official position is no question about the disclaimer", async () => {
    const body = await ask("What is Japan's official position on the islands?");
    expect(body.interpretation.metadata).toBeNull();
    expect(body.answers.map((a) => a.claim.id)).not.toContain("disclaimer-views-not-the-councils");
  });
});

describe("the author and the date", () => {
  it("who wrote the article is still answered from the author's line", async () => {
    const body = await ask("Who wrote the article?");
    expect(body.answers[0]?.claim.id).toBe("byline-author-research-fellow-icwa");
    expect(body.answers[0]?.evidence.section.id).toBe("byline");
  });

  it.each(["When was the article published?", "When was it written?", "What is the publication date?"])(
    "%s stays unanswerable: the article carries no date",
    async (q) => {
      const body = await ask(q);
      expect(body.status).toBe("unanswerable");
      expect(body.answers).toEqual([]);
      expect(body.answer).toMatch(/does not give its publication date/);
    },
  );
});

describe("the lines outside the body as evidence", () => {
  it("a title claim and a disclaimer claim carry their line as evidence, with no endnote", async () => {
    for (const [id, text, unit] of [
      ["title-reset-in-russia-japan-relationship", TITLE, "title"],
      ["disclaimer-views-not-the-councils", DISCLAIMER, "disclaimer"],
    ] as const) {
      const res = await get(`/v1/claims/${id}`);
      expect(res.statusCode).toBe(200);
      const claim = res.json();
      expect(claim.quote).toBe(text);
      expect(claim.evidence).toMatchObject({
        text,
        sentenceId: null,
        section: { id: unit },
        selector: { exact: text, start: 0, in: unit },
      });
      expect(claim.citation.endnote).toBeNull();
    }
  });

  it("the document keeps its title, and its sentences are the body's alone", async () => {
    const doc = (await get("/v1/documents/russia-japan-reset")).json();
    expect(doc.title).toBe(TITLE);
    expect(doc.counts.sentences).toBe(102);
    const first = await get("/v1/documents/russia-japan-reset/sentences/s1");
    expect(first.statusCode).toBe(200);
    expect(first.json().text).toMatch(/^A shift in the geopolitical landscape/);
    expect(JSON.stringify(first.json())).not.toContain("title-reset-in-russia-japan-relationship");
    expect((await get("/v1/documents/russia-japan-reset/sentences/s102")).statusCode).toBe(200);
    expect((await get("/v1/documents/russia-japan-reset/sentences/s103")).statusCode).toBe(404);
  });

  it("the Council is mentioned in the disclaimer, the author's line and no body sentence", async () => {
    const body = (await get("/v1/entities/indian-council-of-world-affairs")).json();
    const sections = (body.mentions as { section: { id: string } }[]).map((m) => m.section.id);
    expect(sections).toEqual(expect.arrayContaining(["byline", "disclaimer"]));
  });

  it("search finds the disclaimer in its own section", async () => {
    const res = await get("/v1/search?q=views%20Council&section=disclaimer");
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual(
      expect.objectContaining({ type: "claim", id: "disclaimer-views-not-the-councils" }),
    );
  });
});
