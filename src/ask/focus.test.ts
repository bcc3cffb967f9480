// The focus of a question: what it asks for, read from its wording, and what kind of thing the
// answer must name. Tables of phrasings.
import { describe, expect, it } from "vitest";
import { focusOf } from "./focus.ts";

describe("focusOf", () => {
  it.each([
    ["Which Japanese defence minister attended the talks?", "Japanese defence minister", "asked", "person"],
    ["Which Russian defence minister took part in the talks?", "Russian defence minister", "asked", "person"],
    ["Who was the Japanese ambassador to Moscow in 2013?", "Japanese ambassador", "asked", "person"],
    ["Which Japanese company is building the LNG plant?", "Japanese company", "asked", "organisation"],
    ["Apart from Japan, which country is Russia courting?", "country", "asked", "state"],
    ["How many Chinese migrants live in the Far East?", "Chinese migrants live", "asked", "figure"],
    ["how much gas does Russia ship as LNG", "gas", "asked", "figure"],
    ["What was the value of Russia-Japan trade in 2013?", "value Russia Japan trade", "asked", "figure"],
    ["What is the capital of Japan?", "capital Japan", "asked", "city"],
    ["What sanctions did Japan impose on Russia?", "sanctions", "asked", null],
    ["What kind of security architecture is Moscow pressing for?", "security architecture", "asked", null],
    ["Which islands make up the South Kurils?", "islands make", "asked", null],
    [
      "What did the 1956 Declaration say about Japanese fishing rights around the islands?",
      "Japanese fishing rights",
      "topic",
      null,
    ],
    ["What is Kishida's policy on the Kuril Islands?", "Kuril Islands", "topic", null],
    ["What did Putin say about the 1956 Declaration?", "Declaration", "topic", null],
  ])("%s → %s (%s, %s)", (q, text, role, answerType) => {
    expect(focusOf(q)).toMatchObject({ text, role, answerType });
  });

  it.each([
    ["Why does an Arctic shipping lane make Japan matter to Russia?"],
    ["Did the January 2003 summit bring any progress on the peace treaty?"],
    ["were the soviets and japan on the same side in ww2"],
    ["What did Putin say?"],
    ["When was the Tokyo Declaration issued?"],
    [""],
  ])("%s has no focus", (q) => {
    expect(focusOf(q)).toBeNull();
  });
});
