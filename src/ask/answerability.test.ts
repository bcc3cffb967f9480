// Answerability: a question is answered when its specific content (what it asks for, its
// names, its time) is covered by a top claim; near-topic questions about what the article does
// not say are not, and what they ask about that the article never speaks of is reported.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers.ts";
import { present } from "../../test/lists.ts";
import { THRESHOLDS, unmentioned } from "./answerability.ts";
import { ask } from "./engine.ts";

const api = useTestApp();
const run = (q: string) => ask(api.context().app.dataset.ask, q);
/** The quotes of an answer's claims, joined. */
const quotesOf = (r: ReturnType<typeof run>) => {
  const { byId } = api.context().app.dataset.ask;
  return r.answers.map((a) => present(byId.get(a.claimId), `claim ${a.claimId}`).quote).join(" | ");
};
/** The question is not answered. */
const unanswerable = (q: string) => {
  const r = run(q);
  expect(r.status, r.answer).toBe("unanswerable");
};
/** The question is answered, and its answers quote the passage. */
const answeredWith = (q: string, passage: string) => {
  const r = run(q);
  expect(r.status, r.answer).toBe("answered");
  expect(quotesOf(r)).toContain(passage);
};

describe("near-topic questions the article does not answer", () => {
  it.each([
    // an office the article never names
    ["Which Japanese defence minister attended the November 2013 two-plus-two talks?", "defence minister"],
    ["Who was the Japanese ambassador to Moscow in 2013?", "ambassador"],
    // a synonym names an office, a wider word ("diplomat") does not
    ["Who was the Russian ambassador to Japan in 2001?", "ambassador"],
    // a topic the article never speaks of
    ["What did Lavrov say about whaling?", "whaling"],
    ["What did the Tokyo Declaration say about fisheries?", "fisheries"],
    // what is counted is something the article never mentions
    ["How many Chinese migrants live in the Russian Far East?", "migrants"],
    ["How many Russian tourists visit Japan each year?", "tourists"],
    // an office named after whose it is
    ["Who was Japan's defence minister at the November 2013 two-plus-two talks?", "defence minister"],
    ["Who represented Japan as defence minister at the November 2013 two-plus-two?", "defence minister"],
    // an office the article never names, anywhere in the question
    ["When was Losyukov appointed Russia's ambassador to Japan?", "ambassador"],
    ["Did the Japanese emperor ever visit Moscow?", "emperor"],
    // a name the article writes only in a cited work's title
    ["What was the outcome of the Geneva-2 conference?", "geneva-2"],
    // a combining form before anything but a nation's adjective is part of a name
    ["What does Kamal Davar recommend India should do in the Indo-Pacific?", "indo-pacific"],
    // a name with a number, where the article has the name alone
    ["What is Japan's stake in the Sakhalin-1 project?", "sakhalin-1"],
    // an English word where the speaker goes, which the article never uses, is a name
    ["what did bush say about the islands", "bush"],
    ["how did merkel react to the two plus two talks", "merkel"],
    // capitalised words the article knows one by one make a name it never writes
    ["What is the Power of Siberia pipeline?", "power of siberia"],
    ["What did the Japan Times report on Abe's visit?", "japan times"],
    // in keywords, each is a topic: one the article never uses is one it does not cover
    ["russia japan fishing agreement", "fishing"],
    ["russian missile deployment iturup", "missile deployment"],
    // … a word that sorts things into kinds is part of the topic ("civil"), as is the end of a title
    ["india japan civil nuclear deal status", "civil"],
    ["icwa director general name", "general"],
  ])("%s → unanswerable, unrecognized “%s”", (q, term) => {
    const r = run(q);
    expect(r.status).toBe("unanswerable");
    expect(r.answers).toEqual([]);
    expect(r.interpretation.unrecognized.map((u) => u.text.toLowerCase())).toContain(term);
  });

  it.each([
    // a topic no claim holds ("fishing" is known to WordNet only as some "business")
    ["What did the 1956 Declaration say about Japanese fishing rights around the islands?"],
    // a topic of an agreement the article never speaks of
    ["What did Moscow and Tokyo agree about whaling in 2001?"],
    // an organisation of a nation asked for, where the article names only others
    ["Which Japanese banks finance Russian energy projects?"],
    // a figure the sentence dates to another year than the one asked
    ["How much was Russo-Japanese trade worth in 2011?"],
    // a state's view, asked where the speaker goes in a question about a meeting
    ["What did South Korea think of the two plus two meeting?"],
    // leaders of two nations, and signatories, the article does not name
    ["Which Russian and Chinese leaders set up the 1996 partnership?"],
    ["Who signed the 2003 action plan?"],
    // the author's life beyond her byline
    ["Which university did Talukdar study at?"],
    // a part that asks little of its own, after a part the article does not answer
    ["Where did Talukdar take her PhD, and in which subject?"],
    // an instance the article does not name
    ["Which Japanese company is building the LNG plant near Vladivostok?"],
    ["What is the capital of Japan?"],
    ["What is the capital of Russia?"],
    // a figure for a year the article has none for
    ["What was the value of Russia-Japan trade in 2013?"],
    // a name asked for, which no claim gives by naming
    ["What do the Chinese call the Senkaku Islands?"],
    ["What are the islands that Japan and South Korea quarrel over called?"],
    // a successor, which the article names for no one
    ["Who took over from Yoshiro Mori as Japan's prime minister?"],
    ["Who succeeded Yeltsin as president?"],
    // an office after whose it is, before what the question says of its holder
    ["Who was Japan's foreign minister sitting across from Lavrov at the 2+2?"],
    // the person asked for by an office must be found with all the question names
    ["Which Soviet leader signed the 1956 Declaration for Moscow?"],
    // a term of office, which the article speaks of only as "outgoing" or "former"
    ["When was Vladimir Putin first elected president of Russia?"],
    ["Was Shinzo Abe re-elected as prime minister in 2014?"],
    ["When did Shinzo Abe step down as prime minister?"],
    ["Is Shinzo Abe still prime minister?"],
    // what a figure measures, named after whose it is
    ["What was Japan's defence budget in 2014?"],
    ["What is Russia’s population?"],
    // a place the article's event did not happen in
    ["What did Xi Jinping say about the Senkaku Islands during a visit to Tokyo?"],
    ["What did Putin say about the Senkaku Islands during his visit to Tokyo?"],
    // "exactly" is not what is asked: the topic is, and no claim on the Declaration holds it
    ["What exactly did the 1993 Tokyo Declaration say about the four disputed islands?"],
    // a sum of money, where the article gives only a share of gas
    ["How much did it cost to build the Sakhalin 2 LNG plant?"],
    ["How much will Japan invest in the Far East?"],
    // a measure no figure of the article is of
    ["What is the annual output of the Sakhalin-2 liquefaction plant in tonnes?"],
    ["How large, in square kilometres, is Iturup?"],
    ["What's the total population of the Russian Far East?"],
    // a day, where the article gives a month ("When did Abe and Putin meet …" is answered)
    ["On what exact day did Abe and Putin meet in Moscow in April 2013?"],
    ["What date were the two-plus-two talks held?"],
    // a figure of another pair of states than the one the article gives
    ["What was the value of China-Japan trade in 2012?"],
    // a cited work named, asked about what the article does not cite it for
    ["What did the Hindustan Times report about the Kuril Islands?"],
    // an office of one state, where the article names only another state's holder
    ["Which Japanese foreign minister attended the November 2013 talks?"],
    // a count, where the article's only number is in a name ("'two plus two' talks")
    ["How many naval drills have the two countries staged since the November 2013 talks?"],
    // a reaction of someone the article does not report reacting
    ["How did South Korea react to the two-plus-two talks?"],
    // a place or a time the article does not give for what it reports
    ["Where was the January 2003 summit held?"],
    ["When did Russia start shipping LNG from Sakhalin?"],
    // what a person said, where the article quotes others on the topic and not them
    ["What did Abe tell reporters about the Yasukuni Shrine?"],
    ["What did Hashimoto say about the four islands?"],
    // what the question points back to from its premise ("such visits") is what is said of
    [
      "China protests when Japanese leaders visit the Yasukuni Shrine; what has Abe himself said to justify such visits?",
    ],
    // the same, asked of a pronoun after the only person named
    ["Lavrov praised defence ties with Tokyo, but what position did he take on the Senkaku Islands dispute?"],
    // a count, where the article's only number is of something else ("the 67-year old dispute")
    ["How many islands are disputed?"],
    // a topic after a time ("say in 2012 about"), which no claim holds
    ["What did Putin say in 2012 about Chinese migration into the Russian Far East?"],
    // a person's opinion, where the article reports nothing they said
    ["What was Yoshiro Mori's personal opinion of Putin?"],
    // a share the article gives no figure for
    ["What share of Japan's crude oil imports comes from Russia?"],
    // … nor a meeting the article places nowhere, by a city an earlier sentence names for another occasion
    ["Was the 2001 Putin-Mori meeting held in Tokyo?"],
    // … but not a visit the article never tells of
    ["Did Xi Jinping visit Tokyo in March 2013?"],
    // … but not a thing the article never tells of
    ["Does the article say that Putin visited Tokyo in 2013?"],
    // a cited work's language, which the notes never give
    ["Which endnote cites a source written in Japanese?"],
    ["In which language is the Nippon piece written?"],
    // who did it, asked as a guess to check, where the article names no one
    ["Was it Putin who signed the 1956 Declaration?"],
    // when something agreed on took place, where the article tells only of the agreement
    ["When were the first joint anti-piracy drills held?"],
    // a stock of investment, where the article gives plans and no sum
    ["What was the total stock of Japanese investment in the Russian Far East in 2013?"],
    // anyone at all, asked by a word that names no office
    ["Which individuals represented Japan at the November 2013 two-plus-two?"],
    // a figure "given for" a thing, where the only numbers are a date in a note
    ["What land area does the article give for Iturup?"],
    // the author's byline gives no time
    ["When did Indrani Talukdar join the Indian Council of World Affairs?"],
    // "…, and when?" asks a time
    ["Has Shinzo Abe himself visited the Yasukuni Shrine, and when?"],
    // a figure asked with no noun naming it ("how much did it grow", "how large is it")
    ["How much did Japan's defence spending grow under Abe?"],
    ["How big is the Chinese air defence zone over the Senkakus?"],
    // a sum of money, where the article gives a time or a share
    ["How much would Japanese shippers save in dollars on the Northern Sea Route?"],
    ["What was Russia–Japan trade worth in 2013?"],
    // a share of something else than what the article gives one of
    ["What percentage of Russia's energy exports will go to Japan by 2035?"],
    // what was signed, where the article reports a meeting
    ["What did Gorbachev and Kaifu sign when they met in 1991?"],
    ["What agreements did Putin and Abe sign in Moscow in April 2013?"],
    // the view of a people, where the article reports only governments and the author
    ["How did the Japanese public react to Yeltsin postponing his visit?"],
    ["What do Russian voters think about returning Shikotan and Habomai?"],
    // someone present, where the article names only the two leaders
    ["Who else attended the April 2013 Abe–Putin meeting in Moscow?"],
    ["Who represented Japan at the November 2013 two plus two talks?"],
    // a person's later career, or how long they stayed in office
    ["What did Yoshiro Mori do after he stepped down?"],
    ["What did Losyukov go on to become?"],
    ["How long did Lavrov stay on as foreign minister?"],
    // a precise day
    ["When exactly did Japan sign its new security treaty with the US?"],
    // a state's or a body's own stance, where the article reports none
    ["What did Seoul say about the Russia–Japan rapprochement?"],
    ["Does North Korea support closer Russia–Japan defence ties?"],
    ["What position did the Indian government take on the two plus two talks?"],
    ["Has South Korea taken a position on the Kuril dispute?"],
    // the article's own date, asked in other words
    ["On what date was Dr. Talukdar's piece published?"],
    // a second year, which nothing in the article touches
    ["Did the Abe–Putin talks of 2013 lead to a peace treaty by 2018?"],
    ["What does India think about the Kuril dispute?"],
    ["Was Abe's reset popular in Japan?"],
    // an office in the plural is of the state named before it too
    ["Which Japanese ministers sat across from Lavrov at the November 2013 talks?"],
    // a rate, where the article gives a share
    ["How much gas does Sakhalin 2 turn into LNG each year?"],
    // whether someone did something the article does not report them doing
    ["Did Putin visit Tokyo in 2014 to push the peace treaty talks?"],
    // whether something was signed, where the article reports an agreement
    ["Did Putin and Mori sign anything when they met in 2001?"],
    // what a people wants
    ["What do the people living on Kunashiri want?"],
    // the author of a cited work its note does not name, a page it does not give
    ["Who wrote the Platts piece on Russia's draft energy strategy?"],
    [
      "Who is the author of the RT article 'Russia, Japan agree to resume talks on peace treaty after stalling for 10 years'?",
    ],
    ["On which page of Bowen's article does Putin's 'most important geopolitical task' remark appear?"],
    // a term the article uses without saying what it means
    ["What is meant by 'realpolitik' in the conclusion?"],
    ["What does 'Nordpolitik' mean?"],
    ["What is an air defence identification zone?"],
    // a reason for something done, where the article only reports it
    ["Why was Mori on his way out of office when he met Putin?"],
    // what came after an event the article reports last
    ["How did Beijing respond after Moscow demurred at Xi's proposal?"],
    ["What did Xi Jinping say after Moscow demurred on his joint approach?"],
    // a statement the question asks the article to bear out, which no sentence does
    ["Does the article say that China opposed the two plus two talks?"],
    ["Is it true that Japan gets 30 percent of its gas from Russia?"],
    ["Does the article claim that Putin visited Tokyo in 2013?"],
    ["According to the article, did Abe and Putin sign a peace treaty in 2013?"],
    // what came after, asked in a clause before the question
    ["After Moscow rejected the Chinese idea of a joint approach, how did China react?"],
    // whether what was planned or agreed came about
    ["Were the joint anti-piracy drills ever actually held?"],
    ["Did the planned anti-piracy exercises actually take place?"],
    ["Was the 2035 energy strategy draft eventually adopted?"],
    ["Did Moscow ever hand Shikotan and Habomai over in the end?"],
    // a rate, which the article does not give
    ["What growth rate was forecast for the Far East zones?"],
    // trade, asked as a figure, for a year the article gives none for
    ["What was Russia's trade with Japan in 2013?"],
    // an office the article never names, though it names a word of its family ("government")
    ["Which Far Eastern governors backed Japanese investment?"],
    // someone else present, where the article reports one person there
    ["who else gave a speech at the St Petersburg forum in June 2013?"],
    // advice asked of a cited work, which the article only draws a fact from
    ["What do Hill and Lo advise America to do about Russia's turn to Asia?"],
    // a cited author's place of work: the article gives only its own author's
    ["Where is Bobo Lo based?"],
    ["Who does Jeffrey Mankoff work for?"],
    ["Jeffrey Mankoff - which think tank is he with?"],
    // names of a kind the article only speaks of ("Japanese companies"), asked for as keywords too
    ["What are the names of the Japanese firms going into the Russian Far East?"],
    ["Names of the Japanese firms going into the Russian Far East?"],
    // "teach me the X that …" asks for the X, which the article must speak of
    ["Please teach me the sanctions that Japan imposed on Russia in 2014."],
    // a job after the time the article reports someone in
    ["What job did Losyukov hold after 2000?"],
    // what a document lays down, where the article only says it was issued
    ["What are the terms of the Tokyo Declaration that Yeltsin issued?"],
    // a meeting's place, where the sentence names only islands its agreement is about
    ["Where did Mori and Putin meet in 2001?"],
    // a nation's office the article gives no one ("Russia's foreign minister" it does)
    ["What did Japan's foreign minister say about defence ties?"],
    ["What did the South Korean president make of Russia and Japan cosying up to one another?"],
    ["How did the Chinese foreign minister view the two plus two talks?"],
    // a reason for an act, where the article gives only another's view of it (Moscow's of Japan's treaty)
    ["What prompted Tokyo to sign the new security treaty with the US?"],
    // a figure, where the sentence names only "the two countries"
    ["By how much did trade between Russia and Japan grow in 2013?"],
    // a figure asked as a volume or an output, of a pair or a rate the article gives none for
    ["What was the Russia-China trade volume in 2012?"],
    ["Sakhalin 2 annual LNG output in million tonnes?"],
    // two ministries' office of one nation, which the article names no one to
    ["Who were Japan's foreign and defence ministers at the 2+2?"],
    // a detail asked of what the article names only in general ("concessions to Japan in 1992")
    ["Which concessions exactly did the liberal policy makers have in mind in 1992?"],
    ["What specific concessions to Japan were considered in 1992?"],
    // an occasion whose takers-part the article gives only as states ("Japanese leaders' visits")
    ["Which Japanese prime minister visited the Yasukuni Shrine?"],
    ["Did Abe visit the Yasukuni Shrine?"],
    ["Who headed Russia's delegation at the two plus two talks?"],
    // the cause of what the article names only as a cause of something else
    ["What caused the Fukushima disaster?"],
    // a reaction, asked with "when" (what came before): the article reports none after it
    ["How did Xi react when Moscow demurred at his proposal?"],
    // a reason for a trip, where the sentence beside it gives another's reason for another thing
    ["Why did Xi Jinping go to Moscow in March 2013?"],
    // an age, which the article gives of no one
    ["How old was Putin when he met Abe in 2013?"],
    // an offer: a meeting "to discuss ways for engagement" is none
    ["What did Gorbachev offer Kaifu in 1991?"],
    // a month the sentence does not give (nor a quoted name in its sentence: 'January 1960 USSR Memorandum')
    ["In which month did Putin and Mori meet in 2001?"],
    // a place, asked without an auxiliary
    ["Where the Yeltsin-Hashimoto no-necktie summits took place?"],
    // a successor named after "after"
    ["Who became prime minister after Mori?"],
    // a state's view, asked without an auxiliary
    ["What China think about the two plus two talks?"],
    // an office held by someone the sentence does not name (Putin is president, not prime minister)
    ["Who was Russia's prime minister when Abe visited Moscow?"],
    // a nation's office by its possessive: Lavrov is Russia's foreign minister, not Japan's
    ["Who was Japan's foreign minister at the November 2013 talks?"],
    ["Who was the foreign minister of Japan at the two plus two?"],
    // a quiz's frames do not make a question the article cannot answer answerable
    ["True or false: Abe visited the Yasukuni Shrine in December 2013."],
    ["Fill in the blank: the Sakhalin 2 plant is operated by ________."],
    // "Name the …", "name of the …": which one is asked, of an office the article never names
    ["Name the Japanese prime minister who signed the October 1956 declaration in Moscow."],
    ["Name Japan's defence minister at the 2013 two-plus-two talks with Russia."],
    ["name of the japanese economy minister who went to moscow dec 2013"],
    // a measure the article gives of nothing asked: in a unit, in keywords, of a year it has no figure for
    [
      "What's the combined land area, in square kilometres, of Kunashir, Iturup, Shikotan and the Habomai Rocks?",
    ],
    ["population of shikotan"],
    ["What was Russia-Japan bilateral trade in 2013?"],
    ["What percent of Japan's oil imports come from Russia?"],
    // when someone took an office: a sentence dating something done in it does not say
    ["When did Shinzo Abe become prime minister of Japan?"],
    ["What year did Putin first become president of Russia?"],
    // another number of a name the article numbers ("Sakhalin 2"), however typed
    ["what is the sakhalin one project"],
    ["sakhalin 1 partners"],
    // what a document says: the article names the Tokyo Declaration, not its content
    ["what's actually in the 1993 tokyo declaration?"],
    ["What did the Tokyo Declaration say about the islands?"],
    // … however its content is asked for
    ["what terms were set out in the tokyo declaration?"],
    ["what did the 1993 tokyo declaration actually say, in short?"],
    ["What Tokyo Declaration says about the islands?"],
    // a date asked in few words; a name the article writes, typed as a plain word, must be in the dated sentence
    ["date china declared the ADIZ?"],
    ["when did abe visit yasukuni?"],
    // a visit is dated by one the person made to that place, not by another's visit they hosted
    ["When did Putin first visit Japan as president?"],
    ["when is putin going to tokyo?"],
    // a name in lower case stays a name: one slip from several English words ("kerry": berry, merry), or a place WordNet knows
    ["what did john kerry say about russia-japan talks"],
    ["how did japan react to the crimea annexation"],
    // numbers as speech transcribes them; a figure the article gives for another year, or none but "the two"
    ["so what was the trade between russia and japan in twenty thirteen"],
    ["what's the exact population figure for the russian far east"],
    // a cited work's date, which its note does not give
    ["When was Kimura's 'Basic Determinants of Soviet-Japanese Relations' published?"],
    // who did it: a sentence that says the thing was done, not one about the thing alone
    ["who operates sakhalin 2"],
    ["Who runs the Sakhalin 2 LNG plant?"],
    // when: the time of what every one named did, not of another pair's partnership
    ["When did Russia and South Korea sign their strategic cooperative partnership?"],
    // keywords: a common last word says what is wanted; one before it is still a topic
    ["northern territories day japan"],
    ["russia japan visa free travel agreement"],
    // a month asked: a claim dated to another month of that year is of another time
    ["Which city hosted the November 2013 Russia–Japan two-plus-two talks?"],
    ["In which city was the October 1956 USSR-Japanese Declaration signed?"],
    // a count of a part ("the two southernmost islands") is no count of the whole chain
    ["how many islands are there in the whole kuril chain?"],
    // a reaction is to what the question names: a sentence that speaks of it (its names and one of its words)
    ["hey how did japan respond to chinas air defence zone"],
    ["How did Tokyo officially respond to Lavrov's November 2013 remarks on defence ties?"],
    [
      "How did Shinzo Abe respond to Putin's remark that Russia had inherited the territorial problem from the past?",
    ],
    // who led: a sentence that says someone led (an irregular past: "led" is "lead")
    ["who led Japan's defence ministry delegation?"],
    // those who took part, of a kind no class names: actors the sentence names that the question does not
    ["Which warships took part in the Russia-Japan anti-piracy exercise?"],
    ["which warships took part in the russia china drills in the mediterranean"],
    // how a thing works, which no sentence in words of working says
    ["how does a liquefied natural gas plant actually work"],
    ["How would the joint administration of the islands work?"],
    // a premise before a semicolon sets the scene of the question after it
    ["Putin and Mori met in 2001; where did they meet?"],
    [
      "Putin and Yoshiro Mori met in 2001; which city did they meet in, and did they put out a joint statement?",
    ],
    // keywords: a last word of place asks where
    ["Yeltsin-Hashimoto no-necktie summit 1997 location"],
    // an office of a nation the article names no holder of; an office's holder now
    ["Who was President of South Korea when this paper was written?"],
    ["Who is the current Prime Minister of Japan?"],
    ["who was us president when the 1956 declaration was signed"],
    // what a note does not give of the work it cites: its reporter, editor, publisher, a first name
    ["Which journalist wrote the Platts report on Russia's draft energy strategy?"],
    ["Who was the byline reporter on the RT story about Abe's visit?"],
    ["Who edited the SIPRI volume that holds Alexei Zagorsky's chapter on Russian-Japanese relations?"],
    ["Who published the Kimura study on Soviet-Japanese relations?"],
    ["What is Kimura's first name in the citation of endnotes 6 and 7?"],
    // a ministry of a nation the article names neither as a body nor by its minister
    ["How did the Japanese foreign ministry answer Losyukov's 2000 statement on sovereignty?"],
    ["Which endnote cites the Japanese Ministry of Foreign Affairs' position on the Northern Territories?"],
    // an offer asked as what was put on the table, where the article tells only of a meeting
    ["What did Hashimoto put on the table at the no-necktie summits with Yeltsin?"],
    // a foreign ministry, by its short form, of a nation the article names no foreign minister of
    ["What did the Japanese MOFA say about the joint drills?"],
    // what someone said about islands the article names often: in a sentence of them or their quarrel
    ["what did lavrov say about the kuril ilands"],
    // a city gone to that the sentence of the occasion does not name
    ["did putin go to tokyo after abe came to moscow"],
    // a topic the article never speaks of, before the occasion it was to be spoken on (the
    // occasion's sentence echoes the scene, not the topic)
    ["What did Xi Jinping say about the Korean peninsula during his March 2013 trip to Moscow?"],
    ["What did Shinzo Abe say about the Arctic shipping route during his 2013 Moscow visit?"],
    // … not where the question asks of the names in brackets alone
    ["What does the author say about the islets (Dokdo/Takeshima)?"],
    // a name that begins like a word of the article's ("Navalny", "naval") is no word of its family
    ["Which position has Navalny on Kurily question?"],
    // options the article gives none of: a figure, or names it never uses
    ["Multiple choice: the population of Vladivostok is about (a) 600,000, (b) 1.2 million, (c) 2 million?"],
    ["Which Japanese city hosted the 2016 summit: (a) Nagato, (b) Sapporo, (c) Kyoto?"],
    // instructions for what the article does not give: someone's words on a topic it does not
    // quote them on, their very words where it reports them in its own, an office's holder, a figure
    ["Quote Putin on the Senkaku Islands dispute."],
    ["Quote Yoshiro Mori's words at his 2001 meeting with Putin."],
    ["Quote Xi Jinping word for word on his March 2013 proposal to Putin."],
    ["What were Xi Jinping's exact words on his March 2013 proposal?"],
    ["Name South Korea's president in 2013."],
    ["Give me the planned capacity of the LNG plants near Vladivostok."],
    // a wording in another language than the article's English
    ["What were Putin's original Russian words for 'pivot East' at the St. Petersburg forum?"],
    ["What Japanese term does the Kantei use for the 'economic diplomacy' Abe talked about in Moscow?"],
    ["What is the Japanese-language title of the Ferguson article 'Nordpolitik' cited in the first endnote?"],
    // a figure of a pair of nations named by a combining form ("Sino-"), not the pair the article gives it for
    ["What was the dollar value of Sino-Russian trade in 2012?"],
    // a meeting of the persons named in a place the sentence of their meeting does not give
    ["Did Mr Abe and Mr Putin ever meet at a hot-spring town in Japan? Nagato, in 2016, I think it was?"],
    ["Did Abe and Putin ever meet in Japan?"],
    // whether something happened, asked of a four-letter thing the article never speaks of
    ["Did Putin and Abe agree on visa-free visits to the islands for former Japanese residents?"],
    // words asked of an occasion named short ("yasukuni"), which no sentence reports
    ["wat did abe say when he went to yasukuni"],
    // the head of a body the article names no one to
    ["Who is director general of Indian Council of World Affairs?"],
    // a party's comment on an idea ("… could serve as a model"), which the article does not report
    [
      "Has the Government in Seoul commented on the idea that a Russia–Japan settlement could serve as a model?",
    ],
    // what was done, asked by an abstract noun with no complement, the article never tells of
    ["What sanctions did Japan impose on Russia in 2014?"],
    // a party's position named as a noun after it, which no sentence of the article gives
    ["What is the US position on who owns the Kuril Islands?"],
    // forces kept on the islands, which no sentence tells of
    ["does russia have army bases on kunashir"],
    ["Has Russia stationed extra troops on the Kurils in recent years?"],
    // trading houses, operators: organisations the answer must name
    ["Which Japanese trading houses hold stakes in the Sakhalin 2 project?"],
    // a nation's war the article never writes, however cased
    ["how did the korean war start"],
    // a relationship of two the article names only side by side
    ["what is india's relationship with japan like"],
    // another given name before a surname the article uses is another person
    ["What did Akie Abe say about Russia?"],
    // persons asked for by name, where the article names only a group
    ["Which Moscow nationalists, by name, attacked the liberal policy makers in 1992?"],
    // a figure the article gives of nothing the statement counts
    ["Is it true that Russia and Japan held 12 rounds of talks?"],
    // a name described in brackets is still a name the article lacks
    ["What did Kishida (Japan's foreign minister) say about the islands?"],
  ])("%s → unanswerable", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toMatch(/^The article does not answer this/);
  });
});

