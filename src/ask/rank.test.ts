// Ranking and answerability: tables of phrasings and the sentence that must come first, and the
// coverage signal that decides whether the article answers at all.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers.ts";
import { present } from "../../test/lists.ts";
import { askResponse } from "../modules/ask/ask.routes.ts";
import { ask } from "./engine.ts";
import type { IndexedClaim } from "./index.ts";
import { interpret } from "./interpret.ts";
import {
  asksForReason,
  asksStance,
  beneficiaryOf,
  countedStems,
  countsThing,
  coverage,
  coverageTerms,
  frameWords,
  givesReason,
  initialsOfNames,
  perspectiveOf,
  phrasalVerbs,
  type Scored,
  scoreClaims,
  splitAtNames,
  termWeight,
  timesStated,
  WEIGHTS,
  whyFrameWords,
  withoutTimeClause,
  wordPairs,
} from "./rank.ts";
import { answersEveryPart, interleave, isComparison, oneBySentence } from "./strategies.ts";
import { asksWhen } from "./time.ts";
import { words } from "./words.ts";

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
    // a year given to be checked is no time the answer must be of: the article's own year leads
    [
      "Putin reaffirmed the 1956 Declaration as still valid in 2003 — is that the year the article gives?",
      "In 2001, Putin affirmed",
    ],
    // The article's own "apart from X" answers "besides X, what else".
    [
      "Besides the Asia-Pacific region, what else is Russia developing?",
      "developing Siberia and the Far East",
    ],
    // … even when it is also about X: "moving closer to Japan apart from China"
    [
      "other than china who does russia see it needs to move closer to if it wants more influence in the region",
      "moving closer to Japan apart from China",
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
    // A sentence that goes on from what is set aside, with "and", to the thing asked states the rest.
    [
      "Apart from balancing China's growing influence, which dispute does Japan want its partners to help with?",
      "mitigating its dispute with South Korea",
    ],
    // … and with "what else", a verb after the "and" is the other thing
    [
      "Besides balancing China, what else does Tokyo want new friends to do for it?",
      "mitigating its dispute with South Korea",
    ],
    [
      "What does Russia need Tokyo's cooperation for, apart from Japan's economic assets?",
      "dynamic Asia-Pacific economy",
    ],
    // The relation words of what is set aside ("alliance") ask for no relation.
    ["Apart from its US alliance, why is Japan looking for other partners?", "wants other partners"],
    // Two actors named: the relation asked is between them, not Japan's alliance with the US.
    ["Were Russia and Japan allies in WWII?", "camped opposite each other"],
    ["What could Russia and Japan do together once the peace treaty is signed?", "cooperate more closely"],
  ])("%s → “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("what is possible, asked", () => {
  it.each([
    [
      "What does the author think the two countries could end up doing with the islands?",
      "joint administration",
    ],
    [
      "If a peace treaty is signed, what does the author think the two countries could do together, including on the islands?",
      "joint administration",
    ],
  ])("%s → “%s” among the first three", (q, expected) => {
    const { ask: index } = api.context().app.dataset;
    const top = ask(index, q).answers.slice(0, 3);
    expect(top.map((a) => index.byId.get(a.claimId)?.quote ?? "").join(" | ")).toContain(expected);
  });
});

describe("a follow-up that points back answers what is asked of the sentence before it", () => {
  // "why", "how did X respond", "what came of …", "did X succeed": the sentence right after the
  // best match that opens by pointing back to it comes first, and the direct answer reads both.
  it.each([
    [
      "Why is resolving the islands going to be slow?",
      "It is because of the strategically located islands",
      "take time",
    ],
    // The words match another sentence best ("resolve the 67-year old dispute"): the reason
    // follows the second best sentence, the one that says it will take time.
    [
      "Why would resolving the territorial question take time?",
      "It is because of the strategically located islands",
      "take time",
    ],
    ["What was Japan's response to Losyukov in 2000?", "To which Japan was unwilling", "Losyukov"],
    [
      "What came of the nationalists' attack on the liberal policy makers?",
      "This resulted in the postponement",
      "attacked by the nationalists",
    ],
    ["Were the no-necktie summit meetings successful?", "all these meetings were not fruitful", "no-necktie"],
  ])("%s → “%s”, read after “%s”", (q, expected, before) => {
    const body = askResponse(api.context().app.dataset, q, 5);
    expect(body.answers[0]?.evidence.text).toContain(expected);
    expect(body.answer.indexOf(before), body.answer).toBeGreaterThanOrEqual(0);
    expect(body.answer.indexOf(before)).toBeLessThan(body.answer.indexOf(expected));
  });

  it.each([
    // A consequence is not a reason: "This resulted in …" does not answer "why did it fail".
    ["Why did the attempt at concessions to Japan fail?", "policy makers were attacked by the nationalists"],
    // A question that does not ask why, how one responded or what came of it keeps the best match.
    ["What will take time, as Putin pointed out?", "The solution to the island will take time"],
  ])("%s → still “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("what could be, when the next sentence goes on with the best answer", () => {
  // "… both will be able to cooperate more closely in East Asia. In fact, both can … have joint
  // administration over the islands …": the sentence that goes on says more of what could be.
  it.each([
    ["According to the author, what could Russia and Japan do together after signing the peace treaty?"],
    ["What does the writer think both countries could do once the treaty is signed?"],
  ])("%s → the closer cooperation, then the joint administration", (q) => {
    const top = askResponse(api.context().app.dataset, q, 5).answers.slice(0, 3);
    const texts = top.map((a) => a.evidence.text).join(" | ");
    expect(texts).toContain("cooperate more closely in East Asia");
    expect(texts).toContain("can have joint administration over the islands");
  });
});

describe("why, when the best match states what is to be explained", () => {
  // "… is a welcome development that should be encouraged." gives no reason: the next two
  // sentences of its paragraph do, and they follow it.
  it.each([
    ["Why would Washington welcome more Russian-Japanese cooperation?"],
    ["Why does the US welcome increased cooperation between Russia and Japan?"],
    ["Why should the U.S. encourage increased Russian-Japanese cooperation?"],
    ["Why is Russian-Japanese cooperation a welcome development for America?"],
    // another claim nearly as good ("The reason behind this rapprochement …") waits below them
    ["Why should Washington welcome Tokyo and Moscow getting closer?"],
  ])("%s → the welcome, then what it contributes to and what it undermines", (q) => {
    const top = askResponse(api.context().app.dataset, q, 5).answers.slice(0, 3);
    const texts = top.map((a) => a.evidence.text);
    expect(texts[0]).toContain("welcome development");
    expect(texts.join(" | ")).toContain("a more resilient regional security order");
    expect(texts.join(" | ")).toContain("undermines prospects for a Chinese-Russian axis");
  });

  it("reads the explaining sentences with the first answer, as its reasons, in the direct answer", () => {
    const body = askResponse(
      api.context().app.dataset,
      "Why should Washington welcome Tokyo and Moscow getting closer?",
      5,
    );
    const head = ask(
      api.context().app.dataset.ask,
      "Why should Washington welcome Tokyo and Moscow getting closer?",
      5,
    ).answers[0];
    expect(head?.alongside?.map((a) => a.role)).toEqual(["reason", "reason"]);
    expect(body.answer).toContain("contributes to a more resilient regional security order [35]");
    expect(body.answer).toContain("It also undermines prospects for a Chinese-Russian axis [35].");
  });

  it("reads a part's explaining sentences with the first answer too", () => {
    const q =
      "Why would Washington welcome Russia and Japan cooperating - what does it do for regional security and for a Beijing-Moscow axis?";
    const head = ask(api.context().app.dataset.ask, q, 5).answers[0];
    // The first answer, with what it carries, holds the welcome and both of its reasons.
    const carried = [head?.claimId, ...(head?.alongside ?? []).map((a) => a.claimId)];
    expect(carried).toEqual(
      expect.arrayContaining([
        "econ-us-welcomes-russia-japan-cooperation",
        "econ-russian-engagement-resilient-security-order",
        "econ-undermines-chinese-russian-axis",
      ]),
    );
    expect(head?.alongside?.some((a) => a.role === "reason" && a.part === 0)).toBe(true);
    const body = askResponse(api.context().app.dataset, q, 5);
    expect(body.answer).toContain("more resilient regional security order");
    expect(body.answer).toContain("undermines prospects for a Chinese-Russian axis");
  });

  it.each([
    "How does the Russian president think the dispute should be settled, and will it be quick?",
    "What did the USSR accuse Japan of in its January 1960 memorandum, and what obligation did Moscow then drop?",
    "Is Moscow wary of Beijing? Which countries is it courting to strike a better balance?",
    "who is the author of this ICWA paper and what's her job title",
  ])("the first answer carries every claim of the direct answer: %s", (q) => {
    const r = ask(api.context().app.dataset.ask, q, 5);
    const head = present(r.answers[0], "the first answer");
    const carried = new Set([head.claimId, ...(head.alongside ?? []).map((a) => a.claimId)]);
    const byId = new Map(api.context().app.dataset.ask.claims.map((c) => [c.id, c]));
    const quoted = [...carried].map((id) => present(byId.get(id), `claim ${id}`).quote);
    // Each sentence of the direct answer is a carried claim's quote, in the article's words.
    for (const sentence of r.answer.split(/(?<=\]\.?)\s+/).filter((x) => x.trim()))
      expect(quoted.some((text) => sentence.includes(text.replace(/[.?!]$/, "").slice(0, 40)))).toBe(true);
  });

  it("adds no reasons to a first answer that gives its own", () => {
    const body = askResponse(
      api.context().app.dataset,
      "Why is Russia interested in security cooperation with Japan?",
      5,
    );
    expect(present(body.answers[0], "the first answer").evidence.text).toContain(
      "is because of its ambitions",
    );
    const head = ask(
      api.context().app.dataset.ask,
      "Why is Russia interested in security cooperation with Japan?",
      5,
    ).answers[0];
    expect(head?.alongside?.some((a) => a.role === "reason") ?? false).toBe(false);
  });
});

