import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "../../test/helpers.ts";
import { type Dataset, openDataset } from "../dataset/dataset.ts";
import { openReadOnly } from "../db/open.ts";
import { seedDatabase } from "../seed/seed.ts";
import { interpret } from "./interpret.ts";
import { numberedForms } from "./linker.ts";

let data: Dataset;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kuril-kg-linker-"));
  seedDatabase(join(dir, "db.sqlite"), SEED_DIR);
  data = openDataset(openReadOnly(join(dir, "db.sqlite")));
});
afterAll(() => {
  data.db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const linked = (question: string) => interpret(data.ask, question).entities.map((e) => e.id);

describe("entity linking", () => {
  it.each([
    ["What did Putin's government say?", "vladimir-putin"],
    ["what did PUTIN say", "vladimir-putin"],
    ["What did Sergie Lavrov say?", "sergei-lavrov"],
    ["What did Aleksand Losyukov say in 2000?", "alexander-losyukov"],
    ["What did the Russian foreign minister say about defence ties?", "sergei-lavrov"],
    ["What did the Japanese prime minister in 2013 want?", "shinzo-abe"],
    ["Whom did the Soviet President meet?", "mikhail-gorbachev"],
    ["What is Japan's role in the Asia-Pacific Economic Corporation?", "apec"],
    ["Which islands are the Habomai Rocks part of?", "habomai"],
    ["What does Article 9 of the 1956 Declaration say?", "article-9-of-the-1956-declaration"],
    ["What does Article 9 of the Japanese Constitution prohibit?", "article-9-of-the-japanese-constitution"],
    ["When did the Yeltsin–Hashimoto summits happen?", "boris-yeltsin"],
    // an office by other words: the premier, the country's leader, "Japan's Prime Minister"
    ["When Japan's premier came to Moscow in 2013, what did he want?", "shinzo-abe"],
    ["Did the Russian leader accept blame in 2013?", "vladimir-putin"],
    ["What did the Soviet leader discuss with Kaifu?", "mikhail-gorbachev"],
    ["Which Russian leader visited Tokyo in 1993?", "boris-yeltsin"],
    ["What did Japan's Prime Minister want in 2001?", "yoshiro-mori"],
    // an acronym typed in lower case, a country's code
    ["when did the ussr collapse", "soviet-union"],
    ["what is japan's role in apec", "apec"],
    ["when were the ru jp two plus two talks", "russia"],
    ["jp stance on the islands", "japan"],
    ["what did the jpn PM want in 2013", "shinzo-abe"],
    ["Who was the leader of Japan in 1991?", "toshiki-kaifu"],
    // an office's short form
    ["What did the Russian FM say about defence ties with Japan?", "sergei-lavrov"],
    // a name in capitals that is a function word in lower case; a state's government by its adjective
    ["How does the US see Russia and Japan getting closer?", "united-states"],
    ["What position did the South Korean government take on the talks?", "south-korea"],
    ["what % of energy exports go to asia pac?", "asia-pacific"],
  ])("%s links %s", (question, id) => {
    expect(linked(question)).toContain(id);
  });

  it("reads Moscow as the government when it acts, and as the city after 'in'", () => {
    expect(linked("What does Moscow think of the islands?")).toContain("russia");
    expect(linked("Who met in Moscow in April 2013?")).toContain("moscow");
  });

  it("reads 'us' in lower case as the pronoun", () => {
    expect(linked("Tell us what Putin said about the islands")).not.toContain("united-states");
  });

  it("links no one for a leader named alone or in the plural", () => {
    expect(linked("What do Russian leaders think of Japan?")).not.toContain("vladimir-putin");
    expect(linked("Which leader met Abe?")).toEqual(["shinzo-abe"]);
  });

  it.each([
    // "to" is a destination only after a word of going
    ["What is making Tokyo reconsider its approach to Moscow?", "russia", "moscow"],
    ["According to Moscow's 2013 doctrine, where is global power shifting?", "russia", "moscow"],
    ["Why did Japan move closer to Moscow?", "russia", "moscow"],
    ["When did Yeltsin's visit to Tokyo happen?", "tokyo", "japan"],
    ["What did Xi propose on his trip to Moscow?", "moscow", "russia"],
    ["Who travelled to Moscow in April 2013?", "moscow", "russia"],
    // a city's possessive is its government's, after a preposition of place too
    ["How does Tokyo's reading of the 1956 Declaration differ from Moscow's?", "russia", "moscow"],
    ["What changed in Tokyo's foreign policy?", "japan", "tokyo"],
    // what differs from a party's is no place
    [
      "How Tokyo understanding of 1956 Declaration is different from Moscow understanding?",
      "russia",
      "moscow",
    ],
  ])("%s links %s, not %s", (question, id, not) => {
    expect(linked(question)).toContain(id);
    expect(linked(question)).not.toContain(not);
  });

  it("does not read another state's office as this one's", () => {
    // the article's only foreign minister in 2013 is Russia's
    expect(linked("Which Japanese foreign minister attended the talks in November 2013?")).not.toContain(
      "sergei-lavrov",
    );
    expect(linked("What did the Russian foreign minister say in November 2013?")).toContain("sergei-lavrov");
  });

  it("does not read an office in the plural as its holder", () => {
    expect(linked("When did the 2+2 defence-and-foreign-ministers talks happen?")).not.toContain(
      "sergei-lavrov",
    );
    expect(linked("When did the foreign ministers meet?")).not.toContain("sergei-lavrov");
    expect(linked("What did the foreign minister say?")).toContain("sergei-lavrov");
  });

  it("does not read 'us' as the United States", () => {
    expect(linked("What does the article tell us about trade?")).not.toContain("united-states");
  });

  it("does not take the year of a name for a time word", () => {
    expect(interpret(data.ask, "What did Putin say about the 1956 Declaration?").time).toBeNull();
    expect(interpret(data.ask, "What did Putin say in 2001?").time).toMatchObject({
      from: "2001-01-01",
    });
  });
});

describe("numbered names as people type them", () => {
  it.each([
    ["World War II", ["World War 2", "wwii", "ww2", "ww 2"]],
    ["Article IX", []],
    ["Peace Treaty", []],
  ])("%s → %j", (name, forms) => {
    expect(numberedForms(name)).toEqual(forms);
  });

  it.each([
    ["were the soviets and japan on the same side in ww2"],
    ["What happened in WWII?"],
    ["Russia and Japan in World War 2"],
  ])("%s links World War II", (q) => {
    expect(linked(q)).toContain("world-war-ii");
  });
});
