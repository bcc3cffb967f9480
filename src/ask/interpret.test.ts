// How questions are read: tables of phrasings for each reading (parts, exclusions, sections,
// metadata, names the article does not know, misspelt names), on the real seeded article.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers.ts";
import { present } from "../../test/lists.ts";
import { interpret, withFullYears, withGapFilled } from "./interpret.ts";

const api = useTestApp();
const read = (q: string) => interpret(api.context().app.dataset.ask, q);

describe("coordinated questions are split into parts", () => {
  it.each([
    [
      "With China rising, what is Abe determined to do, and why does that make relations with Russia matter?",
      2,
    ],
    ["Who did Gorbachev meet in 1991 and when did Yeltsin go to Tokyo?", 2],
    ["What partnership have Russia and China shared since 1996, and what tension exists despite it?", 2],
    ["When did Boris Yeltsin visit Tokyo and what did he issue?", 2],
    ["What did Putin say? What did Abe say?", 2],
    // a dash between two questions; not after a phrase that asks nothing
    ["Why would Washington welcome it - what does it do for regional security?", 2],
    ["Why would Washington welcome it – and what does it do for regional security?", 2],
    ["Kanwal Sibal's Hindustan Times column - what is it called?", 0],
    ["What is the 'two-plus-two' format - a summit?", 0],
    ["How do Russia and Japan each benefit?", 0],
    ["What did Russia and Japan agree in 2001?", 0],
    ["What is the dispute between Japan and South Korea?", 0],
    // the asker's own remark after the question is no part
    ["when was this article written? i cant find a date", 0],
    ["When did Yeltsin visit Tokyo? I think it was 1993", 0],
    ["When did Yeltsin visit Tokyo? I wonder why it was delayed?", 2],
  ])("%s → %i parts", (q, parts) => {
    expect(read(q).parts).toHaveLength(parts);
  });

  it("gives a part that names nothing the names of the part before", () => {
    const parts = read("Who did Gorbachev meet in 1991 and when did he visit Tokyo?").parts;
    expect(present(parts[1], "the second part").entities.map((e) => e.id)).toContain("tokyo");
  });
});

describe("exclusions", () => {
  it.each([
    ["Apart from Japan's economic assets, what else does Russia need from Tokyo?", "Japan's economic assets"],
    ["Besides the rise of China, what other factors explain the rapprochement?", "the rise of China"],
    ["Other than Sakhalin, where will LNG plants be built?", "Sakhalin"],
    // What is set aside ends where the clause goes on ("to help …", "that …").
    ["Why does Russia want countries other than China to help develop Siberia?", "China"],
    ["What other partners besides the US does Japan want?", "the US"],
    // … or where a participle or a preposition takes it further ("involved in …", "in Asia").
    ["Which states other than China are involved in the Far East's development?", "China"],
    ["Besides Japan's investment in Siberia, what does Russia seek?", "Japan's investment"],
    ["Apart from the islands disputed by both, what divides them?", "the islands"],
    ["Other than China joining talks on security, what worries Moscow?", "China"],
    ["Apart from the US-led alliance, who are Japan's partners?", "the US-led alliance"],
    // a list of names is set aside whole
    ["Besides China, Japan and India, which economies rose in Asia?", "China, Japan and India"],
    ["Other than Japan, South Korea or Vietnam, who does Russia court?", "Japan, South Korea or Vietnam"],
    // a closing phrase after a comma
    ["Why does Russia need Tokyo, besides its investment?", "its investment"],
    // … or at a question word, in keywords typed without a comma
    ["besides senkaku what china japan conflict", "senkaku"],
    ["apart from the us which partners does japan want", "the us"],
  ])("%s leaves out %j", (q, text) => {
    expect(read(q).excluded?.text).toBe(text);
  });

  it.each([
    // a word that only describes what is set aside is no key of it
    ["Besides the wider Asia-Pacific, where is Russia focusing its development?", ["asia", "pacif"]],
    ["Other than the broader Asia-Pacific, which region does Russia develop?", ["asia", "pacif"]],
  ])("%s sets aside the keys %j", (q, keys) => {
    expect(read(q).excluded?.keys).toEqual(keys);
  });

  it.each([
    ["Why does Russia move closer to Japan apart from China?"],
    ["What made Russia and Japan look beyond the island dispute?"],
    // a pronoun points back: nothing named is set aside
    ["Japan has its alliance with the US, but apart from that, what does it want other partners for?"],
  ])("%s is no exclusion (the words are the article's own phrasing)", (q) => {
    expect(read(q).excluded).toBeNull();
  });
});

