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
    [
      "Which Japanese trading houses hold stakes in Sakhalin 2?",
      "Japanese trading houses",
      "asked",
      "organisation",
    ],
    ["Apart from Japan, which country is Russia courting?", "country", "asked", "state"],
    // a name right after "what", no auxiliary between: "what" is asked, of a topic
    [
      "What Losyukov Aleksandr, ex foreign minister, said in 2000 about territorial problem?",
      "territorial problem",
      "topic",
      null,
    ],
    // a capitalised name then a verb in the third person or the past starts the clause
    ["In which sectors Russia invites Japanese companies to Dalniy Vostok?", "sectors", "asked", null],
    // "people" then a preposition or a modal is the subject of the clause after what is asked
    ["what language people in the border regions would end up speaking", "language", "asked", null],
    ["What language people would speak there?", "language", "asked", null],
    ["Which people in Japan opposed the treaty?", "people", "asked", "person"],
    ["Apart from Japan, which other country is Russia courting?", "country", "asked", "state"],
    // a neighbour is a state
    ["Other than China, which neighbour is Japan quarrelling with?", "neighbour", "asked", "state"],
    ["How many Chinese migrants live in the Far East?", "Chinese migrants", "asked", "figure"],
    // a verb after the plural counted ends it
    ["How many islands make up the South Kurils?", "islands", "asked", "figure"],
    ["how much gas does Russia ship as LNG", "gas", "asked", "figure"],
    ["What was the value of Russia-Japan trade in 2013?", "value Russia Japan trade", "asked", "figure"],
    ["What was the value of trade for Japan in 2012?", "value trade", "asked", "figure"],
    // what a party is worth to another is its importance, not a figure; "according to" ends the phrase
    ["What is Japan's value to Moscow?", "value", "asked", null],
    ["what is the value of Japan according to the author?", "value Japan", "asked", null],
    ["What is the capital of Japan?", "capital Japan", "asked", "city"],
    // what a figure or a name is given for
    ["What is the Japanese name for Iturup?", "Japanese name Iturup", "asked", null],
    ["What are the figures for Russia-Japan trade?", "figures", "asked", "figure"],
    // the thing a relative clause tells of
    ["What are the sanctions that Japan imposed on Russia in 2014?", "sanctions", "asked", null],
    // a noun before a noun of no kind of its own describes it
    [
      "In which business sectors has Russia invited Japanese companies to the Far East?",
      "business sectors",
      "asked",
      null,
    ],
    // the names of a kind are instances of it
    [
      "What are the names of the Japanese firms going into the Far East?",
      "Japanese firms",
      "asked",
      "organisation",
    ],
    ["What are the names of the islands Japan claims?", "islands", "asked", "island"],
    // the one at the head of a body
    ["who heads the indian council of world affairs", "heads", "asked", "person"],
    ["Who is the director of the ICWA?", "director", "asked", "person"],
    // a search typed as words asks for the figure it names
    ["russia japan trade figure for 2013?", "russia japan trade", "asked", "figure"],
    ["lng export volume russia", "lng export volume", "asked", "figure"],
    // a president is a person asked for; "US" in capitals is no "us"
    [
      "Who was the US president when Japan signed the 1960 security treaty?",
      "US president",
      "asked",
      "person",
    ],
    ["Who was the Chinese president in 1960?", "Chinese president", "asked", "person"],
    // a verb after a plural noun ends the thing asked
    ["what issues divide them", "issues", "asked", null],
    [
      "Which Japanese economic strengths make Tokyo attractive to Moscow?",
      "Japanese strengths",
      "asked",
      null,
    ],
    // a kind of thing wherever it is; "what's the" is "what is the"
    ["What is the main town on Kunashir?", "main town", "asked", "city"],
    ["What's the main town on Kunashir?", "main town", "asked", "city"],
    ["whats the capital of japan", "capital japan", "asked", "city"],
    // a class noun after whose it is
    ["What was Japan's defence budget in 2014?", "defence budget", "asked", "figure"],
    ["What is Russia’s population?", "population", "asked", "figure"],
    // and a class noun with no article, as a learner writes it
    ["What is population of Russian Far East?", "population Russian Far East", "asked", "figure"],
    // what a figure is given for
    ["What land area does the article give for Iturup?", "land area", "asked", "figure"],
    // a participle and its place end the phrase
    ["What is the current population living on the South Kurils?", "current population", "asked", "figure"],
    ["What is the civilian population based on Iturup?", "civilian population", "asked", "figure"],
    // … after a class noun only: a noun in -ing stays
    ["What was Japan's defence spending in 2012?", "defence spending", "asked", "figure"],
    ["what was value of trade in 2013", "value trade", "asked", "figure"],
    ["What was Japan's share of Russian trade?", "share Russian trade", "asked", "figure"],
    ["What was Shinzo Abe's defence minister called?", "defence minister", "asked", "person"],
    ["What is Abe's position on the islands?", "islands", "topic", null],
    // a stance said about is on its own topic
    [
      "What does the conclusion say about Russia's stance on outside interference?",
      "outside interference",
      "topic",
      null,
    ],
    ["What does the article say about Japan's attitude towards China?", "China", "topic", null],
    // what two sides agreed or talked about
    ["What did Russia and Japan agree about fisheries in 1998?", "fisheries", "topic", null],
    ["What did Abe and Putin discuss about the islands?", "islands", "topic", null],
    // a plural before the subject of what follows ends the phrase
    [
      "What did Putin warn about what languages people in the border areas would speak?",
      "languages",
      "asked",
      null,
    ],
    ["Which islands they claim did the 1956 text promise?", "islands", "asked", "island"],
    ["Which gas deals did Japan sign?", "gas deals", "asked", null],
    // an area is a measure when it is of something, else a region
    ["What is the area of Iturup?", "area Iturup", "asked", "figure"],
    ["From which Russian area does Japan import oil?", "Russian area", "asked", null],
    ["What sanctions did Japan impose on Russia?", "sanctions", "asked", null],
    ["What kind of security architecture is Moscow pressing for?", "security architecture", "asked", null],
    // a plural class noun, and a rate
    ["Which islands make up the South Kurils?", "islands", "asked", "island"],
    ["Which governors spoke out against the plan?", "governors", "asked", "person"],
    ["What growth rate did the zones target?", "growth rate", "asked", "figure"],
    [
      "What did the 1956 Declaration say about Japanese fishing rights around the islands?",
      "Japanese fishing rights",
      "topic",
      null,
    ],
    ["What is Kishida's policy on the Kuril Islands?", "Kuril Islands", "topic", null],
    ["What did Putin say about the 1956 Declaration?", "Declaration", "topic", null],
    // a time or an occasion between the verb and "about"
    ["What did Putin say in 2012 about Chinese migration?", "Chinese migration", "topic", null],
    ["what did mankoff write in his op-ed about energy", "energy", "topic", null],
    // the topic of "the value of X" is X
    ["What did Putin say about the value of ties with Japan?", "ties", "topic", null],
    ["What is Russia's position on the future of the islands?", "islands", "topic", null],
    // words that only describe name nothing: the focus is the noun they describe
    ["How many distinct phases of rapprochement were there?", "phases", "asked", "figure"],
    // a word for a spell of something frames what is counted
    ["How many rounds of attempts at normalisation were there?", "attempts", "asked", "figure"],
    ["How many waves of rapprochement were there?", "rapprochement", "asked", "figure"],
    [
      "What exactly did the 1993 Tokyo Declaration say about the four disputed islands?",
      "four disputed islands",
      "topic",
      null,
    ],
    // an office named after whose it is
    ["Who was Japan's defence minister at the talks?", "Japan defence minister", "asked", "person"],
    ["who is russia's foreign minister", "russia foreign minister", "asked", "person"],
    [
      "Who was Japan's foreign minister sitting across from Lavrov?",
      "Japan foreign minister",
      "asked",
      "person",
    ],
    // the verb of "how much did it cost" names the figure
    ["How much did it cost to build the Sakhalin 2 LNG plant?", "cost", "asked", "figure"],
    ["How much will Japan invest in the Far East?", "invest", "asked", "figure"],
    // the office asked for follows "as"
    ["Who represented Japan as defence minister at the talks?", "defence minister", "asked", "person"],
    // what a figure measures, when it is more than a number
    ["What is the annual output of the Sakhalin 2 plant in tonnes?", "annual output", "asked", "figure"],
    // a class word that describes the noun after it is not the thing asked for
    [
      "In which official Russian document was Japan's importance spelled out?",
      "official Russian document",
      "asked",
      null,
    ],
    // a verb ends the topic
    ["How did their positions on the islands differ?", "islands", "topic", null],
  ])("%s → %s (%s, %s)", (q, text, role, answerType) => {
    expect(focusOf(q)).toMatchObject({ text, role, answerType });
  });

  it.each([
    ["Why does an Arctic shipping lane make Japan matter to Russia?"],
    ["Did the January 2003 summit bring any progress on the peace treaty?"],
    ["were the soviets and japan on the same side in ww2"],
    ["What did Putin say?"],
    // "on" after a gap is an occasion, not a topic
    ["What did Abe say at the summit on Sunday?"],
    ["Who was Putin?"],
    ["How much did Japan and Russia trade in 2012?"],
    ["When was the Tokyo Declaration issued?"],
    // business done is an activity, not a firm to name
    ["What energy business do Japan and Russia do in Sakhalin?"],
    ["what business is japan doing around sakhalin"],
    // a "what" opening a clause after a preposition, its subject after it, asks nothing of its own
    ["What was his forecast about what people in the border regions might speak?"],
    // a name then a verb right after the question word: "what" is asked, no noun
    ["Tell me what Russia invited Japanese firms to do in the Far East"],
    // a verb after "what": the question asks for a cause
    ["what gives Japan weight in the regional economy"],
    ["What drove the normalisation of relations?"],
    ["what led to the talks"],
    [""],
  ])("%s has no focus", (q) => {
    expect(focusOf(q)).toBeNull();
  });
});