describe("questions the article answers, in other words than its own", () => {
  it.each([
    // a capital's possessive is its government's, no place things happen in
    ["How does the author describe the shift in Tokyo's foreign policy?", "multi-dimensional foreign policy"],
    // a gathering: the article's forum
    [
      "At which gathering in June 2013 did Putin speak of Russia following the American example and turning its attention eastward?",
      "St. Petersburg International Economic Forum",
    ],
    // spoken fillers before the question say nothing
    ["okay so how many tries were there to fix relations", "three periods of active attempts"],
    ["um alright so who wrote this article", "Indrani Talukdar"],
    // spoken, a "when" clause with no comma dates the question after it
    [
      "when abe was in moscow what did what did putin say about who made the island problem",
      "not us who created",
    ],
    [
      "Did the January 2003 summit bring any progress on the peace treaty?",
      "did not result in any new developments",
    ],
    ["were the soviets and japan on the same side in ww2 and the cold war", "camped opposite each other"],
    ["Why does an Arctic shipping lane make Japan matter to Russia?", "sea route through the Arctic Ocean"],
    ["whats behind russia's interest in security cooperation with tokyo", "strengthen its security"],
    ["How much was Russia-Japan trade worth in 2012?", "$32 billion"],
    ["Which Russian minister spoke about upgrading defence ties in November 2013?", "upgrading defence ties"],
    ["Which Japanese prime minister visited Moscow in April 2013?", "Shinzo Abe met"],
    // the office asked for, read as its holder at the time, is the answer, not a name given
    ["Which Japanese prime minister met Putin in 2001?", "Yoshiro Mori"],
    ["Which Soviet leader met Kaifu in 1991?", "Mikhail Gorbachev"],
    ["How many periods of active attempts at normalisation were there?", "three periods"],
    // a word the article never uses, read through WordNet: "row" → "dispute", "premier" → "prime minister"
    ["Who was the Japanese premier in 2013?", "Japanese Prime Minister Shinzo Abe"],
    // an office's short form is no name the article lacks, whoever the article gives the office to
    [
      "What did former Russian FM Losukov say in 2000 about solving the territorial issue?",
      "inviolability of Russia’s sovereignty",
    ],
    // a term of office the article states, of the one asked about
    [
      "Who was the outgoing Japanese prime minister in 2001?",
      "outgoing Japanese Prime Minister Yoshiro Mori",
    ],
    ["Was Yoshiro Mori about to leave office when he met Putin in 2001?", "outgoing"],
    // "succeeded in" is no successor and no term of office
    ["Has Moscow succeeded in balancing China by courting Japan and Vietnam?", "Japan and Vietnam"],
    // a name given by naming it ("known as") or in quotes
    [
      "What is the name of the partnership between Russia and China?",
      "Strategic Partnership of Coordination",
    ],
    ["What was the 1956 peace treaty called?", "known as"],
    // English's own short forms are no names
    ["Why is Japan rethinking its policies, incl. its relationship with Russia?", "Senkaku"],
    // a part that asks only why of the one before is about that part's words
    [
      "Since the late 1980s, how many rounds of attempts at normalisation were there, and what was behind them?",
      "three periods",
    ],
    // "the intro" is the introduction
    ["According to the intro, how old is the Kurile islands dispte?", "67-year old dispute"],
    ["What did Putin say about the island row?", "Putin"],
    // words that only describe ("distinct", "official") are not what the article must use
    ["How many distinct periods of active attempts were there?", "three periods"],
    [
      "In which official Russian document was Japan's importance for the Asia-Pacific spelled out?",
      "Concept of the Foreign Policy of the Russian Federation",
    ],
    // what a person said, where the article reports their words (or a proposal, an affirmation)
    ["What did Xi Jinping say about the Kuril Islands?", "joint approach"],
    ["What did Losyukov say about sovereignty?", "inviolability of Russia"],
    ["What did Lavrov say about North Korea?", "North Korea"],
    ["What did Putin say about economic development?", "economic development is the best way forward"],
    // a day the article gives
    ["On what date did Lavrov speak about upgrading defence ties?", "November 1, 2013"],
    // "what's" is "what is", not a possessive
    ["What's the title of the article?", "A 'Reset' in Russia and Japan Relationship?"],
    // a reaction the article reports, held by the one reacting
    ["How did Russia respond to Xi Jinping's idea of a joint approach?", "demurred"],
    ["How does China react when Japanese leaders visit the Yasukuni Shrine?", "strident protests"],
    // a place or a time the article gives
    ["Where did Xi Jinping make his proposal to Putin?", "during his visit to Moscow"],
    ["In what year did Gorbachev meet Kaifu?", "In 1991"],
    ["When were the two-plus-two talks held?", "held on November 2013"],
    // a capital asked as a city, not as what a city is
    ["In which capital did Abe and Putin meet in April 2013?", "at Moscow"],
    // a city named in the byline
    ["In which city is the Indian Council of World Affairs?", "New Delhi"],
    // the topic of "the value of X" is X; a time between "say" and "about" is no topic
    ["What did Putin say in December 2013 about the value of ties with Japan?", "Asia-Pacific"],
    ["What is the Kremlin's position on the Soviet takeover of the islands after WWII?", "non-negotiable"],
    // a cited work named by a word of its publication ("RT"), and its date
    ["On what date did RT publish its report that talks on a peace treaty would resume?", "Abe met"],
    // a cited work whose name holds a class word ("price"): the work, not a figure, is asked for
    ["Which Oil Price article is cited for Russia's fear of China's influence in the Far East?", "China"],
    // a second sentence's first word is no name; nor is a nation's combining form
    [
      "I read that Abe went to Moscow in April 2013. According to the report cited, how long had the talks stalled?",
      "Abe met",
    ],
    ["Would a Tokyo-Moscow rapprochement help or hurt a Sino-Russian axis?", "axis"],
    // a capital read as a place may stand for its state
    ["Which Soviet document marked a tougher stance towards Tokyo?", "January 1960 USSR Memorandum"],
    [
      "Is Japan strategically important to Moscow in the Pacific, in the author's view?",
      "geographic position",
    ],
    // English made of the article's words ("Western" of "West"), or two English words as one
    ["Does the writer say the geopolitical landscape is tilting away from the Western world?", "West"],
    ["What timeframe did Putin give for resolving the dispute with Japan?", "time"],
    // a nation's adjective before a name the article uses is no part of an unknown name
    ["Which plant ships Russian LNG to Asia?", "LNG"],
    // a nation's combining form, and a currency asked a figure in
    ["What was the dollar value of Russo-Japanese trade in 2012?", "$32 billion"],
    // a name of a cited work's title, when the question names the work
    [
      "What did the Japan Daily Press report about Abe and the pacifist constitution?",
      "Japanese Constitution",
    ],
    // the article named by its publisher or author ("the ICWA paper") is no constraint on the answer
    ["Is the name of the ICWA paper phrased as a question about a Russia–Japan reset?", "A 'Reset'"],
    // a count of what is asked, in the three words after the number
    ["How many years old is the Kuril dispute?", "67-year old dispute"],
    ["How many distinct phases of rapprochement were there?", "three periods"],
    // "which area" asks for a region, not a measure
    ["From which Russian area does Japan import oil and gas?", "Sakhalin area"],
    // a numbered name the article writes
    ["What share of the LNG market does Sakhalin-2 hold?", "Sakhalin 2"],
    // a list counts: "the Kunashir, Shikotan, Iturup and Habomai Rocks" are four islands
    ["How many islands make up the South Kurils?", "Kunashir, Shikotan, Iturup and Habomai"],
    // a person is spoken of where the events they took part in are
    ["Did the Gorbachev-era and Yeltsin-era meetings with Japan produce results?", "not fruitful"],
    // words for the article's own parts are known, though it does not use them
    [
      "Which source does the endnote cite for Putin calling the Far East the most important geopolitical task?",
      "geopolitical task",
    ],
    // what the new readings ask for, where the article gives it
    ["How much did Russia–Japan trade grow from 2010 to 2012?", "$32 billion"],
    ["What percentage of its energy exports will Russia send to the Asia-Pacific by 2035?", "23 per cent"],
    ["What was signed in 2003 between Moscow and Tokyo?", "Action Plan was signed"],
    ["What treaty did Japan sign with the Americans that upset the Soviets?", "new security treaty"],
    ["Who proposed a joint approach to Japan to Putin in 2013?", "Xi Jinping"],
    // a state's words are its officials' too
    ["What did Russia say about the islands in 2000?", "inviolability of Russia’s sovereignty"],
    ["What is the Japanese government's position on the islands?", "won't compromise"],
    // typed as people type: all lower case, short forms, a reader's adjective before what is counted
    ["besides china, japan and india, which other viable economies does the article list?", "Indonesia"],
    ["what % of energy exports will go to asia pac by 2035?", "23 per cent"],
    ["is washington ok with closer russia-japan ties?", "welcome development"],
    ["how many rounds of serious rapprochement attempts were there?", "three periods"],
    // a cited work's name is its title in the notes; "which part" asks no share
    ["What is the name of the work cited for Putin's pivot to the East?", "take a page"],
    ["Which part of its constitution is Japan thinking of changing?", "Article"],
    ["How much LNG does Russia ship to the Asia-Pacific?", "6 per cent"],
    // a statement the article bears out, in other words
    ["Does the article say the 1956 Declaration promised two islands to Japan?", "two southernmost islands"],
    ["Is it true that Russia ships about 6 per cent of its LNG to Asia?", "6 per cent"],
    ["Does the article say that Abe met Putin in Moscow in 2013?", "Shinzo Abe met"],
    // what the article says of a thing it names explains it; "mean to Japan" asks what it is worth to Japan
    ["What is meant by Article 9 of the Japanese Constitution?", "prohibits the use of war"],
    ["What does Russia mean by a non-bloc security architecture?", "non-bloc principles"],
    // the article's own date is not asked by "when the article was written" inside another question
    ["How long had the Kuril dispute lasted when the article was written?", "67-year old dispute"],
    // a reason the article gives in so many words, or a view that explains
    ["Why were the talks dissolved in 2003?", "non-negotiable stand"],
    ["Why did Moscow think Japan had violated the 1956 Declaration?", "signing a new security treaty"],
    // "after" with no subject of its own is no earlier event ("after meeting Abe")
    ["What did Putin say after meeting Abe in April 2013?", "It was not us who created this problem"],
    ["Did Yeltsin and Hashimoto meet again in 1998?", "April 1998"],
    // Moscow stands for the Soviet Union too: its 1960 memorandum is its reaction
    ["How did Moscow react to Japan's 1960 security treaty with the US?", "violated the 1956 Declaration"],
    // a title of common words typed in lower case is the phrase, not the cited work ("Russo-Japanese Relations")
    [
      "What did Putin say in December 2013 about what russo-japanese relations bring to Asia?",
      "contribute to",
    ],
    // a "what" inside the question, after a preposition, asks nothing of its own
    [
      "What was Putin's warning in 2000 about what people in the border regions may have to speak?",
      "speak Chinese",
    ],
    // the Japanese names of the islands
    ["Which islands does Tokyo claim, Etorofu among them?", "Kunashir, Shikotan, Iturup and Habomai"],
    // a verb ends the topic ("positions on the islands differ")
    ["How did the Russian and Japanese positions on the islands differ in 2000?", "inviolability"],
    // an outcome the article reports in a past form, not only planned
    ["Did Abe and Putin actually meet in Moscow in April 2013?", "Shinzo Abe met"],
    ["Were the two plus two talks ever actually held?", "held on November 2013"],
    ["Did the 2003 action plan ever get signed?", "was signed"],
    ["Did Japan ever agree to hold exercises with Russia?", "agreed to hold"],
    // islands named, asked for by their class
    [
      "Which islands does Japan want Moscow to recognise as Japanese?",
      "Kunashir, Shikotan, Iturup and Habomai",
    ],
    // someone else present, when the question names one and the article another
    ["Who else was at the April 2013 Moscow meeting with Putin?", "Shinzo Abe"],
    // advice in the article's words of need or of the best way
    ["What did Putin recommend as the way to settle the dispute?", "best way forward"],
    ["What should Russia and Japan promote, according to the conclusion?", "promote dialogue"],
    // the author's own place of work is in the byline
    ["Who does Talukdar work for?", "Indian Council of World Affairs"],
    ["Which think tank is Talukdar with?", "Indian Council of World Affairs"],
    // a question in Title Case capitalises its English words, which are no names
    ["What Did Putin Say About The 1956 Declaration?", "still valid"],
    ["What Did The Author Conclude About Realpolitik?", "realpolitik"],
    // an office in capitals, and an adjective made from a name the article has
    ["What did the Russian Foreign Minister say about defence ties?", "upgrading defence ties"],
    // a capitalised word that is no noun is no part of a name ("Washington OK")
    ["Is Washington OK with Russia and Japan getting closer?", "welcome development"],
    ["Could Moscow and Tokyo help calm other East Asian disputes?", "disputes"],
    // a name the article links, after an office read as its holder
    ["What did Putin and the japanese PM Mori settle on in 2001?", "continue negotiations"],
    // keywords the article uses, an aspect asked ("age"), its own acronym in lower case
    ["kuril islands dispute age", "67-year old dispute"],
    ["What was Japan's trade with Russia in 2012?", "$32 billion"],
    ["putin pivot east spief", "pivot East"],
    ["gorbachev kaifu meeting 1991 concessions", "Kaifu"],
    // … a word mostly used to judge ("real", "main") qualifies the topic
    ["russia japan security cooperation real reason china", "covert concern over China"],
    ["main reason russia japan rapprochement", "rise of China"],
    // a city's old name for its state ("Peking"), as the article writes "Beijing"
    [
      "Besides Japan, which other Asian country is Russia courting in order to offset Peking?",
      "Japan and Vietnam",
    ],
    // a contraction is no name; the question, not the statement before it, says what kind it is
    ["I've read this under other headlines. What is its exact title as published?", "A 'Reset' in Russia"],
    // a lead-in before a colon sets the scene
    [
      "Turning to the Cold War years: what did the January 1960 memorandum accuse Japan of?",
      "violated the 1956 Declaration",
    ],
    // what the one asked of did after another's act, told in the same sentence
    ["How did Russia respond after Xi proposed a joint approach on Japan?", "demurred"],
    [
      "How did Moscow react after Japan signed the 1960 security treaty with the US?",
      "violated the 1956 Declaration",
    ],
    // the author's words, not her life
    ["How old does Talukdar say the Kuril dispute is?", "67-year old dispute"],
    // two question words of one clause are one question ("which source, and which page, …")
    [
      "Which source, and which page, supports the claim that Moscow thought Japan had broken the 1956 Declaration?",
      "violated the 1956 Declaration",
    ],
    [
      "Who wrote, and where, the argument that Russo-Japanese cooperation undercuts a Chinese-Russian axis?",
      "Chinese-Russian axis",
    ],
    // the same, after a part the article answers
    ["Who did Gorbachev meet in 1991, and when?", "Toshiki Kaifu"],
    // "of what date" asks a document's date, which a month gives
    [
      "Which Russian document, and of what date, expressed Japan's importance in the Asia-Pacific?",
      "February 2013",
    ],
    // "the author" characterising relations is the article's author, not a cited work's
    [
      "How does the author characterise Russo-Japanese relations across their Tsarist, Communist and democratic phases?",
      "dominated by conflict",
    ],
    // keywords that ask for someone's words; a clause with a question word is no keywords
    ["putin quote on the territorial problem", "It was not us who created this problem"],
    ["Putin remark about who created the island problem", "It was not us who created this problem"],
    [
      "Russia said it would promote a certain kind of relations with Japan. Which kind?",
      "good neighbourly and multidimensional relations",
    ],
    // "sign up to" is agreeing, no signing
    [
      "What did Russia and Japan sign up to at the two plus two talks?",
      "joint military and anti-piracy exercises",
    ],
    // "the Tsars" of the article's "Tsarist"; a comma ends a name ("the Tsars, Communism")
    ["Were relations better under the Tsars, Communism or democracy?", "dominated by conflict"],
    // a topic in the reader's idiom, whose words after it are the claim's
    ["When did Putin speak of borrowing from America's playbook and pivoting East?", "pivot East"],
    // the answerable counterparts of the age, offer, month, place, view and office rows above
    ["How did Moscow respond when Xi proposed a joint approach?", "demurred"],
    // a purpose in the report's own sentence is its reason
    ["Why did Abe travel to Moscow in April 2013?", "to resume talks"],
    ["What prompted Japan to look for energy alternatives?", "Fukushima nuclear disaster of 2011"],
    ["Who visited Moscow in March 2013?", "Xi Jinping"],
    ["Did Putin attend the St. Petersburg forum in June 2013?", "Petersburg International Economic Forum"],
    // the detail given: a list, a quotation, a number other than a year
    ["What exactly makes Japan's economy attractive to Russia?", "advanced technology"],
    ["What exactly did Putin warn about in 2000?", "will have to speak Chinese, Japanese and Korean"],
    ["Which specific Asian economies does the article call viable?", "South Korea, Indonesia, Vietnam"],
    ["What was the trade volume between Russia and Japan in 2012?", "$32 billion"],
    [
      "Why did the Soviet Union stop considering itself bound by Article 9?",
      "no longer considered itself obligated",
    ],
    ["Where did Russia and China hold their joint naval drills?", "Mediterranean"],
    ["What did Russia's foreign minister say about defence ties?", "upgrading defence ties"],
    // … whatever the verb, of an office the article gives someone
    ["What did the Russian president make of the 1956 Declaration in 2001?", "still valid"],
    ["What were the terms of the 1956 Declaration?", "obligated itself to return"],
    ["What were the contents of the 2003 Action Plan?", "strengthen dialogue"],
    ["how old is the territorial dispute", "67-year old dispute"],
    ["What did Moscow promise in the 1956 Declaration?", "obligated itself to return"],
    ["What did the Russian government offer Tokyo?", "joint administration"],
    ["In which month did Abe visit Moscow in 2013?", "April 2013"],
    ["In which month and year was the Soviet memorandum to Japan issued?", "January 1960 USSR Memorandum"],
    ["What Lavrov say about defence ties?", "upgrading defence ties"],
    ["Who was Russia's foreign minister in November 2013?", "Sergie Lavrov"],
    ["Who was Japan's prime minister in April 2013?", "Shinzo Abe"],
    // a disputed place named as what a quarrel is over: the article's territorial dispute
    [
      "Did Putin accept at the April 2013 talks with Abe that the Kremlin was responsible for the Southern Kurils problem?",
      "It was not us who created this problem",
    ],
    [
      "According to the opening paragraph, how many years old is the quarrel over the Northern Territories?",
      "67-year old",
    ],
    // Russian names the article does not use, and a word only of a note's web address ("mid.ru")
    ["minenergo draft strategy 2035 what share of exports to asia pacific", "23 per cent"],
    [
      "What does Moscow fear might happen to the sparsely populated Dalny Vostok?",
      "thinly populated Far East",
    ],
    [
      "What did Aleksandr Losukov of the MID say in 2000 about the basis for solving the territorial issue?",
      "inviolability",
    ],
    // whether it came about, in the author's judgement: her view answers
    ["So has the 'reset' actually happened, in the author's judgement?", "will reveal itself in the future"],
    // a ministry the article names by its minister, or as a body
    ["What did the Russian foreign ministry say about defence ties?", "upgrading defence ties"],
    ["What did Russia's energy ministry forecast?", "23 per cent"],
    // a ministry a note cites ("Ministry of Economy, Trade and Industry, Japan")
    ["What did the Japanese trade ministry report on Russia-Japan trade?", "$32 billion"],
    // what was put on the table: the offer the article tells of
    ["What did the Russian government put on the table for Tokyo?", "joint administration"],
    // a difference between two sides, each of its own time
    [
      "How did the Soviet stance of January 1960 on the 1956 Declaration differ from Putin's stance in 2001?",
      "1956 Declaration was still valid",
    ],
    // a person's given name misspelt before the name the article uses
    [
      "Through what kind of diplomacy did Shinzou Abe say he wanted to end the deadlock with Moscow?",
      "economic diplomacy",
    ],
    // "how much" of a degree a verb gives ("matters"), no figure
    ["Where does the author say Russia formally stated how much Japan matters to it?", "crucial"],
    // "Russia's east", as readers name the Russian Far East
    [
      "When did Putin announce the special economic zones meant to speed up growth in Russia's east?",
      "December 2013",
    ],
    // a collection of what is asked ("cluster of drivers"), a doctrine for a policy concept,
    // a caveat for a condition, a foreign ministry by its short form
    [
      "What cluster of drivers does the author identify behind the present rapprochement between Moscow and Tokyo?",
      "rise of China",
    ],
    [
      "In which official doctrine document of February 2013 did Moscow register Japan's importance?",
      "Concept of the Foreign Policy",
    ],
    [
      "What did Alexander Losyukov of the Russian MFA lay down in 2000 as the basis for a territorial settlement?",
      "inviolability",
    ],
    // a government's mind ("the change of attitude in Moscow"), no place the sentence must name
    [
      "What regional dynamic does the author see as prompting the change of attitude in Moscow and Tokyo?",
      "evolving stakes",
    ],
    // … which Putin's words on the island dispute are
    ["what did putin say about the kuril islands", "will take time"],
    // a city gone to, by an office read as its holder then
    ["when did the russian president finally go to tokyo?", "visit to Tokyo which he undertook in 1993"],
    // who represented a nation at a meeting: a person of it there, whatever the verb
    ["Who represented Japan at the 2001 summit with Putin?", "Yoshiro Mori"],
    // … a navy is the article's naval; taking the bait, its interest reciprocated
    ["have russia and china ever done navy drills together? where", "naval war games"],
    ["Have Japanese firms taken the bait out east - where do they fancy building?", "LNG plants"],
    // a military build-up is no forces stationed somewhere
    ["What does the writer say about China's economy and its military build-up?", "rising hegemon"],
    // an abstract frame of the asker's with its complement ("which conduct by Beijing")
    [
      "Which conduct by Beijing does the author characterise as a strategy to browbeat Japan?",
      "browbeat Japan",
    ],
    [
      "Which source underpins Putin's 2012 characterisation of developing the Russian Far East?",
      "geopolitical task",
    ],
    // a relationship the article speaks of
    ["What is Russia's relationship with South Korea like?", "vibrant bilateral relationship"],
    // a title's word one slip away ("Minster") before a name
    ["What is Prime Minster Abe determined to achive in the face of China's rise?", "economic recovery"],
    // a person asked for by name, whom the article names
    ["Which Soviet leader, by name, met Kaifu in 1991?", "Mikhail Gorbachev"],
    // what is said of a party is not its own statement
    [
      "In which regional economic bodies is Japan said to carry weight, as Moscow sees it?",
      "Asian Development Bank",
    ],
    // a statement checked with a figure the article gives otherwise, for the same thing
    [
      "Is it true that the Kuril quarrel between Moscow and Tokyo only goes back about thirty years?",
      "67-year old",
    ],
    ["Is it true that Russia ships 20 per cent of its gas as LNG to Asia?", "6 per cent"],
    // … a fraction in words, and liquefied gas as the article's LNG
    [
      "Is it true that about a quarter of Russia's gas already goes to Asia as liquefied gas? That is the figure I seem to recall.",
      "6 per cent",
    ],
    // a word the asker explains in brackets by names the article uses
    ["Who is the author of this ICWA paper on Nichiro (Japan–Russia) relations?", "Indrani Talukdar"],
    // an office of a nation the article names a holder of; a first name it writes
    ["Who was the foreign minister of Russia in 2013?", "Sergie Lavrov"],
    ["What is Lavrov's first name?", "Sergie Lavrov"],
    // a titled, misspelt name is the person, not a name the article lacks
    ["When did PM Shinzo Abbe meet Putin?", "Shinzo Abe met"],
    ["What did Prime Minister Abbe say he wanted with Russia?", "reset"],
    // a sentence opening on what the sentence before names ("The route …") speaks of it
    ["Compared with the Suez Canal, how much faster is the Arctic sea route?", "half the travel time"],
    // how something ended, told in words other than the question's verb ("not fruitful" for "work")
    ["did any of those 90s meetings actually work", "all these meetings were not fruitful"],
    ["Did the meetings of the nineties ever succeed?", "all these meetings were not fruitful"],
    // a plan of something else is no sign that what was asked was only planned
    ["Did Russia and Japan ever work together in the past?", "cooperation"],
    // business done is an activity, not a firm the article would have to name
    ["What energy business do Japan and Russia do in Sakhalin?", "Sakhalin"],
    // a verb that says little ("taking") is worded by the article in its own way ("annexation")
    ["What is Moscow's position on taking the islands after World War 2?", "annexation of these islands"],
    // a quiz's frame: a statement to bear out, a passage with a blank to fill
    [
      "True or false: Moscow regards the Soviet Union's post-war annexation of the South Kurils as up for negotiation.",
      "is non-negotiable",
    ],
    [
      "True or false - the January 2003 summit brought big new developments on the peace treaty",
      "did not result",
    ],
    [
      "True or false-ish: the Council stands behind every opinion in this Russia–Japan piece.",
      "do not reflect the views",
    ],
    ["True/false: Putin met Mori in 2001.", "Yoshiro Mori"],
    [
      "Fill in the blank: China feels threatened by a Japan that wants to regain its position as a '________ Asian power'.",
      "reinvigorated Asian power",
    ],
    ["Complete the quote: Putin said 'It was not us who created this ...'", "It was not us who created"],
    // a thing named twice, in the article's words and in another it is known by, is one thing
    [
      "The article says the Kuril dispute (in Japan we say Northern Territories issue) is how many years old?",
      "67-year old dispute",
    ],
    // keywords whose last word, common English, says what is wanted of the rest
    ["viable asian economies early 21st century list", "South Korea, Indonesia, Vietnam"],
    ["putin 2000 warning border regions language", "speak Chinese, Japanese and Korean"],
    ["xi jinping march 2013 moscow proposal to putin and moscow response", "demurred"],
    // numbers as speech transcribes them, a century with its number typed short
    [
      "um why did the concessions to japan idea in nineteen ninety two not work out",
      "policy makers were attacked",
    ],
    [
      "after the nineteen sixty memorandum did the soviets still think they had to fulfil article nine",
      "Article 9",
    ],
    ["Which viable economies rose in Asia in 21 century?", "South Korea, Indonesia, Vietnam"],
    // the time between two dated things: both sentences, not a figure the article states
    [
      "How many years after the January 1960 memorandum did Putin say the 1956 Declaration was still valid?",
      "In 2001, Putin affirmed",
    ],
    [
      "How long after the Fukushima disaster did Russia release the Draft Energy Strategy to 2035?",
      "January 2014",
    ],
    // "became" of a state of things is no office taken
    [
      "Since when have Japan and Russia relations been belligerent, and what was the cause?",
      "since the 20th century",
    ],
    // "apart from X, who else": the one named right after X ("with Japan and Vietnam")
    ["apart from japan, who else is russia courting in asia-pac?", "Japan and Vietnam"],
    // what a note says of a document is the note's
    [
      "What does the note on the 1956 Declaration say about why no peace treaty has been signed to this day?",
      "aversion to losing territory",
    ],
    ["when were the 2 plus 2 talks", "two plus two"],
    // "who says …" asks whose claim it is, not a sentence that says "says"
    ["who says moscow is wary of beijing, and what's the source?", "Russia is wary of China"],
    // "in both capitals" names the two states, not a place the sentence must name
    ["What changed the mood in both capitals towards better relations?", "a change in the attitude"],
    // a visit the person made to the place asked, or to its capital
    ["When did Yeltsin visit Japan?", "visit to Tokyo which he undertook in 1993"],
    ["When did Abe go to Moscow?", "met Russian President Vladimir Putin at Moscow"],
    // names that only set the scene: a statement before a dash, a visit that dates the question
    [
      "Abe wanted to change Article 9 of the Japanese Constitution - what does that article prohibit, per the notes?",
      "prohibits the use of war",
    ],
    [
      "According to the endnotes, in what year had the peace talks broken down before Abe's 2013 visit, and why?",
      "dissolved in 2003",
    ],
    // "obstacle" for the article's "stumbling block"; two words typed as one
    ["main obstacle kuril dispute", "stumbling block"],
    [
      "did the january 2003 summit get anywhere on the peacetreaty?",
      "did not result in any new developments",
    ],
    // short forms typed in haste
    ["is china the new regional hegemon acc. to the author?", "rising hegemon"],
    ["japan's line on econ ties while islands unresolved?", "closer economic relationship"],
    // slips in a question all in lower case: one slip from one English word, or from the article's own
    ["did the jan 2003 sumit get anywhere on the peace treaty", "did not result in any new developments"],
    [
      "wat did both sides agre to at the two plus two talks in nov 2013",
      "joint military and anti-piracy exercises",
    ],
    [
      "how does the artical describe china with its strong economy and defence modernisaton",
      "rising hegemon",
    ],
    // "did A or B say …": which of them said it
    [
      "Did Putin or Lavrov say Russia-Japan relations contribute to Asia-Pacific security and stability?",
      "Putin on December 2013 said",
    ],
    // a section named before a colon or after "per"
    ["conclusion: what does russia get from japan vs what japan gets from russia", "lucrative market"],
    [
      "what could Russia and Japan do once the peace treaty is signed, per the conclusion?",
      "cooperate more closely",
    ],
    // who did what the verb says, where the sentence says it; a verb with a particle is another verb
    ["who put out the draft energy strategy to twenty thirty five", "energy ministry"],
    ["Who met Abe in Moscow in 2013?", "Vladimir Putin"],
    ["Who proposed a joint approach to Japan?", "Xi Jinping"],
    [
      "Name the reporter and the newspaper cited for Russia and Japan agreeing to set up a defence consultation framework.",
      "defence consultation framework",
    ],
    // "Name the …" asks which one; the article's own words quoted are what is called so
    [
      "Besides Japan, name the other Asia-Pacific country Russia is courting to strike a more advantageous balance against China.",
      "Japan and Vietnam",
    ],
    ["What does the author call 'a major stumbling block' in the dispute?", "differing interpretations"],
    // a name in Japanese order, a nickname given in quotes, "percent" for the article's "per cent"
    ["What was the nickname of the Hashimoto Ryutaro and Yeltsin summits?", "‘no-necktie’ summit"],
    [
      "Russian 'Draft Energy Strategy to 2035' forecasts how many percent of energy export go to Asia Pacific?",
      "23 per cent",
    ],
    // "67-year" is an age, not the year 1967
    [
      "The intro calls it a '67-year old dispute' over the Kurils - what is that framing sourced to?",
      "67-year old",
    ],
    // what a party is worth to another: its importance, which the article gives in words
    [
      "What is Tokyo worth to Moscow, according to the conclusion?",
      "Japan's geographic position is important",
    ],
    ["what's the value of japan to russia according to the conclusion?", "Japan's geographic position"],
    // "starting in the late 80s" is from then on
    ["how many separate attempts were there starting in the late 80s", "three periods of active attempts"],
    // what a route or a settlement "would/could offer" is what it gives, not an offer made
    ["What would the Arctic route offer compared with going via Suez?", "half the travel time"],
    ["What broader example could a successful Russia-Japan deal offer?", "serve as a model"],
    // "should" in what someone said about something is what they said on it, not advice asked
    ["What did Putin tell the June 2013 forum about where Russia should look for growth?", "ambitious plans"],
    // how big a slice of something "should" go somewhere is a share forecast, not advice
    ["What slice of Russia's energy exports should go to the Asia-Pacific by 2035?", "23 per cent"],
    // a clause opening on a preposition is no list of keywords
    [
      "Under the 1956 declaration Moscow promised to give back only Shikotan and Habomai? with which condition?",
      "Shikotan and Habomai",
    ],
    // a brief's task that opens the question: what is to be done with the answer
    [
      "Confirm whether the January 2003 summit moved the peace treaty forward at all.",
      "did not result in any new developments",
    ],
    [
      "Confirm the author's verdict on the state of bilateral relations right up to early 2013.",
      "has been tensed due to the dispute",
    ],
    ["Summarise Japan's existing energy links with Russia's Sakhalin area.", "Japan imports oil and gas"],
    ["Double-check who Putin met in 2001.", "Yoshiro Mori"],
    ["Please teach me the agreement between Putin and Mori Yoshiro in 2001.", "continue negotiations"],
    // a worksheet's prompts, numbering and sub-questions, and "the reading" for the article
    [
      "Identify two reasons the reading gives for Russia's interest in security cooperation with Japan.",
      "covert concern over China",
    ],
    [
      "Explain how the reading describes China's position in the region, given its economy and military modernisation.",
      "rising hegemon",
    ],
    [
      "Q9 (two parts): (a) What did the Soviet Union's January 1960 memorandum accuse Japan of? (b) What Japanese action prompted it?",
      "had violated the 1956 Declaration",
    ],
    [
      "Q14 (two parts): Identify the third period of rapprochement, and say whether the reading judges these meetings a success.",
      "were not fruitful",
    ],
    ["3. In one sentence, state what Japan imports from Sakhalin.", "imports oil and gas"],
    // a worksheet's blank, in its own words around it
    [
      "Fill in: After its January 1960 memorandum, the Soviet Union no longer felt bound to fulfil ___ of the 1956 Declaration.",
      "Article 9",
    ],
    [
      "Fill in: Russia's January 2014 draft energy strategy forecasts that ___ per cent of all its energy exports will go to the Asia-Pacific by 2035.",
      "23 per cent",
    ],
    // a clause dating by someone's statement sets the scene ("a year after Losyukov's statement")
    [
      "Who met in 2001, a year after Losyukov's statement, and what did they agree to keep doing?",
      "continue negotiations",
    ],
    // a person the claim's own note names ("PM Abe publicly declares need to revise …")
    ["Which article of the Japanese constitution does Abe want to change?", "Article 9"],
    // a settlement in this article is a dispute's, no place
    [
      "Meeting Abe in 2013, what sort of settlement did Putin say Russia sincerely wants?",
      "mutually acceptable",
    ],
    // a date the asker gives to be checked is no time the answer must be of
    [
      "Abe flew to Moscow to see Putin and restart the island talks in April 2012 — is that the right date?",
      "On April 2013",
    ],
    ["My notes say Putin and Mori met in 1999. Is that correct?", "in 2001 Putin"],
    // what the article says, asked with another party than the one it names: its own sentence answers
    [
      "Does the article say Moscow fears its Far East could fall into Japan's economic sphere?",
      "China's economic sphere",
    ],
    // a date the asker checks against the article's ("does the article date X to …")
    [
      "Does the article date the hostility between Russia and Japan to the 19th century?",
      "since the 20th century",
    ],
    // a known meeting asked of another city: its sentence says where it was
    ["Did Abe and Putin hold their April 2013 talks in Tokyo?", "at Moscow"],
    // whom the asker guesses said it is checked; who said it is asked
    ["Was it Defence Minister Shoigu who said defence ties could serve national interests?", "Sergie Lavrov"],
    // a year guessed after the question
    ["What year was the Tokyo Declaration issued - 1995?", "undertook in 1993"],
    ["When did Gorbachev meet Kaifu, 1989?", "In 1991, Soviet President Mikhail Gorbachev"],
    // a yes/no question after a preamble is no search typed as keywords ("share" asks no figure)
    [
      "As a risk point, will Japan accept a compromise giving it only a small share, in the writer's opinion?",
      "minimal stake",
    ],
    [
      "In which business sectors has Russia invited Japanese companies to the Far East?",
      "non-energy sectors",
    ],
    // a state's adjective before another name says whose that is ("the Soviet 1960 memorandum")
    [
      "How is the Soviet 1960 memorandum's view of the 1956 Declaration different from what Putin said about it in 2001?",
      "still valid",
    ],
    // the article's acronym for a name speaks of it ("the January 1960 USSR Memorandum": the Soviet Union)
    ["Did Putin ever soften that old Soviet hard line from the 1960 memo?", "the hard stand"],
    // a clause dating a yes/no question's predicate names the occasion, not what it is about
    [
      "Did Putin keep the tough Soviet line from the 1960 memo when he talked about the islands in 2001?",
      "hard stand",
    ],
    // "having" is an auxiliary, no word a claim must hold
    ["what is moscow's position on having taken the islands after ww2", "non-negotiable"],
    // what "as well as" adds after what is set aside is the other thing
    [
      "Apart from terrorism and North Korea, what else did Lavrov say closer defence ties could help with?",
      "as well as other regional disputes",
    ],
  ])("%s → answered", (q, passage) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(passage);
  });
});