describe("sections, the author and the article itself", () => {
  it.each([
    ["What is the relationship about, according to the conclusion?", { kind: "section", id: "conclusion" }],
    ["According to the closing section, what does Japan not want?", { kind: "section", id: "conclusion" }],
    ["In the article's final paragraphs, what is said about Japan?", { kind: "section", id: "conclusion" }],
    // "the X part", as a reader names a section
    ["how does south korea come into the security part", { kind: "section", id: "security-and-defence" }],
    [
      "At the end, what does the writer say the relationship is about?",
      { kind: "section", id: "conclusion" },
    ],
    ["What is said about realpolitik at the end of the article?", { kind: "section", id: "conclusion" }],
    // the end of something else is no section
    ["What happened at the end of the Cold War?", null],
    ["In the opening paragraph, what is said to be evolving?", { kind: "section", id: "introduction" }],
    ["According to the intro, how old is the dispute?", { kind: "section", id: "introduction" }],
    // the section as the subject of a verb of saying
    ["What other meeting format does the intro mention?", { kind: "section", id: "introduction" }],
    // the author's view as a label before the question
    [
      "Author's own view: once a treaty's signed, what could the two do about the islands?",
      { kind: "author" },
    ],
    ["What does the conclusion say about non-interference?", { kind: "section", id: "conclusion" }],
    [
      "What does the article say in the introduction about the dispute?",
      { kind: "section", id: "introduction" },
    ],
    ["What do the endnotes say about the 2003 talks?", null],
    ["According to the notes, why were talks dissolved?", { kind: "endnotes" }],
    ["According to the author, will Japan compromise?", { kind: "author" }],
    ["What is the author's position on the island dispute?", { kind: "author" }],
    ["What is the author's stance on Japan's pacifism?", { kind: "author" }],
    // Her own view, however it is asked for.
    ["Why, per the author, will settling the islands take time?", { kind: "author" }],
    ["What does the author expect once the treaty is signed?", { kind: "author" }],
    ["Does the writer think the islands could be run jointly?", { kind: "author" }],
    ["How does the author size up China's position in the region?", { kind: "author" }],
    ["Why, in the writers view, do better ties suit both countries?", { kind: "author" }],
    ["Will Japan compromise, as the author sees it?", { kind: "author" }],
    ["What does the author say the closer ties are really about?", { kind: "author" }],
    ["Which Asian economies does the writer name besides China?", { kind: "author" }],
    ["What does Talukdar call the Kuril dispute?", { kind: "author" }],
    ["What did Putin say in 2001?", null],
    ["What did Putin expect from the summit?", null],
    // A section named by its heading's words.
    [
      "How do Russia's and Japan's aims differ, according to the security section?",
      { kind: "section", id: "security-and-defence" },
    ],
    ["What does the part about energy say about LNG?", { kind: "section", id: "economy-and-energy" }],
    [
      "In the background section, why did talks stall?",
      { kind: "section", id: "background-of-the-bellicose-relationship" },
    ],
    ["What does the section on the change in attitude say?", { kind: "section", id: "change-in-attitude" }],
    // No heading has these words: no section.
    ["What is the most important part of the treaty?", null],
    ["Which part of the islands does Japan claim?", null],
    // a section named by the words of its heading
    [
      "What is prompting both capitals to warm to each other, as the section on shifting attitudes puts it?",
      { kind: "section", id: "change-in-attitude" },
    ],
    ["In the part about the economy, what does Japan want?", { kind: "section", id: "economy-and-energy" }],
    [
      "What does the chapter on engagement dynamics describe?",
      { kind: "section", id: "dynamics-of-engagement" },
    ],
    ["In the section on whaling, what is said?", null],
    // one endnote, by its number
    ["What is endnote 9 citing?", { kind: "endnote", n: 9 }],
    ["what does footnote 22 say", { kind: "endnote", n: 22 }],
    ["Which source does note no. 36 give?", { kind: "endnote", n: 36 }],
  ])("%s → %j", (q, section) => {
    expect(read(q).section).toEqual(section);
  });

  it.each([
    ["Who wrote the article?", "author"],
    ["Who is the author and what is her position?", "author"],
    ["Which institution is the author affiliated with?", "author"],
    ["Where does Indrani Talukdar work?", "author"],
    ["When was the article published?", "published"],
    ["What is the title of the article?", "title"],
    ["What did Lavrov say about defence ties?", null],
    ["What is the author's position on the island dispute?", null],
    ["What is her view on Japan's pacifism, according to the author?", null],
    // "name" as a verb, and someone else's position, are not the byline.
    ["Which other promising Asian economies does the author name?", null],
    ["How does the author size up China's position in the region?", null],
    ["What is the author's name?", "author"],
    // "which work does the author lean on" asks for a cited work, not for where she works …
    ["Which work does the author lean on for the claim that cooperation was short-lived?", null],
    ["What work does the writer cite for the reasons behind the rapprochement?", null],
    // … and "when was it published" after it asks that work's date, not the article's
    ["Which source does the article cite on the pivot East, and when was it published?", null],
    ["Where does the author work?", "author"],
    ["Are the views in the article the author's own?", "disclaimer"],
    ["Does she say whether her views represent those of her institution?", "disclaimer"],
    ["Do the Council's ideas match the author's?", "disclaimer"],
    ["What is the author's own view on the islands?", null],
    // "who wrote that?" after a question of its own asks for the source of its answer …
    ["Why is Russia courting Vietnam? Who wrote that?", null],
    // … and "who wrote this?" before another question is still the article's writer
    ["who wrote this? where does she work?", "author"],
    // "post-Soviet" is no post she holds
    ["In the author's reading, have post-Soviet ties been friendly?", null],
    // "who wrote" the article itself, however named …
    ["who wrote it", "author"],
    ["Who wrote this ICWA paper?", "author"],
    ["Who wrote the piece on Russia and Japan?", "author"],
    ["Who wrote the analysis, and where does she work?", "author"],
    ["Who wrote 'A Reset in Russia and Japan Relationship?'", "author"],
    ["who wrote the ICWA piece asking whether Russia and Japan are hitting 'reset'?", "author"],
    // a quiz's or a brief's label before the question is no part of it
    ["Round 1, easy starter: who wrote the ICWA piece on Russia and Japan?", "author"],
    ["Two-parter on the byline: what's the author's job title?", "author"],
    ["Byline check: who wrote the ICWA 'reset' piece?", "author"],
    // an adverb between "who" and "wrote"
    ["Who actually wrote this piece, and what is their position?", "author"],
    // "position" as what the author does, not her post
    ["How does the author position Russia relative to Japan's goals?", null],
    // … and not a work it cites
    ['Who wrote "Let the Economy Blossoms Bloom"?', null],
    ["who wrote the brookins piece on putin's pivot east", null],
    ["Who wrote the Moscow Times op-ed?", null],
    ["Who wrote the report cited for the LNG figure?", null],
    // what the asker says of themselves before a colon asks nothing
    [
      "For the cover note, I want the exact framing: what headline question does the ICWA piece pose?",
      "title",
    ],
    // a headline of a source is a cited work's title, not the article's
    ["What is the headline of this article?", "title"],
    ["Does the paper's heading present the 'reset' as an accomplished fact?", "title"],
    // "under what title" this piece came out, described by its topic (no cited work's title)
    ["Under what title was this commentary on Russo-Japanese relations published?", "title"],
    ["Under what title did Smith publish his work on Russo-Japanese relations?", null],
    // the article's answer to its title's question is asked, not the title
    [
      "The article's title asks whether Russia and Japan are having a 'reset'. What is the author's answer?",
      null,
    ],
    ["Does the author answer the question in the headline?", null],
    ["Moscow's idea of security at the expense of others - what is the source headline?", null],
    ["what ties did abe want with russia according to the rt headline", null],
  ])("%s → %s", (q, metadata) => {
    expect(read(q).metadata).toBe(metadata);
  });
});

