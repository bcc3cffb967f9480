import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion, expectProblem, ROOT, useTestApp } from "../../../test/helpers.ts";
import { nonEmpty, present } from "../../../test/lists.ts";

const api = useTestApp();

type Body = {
  status: string;
  answer: string;
  answers: {
    claim: { id: string; speaker: { id: string }; evidence?: unknown };
    evidence: { text: string };
    citation: { endnote: number | null; sources?: unknown };
    confidence: number;
    part: number | null;
  }[];
  related: { claim: { id: string } }[];
  interpretation: Record<string, unknown> & {
    unrecognized: { text: string; kind: string }[];
    parts: { text: string }[];
    entities: { id: string; via: string; distance?: number }[];
  };
};

const ask = (q: string) => api.get(`/v1/ask?q=${encodeURIComponent(q)}`);

describe("GET /v1/ask", () => {
  it("answers the user's example first with Putin's 2001 affirmation, cited to endnote 16 → Smith", async () => {
    const res = await ask("What did Putin say about the 1956 Declaration?");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.interpretation).toMatchObject({
      intent: "statement",
      speaker: "vladimir-putin",
      fallback: false,
    });
    const first = body.answers[0];
    expect(first.evidence.text).toContain("Putin affirmed that the 1956 Declaration was still valid");
    expect(first.evidence.section.heading).toBe("Background of the Bellicose Relationship");
    expect(first.evidence.selector.exact).toBe(first.claim.quote);
    expect(first.citation).toMatchObject({ endnote: 16, kind: "ibid", chain: [16, 15, 8], pages: "5-6" });
    expect(first.citation.source).toMatchObject({
      authors: ["Mark A Smith"],
      title: "Russo-Japanese Relations",
    });
  });

  it("leads with the status and a direct answer in the article's words with its endnote, and carries evidence and citation once", async () => {
    const res = await ask("What did Putin say about the 1956 Declaration?");
    const body = res.json() as Body;
    expect(Object.keys(body).slice(0, 4)).toEqual(["question", "status", "answer", "answers"]);
    expect(body.status).toBe("answered");
    expect(body.answer).toBe(
      "In 2001, Putin affirmed that the 1956 Declaration was still valid and the hard stand towards the ‘January 1960 USSR Memorandum to the Government of Japan’ had changed [16].",
    );
    for (const a of nonEmpty(body.answers)) {
      expect(a.claim.evidence).toBeUndefined();
      expect(a.citation.sources).toBeUndefined();
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
    expect(present(body.answers[0], "the first answer").confidence).toBeGreaterThan(
      present(body.answers.at(-1), "the last answer").confidence,
    );
    // Five answers used to weigh 22 KB.
    expect(res.body.length).toBeLessThan(14_000);
  });

  it.each([
    ["What was agreed at the 2016 Nagato summit?", "Nagato"],
    ["What did Donald Trump say about the Kuril Islands?", "Donald Trump"],
    ["How did Japan react to the annexation of Crimea?", "Crimea"],
    ["what did yoshihide suga say about russia", "yoshihide suga"],
    ["What was the volume of Russia-Japan trade in 2020?", "2020"],
    ["What did the United Nations say about the islands?", "United Nations"],
  ])("does not answer %j: it names %j, which the article never mentions", async (question, unknown) => {
    const body = (await ask(question)).json() as Body;
    expect(body.status).toBe("unanswerable");
    expect(body.answers).toEqual([]);
    expect(body.interpretation.unrecognized.map((u) => u.text)).toContain(unknown);
    expect(body.related.length).toBeLessThanOrEqual(5);
    expect(body.answer).toMatch(/^The article does not answer this/);
  });

  it("does not answer a question about known things the article does not say", async () => {
    const body = (await ask("How many people live on Shikotan?")).json() as Body;
    expect(body.status).toBe("unanswerable");
    expect(body.related.length).toBeGreaterThan(0);
  });

  it.each([
    // Open questions worded away from the article still get answers (OPEN_THRESHOLDS) ...
    ["What pushed Japan to look around for other sources of energy?", "answered"],
    ["Why is Moscow keen on Tokyo these days?", "answered"],
    // ... while one that asks for a particular thing the article lacks is still not answered.
    ["How many people live on Shikotan?", "unanswerable"],
  ])("%s → %s", async (q, status) => {
    const body = (await ask(q)).json();
    expect(body.status).toBe(status);
    if (status === "answered") expect(body.answers.length).toBeGreaterThan(0);
  });

  it("links a misspelt name by spelling and says so", async () => {
    const body = (await ask("What did Puttin say about the territorial problem?")).json() as Body;
    expect(body.status).toBe("answered");
    expect(body.interpretation.entities).toContainEqual(
      expect.objectContaining({ id: "vladimir-putin", via: "fuzzy", distance: 1 }),
    );
    expect(present(body.answers[0], "the first answer").evidence.text).toContain(
      "We inherited it from the past",
    );
  });

  it("answers each part of a two-part question within the first answers", async () => {
    const body = (
      await ask(
        "With China rising, what is Abe determined to do, and why does that make relations with Russia matter?",
      )
    ).json() as Body;
    expect(body.interpretation.parts).toHaveLength(2);
    const texts = body.answers
      .slice(0, 3)
      .map((a) => a.evidence.text)
      .join(" ");
    expect(texts).toContain("Abe is determined to put Japan on the road to economic recovery");
    expect(new Set(body.answers.slice(0, 2).map((a) => a.part))).toEqual(new Set([0, 1]));
  });

  it("gives the first answer the claims its direct answer is put together from, with every endnote once", async () => {
    type Lead = {
      alongside?: {
        claim: { id: string };
        sentence: string;
        endnote: number | null;
        part: number | null;
        role: string;
      }[];
      citations?: { endnote: number; text: string | null }[];
    };
    type LeadBody = Omit<Body, "answers"> & { answers: (Body["answers"][number] & Lead)[] };
    const cases: [string, string, string, number[]][] = [
      // Two parts, answered by two sentences of one paragraph.
      ["When were the two plus two talks, and what was agreed there?", "part", "'two plus two' talks", [36]],
      // Two sides.
      ["How do Moscow and Tokyo differ on the meaning of the 1956 declaration?", "side", "For Japan", [16]],
      // A sentence that points back ("To achieve this national objective") and the one it points to.
      [
        "Why is Japan's tie with Russia so crucial to Abe's national objective?",
        "antecedent",
        "With China’s rise",
        [23],
      ],
      // A source question: the later sentence that bears the answer's endnote marker.
      ["Which source backs Putin's 'pivot East' remarks?", "marker", "He announced ambitious plans", [17]],
    ];
    for (const [q, role, text, endnotes] of cases) {
      const body = (await ask(q)).json() as LeadBody;
      const first = present(body.answers[0], `the first answer to ${q}`);
      const alongside = nonEmpty(first.alongside ?? []);
      expect(
        alongside.map((a) => a.role),
        q,
      ).toContain(role);
      expect(alongside.map((a) => a.sentence).join(" "), q).toContain(text);
      expect(body.answer, q).toContain(text);
      expect(
        first.citations?.map((c) => c.endnote),
        q,
      ).toEqual(endnotes);
      for (const later of body.answers.slice(1)) expect(later.alongside, q).toBeUndefined();
    }
    // A quote spanning another endnote's marker rests on it too ("… resume talks² on resolving the territorial dispute³ …").
    const spanning = (
      await ask("When and where did Abe meet Putin to resolve the territorial dispute?")
    ).json() as LeadBody;
    const meeting = nonEmpty(spanning.answers).find(
      (a) => a.claim.id === "intro-abe-putin-meet-moscow-2013-04",
    );
    expect(meeting?.citations?.map((c) => c.endnote)).toEqual([3, 2]);
    // A single sentence that says it all needs nothing beside it.
    const single = (await ask("What did Putin say about the 1956 Declaration?")).json() as LeadBody;
    expect(single.answers[0]?.alongside).toBeUndefined();
    expect(single.answers[0]?.citations).toBeUndefined();
  });

  it("leaves out what the question sets apart", async () => {
    const body = (
      await ask("Apart from Japan's economic assets, what else does Russia need from Tokyo?")
    ).json() as Body;
    // In the top 3, as the acceptance asks (reader questions put Japan's own "need"
    // first by a hair); what the exclusion guarantees is that the set-apart claim is left out.
    const top3 = body.answers.slice(0, 3).map((a) => a.evidence.text);
    expect(top3.join(" ")).toContain("needs Tokyo's cooperation");
    expect(body.answers.map((a) => a.evidence.text).join(" ")).not.toContain("are very attractive");
  });

  // [question naming the cited work by publication, kind or year, the endnote that cites it]
  it.each([
    ["Which Financial Times piece is cited for Japan's ambition to be an Asian power again?", 22],
    ["Which USA Today report is cited for what Lavrov said about defence ties?", 36],
    ["Which journal article from 1998 is cited for the perceived decline of American power?", 1],
  ])("answers a source question naming the work it cites: %s → endnote %i", async (q, endnote) => {
    const body = (await ask(q)).json() as Body;
    expect(body.status).toBe("answered");
    expect(body.interpretation.intent).toBe("source");
    expect(body.interpretation.unrecognized).toEqual([]);
    expect(body.answers[0]?.citation.endnote).toBe(endnote);
  });

  it("answers who wrote the article from the byline", async () => {
    const body = (await ask("Who wrote the article and where does she work?")).json() as Body;
    expect(body.status).toBe("answered");
    expect(present(body.answers[0], "the first answer").evidence.text).toContain(
      "Research Fellow at Indian Council of World Affairs",
    );
  });

  it("says fallback when nothing was recognised", async () => {
    const body = (await ask("liquefied gas petrochemical enterprises")).json();
    expect(body.interpretation.fallback).toBe(true);
    expect(body.status).toBe("answered");
    expect(body.answers[0].evidence.text).toContain("petrochemical enterprises");
  });

  it("sets parties side by side for a difference question", async () => {
    const body = (await ask("How do Moscow and Tokyo interpret the 1956 Declaration differently?")).json();
    const speakers = body.answers.map((a: { claim: { speaker: { id: string } } }) => a.claim.speaker.id);
    expect(speakers).toContain("russia");
    expect(speakers).toContain("japan");
  });

  it("answers a chronology in date order", async () => {
    const body = (
      await ask(
        "Which came first: the Tokyo Declaration, the Gorbachev–Kaifu meeting or the January 2003 summit?",
      )
    ).json();
    const starts = body.answers.map(
      (a: { claim: { date: { start: string } | null } }) => a.claim.date?.start,
    );
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect([...starts].sort()).toEqual(starts);
  });

  it.each([
    // A relation word finds the sentence that states the edge (russia administers south-kurils).
    // Issue 9: the evidence of Russia's administration is its offer of joint administration.
    ["Who administers the South Kurils?", "with legal sovereignty remaining with Russia"],
    // A stance right after another named actor's claim answers it.
    ["How did Japan answer Losyukov?", "Japan was unwilling to develop a closer economic relationship"],
    // The names of what a claim is about count: "these meetings" are the Yeltsin–Hashimoto summits.
    ["How did the Yeltsin–Hashimoto summits turn out?", "all these meetings were not fruitful"],
    // A reason sits in the sentence of what it explains.
    ["Why did Japan refuse to sign the treaty?", "rightful owner of the South Kurils"],
    // "Motives" finds the author's "reason … combination of factors", which leads the contrast.
    [
      "What are the different motives of Russia and Japan for the rapprochement?",
      "Japan's need for alternative energy sources",
    ],
    // The author's own line after the body is evidence too.
    ["Where does Indrani Talukdar work?", "Research Fellow at Indian Council of World Affairs, New Delhi"],
  ])("answers %j with the sentence that says it", async (question, sentence) => {
    const body = (await ask(question)).json();
    const texts = body.answers.map((a: { evidence: { text: string } }) => a.evidence.text);
    expect(
      texts.some((t: string) => t.includes(sentence)),
      texts.join("\n"),
    ).toBe(true);
  });

  it.each([
    ["", 400],
    ["x".repeat(501), 400],
    ["bad\u0000byte", 400],
  ])("rejects q=%j with a problem", async (q, status) => {
    expectProblem(await ask(q), status);
  });

  it("rejects a missing q", async () => {
    expectProblem(await api.get("/v1/ask"), 400);
  });

  it("never fails on any question up to 500 characters", async () => {
    // Any string, and strings made of the article's own words, names, years and question words.
    const wordsOf = fc.constantFrom(
      "What",
      "did",
      "Putin",
      "Puttin",
      "say",
      "about",
      "the",
      "1956",
      "Declaration",
      "and",
      "why",
      ",",
      "?",
      "apart from",
      "besides",
      "in 2013",
      "since 1996",
      "Kurils",
      "Abe",
      "Nagato",
      "each",
      "differ",
      "conclusion",
      "who wrote",
      "'",
      "–",
      "Kunashir",
      "Crimea",
      "the 1990s",
      "between 1997 and 1998",
      "not",
      "Moscow",
    );
    const phrase = fc.array(wordsOf, { maxLength: 40 }).map((ws) => ws.join(" "));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 500, unit: "grapheme" }), phrase), async (q) => {
        const res = await ask(q);
        expect([200, 400]).toContain(res.statusCode);
        if (res.statusCode === 200) {
          const body = res.json() as Body;
          expect(["answered", "partial", "unanswerable"]).toContain(body.status);
          if (body.status === "unanswerable") expect(body.answers).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// The shared dev sets and the project's own labelled sets, scored by the shared scripts against a
// real listening server. In CI a missing ../shared is a failure, not a skip.
const EVAL = join(ROOT, "..", "shared", "eval");
const FIXTURES = join(ROOT, "test", "fixtures", "ask");
const haveShared = existsSync(join(EVAL, "score-ask.mjs"));
if (process.env.CI && !haveShared) {
  describe("shared eval", () => {
    it("is present beside the repository in CI", () => {
      expect.fail(`${EVAL} is missing: CI must run the shared scorers`);
    });
  });
}

describe.skipIf(!haveShared)("question sets scored by ../shared/eval", () => {
  let address: string;
  const run = async (script: string, args: string[]) => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(EVAL, script), ...args]).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout }),
    );
    return stdout;
  };
  beforeAll(async () => {
    address = await api.context().app.listen({ port: 0, host: "127.0.0.1" });
  });
  const score = (stdout: string) => {
    const m = /ask score (\d+)\/(\d+)/.exec(stdout);
    return m ? Number(m[1]) / Number(m[2]) : 0;
  };

  it("dev questions: every one in the top 3, at least 15 of 17 first", async () => {
    const top3 = await run("score-ask.mjs", [address, join(EVAL, "dev-questions.json"), "--top", "3"]);
    expect(score(top3), top3).toBe(1);
    const top1 = await run("score-ask.mjs", [address, join(EVAL, "dev-questions.json"), "--top", "1"]);
    expect(score(top1), top1).toBeGreaterThanOrEqual(15 / 17);
  });

  it("dev unanswerable questions: abstains on all, keeps every dev question answered", async () => {
    const out = await run("score-abstain.mjs", [
      address,
      join(EVAL, "dev-unanswerable.json"),
      join(EVAL, "dev-questions.json"),
    ]);
    expect(out, out).toMatch(/abstain 10\/10 .*keep 17\/17 /);
  });

  it("the project's labelled questions: at least 95% in the top 3 and 82% first", async () => {
    const questions = join(FIXTURES, "questions.json");
    const top3 = await run("score-ask.mjs", [address, questions, "--top", "3", "--min", "0"]);
    expect(score(top3), top3).toBeGreaterThanOrEqual(0.95);
    const top1 = await run("score-ask.mjs", [address, questions, "--top", "1", "--min", "0"]);
    expect(score(top1), top1).toBeGreaterThanOrEqual(0.82);
  });

  // Written for the answers read with another sentence (two parts, two sides, a sentence that
  // points back, a follow-up) before those were built: 2 of 20 first, 17 in the top 3, then.
  it("questions answered by two sentences: at least 70% first and 85% in the top 3", async () => {
    const questions = join(FIXTURES, "lead-questions.json");
    const top1 = await run("score-ask.mjs", [address, questions, "--top", "1", "--min", "0"]);
    expect(score(top1), top1).toBeGreaterThanOrEqual(0.7);
    const top3 = await run("score-ask.mjs", [address, questions, "--top", "3", "--min", "0"]);
    expect(score(top3), top3).toBeGreaterThanOrEqual(0.85);
  });

  // Written before events asked in order were read item by item (sequence.ts): 7 of 12 first then.
  it("events asked in order: at least 11 of 12 first and in the top 3", async () => {
    const questions = join(FIXTURES, "order-questions.json");
    const top1 = await run("score-ask.mjs", [address, questions, "--top", "1", "--min", "0"]);
    expect(score(top1), top1).toBeGreaterThanOrEqual(11 / 12);
    const top3 = await run("score-ask.mjs", [address, questions, "--top", "3", "--min", "0"]);
    expect(score(top3), top3).toBeGreaterThanOrEqual(11 / 12);
  });

  const abstain = async (unanswerable: string, ...answerable: string[]) => {
    const out = await run("score-abstain.mjs", [
      address,
      join(FIXTURES, unanswerable),
      ...answerable.map((f) => join(FIXTURES, f)),
      "--min-abstain",
      "0",
      "--min-keep",
      "0",
    ]);
    const [, abstained, asked, kept, total] = present(
      /abstain (\d+)\/(\d+) .*keep (\d+)\/(\d+)/.exec(out),
      `the scorer's summary line in ${out}`,
    );
    return { out, abstained: Number(abstained) / Number(asked), kept, total };
  };

  // Not all: the open questions' thresholds (answerability.ts, OPEN_THRESHOLDS) let "What is the
  // military presence of Russia on Etorofu today?" through (Etorofu is Iturup's Japanese name, so
  // nothing in it is unknown), to stop abstaining on one answerable question in five on
  // independent held-out sets.
  it("the project's unanswerable questions: abstains on at least 95%, keeps every answerable one", async () => {
    const r = await abstain("unanswerable.json", "questions.json");
    expect(r.abstained, r.out).toBeGreaterThanOrEqual(0.95);
    expect(r.kept, r.out).toBe(r.total);
  });

  it("events asked in order of things the article does not mention: abstains on all, keeps every answerable one", async () => {
    const r = await abstain("order-unanswerable.json", "order-questions.json");
    expect(r.abstained, r.out).toBe(1);
    expect(r.kept, r.out).toBe(r.total);
  });

  // Written in rounds of the shape of the dev unanswerable questions (names and things the
  // article never mentions, typed in lower case, in capitals of common words, in keywords); each
  // round's misses were read and the next written after the fix ("what did trump say", "the Power
  // of Siberia pipeline", Title Case, "russia japan fishing agreement", trade in 2013, what was
  // agreed about fisheries, Japanese banks). Still let through (3 of 93): "may" (a modal, as in
  // "what did may say"), missiles on Iturup, a navy base on Sakhalin: a place the article has
  // carries them.
  it("names and things the article never mentions, as typed: abstains on at least 90%, keeps questions in Title Case and capitalised offices", async () => {
    const r = await abstain("unanswerable-names.json", "answerable-written.json");
    expect(r.abstained, r.out).toBeGreaterThanOrEqual(0.9);
    expect(r.kept, r.out).toBe(r.total);
  });

  it("near-topic questions (absent offices, topics, figures, places): abstains on at least 95%, keeps every answerable one", async () => {
    const r = await abstain("unanswerable-near.json", "answerable-focus.json");
    expect(r.abstained, r.out).toBeGreaterThanOrEqual(0.95);
    expect(r.kept, r.out).toBe(r.total);
  });
});

describe("a cited work the question names", () => {
  it("is reported in the interpretation and its explanation", async () => {
    const body = await askQuestion(api.get, "What did the Hindustan Times report about China?");
    expect(body.interpretation.works.map((w) => w.text)).toEqual(["Hindustan Times"]);
    expect(body.interpretation.explanation).toContain("cited work: Hindustan Times");
    expect(body.answers[0]?.citation.endnote).toBe(23);
    // the direct answer names the work: the endnote's own text, as plain text
    expect(body.answer).toMatch(/\[23\] Kanwal Sibal, “Let the Economy Blossoms Bloom”, The Hindustan Times/);
  });

  it("is empty when the question names none", async () => {
    const body = await askQuestion(api.get, "What did Putin say about the 1956 Declaration?");
    expect(body.interpretation.works).toEqual([]);
  });
});