describe("slips in the question's words", () => {
  it.each([
    ["In which docmuent did Russia express that Japan is crucial?", "Concept of the Foreign Policy"],
    [
      "What arrnagement for the islands did the Russian government want to offer Tokyo?",
      "joint administration",
    ],
    ["what did putin annuonce in december 2013 for eastern siberia", "advanced economic growth zones"],
    ["Accroding to the author, will Japan compromise on the islands?", "Japan"],
    ["Which Japnaese leader did Putin meet in 2001?", "Yoshiro Mori"],
    ["when were the no-tie summits between yeltzin and hasihmota", "November 1997 and April 1998"],
    ["Did the 2003 summit achieve anyhting?", "did not result in any new developments"],
    // American spellings of the article's British words
    [
      "What defense consultation framework did the two sides agree to set up?",
      "defence consultation framework",
    ],
    ["Which country did Russia say it wanted neighborly relations with?", "good neighbourly"],
    ["When did the Russian and Japanese foreign and defense ministers hold their 2+2 talks?", "two plus two"],
  ])("%s → answered", (q, passage) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(passage);
    // the question is still reported as asked
    expect(r.interpretation.question).toBe(q);
  });

  it.each([
    ["What did Kishida say about the islands, accroding to the article?", "kishida"],
    ["Accroding to the article, what did Russia do in Crimea?", "crimea"],
    // a word WordNet lists is no slip ("scottish" is not "sottish")
    ["what was the result of the 2014 scottish independence referendum", "scottish"],
  ])("%s → still unanswerable (“%s”)", (q, name) => {
    const r = run(q);
    expect(r.status).toBe("unanswerable");
    expect(r.interpretation.unrecognized.map((u) => u.text.toLowerCase()).join(" ")).toContain(name);
  });
});