describe("what the article does not know", () => {
  it("a quiz's or a brief's label before the question names nothing the article must know", () => {
    expect(read("Two-parter on the byline: what's the author's job title?").unrecognized).toEqual([]);
  });

  it.each([
    ["What was agreed at the 2016 Nagato summit?", ["Nagato", "2016"]],
    ["How did Japan react to Russia's annexation of Crimea?", ["Crimea"]],
    ["What is Fumio Kishida's policy on the Kuril Islands?", ["Fumio Kishida"]],
    ["What did Donald Trump say about the Kurils?", ["Donald Trump"]],
    ["what did yoshihide suga say about russia", ["yoshihide suga"]],
    ["What did Naruhito and Trump say?", ["Naruhito", "Trump"]],
    ["What was Russia-Japan trade in 2020?", ["2020"]],
    ["What did the Treaty of Portsmouth decide?", ["Portsmouth"]],
    ["What did the co-chairs of Zorvex say?", ["Zorvex"]],
    ["What did the United Nations say about the islands?", ["United Nations"]],
    ["What did the European Union say about the Kuril Islands dispute?", ["European Union"]],
    ["Which companies signed deals at the Eastern Economic Forum?", ["Eastern Economic Forum"]],
    // a name with a number is a name of its own, even when the name alone is the article's
    ["What is Japan's stake in the Sakhalin-1 project?", ["Sakhalin-1"]],
    ["Did Russia sell Su-35 jets to China?", ["Su-35"]],
    // a lowercase word in a question that writes no capitals may be a name
    ["what did the treaty of portsmouth decide", ["portsmouth"]],
    // a name after a nation's adjective
    ["What did the Russian Pacific Fleet do?", ["Fleet"]],
    // a name whose initials are those of another the article uses ("President Putin")
    ["Is Japan joining the Trans-Pacific Partnership?", ["Pacific Partnership"]],
    ["What did the Pacific Partnership decide?", ["Pacific Partnership"]],
    // a language's name or title for a thing, which the article (in English) does not give
    ["What is the German name for the Kuril Islands?", ["German"]],
  ])("%s → %j", (q, unknown) => {
    expect(read(q).unrecognized.map((u) => u.text)).toEqual(unknown);
  });

  it.each([
    ["What did Putin say about the 1956 Declaration?"],
    ["What drove the normalisation of relations from the late 1980s?"],
    ["What did Shinzo Abbe want from his visit to Russia?"],
    ["What is planned near Vladivostock?"],
    ["What did the Russian foreign minister say about defence ties?"],
    ["What is Japan's role in the Asian Development Bank?"],
    ["What did Putin announce at the St. Petersburg International Economic Forum?"],
    ["what is russia's interest in security cooperation with japan"],
    ["What did the Declaraton of 1956 say?"],
    // the article's own parts: words about the document, not names it lacks
    ["What is endnote 9 citing?"],
    ["Which footnote backs the claim about LNG?"],
    ["What does the disclaimer say?"],
    // English words, inflected or rarer, are no names; nor is a negation's "n't"
    ["Frictions with Beijing are making Japan rethink things"],
    ["Which country does Moscow see value in cosying up to?"],
    ["what did they couldn't agree on"],
    ["What did Putin borrow from the US playbook?"],
    // abbreviations of the article's names, and names the article abbreviates ("FT")
    ["Is the author based at ICWA?"],
    ["Which Financial Times story is cited for Japan wanting to be a revived power?"],
    // a given name the article leaves out, before a surname it uses
    ["Did the meetings of Boris Yeltsin and Ryutaro Hashimoto get anywhere?"],
    ["What did Toshiki Kaifu and Mikhail Gorbachev discuss?"],
    // the prefix of a hyphenated word is no word of its own
    ["Could Moscow and Tokyo co-manage the islands?"],
    ["Is Japan a non-aligned state?"],
    // numbered names the article writes ("Sakhalin 2"; "Geneva-2" in an endnote)
    ["What share of LNG does Sakhalin-2 produce?"],
    ["What was the Geneva-2 conference?"],
    // months cut short are times, not names
    ["Which Russian policy paper from Feb 2013 says Japan matters?"],
    ["did japan and russia agree to set up a defence mechanism in nov 2013?"],
    ["What did Abe do in Apr. 2013?"],
    // a nation's adjective of a name the article writes ("North Korea")
    ["Did Lavrov link defence ties to the North Korean nuclear threat?"],
    // a rarer English word in lower case where the question capitalises its names
    ["Across Tsarist and Soviet times, has the dyad been mostly hostile?"],
    ["Is a Sino-Russian condominium over the Far East likely, in the author's reading?"],
    // a Japanese honorific after a name, and the Japanese name of the South Kurils
    ["What did Abe-san hope to achieve in Moscow?"],
    ["Which islands make up the Hoppo Ryodo?"],
    // Japanese names for the government and the 1956 Declaration
    ["What did Moscow promise under the Nisso Kyodo Sengen?"],
    ["What energy does the Kantei want from Russia?"],
    // the general-world name of the article's "sea route through the Arctic Ocean"
    ["What advantage does the Northern Sea Route have over the Suez Canal?"],
    // a dictionary word with a prefix the dictionary does not list it with
    ["How has the Senkaku dispute pushed Tokyo to recalibrate its foreign policy?"],
    // a year that bounds an open time ("post-1945", "pre-1956") is no time the article must name
    ["Does Moscow treat its post-1945 acquisition of the islands as negotiable?"],
    ["Were there pre-1991 attempts at normalisation?"],
  ])("%s → nothing unknown", (q) => {
    expect(read(q).unrecognized).toEqual([]);
  });
});

