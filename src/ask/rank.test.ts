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