describe("a yes/no question about a person at an occasion the article gives only as states", () => {
  it.each([
    ["Are we told that Shinzo Abe himself visited the Yasukuni Shrine?"],
    ["Did Abe visit the Yasukuni Shrine?"],
  ])("%s → unanswerable, saying that the article does not say he took part", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toMatch(/does not say that .*Abe took part in/);
  });
});

describe("the asker's aside before the question", () => {
  it.each([
    ["Quick fact check - how old does the article say the Kuril row is?", "67-year old"],
    ["Just curious: who wrote this piece?", "Indrani Talukdar"],
    // a greeting is no statement "this" could point back to
    ["Hi. Who wrote this?", "Indrani Talukdar"],
    ["Hi there! What did Putin say about the 1956 Declaration in 2001?", "still valid"],
  ])("%s → the question alone is read", (q, passage) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf({ ...r, answers: r.answers.slice(0, 3) })).toContain(passage);
    expect(r.interpretation.question).toBe(q);
    // what is read starts at the question itself
    expect(r.interpretation.text).toMatch(/^(?:how|who|what)\b/i);
  });
});

describe("a reaction to what the question names", () => {
  it.each([
    // in the sentence after the one that tells of it, opening "To which …"
    ["How did Japan respond to Russia's insistence on sovereignty over the islands?", "unwilling to develop"],
    ["How did Moscow react to Xi's proposal of a joint approach on Japan?", "demurred"],
  ])("%s → answered", answeredWith);
});