describe("the words naming a section point, they are not what is asked", () => {
  it("leaves them out of the question's content words", () => {
    const r = read("As the section on shifting attitudes puts it, what is prompting the thaw?");
    expect(r.coverageTerms.map((t) => t.folded)).not.toContain("attitudes");
    expect(r.coverageTerms.map((t) => t.folded)).toContain("thaw");
  });
});

describe("a clause before the question sets the scene", () => {
  it.each([
    [
      "Once a peace treaty is in place, what could Russia and Japan do with the islands?",
      ["russia", "japan"],
    ],
    ["With China on the rise, what does Abe want for Japan?", ["shinzo-abe", "japan"]],
    [
      "When Japan's premier came to Moscow in 2013, did the Russian leader accept the blame?",
      ["vladimir-putin"],
    ],
    // a question that names nothing of its own keeps the scene's names
    ["If Russia and Japan get on well, what could that be a model for?", ["russia", "japan"]],
    // not a scene: no question follows the comma
    ["With whom did Putin meet in 2001, and why?", ["vladimir-putin"]],
  ])("%s → %j", (q, ids) => {
    expect(read(q).entities.map((e) => e.id)).toEqual(ids);
  });
});

describe("the two countries the article is about, unnamed", () => {
  it.each([
    ["What has led the two states to look past their territorial quarrel?"],
    ["What is prompting both capitals to warm to each other?"],
    ["how do both sides see the 1956 Declaration"],
    ["Why do the two neighbours need each other?"],
    ["According to the conclusion, what does each side get out of the relationship?"],
    ["What does either country want from the other?"],
    // "the two" before a verb, or alone
    ["Were there ever times when the two actually got along?"],
    ["Since when have the two been trying to patch things up?"],
    ["What divides the two?"],
  ])("%s → Russia and Japan, neither the speaker", (q) => {
    const r = read(q);
    const pair = r.entities.filter((e) => e.id === "russia" || e.id === "japan");
    expect(pair.map((e) => e.id).sort()).toEqual(["japan", "russia"]);
    expect(pair.every((e) => e.via === "metonym")).toBe(true);
    expect(r.speaker).toBeNull();
  });

  it.each([
    ["What kind of relationship with Japan does Russia say it wants?", "russia"],
    // a word between the sayer and the verb ("himself", "ever", "publicly")
    ["Why China protests at Yasukuni, and what has Abe himself said about it?", "shinzo-abe"],
    ["What did Putin tell Abe in Moscow?", "vladimir-putin"],
    ["What ties with Moscow does Tokyo say it seeks?", "japan"],
  ])("%s → the one before the verb of saying speaks: %s", (q, speaker) => {
    expect(read(q).speaker).toBe(speaker);
  });

  it.each([
    ["were russia and japan ever allies"],
    ["How have Russia-Japan ties changed since 2012?"],
    ["What could Russia and Japan do together once the peace treaty is signed?"],
  ])("%s → two states named together, neither the speaker", (q) => {
    const r = read(q);
    expect(r.speaker).toBeNull();
    expect(r.subjects).toEqual(expect.arrayContaining(["russia", "japan"]));
  });

  it("a person named beside a state still speaks: 'What did Putin and Japan agree?'", () => {
    expect(read("What did Putin and Japan agree?").speaker).toBe("vladimir-putin");
  });

  it.each([["What happened to the two islands?"], ["What happened to the two disputed islands?"]])(
    "%s: 'the two' before a noun is no pair of states",
    (q) => {
      expect(read(q).entities.map((e) => e.id)).not.toContain("russia");
    },
  );

  it("'how does the article describe X' asks the author's own words", () => {
    expect(read("How does the article describe China's place in the region?").section).toEqual({
      kind: "author",
    });
  });

  it("'each of' is no pair", () => {
    expect(read("What did each of the summits achieve?").entities.map((e) => e.id)).toEqual([]);
  });

  it("a question that names one of them keeps its own reading", () => {
    expect(read("What do both sides of the Pacific think of Japan?").entities.map((e) => e.id)).toEqual([
      "japan",
    ]);
  });
});

