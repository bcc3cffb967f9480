// Questions asking for events in order: the things listed, each found on its own, given in the
// order they happened, and the direct answer made of all of them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers.ts";
import { ask } from "./engine.ts";
import { readIntent } from "./intent.ts";
import { listedItems } from "./sequence.ts";

describe("the things a question lists", () => {
  it.each([
    [
      "Put in chronological order: the Tokyo Declaration, the Putin–Mori meeting, the January 2003 summit.",
      ["the Tokyo Declaration", "the Putin–Mori meeting", "the January 2003 summit"],
    ],
    [
      "Which came first: Xi Jinping's Moscow visit, or the two plus two talks?",
      ["Xi Jinping's Moscow visit", "the two plus two talks"],
    ],
    [
      "Which happened first, the Gorbachev–Kaifu meeting or the no-necktie summits?",
      ["the Gorbachev–Kaifu meeting", "the no-necktie summits"],
    ],
    [
      "In what order did Abe visit Moscow, the 2+2 talks take place, and Putin announce growth zones?",
      ["Abe visit Moscow", "the 2+2 talks take place", "Putin announce growth zones"],
    ],
    [
      "Did the Tokyo Declaration come before or after the January 1960 memorandum?",
      ["the Tokyo Declaration", "the January 1960 memorandum"],
    ],
    [
      "Was the Fukushima disaster earlier than the Draft Energy Strategy?",
      ["the Fukushima disaster", "the Draft Energy Strategy"],
    ],
    [
      "Arrange chronologically the 1956 Declaration, the Tokyo Declaration and the Action Plan",
      ["the 1956 Declaration", "the Tokyo Declaration", "the Action Plan"],
    ],
    [
      "Order these events: the Fukushima disaster; Putin's growth zones",
      ["the Fukushima disaster", "Putin's growth zones"],
    ],
    // nothing listed: one thing, or none
    ["What is the timeline of the territorial dispute?", []],
    ["Put the talks in order.", []],
  ])("%s → %j", (q, items) => {
    expect(listedItems(q)).toEqual(items);
  });

  it("reads as asking for an order", () => {
    for (const q of [
      "Order these events: the Fukushima disaster, the growth zones",
      "Did the Tokyo Declaration come before or after the memorandum?",
      "Was the Fukushima disaster earlier than the energy strategy?",
      "What happened first, the 2+2 talks or Putin's remark?",
    ])
      expect(readIntent(q), q).toBe("chronology");
  });

  it("never fails and lists only what the question holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const items = listedItems(q);
        expect(items.length === 0 || items.length >= 2).toBe(true);
        for (const item of items) expect(q).toContain(item);
      }),
    );
  });
});

describe("events put in order", () => {
  const api = useTestApp();
  const run = (q: string) => ask(api.context().app.dataset.ask, q);
  const claim = (id: string) => api.context().app.dataset.ask.byId.get(id);

  it.each([
    // five events, one named by a series of two summits
    [
      "Put in chronological order: the Tokyo Declaration, the Putin–Mori meeting, the Gorbachev–Kaifu meeting, the January 2003 summit, the Yeltsin–Hashimoto 'no-necktie' summits.",
      [
        "In 1991, Soviet President",
        "undertook in 1993",
        "November 1997 and April 1998",
        "in 2001 Putin",
        "January 2003 summit",
      ],
    ],
    // events named by what happened, not by a name
    [
      "Order these events: Xi Jinping's visit to Moscow, Abe's meeting with Putin in Moscow, the two plus two talks.",
      [
        "In March 2013, Chinese President Xi Jinping",
        "Japanese Prime Minister Shinzo Abe met",
        "'two plus two' talks, held on November 2013",
      ],
    ],
    [
      "Arrange chronologically: Putin labelling the Far East's development a geopolitical task, Putin's warning that Russians would have to speak Chinese, and his announcement of growth zones.",
      ["in 2000, Putin warned", "On 2012, Putin labelled", "On December 2013, Putin announced"],
    ],
    // two things, asked the other way round
    [
      "Did Putin's 2001 affirmation that the 1956 Declaration was valid come before or after the January 1960 memorandum?",
      ["Soviet Union had adopted a hard stand", "In 2001, Putin affirmed"],
    ],
    [
      "Which came later, the Fukushima disaster or the Draft Energy Strategy to 2035?",
      ["Fukushima nuclear disaster of 2011", "in January 2014 released"],
    ],
  ])("%s", (q, inOrder) => {
    const r = run(q);
    expect(r.status).toBe("answered");
    const head = r.answers[0];
    // The first answer carries the later events, and the direct answer holds them all, in order.
    const ids = [head?.claimId, ...(head?.alongside ?? []).map((a) => a.claimId)];
    expect(head?.alongside?.every((a) => a.role === "sequence")).toBe(true);
    const quotes = ids
      .map((id) => claim(id ?? "")?.sentence ?? "")
      .join(" | ")
      .toLowerCase();
    const at = inOrder.map((text) => quotes.indexOf(text.toLowerCase()));
    expect(
      at.every((i) => i >= 0),
      `${quotes}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const answerAt = inOrder.map((text) => r.answer.toLowerCase().indexOf(text.toLowerCase()));
    expect(
      answerAt.every((i) => i >= 0),
      r.answer,
    ).toBe(true);
    expect([...answerAt].sort((a, b) => a - b)).toEqual(answerAt);
  });

  it.each([
    ["Which came first, the Nagato summit or the two plus two talks?", "nagato"],
    ["Put in order: the Treaty of Portsmouth, the 1956 Declaration, the Tokyo Declaration.", "portsmouth"],
    ["Did the annexation of Crimea happen before or after Abe's visit to Moscow?", "crimea"],
  ])("%s → unanswerable: the article does not mention “%s”", (q, name) => {
    const r = run(q);
    expect(r.status).toBe("unanswerable");
    expect(r.interpretation.unrecognized.map((u) => u.text.toLowerCase()).join(" ")).toContain(name);
  });
});