describe("an instance asked of those a part points back to", () => {
  it.each([
    ["When did Putin and Mori meet, and which city did they meet in?"],
    ["What did Putin and Mori agree in 2001, and in which city did they meet?"],
  ])("%s → the city part is not answered by another meeting's city", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("partial");
    expect(r.interpretation.parts.map((p) => p.answered)).toEqual([true, false]);
    expect(r.answers[0]?.claimId).toBe("bg-putin-mori-agree-continue-negotiations-2001");
  });
});

describe("a statement before the question", () => {
  it.each([
    ["I'm reading about the Kuril dispute. What did Putin say about the 1956 Declaration?", "still valid"],
  ])("%s → the question alone is asked", (q, passage) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain(passage);
    expect(r.interpretation.question).toBe(q);
    // what is read is the last sentence, without the statement before it
    expect(r.interpretation.text).toBe(q.slice(q.indexOf(". ") + 2));
  });

  it.each([
    [
      "Putin went to the St. Petersburg forum in June 2013. What did he announce there?",
      "St. Petersburg International Economic Forum",
    ],
    // a question naming nothing of its own keeps it too
    ["My class is on Asian security. Which Russian minister spoke about upgrading defence ties?", "Lavrov"],
  ])("%s → kept when the question points back to it or names nothing", (q, passage) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain(passage);
    expect(r.interpretation.text).toBe(q);
  });
});

describe("a cited work named by its publication or author", () => {
  it("is answered by a claim the article cites it for (the Hindustan Times: endnote 23)", () => {
    const r = run("What did the Hindustan Times report about China?");
    expect(r.status, r.answer).toBe("answered");
    const first = present(r.answers[0], "the first answer");
    expect(api.context().app.dataset.ask.byId.get(first.claimId)?.endnote).toBe(23);
  });
});

describe("who wrote a work the article cites", () => {
  it.each([
    // a quoted title, and a publication misspelt: the cited work's writer, not the article's
    ['Who wrote "Let the Economy Blossoms Bloom"?', 23, "Kanwal Sibal"],
    ["who wrote the brookins piece on putin's pivot east", 17, "Fiona Hill and Bobo Lo"],
    // the names of what the work is cited for are no name of the work
    [
      "Who wrote the piece cited for Putin's 2000 warning that Russians near the border might end up speaking Asian languages?",
      34,
      "Andrew Bowen",
    ],
  ])("%s → endnote %d first, naming %s", (q, endnote, writer) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(r.interpretation.metadata).toBeNull();
    const first = present(r.answers[0], "the first answer");
    expect(api.context().app.dataset.ask.byId.get(first.claimId)?.endnote).toBe(endnote);
    expect(r.answer).toContain(writer);
  });

  it("'who wrote the article' is its author", () => {
    const r = run("Who wrote the article?");
    expect(r.interpretation.metadata).toBe("author");
    expect(r.answer).toContain("Indrani Talukdar");
  });
});

describe("where and when a cited work came out, which only its note can give", () => {
  it.each([
    // Kimura's note (6: "op.cit., p.74") gives neither
    ["What journal published Kimura's 'Basic Determinants of Soviet-Japanese Relations'?"],
    ["Kimura's Basic Determinants of Soviet-Japanese Relations: which periodical published it?"],
    ["Which journal carried Kimura's 'Basic Determinants of Soviet-Japanese Relations', and in what year?"],
  ])("%s → unanswerable", unanswerable);

  it("a note that names the work's publication answers where it came out", () => {
    const r = run("In which journal did Joseph Ferguson's 'Nordpolitik' appear?");
    expect(r.status, r.answer).toBe("answered");
    const { byId } = api.context().app.dataset.ask;
    expect(r.answers.some((a) => byId.get(a.claimId)?.endnote === 1)).toBe(true);
  });
});

describe("a cited work whose name holds a name the article links alone", () => {
  it.each([
    // "Moscow" of "the Moscow Times" is no city asked about; the work is all there is to cover
    ["Which Moscow Times piece does the article cite?", 35],
    ["What did the Voice of Russia report about Putin's growth zones?", 29],
    // a surname of two letters, written as a name ("Lo" of "Bobo Lo")
    ["What did Hill and Lo write in Brookings?", 17],
    // a publication the notes write as an acronym, named in full ("FT")
    ["Which endnote cites the Financial Times?", 22],
    // how the article uses a work named ("cited in the notes") is no word the claim must hold
    ["When was the USA Today article cited in the notes published?", 36],
  ])("%s → the claim cited to it (endnote %i) leads", (q, n) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    const first = present(r.answers[0], "the first answer");
    expect(api.context().app.dataset.ask.byId.get(first.claimId)?.endnote).toBe(n);
  });
});