describe("a name's initials, typed in capitals", () => {
  it.each([
    ["Is the author based at ICWA?", "indian-council-of-world-affairs"],
    ["What did Putin say at SPIEF?", "st-petersburg-international-economic-forum-2013"],
    ["What is Japan's role in the ADB?", "asian-development-bank"],
    // digits joined by a plus, as the article spells them
    ["When were the 2+2 talks held?", "two-plus-two-talks-2013-11"],
    ["How did the 2+2 talks in November 2013 go?", "two-plus-two-talks-2013-11"],
  ])("%s → %s", (q, id) => {
    expect(read(q).entities.map((e) => e.id)).toContain(id);
  });

  it("'the us' in lower case is the US; 'us' alone is the pronoun", () => {
    expect(read("how does the us view closer ties").entities.map((e) => e.id)).toContain("united-states");
    expect(read("did they tell us about the talks").entities.map((e) => e.id)).not.toContain("united-states");
  });

  it("within a name of three words or more, capitals tell nothing: 'us-japan security treaty'", () => {
    expect(read("what does the 1960 us-japan security treaty require").entities.map((e) => e.id)).toContain(
      "us-japan-security-treaty-1960",
    );
  });

  it("initials of three letters or more in lower case link when they are no English word", () => {
    expect(read("is the author based at icwa").entities.map((e) => e.id)).toContain(
      "indian-council-of-world-affairs",
    );
    expect(read("when did the ussr collapse").entities.map((e) => e.id)).toContain("soviet-union");
    // two letters typed in lower case are a word ("us"), not initials
    expect(read("what did they tell us about the islands").entities.map((e) => e.id)).not.toContain(
      "united-states",
    );
  });
});

