// Ranking and answerability: tables of phrasings and the sentence that must come first, and the
// coverage signal that decides whether the article answers at all.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers.ts";
import { askResponse } from "../modules/ask/ask.routes.ts";
import { ask } from "./engine.ts";
import { interpret } from "./interpret.ts";
import { scoreClaims, termWeight } from "./rank.ts";

const api = useTestApp();
/** The sentence of the first answer, as a reader sees it. */
const first = (q: string) =>
  askResponse(api.context().app.dataset, q, 5).answers[0]?.evidence.text ?? "(none)";

describe("the answer first", () => {
  it.each([
    [
      "What did Putin say about the 1956 Declaration?",
      "Putin affirmed that the 1956 Declaration was still valid",
    ],
    ["How did Putin describe the Russian Far East in 2012?", "the most important geopolitical task"],
    ["What did the Russian foreign minister say about defence ties?", "upgrading defence ties"],
    ["Whom did Gorbachev meet in 1991?", "Toshiki Kaifu"],
    ["Why has the Russia-Japan relationship been belligerent?", "belligerent"],
    ["Which islands make up the South Kurils?", "Kunashir, Shikotan, Iturup and Habomai Rocks"],
    ["What axis does Russian engagement with Japan undermine?", "Chinese-Russian axis"],
    ["How much gas does Russia ship as LNG?", "around 6 per cent of the gas"],
    ["Where does the author work?", "Research Fellow at Indian Council of World Affairs"],
    ["What did Puttin say about the problem he inherited?", "We inherited it from the past"],
    // The article's own "apart from X" answers "besides X, what else".
    [
      "Besides the Asia-Pacific region, what else is Russia developing?",
      "developing Siberia and the Far East",
    ],
    // "claim" with an object is a territorial claim, not a statement.
    ["Which Kuril islands does Japan claim?", "Kunashir, Shikotan, Iturup and Habomai Rocks"],
    // Naming Russia and Japan (named by most claims) implies no event and no reply in particular.
    [
      "What kind of relations is Russia willing to develop with Japan?",
      "good neighbourly and multidimensional",
    ],
    ["Did the January 2003 summit bring any progress?", "did not result in any new developments"],
    // A year that names a thing ("the 1956 document") matches the claims that name that year.
    ["What was the 1956 document that Russia and Japan disagree about called?", "USSR-Japanese Declaration"],
    // The relation words of what is set aside ("alliance") ask for no relation.
    ["Apart from its US alliance, why is Japan looking for other partners?", "wants other partners"],
  ])("%s → “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("coverage", () => {
  it("weighs a rare word of the article above a common one, and a word it never uses by its commonness", () => {
    const index = api.context().app.dataset.ask;
    expect(termWeight(index, "belliger", "belligerent")).toBeGreaterThan(termWeight(index, "make", "make"));
    expect(termWeight(index, "troop", "troops")).toBeLessThan(termWeight(index, "xyzzi", "xyzzy"));
  });

  it("is 1 for the sentence that holds every content word and name of the question", () => {
    const index = api.context().app.dataset.ask;
    const reading = interpret(
      index,
      "Why has the Russia-Japan relationship been belligerent since the 20th century?",
    );
    const best = scoreClaims(index, reading).find((s) => s.claim.quote.includes("belligerent"));
    expect(best?.coverage).toBe(1);
  });

  it.each([
    ["How many people live on Shikotan?"],
    ["How many Russian troops are stationed on Iturup?"],
    ["What was Japan's GDP growth in 2019?"],
  ])("leaves %s unanswered: the article speaks of the same things, not of what is asked", (q) => {
    expect(ask(api.context().app.dataset.ask, q).status).toBe("unanswerable");
  });
});

describe("side by side and parts", () => {
  const sentences = (q: string, n: number) =>
    askResponse(api.context().app.dataset, q, 5)
      .answers.slice(0, n)
      .map((a) => a.evidence.text)
      .join(" | ");

  it.each([
    // Each side's stance, not the meeting both attended; a leader speaks for the state.
    [
      "How did Abe and Putin each present their goals at the April 2013 meeting?",
      ["interest to 'reset' ties", "It was not us who created this problem"],
    ],
    [
      "How do Moscow and Tokyo each see economic ties and the territorial problem?",
      ["territorial problem remains unresolved", "economic development is the best way forward"],
    ],
  ])("%s shows both sides in the top 3", (q, expected) => {
    const top = sentences(q, 3);
    for (const e of expected) expect(top).toContain(e);
  });

  it("gives a claim that answers two parts once, and the second part's weaker claims after", () => {
    const body = askResponse(api.context().app.dataset, "Who wrote the article and what is her position?", 5);
    expect(body.answers[0]!.evidence.text).toContain("Research Fellow at Indian Council of World Affairs");
    expect(new Set(body.answers.map((a) => a.claim.id)).size).toBe(body.answers.length);
  });

  it("puts the reason given in the next sentence of the paragraph near the top for “why”", () => {
    const reading = interpret(
      api.context().app.dataset.ask,
      "Why does the US welcome Russian-Japanese cooperation?",
    );
    const scored = scoreClaims(api.context().app.dataset.ask, reading);
    const at = scored.findIndex((s) => s.claim.quote.includes("more resilient regional security order"));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(5);
  });
});