describe("a question about one endnote", () => {
  it.each([
    ["What is endnote 9 citing?", 9],
    ["what does footnote 22 say", 22],
    ["Which source does note 36 give?", 36],
  ])("%s → the claims cited to it lead", (q, n) => {
    const r = run(q);
    expect(r.status).toBe("answered");
    const lead = api.context().app.dataset.ask.byId.get(r.answers[0]?.claimId ?? "");
    expect(lead?.endnote).toBe(n);
  });

  it("an endnote the article does not have is unanswerable", () => {
    const r = run("What does endnote 99 cite?");
    expect(r.status).toBe("unanswerable");
    expect(r.interpretation.unrecognized.map((u) => u.text)).toContain("endnote 99");
  });
});

describe("after the article was written", () => {
  it.each([
    ["Has a peace treaty been signed since this article came out?", "since this article came out"],
    ["What happened to the islands after the piece was published?", "after the piece was published"],
    // a time with no end, after everything the article dates: a horizon it names ("to 2035") or
    // a partnership lasting since 1996 happen in it no more
    ["Was the peace treaty finally signed after 2014?", "after 2014"],
    // a month after the latest the article dates anything in, though its year is the article's
    ["How did the April 2014 consumption tax increase affect Japan's growth?", "april 2014"],
  ])("%s → unanswerable, unrecognized time “%s”", (q, text) => {
    const r = run(q);
    expect(r.status).toBe("unanswerable");
    expect(r.interpretation.unrecognized).toContainEqual({ text, kind: "time" });
  });

  it("a year the article names as a horizon is the article's ('by 2035')", () => {
    const r = run(
      "What share of energy exports will go to the Asia-Pacific by 2035 according to the draft strategy?",
    );
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain("23 per cent");
  });

  it("a time with no end that the article dates something in is answered", () => {
    const r = run("What did Russia and Japan do on defence after 2012?");
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain("two plus two");
  });
});

describe("what someone said about a thing, and a name English does not have", () => {
  it.each([
    // the thing said about must be in the sentence of what was said, not the one beside it
    ["What did Abe say about the Yasukuni Shrine?"],
    ["What did Putin say about Yasukuni?"],
    // a name the question types that no entity took must be in the answer's sentence
    ["what did Abe say when he visited Yasukuni in December 2013"],
  ])("%s → unanswerable", (q) => {
    expect(run(q).status).toBe("unanswerable");
  });

  it.each([
    // the circumstances after it may be told by the sentence before
    [
      "What did Putin say about the territorial problem when he met Abe in Moscow in April 2013?",
      "We inherited it",
    ],
    ["What did Putin say about China?", "speak Chinese"],
    // a name of the cited work counts ("per the RT source")
    ["What did the Hindustan Times report about Abe?", "Abe"],
  ])("%s → answered", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(text);
  });
});

describe("a head, a figure of another year or pair, asked in few words", () => {
  it.each([
    // the byline gives its author's post, not who heads her council
    ["who heads the indian council of world affairs"],
    ["Who is the director general of the Indian Council of World Affairs?"],
    // the article gives the trade of 2010 and 2012, and of Russia with Japan
    ["russia japan trade figure for 2013?"],
    ["what were the figures for russia-china trade in 2012"],
  ])("%s → unanswerable", unanswerable);

  it.each([
    ["russia japan trade figure for 2012", "$32 billion"],
    ["What were the figures for Russia-Japan trade in 2012?", "$32 billion"],
  ])("%s → answered", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(text);
  });
});

describe("a party's view, and a part that leaves its names implicit", () => {
  it.each([
    // the author's "for the U.S., …" is the US's side of it; "the us" in lower case is the US
    ["what does the us think of russia and japan getting closer", "welcome development"],
    ["How does Washington view closer Russia-Japan ties?", "welcome development"],
    // "it" is the ties: the US named in the part before is its context, not its speaker
    [
      "how does the us view closer russia-japan ties, and what axis does it undermine?",
      "Chinese-Russian axis",
    ],
  ])("%s → answered", answeredWith);

  it.each([
    // a state's stand, asked after whose it is: the article gives India none
    ["what is india's position on the kuril dispute"],
    ["What is South Korea's stance on the Kuril Islands?"],
  ])("%s → unanswerable", (q) => {
    expect(run(q).status).toBe("unanswerable");
  });

  it("a stand the article gives is answered: 'What is Japan's position on the islands?'", () => {
    const r = run("What is Japan's position on the islands?");
    expect(r.status, r.answer).toBe("answered");
  });

  it("what a party said is still its own words", () => {
    expect(run("what did the us say about russia and japan getting closer").status).toBe("unanswerable");
  });
});

describe("what a document lays down, and a name it is known by", () => {
  it.each([
    // the treaty's terms are not given: the sentence after, on the 1956 Declaration, is no answer
    ["what does the 1960 us-japan security treaty actually require"],
    ["What does the new US-Japan security treaty stipulate?"],
    // the article gives Iturup no other name
    ["what is the japanese name for iturup"],
  ])("%s → unanswerable", unanswerable);

  it.each([
    ["What does the 1956 Declaration require?", "obligated itself to return the two southernmost islands"],
    ["What was the name of the 1956 document?", "USSR-Japanese Declaration"],
  ])("%s → answered", answeredWith);
});

describe("the thing asked for, named by a noun the article never uses", () => {
  it.each([
    ["what sanctions has japan put on russia", "sanctions"],
    ["What deadline for a peace treaty did Yeltsin and Hashimoto set at Krasnoyarsk?", "deadline"],
  ])("%s → unanswerable, unrecognized “%s”", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.interpretation.unrecognized).toContainEqual({ text, kind: "term" });
  });

  it.each([
    // words so common they name no kind of thing, and British spellings of the article's words
    ["In which document did Russia express that Japan is crucial?"],
    ["What drove the normalisation of relations from the late 1980s?"],
    ["What normalisation did Russia and Japan seek from the late 1980s?"],
    ["What event prompted Japan to look for energy alternatives?"],
    // a verb after "what" asks for a cause; "in terms of" asks for no terms of a treaty
    ["From Moscow's point of view, what gives Japan weight in the regional economy?"],
    [
      "For Russia, what makes Japan important beyond diplomacy — in terms of geography and as a market for what?",
    ],
    // a sentence listing four things gives the specifics asked
    [
      "Which specific Chinese actions does the author list as part of Beijing's effort to obstruct Japan's resurgence?",
    ],
    // what is at the centre of what follows ("the gist of", "the crux of"), and a kind of cited work
    ["What is the gist of the disagreement between Moscow and Tokyo over the 1956 Declaration?"],
    // a language people would speak, which Putin's warning names (no cited work's language)
    ["In which language did Putin say Russians in the border regions would have to speak?"],
    // when the agreement was made, which the article dates
    ["When did Russia and Japan agree to hold joint exercises?"],
    // anyone at all, where the article names them
    ["Which individuals met in Moscow in April 2013?"],
    // a line of activity named by its field ("the negotiating track", "the energy front")
    ["What did Putin and Mori agree about the negotiating track in 2001?"],
    ["Which monograph is cited for Russia's offer of joint administration?"],
    // an idiom for the article's words: "set store by" (importance), "entanglement" (getting involved)
    ["How much importance does Putin attach to developing the Far East?"],
    ["How much store did Putin set by developing the Far East in 2012?"],
    ["Does Russia want entanglement in the region's disputes?"],
  ])("%s → answered", (q) => {
    expect(run(q).status).not.toBe("unanswerable");
  });
});

describe("a person's words, where the article tells only what he did", () => {
  it.each([
    ["What did Gorbachev tell Kaifu in 1991?"],
    ["What did Yeltsin say during his 1993 Tokyo visit?"],
    ["what did the soviet leader say to the japanese prime minister in 1991"],
  ])("%s → unanswerable", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain("reports no words of");
  });
  it.each([
    // words reported in a sentence that tells of a meeting ("met and agreed that …")
    [
      "What did Putin and Mori say about economic cooperation in 2001?",
      "agreed that Russia and Japan would continue",
    ],
    ["What did Putin say about the 1956 Declaration?", "affirmed that the 1956 Declaration was still valid"],
  ])("%s → answered", (q, quote) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain(quote);
  });
});

describe("how many, answered by a count, not a share", () => {
  it("“how many days” is not answered by “half the travel time”", () => {
    const r = run("How many days faster is the Arctic route than the Suez route?");
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain("no number of days");
  });
  it("“how many periods” is answered by “three periods”", () => {
    const r = run("How many periods of rapprochement were there?");
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain("three periods of active attempts");
  });
});

describe("the asker's guess after “or” in a yes/no question", () => {
  it.each([
    [
      "Did the 2001 Putin-Mori meeting get anywhere, or did the hardliners in Moscow torpedo it?",
      "Yoshiro Mori met",
    ],
    [
      "Was the 2003 summit a success, or did it fizzle like a damp squib?",
      "did not result in any new developments",
    ],
  ])("%s → answered: the guess is taken for granted by no one", (q, quote) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain(quote);
  });
  it("a thing the question itself takes for granted still counts: “Did Japan impose sanctions on Russia in 2014?”", () => {
    expect(run("Did Japan impose sanctions on Russia in 2014?").status).toBe("unanswerable");
  });
});

describe("the latest thing the article dates", () => {
  it.each([
    ["What is the latest event the article mentions?"],
    ["The article has no date. What is the most recent development it reports?"],
  ])("%s → answered with January 2014's draft energy strategy", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf(r).split(" | ").slice(0, 3).join(" | ")).toContain(
      "in January 2014 released a 'Draft Energy Strategy to 2035'",
    );
  });
  it("“When was the article published?” is still unanswerable: it gives no date", () => {
    expect(run("When was the article published?").status).toBe("unanswerable");
  });
});

describe("the size of a place", () => {
  it.each([
    ["Which is the largest of the Kuril islands?"],
    ["what's the biggest city in the Russian Far East?"],
  ])("%s → unanswerable (the article gives no sizes)", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain("no sizes of places");
  });
  it("“the biggest obstacle” on the islands is no size: answered", () => {
    expect(run("What is the biggest obstacle in the island dispute?").status).toBe("answered");
  });
});

describe("the aspect asked of a topic", () => {
  it("“its security implications” needs security, not the word “implications”: both parts answered", () => {
    const r = run(
      "Does the author call it realpolitik, and what did Putin say in December 2013 about its security implications?",
    );
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain("contribute to Asia-Pacific security and stability");
  });
});

describe("a size, a town, an office of another state, words of a month", () => {
  it.each([
    ["How big is Iturup?"],
    ["How long is the gas pipeline from Sakhalin to Japan?"],
    ["What's the main town on Kunashir?"],
    ["What did South Korea's president say about Russia and Japan getting closer?"],
    ["What did India's prime minister say about the Kurils?"],
    // the article never says which city is Japan's capital
    ["whats the capital of japan"],
    // an undated stance of his is not what he said in that month
    ["What did Abe say when he visited the Yasukuni shrine in December 2013?"],
  ])("%s → unanswerable", unanswerable);

  it.each([
    ["How long is the Arctic route compared with the Suez route?", "half the travel time"],
    ["What did Japan's prime minister say in April 2013?", "reset"],
  ])("%s → answered", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(text);
  });
});

describe("a describing word before what is counted, and 'were there ever …'", () => {
  it.each([
    ["how many real attempts were there to normalize relations?", "three periods of active attempts"],
    [
      "Since when have the two been trying to patch things up, and how many real attempts were there?",
      "three periods",
    ],
  ])("%s → answered", answeredWith);

  it("a word of the reader's own, of the same form as a relative of the article's ('meddling', 'interfering')", () => {
    const r = run("What does Moscow's 2013 foreign policy paper say about meddling in other countries?");
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf(r)).toContain("unilateral interference");
  });

  it.each([
    ["Were the Yeltsin and Hashimoto meetings a sucess?", "not fruitful"],
    ["Who was the former Russian foreign minister quoted for 2000?", "Losyukov"],
    ["in which sectors russia encouraged japanese companies to enter the far east", "non-energy sectors"],
  ])(
    "%s → answered (a slip, an office around a nation's name, a clause after the thing asked)",
    (q, text) => {
      const r = run(q);
      expect(r.status, r.answer).toBe("answered");
      expect(quotesOf(r)).toContain(text);
    },
  );

  it.each([
    [
      "In the RT report the article cites, after how many years of stalling were the peace treaty talks resumed?",
      "10 years",
    ],
    [
      "The cited Concept of the Foreign Policy of Russian Federation was approved on which date and by whom?",
      "12 February 2013",
    ],
  ])("%s → answered from the cited work's note", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    const { byId } = api.context().app.dataset.ask;
    const notes = r.answers
      .slice(0, 3)
      .map((a) => present(byId.get(a.claimId), `claim ${a.claimId}`).noteText);
    expect(notes.join(" | ")).toContain(text);
  });

  it("an office the article never gives keeps its answer: unanswerable", () => {
    expect(run("Who was the former Japanese defence minister quoted in 2000?").status).toBe("unanswerable");
  });

  it("'were there ever …' asks whether, not whether what was planned came about", () => {
    expect(run("Were there ever times when the two actually got along?").status).toBe("answered");
  });
});

describe("a time to come", () => {
  it.each([
    ["When will Putin visit Japan next?"],
    ["When is Abe's next visit to Russia?"],
    ["When is the next summit between Russia and Japan?"],
    // a plan of 2003 gives no year to come
    ["In what year will Russia and Japan sign the peace treaty?"],
    ["When is the next two plus two meeting going to be held?"],
  ])("%s → unanswerable: the article tells of nothing after its time", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.interpretation.unrecognized).toContainEqual({ text: "the future", kind: "time" });
    expect(r.answer).toMatch(/tells of nothing after 2014/);
  });

  it.each([
    // a forecast, a plan and what "will" be are claims looking ahead
    ["When will 23 per cent of Russia's energy exports go to the Asia-Pacific?", "by 2035"],
    ["When will the island dispute be solved?", "will take time"],
  ])("%s → answered by a claim looking ahead", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(text);
  });
});

describe("the answer says what the article is silent on", () => {
  it.each([
    [[{ text: "Crimea", kind: "name" }], "the article does not mention Crimea"],
    [
      [
        { text: "Nagato", kind: "name" },
        { text: "Kishida", kind: "name" },
        { text: "2016", kind: "time" },
      ],
      "the article does not mention Nagato or Kishida, and tells of nothing after 2014",
    ],
    [[{ text: "1945", kind: "time" }], "the article tells of nothing in 1945"],
    [
      [{ text: "since it was published", kind: "time" }],
      "the article tells of nothing since it was published",
    ],
    [
      [
        { text: "2019", kind: "time" },
        { text: "2020", kind: "time" },
      ],
      "the article tells of nothing after 2014",
    ],
  ] as const)("%j → %s", (unrecognized, sentence) => {
    expect(unmentioned([...unrecognized], 2014)).toBe(sentence);
  });

  it("through /v1/ask", () => {
    const r = run("What did Fumio Kishida say about the Kurils in 2021?");
    expect(r.status).toBe("unanswerable");
    expect(r.answer).toMatch(/the article does not mention Fumio Kishida, and tells of nothing after 2014/);
  });
});