describe("words the article knows in another form are not unknown names", () => {
  it.each([
    // the article's initials typed in lower case: known, though they link nothing
    ["what does moscow know about japan's role in asean and the adb"],
    // a chat's shorthand
    ["putin 2000 warning about russians having to speak chinese - exact quote pls"],
    ["need the gist asap: what did lavrov say about defence ties"],
    // the language of a wording asked for: English, the article's own; a loanword, English's too
    ["I need the English title of this piece exactly as printed. What is it?"],
    ["The conclusion says the relationship is 'about' a German loanword. Which word is it?"],
    // a word of a heading of the article's
    ["Since when has the relationship been hostile according to the Background section?"],
  ])("%s → nothing unrecognized", (q) => {
    expect(read(q).unrecognized).toEqual([]);
  });

  it.each([
    ["What did Xi Jin Ping propose to Putin?", "xi-jinping"],
    ["xi jin ping's pitch to putin in moscow march 2013", "xi-jinping"],
  ])("a name typed in two pieces, %s, links %s", (q, id) => {
    const r = read(q);
    expect(r.unrecognized).toEqual([]);
    expect(r.entities.map((e) => e.id)).toContain(id);
  });

  it("two English words are not joined into one of the article's", () => {
    // "to day" is no "today"; "north east" stays two words
    expect(read("What happened to day one of the talks?").text).not.toMatch(/today/i);
  });
});