describe("where a party stands: how does X regard / see / view Y", () => {
  it.each([
    ["How does Russia regard China?", true, ["regard"]],
    ["How do Moscow and Tokyo see the island dispute?", true, ["see"]],
    ["How did Japan look at the proposal?", true, ["look", "at"]],
    ["How would Washington feel about closer ties?", true, ["feel", "about"]],
    // Not a stance: the verb is what is asked about, or there is no frame.
    ["Did Putin see Abe in Moscow?", false, []],
    ["How much gas does Russia ship?", false, []],
  ] as [string, boolean, string[]][])("%s → stance: %s, frame %j", (q, stance, frame) => {
    expect(asksStance(q)).toBe(stance);
    expect([...frameWords(q)]).toEqual(frame);
  });

  it.each([
    ["How does Russia regard China?"],
    ["How does Moscow perceive Beijing?"],
    ["How does Russia see China?"],
  ])("%s → a stance Russia holds about China first", (q) => {
    const head = askResponse(api.context().app.dataset, q, 5).answers[0]?.claim;
    expect(head?.speaker.id).toBe("russia");
    expect(head?.kind).toBe("position");
    expect(head?.about.map((a) => a.id)).toContain("china");
  });

  it.each([
    ["How does the US see Russia and Japan getting closer?"],
    ["Is Washington happy with closer Russia–Japan ties?"],
  ])("%s → the author's “for the U.S., …” first", (q) => {
    const head = askResponse(api.context().app.dataset, q, 5).answers[0];
    expect(head?.evidence.text).toContain("welcome development");
  });
});

describe("how many: the claim that counts the thing", () => {
  it.each([
    ["How many distinct phases of effort does the author count?", "phase", true],
    ["How many stages of rapprochement were there?", "stage", true],
    ["How many islands does Japan claim?", "island", true],
    // Not "how many", or a count of nothing in particular: nothing counted.
    ["What phases were there?", null, false],
    ["How many in total?", null, false],
  ] as [string, string | null, boolean][])("%s → counts %s", (q, head, any) => {
    const stems = countedStems(q);
    expect(stems !== null).toBe(any);
    if (head) expect(stems?.has(head)).toBe(true);
  });

  it.each([
    ["There were three periods of active attempts towards it.", true],
    ["Russia currently ships around 6 per cent of the gas in the form of LNG.", false],
    ["From the late 1980s, Russia and Japan sought to normalize their relations.", false],
    ["The third period of rapprochement is from the summits.", false],
  ])("“%s” counts phases: %s", (quote, expected) => {
    expect(countsThing(quote, countedStems("How many phases were there?") ?? new Set())).toBe(expected);
  });

  // A measure and "of" may come between the number and the thing ("periods of active attempts");
  // a word that narrows the thing may not ("two southern islands").
  it.each([
    ["There were three periods of active attempts towards it.", "How many serious tries were there?", true],
    ["The two rounds of talks failed.", "How many talks were held?", true],
    ["There were three periods of active attempts towards it.", "How many islands are there?", false],
    ["Japan wants the two southern disputed islands back.", "How many disputed islands are there?", false],
  ])("“%s” for %s: %s", (quote, q, expected) => {
    const asked = new Set(words(q).map((w) => w.key));
    expect(countsThing(quote, countedStems(q) ?? new Set(), asked)).toBe(expected);
  });

  // A word between the number and the thing that the question does not say narrows what is
  // counted: "two southern islands" is no count of the islands in dispute.
  it.each([
    ["How many islands are disputed?", false],
    ["How many southern islands does Japan want back first?", true],
  ])("“transfer of the two southern islands” for %s: %s", (q, expected) => {
    const asked = new Set(words(q).map((w) => w.key));
    const quote =
      "For Russia, signing the peace treaty and transfer of the two southern islands ends the dispute";
    expect(countsThing(quote, countedStems(q) ?? new Set(), asked)).toBe(expected);
  });

  it.each([
    ["How many stages of rapprochement does the article describe?"],
    ["How many periods of active attempts were there from the late 1980s?"],
  ])("%s → “three periods” first", (q) => {
    expect(first(q)).toContain("There were three periods");
  });
});