describe("a part that refers back to what the article does not mention", () => {
  it.each([
    ["Who won the Russo-Japanese War of 1904-05 and which treaty ended it?"],
    ["What did Kishida promise, and when did he say it?"],
    ["What did Medvedev do on Iturup, and how did Tokyo respond?"],
  ])("%s → unanswerable, every part", (q) => {
    const r = run(q);
    expect(r.interpretation.parts.length).toBeGreaterThan(1);
    expect(r.interpretation.parts.map((p) => p.answered)).toEqual(r.interpretation.parts.map(() => false));
    expect(r.status).toBe("unanswerable");
    expect(r.interpretation.parts.at(-1)?.reason).toMatch(
      /^it refers to .*which the article does not mention$/,
    );
  });

  it.each([
    ["What was Japan's defence spending in 2012, and how fast did it rise?"],
    ["How much did the Sakhalin 2 plant cost, and who paid for it?"],
    // "he" is the cited author the part before named
    ["What verdict does Andrew Bowen reach on Moscow's hold over the Far East, and what proof does he give?"],
    // an instance of a kind the part before named ("cooperation projects" … "which projects")
    [
      "Which Japanese trade minister went to Moscow in 2013 to discuss joint projects, and which projects were agreed?",
    ],
  ])("%s → unanswerable: a part about what the part before asked, which the article does not answer", (q) => {
    const r = run(q);
    expect(r.interpretation.parts.length).toBeGreaterThan(1);
    expect(r.status).toBe("unanswerable");
    expect(r.interpretation.parts.at(-1)?.reason).toMatch(/^it refers to /);
  });

  it("a part that refers back to an answered part is answered on its own", () => {
    const r = run("What did Putin say about the 1956 Declaration, and when did he say it?");
    expect(r.status).toBe("answered");
    expect(r.interpretation.parts.map((p) => p.answered)).toEqual([true, true]);
  });
});

describe("thresholds", () => {
  it("ask for more coverage without the question's own words than with them", () => {
    expect(THRESHOLDS.coverage).toBeLessThan(THRESHOLDS.strong);
    expect(THRESHOLDS.content).toBeGreaterThan(0);
  });
});

describe("a name asked of one thing, given in the article of another", () => {
  it.each([
    ["What do Japanese people call the Kurils?"],
    ["What name does Tokyo use for the southern Kurils?"],
  ])("%s → unanswerable (the sentence's 'known as' names the treaty)", unanswerable);

  it.each([
    ["What was the 1956 peace treaty called?", "known as"],
    ["What was the 1956 agreement that the two fell out over called?", "known as"],
    ["What did Putin label the development of the Far East?", "geopolitical task"],
  ])("%s → answered", answeredWith);
});

describe("what was agreed", () => {
  it.each([
    ["What did Yeltsin and Hashimoto agree in November 1997?"],
    ["What was agreed at the no-necktie summits?"],
  ])("%s → unanswerable (the article says they met, not what they agreed)", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain("agreed");
  });

  it.each([
    ["What did Putin and Mori agree?", "continue negotiations"],
    ["What was agreed at the two plus two talks?", "anti-piracy exercises"],
  ])("%s → answered", answeredWith);
});

describe("a city typed as a place", () => {
  it("“What did Xi say about Japan during his trip to Tokyo?” → unanswerable (his visit was to Moscow)", () => {
    const r = run("What did Xi say about Japan during his trip to Tokyo?");
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain("Tokyo");
  });

  it("“What did Putin tell Abe when they met in Moscow in 2013?” → answered (the paragraph tells of the Moscow meeting)", () => {
    const r = run("What did Putin tell Abe when they met in Moscow in 2013?");
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf(r)).toContain("inherited it from the past");
  });
});

describe("a venue is where something was, not a capital standing for its government", () => {
  it.each([
    ["Where was the 1956 Soviet-Japanese Declaration signed?"],
    ["In which city did Putin and Mori meet in 2001?"],
  ])("%s → unanswerable (no sentence says where)", (q) => {
    expect(run(q).status).toBe("unanswerable");
  });
  it("“Where did Abe and Putin meet in April 2013?” → answered: “at Moscow”", () => {
    const r = run("Where did Abe and Putin meet in April 2013?");
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain("at Moscow");
  });
});

describe("questions typed as chat, and what a document says", () => {
  it.each([
    ["wat did putin warn abt in 2000", "speak Chinese, Japanese and Korean"],
    ["y did the talks get dissolved in 2003", "non-negotiable stand"],
    ["wat does the writer say abt realpolitik", "realpolitik"],
  ])("%s → answered", answeredWith);

  it("“What did the 1993 Tokyo Declaration say?” → unanswerable (the article names it, not what it says)", () => {
    const r = run("What did the 1993 Tokyo Declaration say?");
    expect(r.status, r.answer).toBe("unanswerable");
  });

  it.each([
    ["What did the Soviet Union's January 1960 Memorandum say?", "Moscow considered that Japan had violated"],
    ["What did the October 1956 Declaration promise?", "would be transferred to Japan"],
  ])("%s → answered (a sentence gives what it lays down, next to its name)", answeredWith);
});

describe("a part about the one the part before asked for, a signing, a note's words, a present offer", () => {
  it("“Who succeeded Mori, and did he keep Mori's line on the islands?” → unanswerable: 'he' is the successor the article does not name", () => {
    const r = run("Who succeeded Mori as prime minister, and did he keep Mori's line on the islands?");
    expect(r.status, r.answer).toBe("unanswerable");
  });

  it("“who wrote this peice and what is her position” → answered (a classic misspelling)", () => {
    const r = run("who wrote this peice and what is her position");
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf(r)).toContain("Talukdar");
  });

  it("“What did Gorbachev and Kaifu sign in 1991?” → unanswerable (they met; the article names nothing signed)", () => {
    expect(run("What did Gorbachev and Kaifu sign in 1991?").status).toBe("unanswerable");
  });

  it.each([
    ["What broad change in world affairs does the article begin with?", "West to East"],
    ["What does endnote 37 say about the naval exercises?", "Mediterranean"],
    [
      "What does Japan offer Russia in geographic and commercial terms, in the conclusion?",
      "geographic position",
    ],
  ])("%s → answered", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    const { byId } = api.context().app.dataset.ask;
    const notes = r.answers
      .map((a) => present(byId.get(a.claimId), `claim ${a.claimId}`).noteText)
      .join(" | ");
    expect(`${quotesOf(r)} | ${notes}`).toContain(text);
  });
});

describe("a time to come in a reader's word order, and a common noun asked in the plural", () => {
  it("“When Russia and Japan will sign the peace treaty?” → unanswerable", () => {
    expect(run("When Russia and Japan will sign the peace treaty?").status).toBe("unanswerable");
  });

  it.each([
    ["What high-level formats do Russia and Japan use in their diplomacy?", "two-plus-two"],
    ["Which Japanese economic strengths does Moscow find attractive?", "advanced technology"],
  ])("%s → answered (a noun as common as its singular is no unknown thing)", answeredWith);
});

describe("a cited work by its acronym, the notes 'per' a reader, what the author proposes", () => {
  it.each([
    ["After how many years of stalling did the peace treaty talks restart, per RT?", "10 years"],
    ["When did Putin approve the foreign policy concept, per the endnote?", "12 February 2013"],
  ])("%s → answered from the note", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    const { byId } = api.context().app.dataset.ask;
    const notes = r.answers
      .slice(0, 3)
      .map((a) => present(byId.get(a.claimId), `claim ${a.claimId}`).noteText);
    expect(notes.join(" | ")).toContain(text);
  });

  it("“What does the author suggest both countries could share over the islands?” → the author's joint administration first", () => {
    const r = run("What does the author suggest both countries could share over the islands?");
    const { byId } = api.context().app.dataset.ask;
    const first = r.answers[0] ? present(byId.get(r.answers[0].claimId), "the first answer").quote : "";
    expect(first).toContain("can have joint administration over the islands");
  });
});

describe("words asked of an occasion, and whether something will happen", () => {
  it("“What did Abe say when he visited the Yasukuni Shrine?” → unanswerable (China protests such visits; no words of his there)", () => {
    expect(run("What did Abe say when he visited the Yasukuni Shrine?").status).toBe("unanswerable");
  });

  it("“What did Putin say when he met Abe in Moscow?” → answered (the paragraph tells of the Moscow meeting)", () => {
    expect(run("What did Putin say when he met Abe in Moscow?").status).toBe("answered");
  });

  it.each([["Will Russia give Iturup back to Japan?"], ["Will Moscow hand Kunashir back?"]])(
    "%s → unanswerable (no sentence looks ahead)",
    (q) => {
      const r = run(q);
      expect(r.status, r.answer).toBe("unanswerable");
    },
  );

  it.each([
    ["Will Japan give up its claim easily?", "won't compromise"],
    ["Is Tokyo going to budge on the islands?", "won't compromise"],
  ])("%s → answered by a sentence looking ahead", answeredWith);

  it("“Which Japanese companys are building the LNG plant?” → unanswerable (a plural typed -ys; the article names no company)", () => {
    expect(run("Which Japanese companys are building the LNG plant near Vladivostok?").status).toBe(
      "unanswerable",
    );
  });
});

describe("a president asked for", () => {
  it.each([
    ["Who was the Chinese president in 1960?"],
    ["Who was the US president when Japan signed the 1960 security treaty?"],
  ])("%s → unanswerable (the article names no such president)", unanswerable);

  it("“Which Chinese president visited Moscow in 2013?” → answered", () => {
    const r = run("Which Chinese president visited Moscow in 2013?");
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf(r)).toContain("Xi Jinping");
  });
});

describe("whether something happened, asked of a thing the article never names", () => {
  it.each([["Did Russia impose sanctions on Japan?"], ["Did Japan pay reparations to Russia?"]])(
    "%s → unanswerable",
    (q) => {
      const r = run(q);
      expect(r.status, r.answer).toBe("unanswerable");
    },
  );

  it.each([
    ["Were there naval drills between Russia and China?", "naval war games"],
    ["Did Japan import LNG from Sakhalin?", "imports oil and gas"],
  ])("%s → answered (a word of the article's meaning)", answeredWith);
});

describe("a year typed with a dated document's or event's name", () => {
  it.each([
    ["What did the 2010 edition of Russia's foreign policy concept say about Japan?", "2013, not 2010"],
    ["What did the 2012 foreign policy concept say about Japan?", "2013, not 2012"],
  ])("%s → unanswerable: another edition than the article's", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain(text);
  });

  it("“What did the 2013 foreign policy concept say about Japan?” → answered", () => {
    expect(run("What did the 2013 foreign policy concept say about Japan?").status).not.toBe("unanswerable");
  });
});

describe("a figure asked with 'worth', a share that 'should' go, a place named later in the paragraph", () => {
  it("“What was Russia-China trade worth in 2012?” → unanswerable (the figure is of Russia and Japan)", () => {
    expect(run("What was Russia-China trade worth in 2012?").status).toBe("unanswerable");
  });

  it("“What did Gorbachev say in his speech in Tokyo in 1991?” → unanswerable (Tokyo comes later in the paragraph, of Yeltsin's visit)", () => {
    expect(run("What did Gorbachev say in his speech in Tokyo in 1991?").status).toBe("unanswerable");
  });

  it("“What share of Russia's energy exports should go to the Asia-Pacific by 2035?” → answered (a forecast, not advice)", () => {
    const r = run("What share of Russia's energy exports should go to the Asia-Pacific by 2035?");
    expect(r.status, r.answer).toBe("answered");
    expect(quotesOf(r)).toContain("23 per cent");
  });
});

describe("letters asked to be spelt out, a country code, a past form after 'who'", () => {
  it.each([
    ["what does asean stand for", "does not spell out ASEAN"],
    ["What is LNG short for?", "does not spell out LNG"],
  ])("%s → unanswerable: the article writes no expansion", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("unanswerable");
    expect(r.answer).toContain(text);
  });

  it.each([
    ["What does APEC stand for?", "Asia-Pacific Economic Corporation"],
    ["what does ADIZ stand for", "Air Defence Identification Zone"],
  ])("%s → answered by the sentence that spells it out", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    expect(r.answer).toContain(text);
  });

  it.each([
    ["who won the 2014 world cup"],
    ["who was jp foreign minister in 2013"],
    ["who was Japan foreign minister in 2013"],
  ])("%s → unanswerable", unanswerable);

  it.each([
    ["Who was Russia's foreign minister in 2013?", "Lavrov"],
    ["when were the ru jp two plus two talks", "held on November 2013"],
    ["were Russia and Japan ever allies for long", "cooperation and alliance"],
    ["were ru n jp ever allies for long", "cooperation and alliance"],
  ])("%s → answered", answeredWith);
});