describe("a year typed in two digits", () => {
  it.each([
    ["who did gorbachov meet in 91, and what happened", "who did gorbachov meet in 1991, and what happened"],
    ["why wont japan sign the 56 deal for the kurills", "why wont japan sign the 1956 deal for the kurills"],
    ["the '93 Tokyo declaration", "the 1993 Tokyo declaration"],
    ["what happened in ’01?", "what happened in 2001?"],
    ["partners since 96", "partners since 1996"],
    // counts, shares and names stay as typed
    ["in 23 per cent of cases", "in 23 per cent of cases"],
    ["in 10 years", "in 10 years"],
    ["how many of 30 claims", "how many of 30 claims"],
    ["the Sakhalin 2 plant", "the Sakhalin 2 plant"],
    ["the 4 islands", "the 4 islands"],
    ["Article 9 of the 1956 Declaration", "Article 9 of the 1956 Declaration"],
  ])("%s → %s", (typed, read) => {
    expect(withFullYears(typed)).toBe(read);
  });

  it("the question is read with the year in full and kept as asked", () => {
    const r = read("who did gorbachov meet in 91");
    expect(r.question).toBe("who did gorbachov meet in 91");
    expect(r.time?.from).toBe("1991-01-01");
  });
});

describe("the times of a difference", () => {
  it.each([
    [
      "How did the Soviet stance of January 1960 on the 1956 Declaration differ from Putin's stance in 2001?",
      "1960-01-01",
      "2001-12-31",
    ],
    ["How did Japan's view in 1991 differ from its view in 2013?", "1991-01-01", "2013-12-31"],
    // one time, or a question of no difference: that time alone
    ["How did Putin's stance in 2001 differ from the Soviet one?", "2001-01-01", "2001-12-31"],
    ["What did Putin say in 2001 and in 2013?", "2001-01-01", "2001-12-31"],
  ])("%s → %s to %s", (q, from, to) => {
    const r = read(q);
    expect([r.time?.from, r.time?.to]).toEqual([from, to]);
  });
});

describe("names as people type them", () => {
  it.each([
    ["What did Shinzo Abbe want?", "shinzo-abe", 1],
    ["What did Puttin say about the problem?", "vladimir-putin", 1],
    ["What did Putn say in 2001?", "vladimir-putin", 1],
    ["What did Yeltzin issue in Tokyo?", "boris-yeltsin", 1],
    ["Where is Vladivostock?", "vladivostok", 1],
    ["What did Lavrof say?", "sergei-lavrov", 1],
  ])("%s links %s at distance %i", (q, id, distance) => {
    expect(read(q).entities).toContainEqual(expect.objectContaining({ id, via: "fuzzy", distance }));
  });

  it.each([
    ["What did the trump card mean?"],
    ["Is the pact a sham?"],
    ["What did the Kurile chain look like?"],
  ])("%s links no common English word fuzzily", (q) => {
    expect(read(q).entities.filter((e) => e.via === "fuzzy")).toEqual([]);
  });
});

describe("framing words do not count as what is asked", () => {
  it.each([
    ["Is Japan likely to give ground on the islands, in the author's opinion?", ["opinion", "author"]],
    ["What is the biggest obstacle to a deal, as the author sees it?", ["see", "author"]],
    ["How old is the dispute, going by the article?", ["go", "articl"]],
    ["I'm writing an essay on this - why does Russia cooperate with Japan?", ["write", "essai"]],
    ["What does Russia want, according to the piece?", ["piec"]],
    ["Which summits are discussed in this essay?", ["essai"]],
    // how she describes it, however the verb is spelt
    ["How does the author characterise China's trajectory in the region?", ["characteris"]],
    ["How does the writer characterize Japan's foreign policy?", ["character", "characterize"]],
    ["How does the article portray the Soviet annexation?", ["portrai", "portray"]],
  ])("%s: no %j among its content words", (q, framing) => {
    const keys = read(q).coverageTerms.map((t) => t.key);
    for (const k of framing) expect(keys).not.toContain(k);
    expect(keys.length).toBeGreaterThan(0);
  });

  it("reads a question before a colon as the question, not as a label", () => {
    const keys = read(
      "What does the Soviet memo say: that Japan violated the declaration?",
    ).coverageTerms.map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(["memo", "violat"]));
  });

  it("keeps the same words where they are what is asked", () => {
    expect(
      read("What is public opinion in Japan about the islands?").coverageTerms.map((t) => t.key),
    ).toContain("opinion");
    // "in the author's opinion" still points at the author's claims.
    expect(read("Is Japan likely to give ground, in the author's opinion?").section).toEqual({
      kind: "author",
    });
  });

  it("does not search the full-text index for a word its stemmer would fold into a function word", () => {
    const r = read("Is Japan likely to give ground on the islands?");
    expect(r.searchWords).not.toContain("likely");
    expect(r.coverageTerms.map((t) => t.key)).toContain("likely");
  });
});