describe("what pushed someone into doing something: the sentence that states the push", () => {
  // Not the sentence that names the same doing as a reason for something else ("The reason
  // behind this rapprochement is … Japan's need for alternative energy sources").
  it.each([
    [
      "What does the article say pushed Tokyo to seek alternative energy sources?",
      "Fukushima nuclear disaster",
    ],
    ["What development pushed Japan to seek alternative sources of energy?", "Fukushima nuclear disaster"],
    ["What pushed Tokyo to start shopping around for other energy sources?", "Fukushima nuclear disaster"],
    ["What has driven Japan to rethink its foreign policy?", "driving the country to ‘rethink’"],
  ])("%s → “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("refusing, however it is said", () => {
  it.each([
    ["Why won't Japan sign the 1956 treaty?"],
    ["Why will Tokyo not sign the peace treaty?"],
    ["Why is Japan unwilling to sign the 1956 treaty?"],
    ["Why wouldn't Japan sign the treaty?"],
    ["Why does Japan reject signing the 1956 declaration?"],
  ])("%s → Japan refuses, as it demands to be recognised as the owner", (q) => {
    expect(first(q)).toContain("Japan refuses to sign the treaty");
  });
});

describe("naming, however it is asked", () => {
  it.each([
    ["What is the treaty the two countries disagreed on called?", "known as the ‘USSR-Japanese Declaration’"],
    [
      "What name does the article give the peace treaty the Kuril dispute kept them from agreeing?",
      "known as the ‘USSR-Japanese Declaration’",
    ],
    ["What did Putin call the development of the Far East in 2012?", "the most important geopolitical task"],
  ])("%s → “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("apart from X, which other instance", () => {
  const top3 = (q: string) =>
    askResponse(api.context().app.dataset, q, 5)
      .answers.slice(0, 3)
      .map((a) => a.evidence.text);

  it.each([
    ["Besides Japan, which country is Russia courting in the Asia-Pacific to offset China?"],
    ["Apart from Japan, which other country is Russia pursuing better relations with?"],
  ])("%s keeps the claim that names Japan and another country", (q) => {
    expect(top3(q).join(" | ")).toContain("with Japan and Vietnam");
  });

  it("keeps a sentence that lists what is set aside among the rest", () => {
    const q = "Besides dialogue and a peace treaty, what did the six-point plan of 2003 also aim at?";
    expect(top3(q).join(" | ")).toContain("cooperation in the economic and legal fields");
  });

  it.each([
    ["Besides India, China and Japan, what other economies rose in Asia early this century?"],
    ["Other than China, Japan and India, which Asian economies took off?"],
  ])("%s keeps the claim naming them beside others of their kind, with no kind asked for", (q) => {
    expect(first(q)).toContain("South Korea, Indonesia, Vietnam, Taiwan and Singapore");
  });

  it("keeps a claim that concedes what is set aside (“although X, …”) and answers the rest", () => {
    expect(first("Apart from its US alliance, why does Japan want other partners?")).toContain(
      "wants other partners to balance China",
    );
  });

  it.each([
    // The rest is said in the next sentence ("It also needs Tokyo's cooperation …").
    [
      "Besides Japan's capital and technology, what else does Russia need from Tokyo?",
      "It also needs Tokyo's cooperation",
    ],
    // … or in the sentence that states what is set aside.
    [
      "Apart from APEC, where does Moscow see Japan playing a leading role?",
      "its leading role in the Asian Development Bank",
    ],
    // … or as another one of the kind set aside, named again after an "and"
    [
      "Apart from meetings between the top leaders, what other high-level meeting format do they use?",
      "and the 'two-plus-two' meeting",
    ],
  ])("%s → beside what is set aside: “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });

  it.each([
    // The article's own "Apart from Asia-Pacific region, …" beats a claim beside an Asia-Pacific one.
    [
      "Other than the Asia-Pacific, which parts of Russia is Moscow focusing on?",
      "focussing on developing Siberia",
    ],
    // A clause conceding Japan ("Although Japan is protected …") does not set Japan aside.
    [
      "Besides Japan, which other country is Russia pursuing better relations with to balance China?",
      "with Japan and Vietnam",
    ],
  ])("%s → “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });

  it.each([
    // The other item of the list comes before what is set aside ("the South China Sea conflict and the Senkaku islands").
    ["Other than the Senkaku row, which quarrel do Beijing and Tokyo have?", "South China Sea conflict"],
    ["except for the senkakus what other conflicts does china have with japan", "South China Sea conflict"],
  ])("%s → the claim that names it beside what is set aside: “%s”", (q, expected) => {
    expect(top3(q).join(" | ")).toContain(expected);
  });

  it("still leaves out a claim that names only what is set aside", () => {
    const answers = askResponse(
      api.context().app.dataset,
      "Apart from the Asia-Pacific region, what else is Russia developing?",
      5,
    ).answers.map((a) => a.claim.id);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers[0]).toBe("econ-russia-developing-siberia-far-east");
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
      // Putin's words at the meeting: either of his two sentences there
      [
        "interest to 'reset' ties",
        ["It was not us who created this problem", "economic development is the best way forward"],
      ],
    ],
    [
      "How do Moscow and Tokyo each see economic ties and the territorial problem?",
      ["territorial problem remains unresolved", "economic development is the best way forward"],
    ],
    // "each side" is Russia and Japan, whose claims open "For Russia, …", "for Japan, …"
    [
      "According to the conclusion, what does each side get out of the relationship?",
      ["a lucrative market for its energy supplies", "will help in boosting its economy and security"],
    ],
    // Two sides' relations with a third: each side's relation with it, the author's claims about the pair
    [
      "In what way are Moscow's ties with Seoul unlike Tokyo's ties with Seoul?",
      [
        "Russia and South Korea shares a vibrant bilateral relationship",
        // Japan's side: either sentence on its dispute with South Korea
        ["Japan and South Korea shares a historical dispute", "mitigating its dispute with South Korea"],
      ],
    ],
    // … also when the third's relations are what is named, with each side after "with"
    [
      "How does South Korea's relationship with Russia differ from its relationship with Japan?",
      [
        "Russia and South Korea shares a vibrant bilateral relationship",
        ["Japan and South Korea shares a historical dispute", "mitigating its dispute with South Korea"],
      ],
    ],
    // … and when the third is named with each side ("Russia-South Korea … Japan-South Korea")
    [
      "How do Russia-South Korea relations differ from Japan-South Korea relations?",
      [
        "Russia and South Korea shares a vibrant bilateral relationship",
        ["Japan and South Korea shares a historical dispute", "mitigating its dispute with South Korea"],
      ],
    ],
    // a name as a label before the question, named again in it ("Seoul" is South Korea)
    [
      "Seoul: how do Russia's and Japan's relations with South Korea compare?",
      [
        "Russia and South Korea shares a vibrant bilateral relationship",
        ["Japan and South Korea shares a historical dispute", "mitigating its dispute with South Korea"],
      ],
    ],
    // "Moscow" stands for the Soviet Union too: its 1960 stance is a side beside Putin's of 2001
    [
      "How did Moscow's position on the 1956 Declaration in 1960 compare with Putin's in 2001?",
      [
        "affirmed that the 1956 Declaration was still valid",
        ["Soviet Union had adopted a hard stand", "no longer considered itself obligated"],
      ],
    ],
  ])("%s shows both sides in the top 3", (q, expected: (string | string[])[]) => {
    const top = sentences(q, 3);
    for (const e of expected) {
      const options = Array.isArray(e) ? e : [e];
      expect(
        options.some((o) => top.includes(o)),
        `${options.join(" or ")} in: ${top}`,
      ).toBe(true);
    }
  });

  it("gives a claim that answers two parts once, and the second part's weaker claims after", () => {
    const body = askResponse(api.context().app.dataset, "Who wrote the article and what is her position?", 5);
    expect(present(body.answers[0], "the first answer").evidence.text).toContain(
      "Research Fellow at Indian Council of World Affairs",
    );
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

describe("paraphrases: the article's words for the question's", () => {
  const top = (q: string, n: number) =>
    askResponse(api.context().app.dataset, q, 5)
      .answers.slice(0, n)
      .map((a) => a.evidence.text)
      .join(" | ");

  it.each([
    // "where does Russia come in" asks its part: the article's "crucial"
    [
      "What is Abe set on doing as China rises, and where does Russia come in?",
      "relationship with Russia is crucial",
      3,
    ],
    // a section named at the end is where every part is asked
    [
      "what does each side get, what does russia gain and what does japan gain according to the conclusion",
      "a lucrative market for its energy supplies",
      3,
    ],
    // what a document says is what it lays down, not what someone said of it
    [
      "What did the January 1960 memorandum say?",
      "Moscow considered that Japan had violated the 1956 Declaration",
      1,
    ],
    // a party's wish of another: the author's account of Russia's, not Abe's own wish
    [
      "What does Russia want from Japan economically?",
      "Russia understands the significance of cooperating with Tokyo",
      1,
    ],
    // what one party represents for another: the author's "For Russia, …"
    ["What does Japan represent for Russia?", "a lucrative market for its energy supplies", 3],
    // "give ground" for the article's "compromise"
    ["Does the author expect Tokyo to give ground on the islands?", "won't compromise on a stand", 3],
    // "a template for other disputes" for the article's "model"; "wade into" for its "involved"; "frame" frames
    [
      "And the bigger picture at the end — if Russia and Japan actually pull this off, which other disputes does she think it could be a template for?",
      "serve as a model",
      3,
    ],
    [
      "How does the writer frame Russia's overall posture out there — does she think Moscow actually wants to wade into the region's disputes, or what?",
      "not like to get involved in any disputes",
      3,
    ],
    // "a grudging thing", "lukewarm", "what holds it back" for the article's "reluctance"
    [
      "Is Moscow genuinely warm towards Tokyo, or is it a grudging thing? And why bother with Japan at all when it's America's ally?",
      "Reluctance towards Japan though is evident",
      1,
    ],
    // "the payoffs", "what's Japan worth to Russia" for what each gains
    [
      "In the conclusion, how do the payoffs differ for each side — like what's Japan worth to Russia versus what Russia's worth to Japan?",
      "lucrative market for its energy supplies",
      1,
    ],
    // "how does she describe …": the author's own claims
    ["how does she describe china in the region", "rising hegemon", 1],
    // "does the writer think" asks her view: "think" is no word the answer must hold
    [
      "Does the writer think Japan is going to budge on the islands at all, or is Tokyo kind of dug in?",
      "won't compromise on a stand",
      1,
    ],
    // "copying the US" for the article's "take a page from the United States' book"
    ["Where and when did Putin talk about Russia copying the US and 'pivoting' East?", "take a page from", 1],
    // an idiom for the article's "non-negotiable"
    [
      "What does Moscow insist is off the table when it comes to the islands?",
      "following World War II is non-negotiable",
      3,
    ],
    // WordNet: "quarrel" is a "dispute".
    [
      "What quarrel does Japan have with South Korea?",
      "Japan and South Korea shares a historical dispute",
      1,
    ],
    // "likely" is not "like" ("major powers like China"); the paragraph is about the islands.
    ["Is Japan likely to compromise on the islands?", "Japan won't compromise on a stand", 1],
    ["Will Japan compromise on the islands, in the author's view?", "Japan won't compromise on a stand", 1],
    // A response follows what it answers.
    [
      "How did Tokyo react when Russia insisted in 2000 that the islands were Russian?",
      "To which Japan was unwilling to develop a closer economic relationship",
      3,
    ],
    // A reason given in so many words ("as it demands …").
    ["Why does Japan hold out against signing the treaty?", "as it demands Moscow to recognize it", 1],
    // What is set aside ends where the clause goes on: Siberia and the Far East are still asked about.
    [
      "Why does Russia want countries other than China to help develop Siberia and the Far East?",
      "is to balance the growing presence of the latter",
      3,
    ],
    // A phrasal verb means what its verb alone does not: "lobbying for" is "pressing for".
    [
      "What sort of regional security set-up has Moscow been lobbying for?",
      "Moscow has been pressing for the establishment of a new architecture",
      3,
    ],
    // The meetings named through their paragraph: the sentence judging them answers.
    [
      "Did the meetings of the 1990s, including the Yeltsin-Hashimoto ones, bear fruit?",
      "all these meetings were not fruitful",
      1,
    ],
  ])("%s → “%s” in the top %i", (q, expected, n) => {
    expect(top(q, n)).toContain(expected);
  });

  it.each([
    // everyday idioms (FAMILIES): benefiting, warming, a hitch, being on good terms
    [
      "What's in it for Moscow, according to the conclusion?",
      "a lucrative market for its energy supplies",
      1,
    ],
    [
      "Are Moscow and Tokyo warming up to each other because of China?",
      "The reason behind this rapprochement",
      1,
    ],
    [
      "What is the main snag holding up a Russia-Japan settlement?",
      "A major stumbling block in the dispute",
      1,
    ],
    [
      "Are Beijing and Moscow still on good terms?",
      "Beijing and Moscow continues to enjoy friendly relations",
      1,
    ],
    // everyday words (RELATED_WORDS): fuel, a takeover, reconsidering
    ["What fuel does Japan buy from Russia?", "Japan imports oil and gas", 1],
    [
      "Does Moscow see its takeover of the islands after the war as negotiable?",
      "annexation of these islands from Japan following World War II is non-negotiable",
      1,
    ],
    ["Why is Tokyo reconsidering its ties with Moscow?", "driving the country to ‘rethink’", 1],
    // everyday nouns and superlatives for the article's
    ["what is the greatest obstacle to a settlement?", "A major stumbling block in the dispute", 1],
    ["which sectors did russia invite japanese firms into?", "Russia has encouraged Japanese companies", 1],
    // a party's reading: its side first, not the author's "For Russia, …"
    [
      "On Tokyo's reading of the 1956 Declaration, does handing over Shikotan and Habomai end the matter?",
      "is the prelude to the ultimate return of the two northern islands",
      1,
    ],
    // what Tokyo thinks something means: its own reading first
    ["What does Tokyo think the 1956 Declaration means?", "is the prelude to the ultimate return", 1],
    // plain words for the article's: wanting back (its demand), thinking again (its "rethink"),
    // what something means to each side (their interpretations), what one gets from the other
    ["Which of the Kuril islands does Tokyo want back?", "the rightful owner of the South Kurils", 1],
    ["Has Japan had second thoughts about its friends because of China?", "‘rethink’", 1],
    ["How do Moscow and Tokyo read it differently, the 1956 deal?", "have differing interpretations", 1],
    ["What did the Japanese side think the 1956 deal means?", "have differing interpretations", 1],
    ["Which source says Japan may drop its no-war clause?", "change the Article 9", 1],
    // who gains, in a reported clause ("does the author say the US gains …"): the author's "for the U.S., …"
    [
      "What does the author say the US gains from closer Russia-Japan ties?",
      "a welcome development that should be encouraged",
      1,
    ],
    // a neighbour is a state: another one than the one set aside
    [
      "Other than China, which neighbour is Japan quarrelling with?",
      "Tokyo's clash with China and South Korea",
      1,
    ],
    // what to do with a territory is how it is run; taking land is its annexation
    [
      "Once they sign a peace treaty, what might Moscow and Tokyo do about the Kurils?",
      "can have joint administration over the islands",
      1,
    ],
    [
      "Why did the Soviets take over the islands, and does Moscow see that as negotiable?",
      "annexation of these islands from Japan following World War II is non-negotiable",
      1,
    ],
    // setting aside is the article's "look beyond"
    ["What made them set the Kuril quarrel to one side?", "look beyond the island dispute", 1],
    // sovereignty is ownership
    [
      "What sovereignty does Japan demand over the South Kurils?",
      "the rightful owner of the South Kurils",
      1,
    ],
    // getting along is relating; a stretch of time is one of the article's periods
    ["were there any good spells in russia-japan relations?", "The periods of cooperation and alliance", 1],
    ["Have Russia and Japan had good stretches together?", "The periods of cooperation and alliance", 1],
    ["how were moscow and tokyo getting along before 2013?", "till the beginning of 2013 has been tensed", 2],
    // turning east: the article's "pivot East"
    ["Where did Putin announce Russia's turn to the east?", "‘pivot East’", 1],
    // being enemies, however it is said
    ["Why have Moscow and Tokyo been at odds for so long?", "belligerent since the 20th century", 2],
    // a part to play, standing, being pleased
    ["where does russia fit into japan's plans?", "Japan’s relationship with Russia is crucial", 1],
    ["what's china's standing in asia these days?", "becoming a rising hegemon in the region", 1],
    [
      "is washington pleased with the tokyo moscow thaw?",
      "a welcome development that should be encouraged",
      1,
    ],
    [
      "is america ok with moscow and tokyo growing closer?",
      "a welcome development that should be encouraged",
      1,
    ],
    // words that name no thing in particular are no content ("to fix things", "stuff like …")
    [
      "how many tries were there to fix things between them?",
      "There were three periods of active attempts",
      1,
    ],
    ["what's pushing japan to rethink stuff like its russia ties?", "driving the country to ‘rethink’", 1],
  ])("everyday wording: %s → “%s” in the top %i", (q, expected, n) => {
    expect(top(q, n)).toContain(expected);
  });

  it.each([
    ["Why did the concessions fall through?", { fall: "fall through" }],
    ["Will Tokyo back down on the islands?", { back: "back down" }],
    ["What is Japan looking for from Russia?", { looking: "looking for" }],
  ])("%s → phrasal verbs %j", (q, expected) => {
    // A pair WordNet does not know ("tokyo back") may be read too: it has no relatives.
    expect(Object.fromEntries(phrasalVerbs(q))).toMatchObject(expected);
  });

  // Whose words are asked: not a claim of someone who does not speak for them (Abe's "reset ties").
  it("What kind of ties does Moscow say it wants to develop with Tokyo? → Russia's own first", () => {
    expect(first("What kind of ties does Moscow say it wants to develop with Tokyo?")).toContain(
      "good neighbourly and multidimensional",
    );
  });

  // The author's view asked: her assessments before what she narrates.
  it.each([
    ["What does the author propose the two countries do with the islands?"],
    ["What does the author envisage for the islands?"],
  ])("%s → her joint administration in the top 3", (q) => {
    expect(top(q, 3)).toContain("joint administration over the islands");
  });

  // Plain words for the article's relations (FAMILIES): enemies, friends, liking.
  it.each([
    ["Why were Russia and Japan adversaries for so long?", "belligerent since the 20th century"],
    ["Why are the two countries trying to become friends?", "normalize their relations"],
    ["What does Moscow like about the Japanese economy?", "advanced technology"],
    ["Is Russia keen to be dragged into the region's quarrels?", "would not like to get involved"],
    ["In which bodies is Japan a major player, as Moscow sees it?", "prominence in APEC"],
    ["What did Moscow's 2013 foreign policy concept condemn?", "disdain over unilateral interference"],
    ["What makes Japan so valuable to Russia, in the conclusion?", "geographic position is important"],
    ["Why were the talks called off in 2003?", "non-negotiable stand"],
    ["How does Moscow want to present itself in Asia?", "Eurasian power"],
  ])("%s → “%s” in the top 3", (q, expected) => {
    expect(top(q, 3)).toContain(expected);
  });

  it.each([
    ["What is China doing to try and push Japan around?", { push: "push around" }],
    ["Why did Tokyo turn the offer down?", { turn: "turn down" }],
  ])("%s → a phrasal verb with its object inside: %j", (q, expected) => {
    expect(Object.fromEntries(phrasalVerbs(q))).toMatchObject(expected);
  });

  it("reads no split phrasal verb WordNet does not have", () => {
    expect(phrasalVerbs("Did Abe visit Putin over?").get("visit")).toBeUndefined();
  });

  it("reads no phrasal verb after a function word", () => {
    expect(phrasalVerbs("Who is it up to?").size).toBe(0);
  });

  it("gives a part that asks for the source of the previous part's answer that answer's sentence", () => {
    const index = api.context().app.dataset.ask;
    const [first, second] = interpret(
      index,
      "What new security architecture is Moscow pressing for in the Asia-Pacific, and which source is cited for it?",
    ).parts;
    const firstPart = present(first, "the first part");
    const secondPart = present(second, "the second part");
    const lead = present(scoreClaims(index, firstPart)[0], "the first part's best claim").claim;
    expect(lead.quote).toContain("new architecture in the Asia-Pacific");
    const previous = { document: lead.document, ordinal: present(lead.sentenceOrdinal, "its sentence") };
    const best = present(scoreClaims(index, secondPart, previous)[0], "the second part's best claim");
    expect(best.claim.sentenceOrdinal).toBe(lead.sentenceOrdinal);
    const alone = present(
      scoreClaims(index, secondPart).find((s) => s.claim.id === best.claim.id),
      "the same claim scored without the previous part",
    );
    expect(best.score - alone.score).toBeCloseTo(WEIGHTS.sourceOfPrevious);
  });

  it("lets a claim's paragraph cover, at a lower weight, what its sentence does not say", () => {
    const index = api.context().app.dataset.ask;
    // "Likewise, Japan won't compromise on a stand …" sits in a paragraph about a peace treaty and Vladivostok.
    const stand = present(
      index.claims.find((c) => c.quote.includes("won't compromise")),
      "the claim of Japan's stand",
    );
    const terms = coverageTerms(index, interpret(index, "Will Japan compromise on a peace treaty?"));
    const own = coverageTerms(index, interpret(index, "Will Japan compromise?"));
    const withParagraph = coverage(index, terms, stand);
    expect(withParagraph.all).toBeLessThan(1);
    expect(withParagraph.lexical).toBeGreaterThan(0);
    expect(coverage(index, own, stand).lexical).toBe(0);
    // The paragraph's share of the peace treaty (named in the paragraph, not in the sentence).
    const paragraphShare =
      terms.words
        .filter((t) => !stand.bag.has(t.key) && stand.paragraphKeys.has(t.key))
        .reduce((sum, t) => sum + t.weight, 0) +
      terms.entities
        .filter((e) => !stand.about.has(e.id) && stand.speaker !== e.id && stand.paragraphEntities.has(e.id))
        .reduce((sum, e) => sum + e.weight, 0);
    expect(paragraphShare).toBeGreaterThan(0);
    const total =
      terms.words.reduce((sum, t) => sum + t.weight, 0) +
      terms.entities.reduce((sum, e) => sum + e.weight, 0);
    expect(withParagraph.lexical).toBeCloseTo((WEIGHTS.paragraph * paragraphShare) / total);
  });
});

describe("each sentence once before any sentence twice", () => {
  const claim = (id: string, sentenceId: string | null, endnote: number | null = null, quote = id) =>
    ({ id, sentenceId, endnote, quote }) as IndexedClaim;
  const scored = (c: IndexedClaim, score: number) =>
    ({ claim: c, score, text: 0, coverage: 0, contentCoverage: null }) as Scored;

  it.each([
    // Two claims of sentence s1, then s2: s2 comes before s1's second claim.
    [
      [
        ["a", "s1"],
        ["b", "s1"],
        ["c", "s2"],
      ],
      3,
      ["a", "c", "b"],
    ],
    // A sentence's claims citing different endnotes are different answers.
    [
      [
        ["a", "s1", 7],
        ["b", "s1", 8],
        ["c", "s2"],
      ],
      3,
      ["a", "b", "c"],
    ],
    // Claims outside the body (no sentence) are each their own.
    [
      [
        ["a", null],
        ["b", null],
        ["c", "s2"],
      ],
      2,
      ["a", "b"],
    ],
    [
      [
        ["a", "s1"],
        ["b", "s1"],
      ],
      5,
      ["a", "b"],
    ],
  ] as [[string, string | null, number?][], number, string[]][])("%j, %i → %j", (claims, limit, ids) => {
    const ranked = claims.map(([id, s, n], i) => scored(claim(id, s, n ?? null), 10 - i));
    expect(oneBySentence(ranked, limit).map((s) => s.claim.id)).toEqual(ids);
  });

  // A claim quoting part of a sentence gives way to the claim quoting all of it, which cites
  // every endnote of the sentence; the part follows once every sentence has had its turn.
  it.each([
    [
      [
        ["part", "s1", 2, "Abe met Putin at Moscow to resume talks"],
        ["other", "s2", 4, "During the visit, Abe reiterated"],
        ["whole", "s1", 3, "On April 2013, Abe met Putin at Moscow to resume talks on resolving the dispute"],
      ],
      3,
      ["whole", "other", "part"],
    ],
    // Two claims of one sentence that quote different stretches: neither gives way.
    [
      [
        ["a", "s1", 1, "Russia denies it"],
        ["b", "s1", 1, "Putin warned"],
        ["c", "s2", 2, "It also undermines"],
      ],
      3,
      ["a", "c", "b"],
    ],
  ] as [[string, string, number, string][], number, string[]][])("%j, %i → %j", (claims, limit, ids) => {
    const ranked = claims.map(([id, s, n, quote], i) => scored(claim(id, s, n, quote), 10 - i));
    expect(oneBySentence(ranked, limit).map((s) => s.claim.id)).toEqual(ids);
  });

  it.each([
    ["In which city did Abe meet Putin in 2013?"],
    ["Where did the Japanese PM meet Putin in April 2013?"],
    ["Which Japanese prime minister met Putin in Moscow in April 2013?"],
  ])("%s → the whole sentence's claim, citing endnotes 3 and 2, and not its part after it", (q) => {
    const answers = askResponse(api.context().app.dataset, q, 5).answers;
    expect(answers[0]?.citation.endnote).toBe(3);
    const head = answers[0] as { citations?: { endnote: number }[] } | undefined;
    expect(head?.citations?.map((c) => c.endnote)).toEqual([3, 2]);
    expect(answers.slice(1, 3).map((a) => a.evidence.text)).not.toContain(answers[0]?.evidence.text);
  });

  it("shows the answer under a sentence that several claims quote", () => {
    const body = askResponse(
      api.context().app.dataset,
      "Did the Yeltsin-Hashimoto meetings of the 1990s bear fruit?",
      5,
    );
    const top = body.answers.slice(0, 3);
    expect(top.map((a) => a.evidence.text).join(" | ")).toContain("all these meetings were not fruitful");
    expect(new Set(top.map((a) => `${a.evidence.text}#${a.citation.endnote}`)).size).toBe(top.length);
  });
});

describe("questions that ask for a cause", () => {
  it.each([
    ["Why did the talks stop?", true, []],
    ["What's behind the change in attitude?", true, ["behind"]],
    ["What lies behind the new warmth?", true, ["behind"]],
    ["What has led Moscow to soften its stand?", true, ["led"]],
    ["What is prompting Tokyo to look for energy?", true, ["prompting"]],
    ["What made Japan rethink its policy?", true, ["made"]],
    ["What is driving the change of attitude?", true, ["driving"]],
    ["What accounts for the rapprochement?", true, ["accounts", "for"]],
    ["How come Japan wants other partners?", true, []],
    // A verb of pushing someone into doing something, wherever it stands.
    ["What event does the author say pushed Tokyo to seek energy?", true, ["pushed"]],
    ["Which disaster prompted Japan to look for alternatives?", true, ["prompted"]],
    ["What does the article say led Moscow to soften its stand?", true, ["led"]],
    // Not a cause: the verb is the question's topic, or there is no frame at all.
    ["Who led the Soviet Union in 1991?", false, []],
    ["What did Putin say about the islands?", false, []],
    ["What does Japan import from Sakhalin?", false, []],
  ] as [string, boolean, string[]][])("%s → asks why: %s, frame %j", (q, why, frame) => {
    expect(asksForReason(q)).toBe(why);
    expect([...whyFrameWords(q)]).toEqual(frame);
  });

  it.each([
    ["With evolving stakes and competition for power in the region, a change in attitude is noticed.", true],
    ["“With the rise of China, Japan looks for partners.", true],
    ["Security and ambitions have made Russia and Japan look beyond the island dispute.", true],
    ["The Fukushima disaster has prompted it to look for energy alternatives.", true],
    ["The dispute led both the countries to disagree on the peace treaty.", true],
    ["The attack resulted in the postponement of the visit.", true],
    ["Talks were dissolved due to the non-negotiable stand.", true],
    // A causal "as" with its clause, "hence", and a "with …," clause after the opening.
    ["But the attempt was unsuccessful as the policy makers were attacked by the nationalists.", true],
    ["Japan does not want to be left out, hence is shifting towards a multi-dimensional policy.", true],
    [
      "Japan wants to regain its position and with Russia expanding its influence, the ties serve both.",
      true,
    ],
    ["The solution to the island will take time as Putin pointed out.", false],
    ["Russia sees Japan as a partner.", false],
    // Stating a fact is not giving its cause.
    ["With Russia, Japan signed the declaration.", false],
    ["Putin led the delegation.", false],
    ["Japan imports oil and gas from Russia's Sakhalin area.", false],
  ] as [string, boolean][])("%s → gives a reason: %s", (quote, expected) => {
    expect(givesReason(quote)).toBe(expected);
  });

  it.each([
    // The reason, an assessment, before the policy it explains (a position).
    ["Why did the 1992 idea of making concessions to Japan go nowhere?", "attacked by the nationalists"],
    // The next sentence gives the reason ("by signing a new security treaty"), not the one that merely follows.
    ["Why did the Soviets say Japan had violated the 1956 Declaration?", "by signing a new security treaty"],
    // The author's reason in the introduction, before a party's stance.
    ["Why are Russia and Japan moving closer, according to the introduction?", "combination of factors"],
  ])("%s → the reason first: “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });

  it("leaves the frame's verb out of what a claim must match, and ranks the stated cause first", () => {
    const body = askResponse(
      api.context().app.dataset,
      "What is driving the change of attitude between Russia and Japan?",
      5,
    );
    expect(body.answers[0]?.evidence.text).toContain("With evolving stakes and competition for power");
  });
});

describe("a clause that only sets the time asks for no relation", () => {
  it.each([
    [
      "What could Russia and Japan do together once the peace treaty is signed?",
      "What could Russia and Japan do together",
    ],
    ["Once Japan signed the new pact, did Moscow still feel bound?", "did Moscow still feel bound?"],
    ["After the talks failed, who visited Tokyo?", "who visited Tokyo?"],
    // "When" asks; it is not left out.
    ["When did Yeltsin visit Tokyo?", "When did Yeltsin visit Tokyo?"],
  ])("%s → %s", (q, kept) => {
    const wordsOf = (t: string) => t.match(/[\p{L}']+/gu)?.join(" ");
    expect(wordsOf(withoutTimeClause(q))).toBe(wordsOf(kept));
  });
});

describe("words side by side", () => {
  it.each([
    [
      "What is Russia's interest in security cooperation?",
      ["russia interest", "interest secur", "secur cooper"],
    ],
    ["Why did the talks stop?", ["talk stop"]],
    ["Why?", []],
  ])("%s → pairs %j", (q, expected) => {
    expect([...wordPairs(q)]).toEqual(expected);
  });

  it("leaves the names out, each stretch between them apart", () => {
    const text = "Did the meetings, including the Yeltsin-Hashimoto ones, bear fruit?";
    const pairs = splitAtNames(text, ["Yeltsin-Hashimoto"]).flatMap((t) => [...wordPairs(t)]);
    expect(pairs).toEqual(["meet includ", "on bear", "bear fruit"]);
  });

  it("puts the claim writing the question's words in its order first", () => {
    expect(first("what is russia's interest in security cooperation with japan")).toContain(
      "Russia's interest in cooperation with Japan on security-related matters",
    );
  });
});

describe("a question that points at a section", () => {
  it.each([
    [
      "What is prompting Moscow and Tokyo to warm to each other, according to the section on the change in attitude?",
      "change-in-attitude",
    ],
    ["Why are Russia and Japan moving closer, according to the introduction?", "introduction"],
  ])("%s → a claim of %s first", (q, section) => {
    const index = api.context().app.dataset.ask;
    const [best] = scoreClaims(index, interpret(index, q));
    expect(best?.claim.sectionId).toBe(section);
  });
});

describe("an idiom read only in its own words", () => {
  it("a copy of the article is no copying of the US", () => {
    expect(first("Where can I find a copy of the article?")).not.toContain("take a page");
  });
});

describe("what each side gets, asked with the verb left out of the second clause", () => {
  it("answers each side's clause with that side's gain", () => {
    const body = askResponse(
      api.context().app.dataset,
      "What does Russia get from Japan, and Japan from Russia?",
      5,
    );
    expect(body.answers.slice(0, 3).map((a) => a.claim.id)).toEqual(
      expect.arrayContaining([
        "concl-japan-lucrative-energy-market-for-russia",
        "concl-russia-ties-boost-japan-economy-and-security",
      ]),
    );
  });
});

describe("the article's answer to its title's question", () => {
  it.each([
    ["The article's title asks whether Russia and Japan are having a 'reset'. What is the author's answer?"],
    ["Does the author answer the question in the headline?"],
    ["Does the article ever answer the question its title poses?"],
  ])("%s → the conclusion's verdict on the reset first", (q) => {
    expect(first(q)).toContain("moving towards a 'reset' will reveal itself in the future");
  });

  it("a part that asks the answer to the title asked in the part before", () => {
    const body = askResponse(
      api.context().app.dataset,
      "The article's title asks a question. What is the title, and what answer does the author give to it at the end?",
      5,
    );
    expect(body.answers.slice(0, 2).map((a) => a.claim.id)).toEqual([
      "title-reset-in-russia-japan-relationship",
      "concl-reset-will-reveal-itself-peace-treaty",
    ]);
  });
});

describe("a question that asks the author's view", () => {
  it.each([
    // Her claim, not a party's stance that states the relation asked about ("run" → administers).
    [
      "In the author's view, could Russia and Japan administer the islands jointly?",
      "can have joint administration over the islands",
    ],
    [
      "Does the writer believe Moscow and Tokyo can run the islands together?",
      "can have joint administration over the islands",
    ],
  ])("%s → “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("a question asked from a party's side", () => {
  const index = () => api.context().app.dataset.ask;
  it.each([
    ["From Tokyo's point of view, is the matter settled?", ["japan"]],
    ["For Japan, is getting Shikotan back the end of the matter?", ["japan"]],
    ["In Moscow's eyes, what does the transfer achieve?", ["russia", "soviet-union"]],
    ["From Washington's standpoint, what does the cooperation do?", ["united-states"]],
    // a nation's adjective, over the side a statement before the question opens with
    ["What does the transfer mean in the Russian understanding?", ["russia"]],
    ["For Japan, it is a first step. What does the same step mean in the Russian understanding?", ["russia"]],
    // Not a party: no side.
    ["From the author's point of view, is it settled?", []],
    ["What did Japan say?", []],
  ])("%s → %j", (q, ids) => {
    expect([...perspectiveOf(index(), q)].sort()).toEqual(ids);
  });

  it.each([
    ["For Japan, is getting Shikotan and Habomai back the end of the matter?", "For Japan, the signing"],
    [
      "In Moscow's eyes, what does transferring the two southern islands achieve?",
      "For Russia, signing the peace treaty",
    ],
  ])("%s → that side's claim first: “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });

  it.each([
    // A reader question of the claim that Japan holds to the 1956 Declaration ("getting Shikotan
    // and Habomai back under the 1956 deal") matches as well; the side's own "For Japan, …" is
    // still among the first two.
    [
      "From Tokyo's point of view, is getting Shikotn and Habomai back the end of the matter?",
      "For Japan, the signing",
    ],
    // The US ally sentence ("Is Tokyo on Washington's side?") comes first; the brief alliances second.
    [
      "were russia and japan ever on the same side as allies",
      "cooperation and alliance between Russia and Japan",
    ],
  ])("%s → “%s” in the first two", (q, expected) => {
    const two = askResponse(api.context().app.dataset, q, 5)
      .answers.slice(0, 2)
      .map((a) => a.evidence.text)
      .join(" | ");
    expect(two).toContain(expected);
  });

  it.each([
    ["What does it mean to Russia?", ["russia"]],
    ["Why does Japan matter so much to Moscow?", ["russia", "soviet-union"]],
    ["Why is Russia important for Japan's national objective?", ["japan"]],
    ["What does Russia do for Japan?", ["japan"]],
    ["What does Tokyo gain from an active relationship?", ["japan"]],
    ["What would the United States get out of it?", ["united-states"]],
    ["How does closer cooperation benefit the United States?", ["united-states"]],
    ["Is it good for Japan?", ["japan"]],
    ["What is Japan for Russia?", ["russia"]],
    ["what is russia to japan", ["japan"]],
    // Benefiting from something names no party.
    ["Who benefits from the islands?", []],
    // Not a party: nobody's side.
    ["What did Abe do for the economy?", []],
    ["What does the article mean to say?", []],
    ["What did Putin say?", []],
    ["What is the Tokyo Declaration for?", []],
  ])("what something is to a party: %s → %j", (q, ids) => {
    expect([...beneficiaryOf(index(), q)].sort()).toEqual(ids);
  });

  it.each([
    ["What does signing the peace treaty mean to Japan?", "For Japan, the signing"],
    [
      "What does handing back the two southern islands mean to Russia?",
      "For Russia, signing the peace treaty",
    ],
    ["Why is Japan important to Moscow?", "For Russia, Japan is crucial"],
    ["What does Tokyo gain from closer ties with Moscow?", "for Japan, active relationship with Russia"],
  ])("%s → the author's “For …” claim first: “%s”", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("a question asked of the notes", () => {
  // The sentence whose endnote says what is asked, though its own words do not: endnote 18
  // reads "Concept of the Foreign Policy …, Approved by President … V. Putin, 12 February 2013".
  it.each([
    ["According to the footnote, who approved the 2013 concept?"],
    ["According to the notes, when was the foreign policy concept approved?"],
    ["According to the endnote, on what date was Russia's 2013 foreign policy concept approved?"],
  ])("%s → a claim citing endnote 18 first", (q) => {
    const body = askResponse(api.context().app.dataset, q, 5);
    expect(body.answers[0]?.citation?.endnote).toBe(18);
  });
});

describe("when: the time of what is asked", () => {
  const first = (q: string) => {
    const body = askResponse(api.context().app.dataset, q, 5);
    return `${body.status}: ${body.answers[0]?.evidence.text ?? "(none)"}`;
  };
  it.each([
    // the date of the thing asked about, not of another thing its answer names
    ["When was the Soviet-Japanese Declaration signed?", "October 1956"],
    ["In what month was the Soviet-Japanese Declaration signed?", "October 1956"],
    // a slip in a word the article starts ("declar…") is put right, and links the name
    ["what month and year was the soviet-japanese declaraton signed", "October 1956"],
    // a period in words is a time stated
    ["Since when has the Russia-Japan relationship been hostile?", "belligerent since the 20th century"],
  ])("%s → %s, first", (q, expected) => {
    expect(first(q)).toMatch(new RegExp(`^answered: .*${expected}`));
  });
});

describe("questions that ask when", () => {
  it.each([
    ["When did the two plus two talks happen?", true],
    ["In what year did Yeltsin make it to Japan?", true],
    ["Which month did Abe visit Moscow?", true],
    ["Has Abe visited the shrine, and when?", true],
    ["Did Yeltsin go to Tokyo and, if so, when?", true],
    ["Did Yeltsin go to Tokyo and if so when?", true],
    ["When and where did Abe meet Putin?", true],
    ["Who did Gorbachev meet, and when did Yeltsin go to Tokyo?", false],
    ["What did Putin say when he met Abe in 2013?", false],
    ["Why did the talks stop?", false],
    // a leading "When …," dates the question that follows it
    ["When Japan's premier came to Moscow in 2013, did the Russian leader accept the blame?", false],
    ["When Abe visited Moscow, what did Putin say?", false],
    ["When, and where, did Abe meet Putin?", true],
    // … and spoken, with no comma: a subject after "when", then the question
    ["when abe was in moscow what did what did putin say about who made the island problem", false],
    ["when did abe go to moscow and what did putin say", true],
    ["when was the declaration signed and what did it say", true],
  ] as [string, boolean][])("%s → asks when: %s", (q, expected) => {
    expect(asksWhen(q)).toBe(expected);
  });

  it.each([
    ["'two plus two' talks, held on November 2013", ["november 2013"]],
    ["In 2001, Putin affirmed that the 1956 Declaration was still valid", ["2001", "1956"]],
    ["Lavrov on November 1, 2013 said", ["november 2013"]],
    ["Both sides agreed to hold joint exercises", []],
  ] as [string, string[]][])("%s states %j", (quote, times) => {
    expect(timesStated(quote)).toEqual(times);
  });

  it.each([
    // The claim that states the talks' date, not a claim of the same talks dated from elsewhere.
    [
      "When did the Russian and Japanese foreign and defence ministers hold their 2+2 talks?",
      "held on November 2013",
    ],
    // A year the question names (1960) is not its answer.
    ["When did Moscow abandon the hard stand of its January 1960 memorandum?", "In 2001, Putin affirmed"],
  ])("%s → %s", (q, expected) => {
    expect(first(q)).toContain(expected);
  });
});

describe("comparison or reciprocity", () => {
  const reading = (text: string) => interpret(api.context().app.dataset.ask, text);
  it.each([
    ["How do Russia and Japan each see the islands?", true],
    ["Compare Japan's and Russia's aims in the region", true],
    ["Russia versus Japan on the 1956 Declaration", true],
    // "Each other", "one another": what the two do together, not a comparison.
    ["Why are Russia and Japan warming to each other?", false],
    ["How do Moscow and Tokyo regard one another today?", false],
    // "both" with something done or held together: no sides
    ["What could both Russia and Japan share over the islands?", false],
    ["How do both Russia and Japan see the islands?", true],
    // what both could do: done together
    ["What could both sides do on the islands once a peace treaty is in place?", false],
    ["What might both Russia and Japan build in East Asia after a treaty?", false],
    ["How do both sides read the 1956 Declaration?", true],
  ] as [string, boolean][])("%s → side by side: %s", (q, expected) => {
    expect(isComparison(reading(q))).toBe(expected);
  });
});

describe("a source question's direct answer names the work", () => {
  it("an endnote that only says 'Ibid.' is followed by the note it points to", () => {
    const r = askResponse(
      api.context().app.dataset,
      "Which source is cited for Japan refusing to sign the treaty?",
      5,
    );
    expect(r.answer).toContain("[7] Ibid. [6]");
    expect(r.answer).toContain("Basic Determinants of Soviet-Japanese Relations");
  });
});

describe("a source question finds the cited work by its name", () => {
  it.each([
    ["Which Financial Times story is cited", "financial", ["ft"]],
    ["Which Financial Times story is cited", "times", ["ft"]],
    ["Was the Voice of Russia quoted?", "russia", []],
    ["Which Oil Price story backs it?", "oil", ["op"]],
    ["Is the World Review cited, or the Hindustan Times?", "hindustan", ["ht"]],
  ] as [string, string, string[]][])("%s: %s → %j among its initials", (q, word, expected) => {
    const initials = initialsOfNames(q).get(word) ?? [];
    for (const i of expected) expect(initials).toContain(i);
    if (expected.length === 0) expect(initials.filter((i) => i.length === 2)).toEqual([]);
  });

  const top = (q: string) =>
    askResponse(api.context().app.dataset, q, 5)
      .answers.slice(0, 3)
      .map((a) => a.citation.endnote);

  it.each([
    // The publication named in full, the endnote abbreviates it ("FT").
    ["Which Financial Times story is cited for Japan regaining its position?", 22],
    // A word only the endnotes use ("Interpreter"): the claims citing that work cover it.
    ["Whose Interpreter article is cited on the Far East?", 30],
    // A title's main part, before its subtitle, typed in lower case.
    ["who put out the 2011 japan-russia economic relationship paper cited for the trade numbers", 24],
    ["Which Hindustan Times piece is cited on the rise of Asia?", 21],
  ] as [string, number][])("%s → endnote %i in the top 3", (q, endnote) => {
    expect(top(q)).toContain(endnote);
  });

  it.each([
    // The work's own line is asked: the note that writes it out in full, not an "op.cit." one.
    ["zagorsky sipri chapter title", 11],
    ["andrew bowen article in the interpreter - title?", 30],
    ["Hakamada Shigeki Nippon article title and date", 38],
    ["Mark A Smith's paper 'Russo-Japanese Relations' - which research centre put it out, and when?", 8],
    // a title quoted names its work; "it" in the next part is that work
    ["Who wrote 'Senkaku Islands tensions drive Russia and Japan closer' and when did it come out?", 20],
    ["What is the headline of Mankoff's Moscow Times piece?", 35],
    // "called" of a cited work asks its title, not a claim saying "known as" or "labelled"
    ["What is Hakamada Shigeki's Nippon article called?", 38],
    // "it" after a question for a cited work is that work, whose date its endnote gives
    [
      "Which work does the author cite for the reasons behind the Russia-Japan rapprochement, and when was it published?",
      1,
    ],
    [
      "What source backs the claim that Japan is boosting energy cooperation with Russia, and when was it published?",
      28,
    ],
  ] as [string, number][])("%s → answered, endnote %i first", (q, endnote) => {
    const body = askResponse(api.context().app.dataset, q, 5);
    expect(body.status).toBe("answered");
    expect(body.answers[0]?.citation.endnote).toBe(endnote);
  });
});

describe("a later part that does not point back", () => {
  it("weighs the sentence after the previous part's answer a little", () => {
    const q =
      "Is it clear yet whether Russia and Japan are moving towards a reset, and what would signing the peace treaty make possible?";
    const r = ask(api.context().app.dataset.ask, q, 5);
    expect(r.interpretation.parts).toHaveLength(2);
    expect(r.answers[0]?.claimId).toBe("concl-reset-will-reveal-itself-peace-treaty");
    const second = r.answers.filter((a) => a.part === 1).map((a) => a.claimId);
    expect(second[0]).toBe("concl-peace-treaty-enables-closer-cooperation-east-asia");
  });
});

describe("a part that asks only why of the part before", () => {
  it("is read with that part's words and answered", () => {
    const r = ask(
      api.context().app.dataset.ask,
      "since the late 80s how many rounds of attempts to normalise relations were there and what was behind them",
      5,
    );
    expect(r.status).toBe("answered");
    expect(r.interpretation.parts.map((p) => p.answered)).toEqual([true, true]);
  });
});

describe("a part that refers back and asks why", () => {
  it("finds the reason after the previous part's answer, not the part's own few words", () => {
    const body = askResponse(
      api.context().app.dataset,
      "What is Abe determined to do for Japan's economy, and why does it matter for ties with Russia?",
      5,
    );
    const top = body.answers.slice(0, 3).map((a) => a.evidence.text);
    expect(top.join(" | ")).toContain("Abe is determined to put Japan on the road to economic recovery");
    expect(top.join(" | ")).toContain("relationship with Russia is crucial");
  });

  it.each([
    // the reason given in so many words just before the answer ("the rationale behind the bonhomie was …")
    [
      "since the late eighties how many rounds of attempts to normalise relations were there and what was behind them",
      ["There were three periods of active attempts", "national interest and the evolving new world order"],
    ],
    // "patch things up": the article's "normalize"
    [
      "she talks of attempts to patch things up from the late 80s, so what was driving them and how many were there",
      ["There were three periods of active attempts", "national interest and the evolving new world order"],
    ],
    // "fix relations": the article's "normalize"
    [
      "okay so from the late 80s how many tries were there at fixing relations and what drove them",
      ["There were three periods of active attempts", "national interest and the evolving new world order"],
    ],
  ])("finds the reason given just before the previous part's answer: %s", (q, wanted) => {
    const top = askResponse(api.context().app.dataset, q, 5)
      .answers.slice(0, 3)
      .map((a) => a.evidence.text)
      .join(" | ");
    for (const w of wanted) expect(top).toContain(w);
  });
});

describe("a claim that answers every part leads", () => {
  const item = (id: string, contentCoverage: number | null = 0.5) => ({
    claim: { id, sentenceId: null, endnote: null } as unknown as IndexedClaim,
    contentCoverage,
  });
  const ids = (lists: [string, number?][][]) => lists.map((l) => l.map(([id, c]) => item(id, c ?? 0.5)));

  it.each([
    // b is second in the first part and first in the second: it answers both.
    [
      [
        [["a"], ["b"], ["c"]],
        [["b"], ["d"], ["e"]],
      ],
      "b",
      ["b", "a", "d", "c", "e"],
    ],
    // Two candidates: the best places added up.
    [
      [
        [["a"], ["b"], ["c"]],
        [["c"], ["a"], ["e"]],
      ],
      "a",
      ["a", "c", "b", "e"],
    ],
    // Nothing in the first three of both parts: round by round, each part's best first.
    [
      [
        [["a"], ["b"], ["c"], ["d"]],
        [["e"], ["f"], ["g"], ["d"]],
      ],
      null,
      ["a", "e", "b", "f", "c"],
    ],
    // Reached in a part by its names alone (none of its words): no answer to that part.
    [
      [
        [["a"], ["b"]],
        [["b", 0], ["d"]],
      ],
      null,
      ["a", "b", "d"],
    ],
    // One part: nothing to lead.
    [[[["a"], ["b"]]], null, ["a", "b"]],
  ] as [[string, number?][][], string | null, string[]][])("%j → %s leads", (lists, lead, order) => {
    expect(answersEveryPart(ids(lists))?.claim.id ?? null).toBe(lead);
    expect(interleave(ids(lists), 5).map((s) => s.claim.id)).toEqual(order);
  });

  it.each([
    // No claim in both parts' first three, but a sentence is: its claim at the best place leads.
    [
      [
        [
          ["a", "s1"],
          ["b", "s2"],
          ["c", "s3"],
        ],
        [
          ["d", "s2"],
          ["e", "s4"],
          ["f", "s5"],
        ],
      ],
      "d",
    ],
    // Of a sentence's claims in the parts, the one found in more parts, then at better places.
    [
      [
        [
          ["a", "s1"],
          ["b", "s2"],
          ["c", "s2"],
        ],
        [
          ["c", "s2"],
          ["e", "s4"],
        ],
      ],
      "c",
    ],
    // Every part's best answer is of one sentence: the first part's own claim leads it, not a
    // claim of that sentence that every part ranks lower.
    [
      [
        [
          ["wary", "s1"],
          ["friendly", "s1"],
        ],
        [
          ["balance", "s1"],
          ["friendly", "s1"],
        ],
      ],
      "wary",
    ],
    // A sentence reached in some part only below the first three answers nothing in it.
    [
      [
        [
          ["a", "s1"],
          ["b", "s2"],
        ],
        [
          ["d", "s3"],
          ["e", "s4"],
          ["f", "s5"],
          ["g", "s2"],
        ],
      ],
      null,
    ],
  ] as [[string, string][][], string | null][])("sentences %j → %s leads", (lists, lead) => {
    const withSentences = lists.map((l) =>
      l.map(([id, sentenceId]) => ({
        claim: { id, sentenceId, endnote: null } as unknown as IndexedClaim,
        contentCoverage: 0.5,
      })),
    );
    expect(answersEveryPart(withSentences)?.claim.id ?? null).toBe(lead);
  });

  it.each([
    [
      "What led Moscow and Tokyo to warm up to each other? List the reasons the author gives.",
      "The reason behind this rapprochement is a combination of factors",
    ],
    [
      "Since roughly when have the two neighbours been at odds, and what was behind the hostility?",
      "belligerent since the 20th century because of the imperialistic ambitions",
    ],
  ])("%s → the sentence answering both parts first", (q, expected) => {
    expect(first(q)).toContain(expected);
  });

  it("a sentence that answers both parts comes first", () => {
    const lead = first(
      "What is Japan moving toward in foreign policy, and what constitutional article does it want to change?",
    );
    expect(lead).toContain("multi-dimensional’ foreign policy");
    expect(lead).toContain("Article 9");
  });
});

describe("a phrase one step wider or narrower counts a little", () => {
  const index = () => api.context().app.dataset.ask;
  it.each([
    // WordNet: a stumbling block is a kind of obstacle; the article writes "stumbling block".
    ["What is the main obstacle?", "obstacle", "stumbling block"],
  ])("%s: %s → %s, as a phrase at WEIGHTS.lexicalPhrase", (q, word, phrase) => {
    const terms = coverageTerms(index(), interpret(index(), q));
    const t = terms.words.find((w) => w.folded === word);
    const e = t?.expansions.find((x) => x.text === phrase);
    expect(e?.keys.length).toBeGreaterThan(1);
    expect(WEIGHTS.lexicalPhrase).toBeGreaterThan(0);
    // Single words one step wider or narrower still count nothing: only phrases are kept.
    expect(
      t?.expansions.filter((x) => WEIGHTS.lexical[x.relation] === 0).every((x) => x.keys.length > 1),
    ).toBe(true);
  });

  it("ranks the article's phrase for the question's word first", () => {
    expect(first("According to the author, what is the main obstacle in the dispute?")).toContain(
      "A major stumbling block in the dispute",
    );
  });
});