describe("a podcaster's run-on questions: what was signed, a follow-up 'was there …', said about a common name", () => {
  it.each([
    // what was signed, asked with "which" or in an idiom: only a sentence of signing answers
    ["Which document did Gorbachev and Kaifu sign at their 1991 meeting?"],
    [
      "Name the document Gorbachev and Kaifu signed at their 1991 meeting and explain what it said about the islands.",
    ],
    // a follow-up that asks whether such a thing exists, of a part the article does not answer
    [
      "How did Beijing officially react to the Russia–Japan 'two plus two' talks — was there a foreign ministry statement or something?",
    ],
    [
      "What did Yoshiro Mori say publicly after he met Putin in 2001 — is there a quote from him I could use?",
    ],
    // what someone said about a name however common in the article, in a sentence that speaks of it
    [
      "At the St Petersburg forum in June 2013, what did Putin say about Japan specifically — did he name Tokyo at all?",
    ],
    ["At the St Petersburg forum in June 2013, what did Putin say about Japan?"],
    // a guess at the answer, or a yes/no of nothing more, after a part the article does not answer
    [
      "In which city were the November 2013 'two plus two' talks between Russia and Japan held? Tokyo, I presume?",
    ],
    [
      "What did the government in Seoul say about Russia and Japan getting friendlier? Were the South Koreans pleased or worried?",
    ],
    // what the asker would accept of an unanswered part asks nothing new
    [
      "We hear the Russian Far East is thinly populated, but how many people actually live there? A rough figure in millions would do.",
    ],
    ["How did Seoul react to the defence cooperation agreed at the two-plus-two? Any official statement?"],
    // what someone said after a rejection of theirs, which the article tells last
    ["What did Xi Jinping say publicly after Moscow turned down his idea of ganging up on Japan?"],
    ["what did the chinese president say after russia said no to him?"],
    // the question's own year, not the scene's before ", but what …"
    [
      "The footnote gives trade figures for 2010 and 2012, but what was the value of Russia-Japan trade in 2013?",
    ],
    // whether someone went somewhere, told only by a visit of theirs there (Yasukuni visits are "Japanese leaders'")
    ["Did Abe go to the Yasukuni Shrine?"],
    [
      "Did Abe himself go to the Yasukuni Shrine, and if so on what date? I remember an almighty row in the papers about it.",
    ],
    // a reaction asked within a task's words ("describe how China reacted"): China's, which the article does not report
    ["Describe how China officially reacted to the Russia–Japan 'two plus two' talks of November 2013."],
  ])("%s → unanswerable", unanswerable);

  it.each([
    ["What did Putin say about Japan when Abe visited Moscow in 2013?", "not us who created this problem"],
    ["When did the two plus two talks take place — was there a date?", "November 2013"],
    ["Who did Putin meet in 2001? Did they agree to keep negotiating?", "continue negotiations"],
    // … and where it does
    ["Did Abe meet Putin in Moscow?", "met Russian President Vladimir Putin at Moscow"],
    ["Did Abe visit Moscow in 2013?", "Abe"],
    ["Did Yeltsin go to Tokyo?", "Tokyo"],
    ["How did Moscow respond when Xi proposed a joint approach?", "demurred"],
    ["What did Xi propose to Putin in March 2013?", "joint approach"],
    // a scene's year when the question has none of its own
    ["Abe went to Moscow in April 2013 - what did he want to reset?", "'reset' ties"],
  ])("%s → answered", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(text);
  });
});

describe("a premise checked in passing before the question, an aside 'for the show notes'", () => {
  it.each([
    [
      "So basically Russia floated some kind of shared-management idea for the islands at one point, right? What was the catch that made it a no-go for Japan?",
      "joint administration",
    ],
    [
      "So the writer kind of sweeps through all the eras — Tsarist, communist versus capitalist, the democracies — and what's her overall verdict on how they got along?",
      "dominated by conflict",
    ],
    [
      "For Japan's side of the energy story the trigger was Fukushima, right? What does the writer say that disaster did to Japan's thinking?",
      "energy alternatives",
    ],
    // a dash ends a name: "Fukushima — What" is no name the article lacks
    [
      "Japan cares about Fukushima — What does the writer say that disaster did to Japan's thinking?",
      "energy alternatives",
    ],
    [
      "Quick one for the show notes — what's the actual headline on the ICWA thing? I have a feeling it's phrased as a question, right?",
      "A 'Reset' in Russia and Japan Relationship?",
    ],
  ])("%s → answered", answeredWith);
});

describe("who signed a document, which only a sentence of its signing answers", () => {
  it.each([
    ["Who put their signatures to the October 1956 Soviet–Japanese Declaration for each side?"],
    ["Who actually put pen to paper on the 1956 Soviet–Japanese Declaration for each side?"],
  ])("%s → unanswerable (the article speaks of signing the peace treaty, not the Declaration)", unanswerable);

  it.each([
    ["Why does Japan refuse to sign the peace treaty?", "refuses to sign the treaty"],
    ["What could Russia and Japan do once the peace treaty is signed?", "once this treaty is signed"],
  ])("%s → answered: a signing named in passing asks no signer", answeredWith);
});

describe("when something happened, dated by a sentence that says it happened", () => {
  it.each([
    ["When did North Korea conduct its third nuclear test?"],
    ["In what month and year did the Soviet Union formally dissolve?"],
    ["When did Japan restart its nuclear reactors after Fukushima?"],
  ])(
    "%s → unanswerable (a sentence of North Korea's threats, of the Soviet Union's memorandum, dates nothing asked)",
    (q) => {
      const r = run(q);
      expect(r.status, r.answer).toBe("unanswerable");
    },
  );

  // in keywords, a last word of time asks when
  it("“putin state visit to tokyo planned date 2014” → unanswerable: the article dates no such visit", () => {
    expect(run("putin state visit to tokyo planned date 2014").status).toBe("unanswerable");
  });

  it.each([
    ["Yeltsin Tokyo visit year", "1993"],
    ["two plus two talks date", "November 2013"],
    ["when did the defence side of things kick off - those two plus two talks?", "November 2013"],
    ["when was the ussr-japanese declaration signed", "October 1956"],
    // a year to be checked ("… in 2013 — or was it another year?") is no time the answer must be of, nor a name
    [
      "Putin called developing the Russian Far East 'the most important geopolitical task' in 2013 — or was it another year?",
      "On 2012, Putin labelled",
    ],
  ])("%s → answered: the date of the dated thing named, or of the statement checked", answeredWith);
});

describe("what two parties each get, asked with one verb", () => {
  it.each([
    ["Compare what Russia and what Japan each gain from the relationship, according to the conclusion."],
    ["What do Russia and Japan each get out of closer ties?"],
  ])("%s → each side's gain in the top 3", (q) => {
    const r = run(q);
    expect(r.status, r.answer).toBe("answered");
    const top = r.answers.slice(0, 3);
    const { byId } = api.context().app.dataset.ask;
    const quotes = top.map((a) => present(byId.get(a.claimId), `claim ${a.claimId}`).quote).join(" | ");
    expect(quotes).toContain("lucrative market for its energy supplies");
    expect(quotes).toContain("boosting its economy and security");
  });
});

describe("a capital's view, a price asked", () => {
  it.each([
    // a capital for its state (Hanoi: Vietnam, whose view the article does not report)
    ["What did Hanoi make of Moscow's overtures?"],
    // a city the article names as no state's capital holds no view it reports
    ["What is New Delhi's official position on the Kuril Islands dispute?"],
    // a price ("price tag") is a sum of money the article does not give
    ["Which Japanese firms are building the LNG plant near Vladivostok, and what's the price tag?"],
  ])("%s → unanswerable", unanswerable);

  it.each([
    ["What did Moscow make of Xi's proposal?", "demurred"],
    ["What is Tokyo's position on the islands?", "won't compromise"],
  ])("%s → answered", answeredWith);
});

describe("a research tool's keyword queries", () => {
  it.each([
    [
      "RU Foreign Policy Concept Feb 2013 - where does JP fit",
      "crucial from the context of the Asia-Pacific",
    ],
    ["PM Abe goals amid China rise", "road to economic recovery"],
    ["opening thesis: direction of global geopolitical shift", "from West to East"],
    ['China threat perception of Japan "Asian power"', "reinvigorated Asian power"],
    ["author verdict: RU-JP ties idealism OR realpolitik", "realpolitik"],
    ["1956 decl: which 2 islands Moscow pledged back, on what condition", "two southernmost islands"],
    // what a search leaves out ("-'US decline'": the factor named with it too) and an instruction in brackets
    ['RU-JP rapprochement drivers -"US decline" (list the rest)', "alternative energy sources"],
    ["JP regional clout Moscow notes: APEC, ADB, ASEAN roles", "prominence in APEC"],
  ])("%s → answered", answeredWith);
});

describe("the asker's own recollections around the question", () => {
  it.each([
    // names and times of the asker's remark before the question are no part of what it asks
    [
      "I'd always assumed Khrushchev went cold on the 1956 deal because of the U-2 spy plane business in 1960. What reason does the article actually give for the Soviet hard line in that January 1960 memorandum to Tokyo?",
      "had violated the 1956 Declaration",
    ],
    [
      "When I taught in the seventies we called the Kuril Islands quarrel a twenty-odd-year-old sore, so by now I'd guess it's about fifty years old. How old does the author say the dispute is?",
      "67-year",
    ],
    [
      "Someone on the radio said Putin unveiled his turn towards Asia at Davos. Looking to Asia rather than to which traditional markets, and which think tank's piece is cited for it?",
      "traditional markets in Europe",
    ],
    // nor its names ("Soviet" is no party of the talks asked about)
    [
      "I grew up when Soviet and Japanese forces only met on radar screens. When did the two countries hold their 'two plus two' talks, and what did they agree to do together?",
      "November 2013",
    ],
    // the asker's speculation ("would have had kittens") sets no name the answer must speak of
    [
      "In the Cold War Washington would have had kittens over Moscow and Tokyo getting cosy. The article cites someone arguing it's actually good for America and bad news for a Chinese-Russian bloc. Whose piece is that?",
      "welcome development",
    ],
    // a remark after the question as well
    [
      "Which Asian clubs and banks does Moscow see Japan as a big player in? I remember APEC being set up around 1989.",
      "Asian Development Bank",
    ],
    // … which asks for nothing it mentions ("soldiers and sailors" asks after no forces stationed)
    [
      "What did the two sides actually agree at the 'two plus two' talks in November 2013? I gather it was about soldiers and sailors, not just talk.",
      "joint military and anti-piracy exercises",
    ],
    // "people" after the thing asked starts the clause: "what language" is asked, no kind of person
    [
      "I remember Mr Putin, back in 2000, making a rather gloomy prediction about what language people in the border regions would end up speaking. What was it?",
      "speak Chinese, Japanese and Korean",
    ],
    // the asker's correction replaces what it corrects
    [
      "Whereabouts have Japanese firms shown an interest in building liquefied gas plants out in the Soviet, sorry, the Russian Far East? Near Vladivostock, was it?",
      "LNG plants near the city of Vladivostok",
    ],
    // instructions rather than questions: whether, how two things differ, someone's words
    [
      "Check whether the January 2003 summit moved the peace treaty forward.",
      "did not result in any new developments",
    ],
    ["Compare the Soviet line of 1960 with Putin's 2001 line on the 1956 Declaration.", "still valid"],
    ["Quote Lavrov word for word on defence ties.", "upgrading defence ties"],
    ["Give me the reason the author offers for the thaw in attitudes between the two.", "rise of China"],
    [
      "Compare what Russia invited Japanese firms to do in the Far East with how Japan responded.",
      "non-energy sectors",
    ],
    // a topic's occasion ("when Japanese leaders go to …") is still the topic's
    [
      "What does the author say about China's reaction when Japanese leaders go to the Yasukuni Shrine?",
      "strident protests",
    ],
    // names the asker adds in brackets beside a name the article knows are an aside
    [
      "How could the historical dispute between Japan and the ROK (think Dokdo/Takeshima) affect the region, in the author's view?",
      "security architecture",
    ],
    // the publisher of "this essay" names the article; "the title under which" asks for its title
    [
      "What was the title under which ICWA published this essay on the Moscow–Tokyo thaw?",
      "A 'Reset' in Russia",
    ],
    // "who has authored": the byline, though an auxiliary stands between
    ["Who has authored this paper and where is her institution located?", "Research Fellow"],
    // English as a second language: no auxiliary, a name in Russian order
    [
      "What Losyukov Aleksandr, ex foreign minister, said in 2000 about territorial problem?",
      "inviolability",
    ],
    ["In which sectors Russia invites Japanese companies to Dalniy Vostok?", "non-energy"],
    // options: a name in a false one is an alternative offered, not a name the answer must speak of
    [
      "Which of these is counted among Asia's 'viable economies' in the article: (a) Malaysia, (b) Indonesia, (c) Thailand?",
      "Indonesia",
    ],
    [
      "Multiple choice: which document came out of Boris Yeltsin's 1993 trip to Tokyo — (a) the Tokyo Declaration, (b) the Moscow Declaration, (c) the Action Plan?",
      "Tokyo Declaration",
    ],
    // a statement checked of what the article says, or of the author's judgement
    [
      "True or false: as written, the article places the Senkaku Islands in the South China Sea.",
      "South China Sea",
    ],
    [
      "True or false: the author concludes that the Russia–Japan 'reset' has already been achieved.",
      "reveal itself in the future",
    ],
    // each side's reading, by the words the question gives that side
    ["How does Tokyo's reading of the 1956 Declaration differ from Moscow's?", "ends the dispute"],
    // what the author calls an obstacle: her description of it, no name
    ["What does the writer call the biggest obstacle in the island talks?", "major stumbling block"],
    // … "with" completing a noun is no second side
    ["Compare South Korea's relations with Russia and with Japan, as the article describes them.", "vibrant"],
    // where a party fits in an account: the role it plays there
    ["How does South Korea fit into the security section?", "vibrant bilateral relationship"],
    ["Where does South Korea come in, in the security section?", "vibrant bilateral relationship"],
    // … nor a wish after it ("in Japanese" asks for no Japanese wording)
    [
      "Who is the author, and what post and institution are given for her? I want to render the affiliation correctly in Japanese.",
      "Research Fellow",
    ],
    // … nor a statement before it ("first name" asks for none here)
    [
      "The article spells Lavrov Sergei's first name 'Sergie'. On 1 November 2013, which threats did he say stronger defence ties could help with?",
      "North Korea's nuclear threats",
    ],
    // how to read the title is no advice asked for
    [
      "The title puts 'Reset' in quotation marks and ends with a question mark. How should I read that? Does the author actually claim there has been a reset?",
      "will reveal itself in the future",
    ],
    // a word for words asks for the article's wording
    [
      "Which adjectives describe the relations with Japan that Russia expressed its willingness to promote?",
      "good neighbourly and multidimensional",
    ],
    // a year guessed, to be checked
    [
      "putin warning russians in border regions will speak chinese japanese korean, was that 2005?",
      "in 2000, Putin warned",
    ],
    [
      "Yeltsin and Hashimota had those 'no-necktie' get-togethers, was that around 1995? And did anything come of them?",
      "were not fruitful",
    ],
    [
      "When Xi Jinpeng went to Moscow, early 2014 I think it was, didn't he try to get Putin to gang up with him against Japan over the islands? How did Moscow take it?",
      "demurred",
    ],
  ])("%s → answered", (q, text) => {
    const r = run(q);
    expect(r.status, r.answer).not.toBe("unanswerable");
    expect(quotesOf(r)).toContain(text);
  });

  it("“I recall a meeting in Singapore in November 2018 … What did the author make of that?” → unanswerable: the question is of the remark", () => {
    const r = run(
      "I recall a meeting in Singapore in November 2018 where the two leaders agreed to accelerate talks on the basis of the 1956 Declaration. What did the author make of that?",
    );
    expect(r.status, r.answer).toBe("unanswerable");
  });
});