describe("the explanation says how a question is answered", () => {
  it.each([
    ["What is the most recent development the article reports?"],
    ["Which is the latest dated event the piece mentions?"],
  ])("%s → answered by date, not a full-text fallback", (q) => {
    const r = read(q);
    expect(r.fallback).toBe(false);
    expect(r.explanation).toContain("latest dated");
    expect(r.explanation).not.toContain("no entity or intent recognised");
  });

  it("a question naming nothing the engine reads is a full-text fallback, and says so", () => {
    const r = read("anything else worth knowing");
    expect(r.fallback).toBe(true);
    expect(r.explanation).toContain("full-text relevance");
  });
});

describe("a second clause that leaves out the verb it shares with the first", () => {
  it.each([
    [
      "What does Russia get from Japan, and Japan from Russia?",
      "What does Russia get from Japan, and what does Japan get from Russia?",
    ],
    [
      "What did Putin say about the islands and Abe about the treaty?",
      "What did Putin say about the islands, and what did Abe say about the treaty?",
    ],
    // "and" between two things asked about, not two parties
    [
      "What did Lavrov say about Russian oil and gas exports to Japan?",
      "What did Lavrov say about Russian oil and gas exports to Japan?",
    ],
    [
      "what did lavrov say about russian oil and gas exports to japan",
      "what did lavrov say about russian oil and gas exports to japan",
    ],
    [
      "what does russia get from japan and japan from russia",
      "what does russia get from japan, and what does japan get from russia?",
    ],
    // a clause with a verb of its own is no gap
    [
      "What does Russia get from Japan, and when did it start?",
      "What does Russia get from Japan, and when did it start?",
    ],
  ])("%s → %s", (q, written) => {
    expect(withGapFilled(q)).toBe(written);
  });

  it("reads each clause as a part", () => {
    expect(read("What does Russia get from Japan, and Japan from Russia?").parts.map((p) => p.text)).toEqual([
      "What does Russia get from Japan",
      "what does Japan get from Russia?",
    ]);
  });
});

describe("a word the asker takes back is not read", () => {
  it.each([
    [
      "Where did Japanese firms want to build LNG plants out in the Soviet, sorry, the Russian Far East?",
      "soviet",
      "far",
    ],
    ["What did Putin, I mean Medvedev, say about the islands?", "putin", "medvedev"],
    ["Did Abe go to Tokyo - or rather Moscow - in 2013?", "tokyo", "moscow"],
    ["What did the Soviet Union, sorry, Russia warn in the 1960 memorandum?", "union", "memorandum"],
  ])("%s → not %s, still %s", (q, dropped, kept) => {
    const { keywords } = read(q);
    expect(keywords).not.toContain(dropped);
    expect(keywords).toContain(kept);
  });

  it("keeps an apology that takes nothing back", () => {
    expect(read("Sorry, what did Putin say about the 1956 Declaration?").entities.map((e) => e.id)).toContain(
      "vladimir-putin",
    );
  });
});

describe("a worksheet's frame is no part of what it asks", () => {
  it.each([
    ["3. In one sentence, state what Japan imports from Sakhalin.", ["3", "sentenc", "state"]],
    ["Q9 (two parts): (a) What did the 1960 memorandum accuse Japan of?", ["q9", "two", "part"]],
    ["According to the reading, who wrote it?", ["read"]],
  ])("%s → none of %j among its keywords", (q, frame) => {
    const { keywords } = read(q);
    for (const k of frame) expect(keywords).not.toContain(k);
  });
});
