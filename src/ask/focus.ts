// What a question asks for (its focus), read from its wording: the noun phrase after "which" or
// "what" ("Which Japanese defence minister …", "What sanctions …"), after "how many/much"
// ("How many Chinese migrants …"), after "who was the" ("Who was the Japanese ambassador …"),
// the thing of "what is the X of Y" ("the value of …", "the capital of …"), and the topic of
// "say about / position on Y". An answer must hold the focus; a focus the article never speaks
// of makes the question unanswerable, whatever else of it the article covers.
//
// The focus also says what kind of thing the answer names (`answerType`), from a small table of
// English class nouns ("minister" → a person, "country" → a state, "company" → an
// organisation, "value" → a figure): English words, not facts of the article.
import { must } from "../lib/must.ts";
import { onlyDescribes, partsOfSpeech, senseRelatives } from "./lexicon.ts";
import { isEnglishWord } from "./vocabulary.ts";
import { DEGREE_NOUNS, DEGREE_VERBS, IMPORTANCE_ASKED } from "./wording.ts";
import { contentKeys, relatedKeys, STOPWORDS, type Word, words } from "./words.ts";

export type AnswerType = "person" | "state" | "organisation" | "figure" | "city" | "island";

export interface Focus {
  /** The words of the focus as typed. */
  text: string;
  /** Word positions (in `words(text)` of the question) of the focus's content words. */
  positions: number[];
  /** "asked": the thing asked for (which/what/how many/who); "topic": what something is said about. */
  role: "asked" | "topic";
  /** What kind of thing an answer must name, when the focus says so. */
  answerType: AnswerType | null;
}

/** The kinds of entity that are instances of what a question asks for (a figure is none). */
export const INSTANCE_KINDS: Readonly<Record<AnswerType, readonly string[]>> = {
  person: ["person"],
  state: ["state"],
  organisation: ["organisation", "economy"],
  city: ["city"],
  island: ["island", "island-group"],
  figure: [],
};

/** Class nouns whose instances an answer must name. Compared folded; plurals too. */
const CLASS_NOUNS: Record<string, AnswerType> = {};
const addClass = (type: AnswerType, list: string) => {
  for (const w of list.split(" ")) {
    CLASS_NOUNS[w] = type;
    // And its plural, where the list does not give it: "which governors", "which islands". Not
    // "areas", which are fields ("what areas of cooperation"), never a measure.
    if (w === "area") continue;
    const plural = /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ies`
      : /(?:s|x|ch|sh)$/.test(w)
        ? `${w}es`
        : `${w}s`;
    if (!/(?:s|people|men)$/.test(w)) CLASS_NOUNS[plural] ??= type;
  }
};
addClass(
  "person",
  "minister ministers ambassador ambassadors diplomat diplomats envoy envoys official officials politician " +
    "politicians spokesman spokesperson spokeswoman emperor king queen chancellor governor mayor premier " +
    "secretary negotiator negotiators person people leader leaders director head chief chairman founder president " +
    "individual representative delegate",
);
addClass("state", "country countries nation nations state states neighbour neighbours neighbor neighbors");
addClass(
  "organisation",
  "company companies firm firms corporation corporations bank banks business businesses conglomerate " +
    // "which Japanese trading houses": the plural of a house of trade, not "the house"
    "conglomerates houses utilities consortium consortia operators",
);
addClass(
  "figure",
  "value volume amount number numbers population size area budget cost costs price prices gdp percentage " +
    "total sum figure figures quantity output capacity production revenue revenues length distance duration " +
    "height depth width weight turnover share shares proportion fraction dollar dollars yen rouble roubles ruble rubles euro euros " +
    "spending expenditure expenditures outlay outlays rate trade stock",
);
addClass("city", "capital capitals city cities port ports town towns village villages");
addClass("island", "island islet");

/** Nouns "what is the X for Y" asks of Y: "the figures for trade", "the Japanese name for Iturup". */
/** "… does the piece give for", "… did the author cite for": a figure or a name given for what follows. */
const GIVEN_FOR =
  /^(?:do|does|did|is|was)\s+(?:(?:the|this|that)\s+)?(?:article|piece|author|commentary|text|paper|she|it|writer)?\s*(?:give|gives|given|provide|provides|provided|cite|cites|cited|offer|offers|offered|quote|quotes|quoted|report|reports|reported|state|states|stated|put|puts|use|uses|used)\s+for\b/;

const FOR_NOUNS: ReadonlySet<string> = new Set(
  "figure figures number numbers total totals name names word term".split(" "),
);

/** Verbs of doing business (an activity), not of a business (a firm). */
const DOING: ReadonlySet<string> = new Set(
  "do does did doing done conduct conducts conducted conducting".split(" "),
);

/** Verbs that make "what" the subject of a question ("what gives …", "what led to …"). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  (
    "gives gave makes made drives drove prompts prompted leads led causes caused pushes pushed brings brought " +
    "keeps kept stops stopped prevents prevented blocks blocked explains explained motivates motivated " +
    "underlies underlay lies stands stood happened happens triggered triggers sparked sparks spurred spurs " +
    "hinders hindered hampers hampered"
  ).split(" "),
);

/** "Who heads …": verbs of being at the head of a body. */
const HEADS: ReadonlySet<string> = new Set(
  "heads headed leads led runs ran chairs chaired directs directed".split(" "),
);

/** Words of asking: a question without one ("russia japan trade 2012") is a search typed as words. */
const ASKING: ReadonlySet<string> = new Set("what which who whom whose when where why how".split(" "));
const AUXILIARIES: ReadonlySet<string> = new Set(
  "is are was were do does did has have had can could will would should may might".split(" "),
);

const DEGREE = new Set(DEGREE_NOUNS);
const DEGREE_VERB = new RegExp(`^(?:${DEGREE_VERBS})$`);

/** Verbs whose "how much" asks for a sum of money: "how much did it cost". */
const MEASURE_VERBS = new Set(
  "cost costs spend spent spending pay paid invest invested earn earned".split(" "),
);

/**
 * Figure class nouns that say only that a number is asked ("the value of trade"); the others
 * ("population", "cost", "budget") name what it measures, which an answer must speak of.
 */
export const GENERIC_FIGURES: ReadonlySet<string> = new Set(
  "value values volume amount amounts number numbers size total sum figure figures quantity percentage share shares proportion fraction dollar dollars yen rouble roubles ruble rubles euro euros rate rates".split(
    " ",
  ),
);

/** A figure class noun that names what is measured ("population", "cost"), not only that a number is asked. */
/** "How many …": a count is asked for. */
export const HOW_MANY = /\bhow\s+many\b/i;

/**
 * What "how many" counts, as the stems a claim may write it in: its own, a related form, or a
 * word of its meaning or just above it ("phases" → "periods").
 */
export function countedKeys(thing: { key: string; folded: string }): Set<string> {
  return new Set([
    thing.key,
    ...relatedKeys(thing.key),
    ...senseRelatives(thing.folded).flatMap(contentKeys),
  ]);
}

export const namesMeasure = (folded: string): boolean =>
  CLASS_NOUNS[folded] === "figure" && !GENERIC_FIGURES.has(folded);

/** Every class noun, folded. */
export const CLASS_WORDS: ReadonlySet<string> = new Set(Object.keys(CLASS_NOUNS));

/** Auxiliaries and prepositions that end a noun phrase (beyond the stopwords). */
const ENDS = new Set(
  "near around behind beyond like along amid amongst concerning regarding including following besides except unlike via according".split(
    " ",
  ),
);

/** A party's stance, which is on something else: "Russia's stance on outside interference". */
const STANCE_NOUNS: ReadonlySet<string> = new Set(
  "stance stances position positions attitude attitudes view views line policy policies approach stand".split(
    " ",
  ),
);

/** Words of what something is worth, which may ask its importance (IMPORTANCE_ASKED). */
const VALUE_WORDS: ReadonlySet<string> = new Set(["value", "values", "worth"]);

/** "How big / large / long …": a size, measured in a unit. */
const SIZE_WORDS = new Set("big large long far wide tall deep heavy high".split(" "));
/** Units of measure a question may ask a size in. */
const UNITS = new Set(
  "kilometres kilometers km kilometre kilometer miles mile metres meters metre meter hectares hectare acres acre tonnes tonne tons ton barrels barrel kilograms kg".split(
    " ",
  ),
);

/**
 * Head words that frame rather than name what is asked ("what kind of", "what role"), and words
 * for a collection of what follows "of" ("what cluster of drivers", "which set of reasons").
 */
const FRAME = new Set(
  "kind kinds sort sorts type types way ways extent degree part parts aspect aspects thing things point points role round rounds wave waves spell spells bout bouts cluster clusters set sets bundle bundles combination combinations mix handful array bunch constellation package packages suite variety range series".split(
    " ",
  ),
);

/** Prepositions before a clause that a "what" opens inside a question ("about what …"). */
const EMBEDDING = new Set("about of on over regarding concerning".split(" "));

/** Verbs after which "about/on" introduces a topic. */
const TOPIC_VERBS = new Set(
  "say said says saying think thinks thought view views position positions stance policy policies opinion opinions attitude feel feels felt write wrote written tell told reveal reveals agree agreed agrees disagree disagreed talk talked talks discuss discussed negotiate negotiated".split(
    " ",
  ),
);

/**
 * A word English uses only as a verb ("differ", "compare"), never as a noun, and not a participle
 * that describes the noun after it ("the four disputed islands").
 */
function isOnlyVerb(word: string): boolean {
  if (/(?:ed|ing)$/.test(word)) return false;
  const pos = partsOfSpeech(word);
  return pos.has("verb") && !pos.has("noun") && !pos.has("adj");
}

/** A possessive after a word: "Japan's", "Japan’s", "the Kurils'". */
const POSSESSIVE = /^(?:['’]s\b|s?['’](?=\s))/;

// "the US president": the country's initials in capitals are a name, not "us".
const isEnd = (w: Word) => (STOPWORDS.has(w.folded) && w.original !== "US") || ENDS.has(w.folded);

/** The folded word at a position of the question: "" past its ends or for no position. */
const foldedAt = (qs: Word[], i: number | undefined) => (i === undefined ? "" : (qs[i]?.folded ?? ""));

/**
 * Adjectives of nations: "the Japanese minister" is a minister, the nation a constraint; "and"
 * may join two before the noun they describe ("Russian and Chinese leaders").
 */
export const NATION_ADJECTIVES: ReadonlySet<string> = new Set(
  "russian japanese chinese american soviet korean indian british french german vietnamese us".split(" "),
);

/** Words of ministries that "and" may join before the office they describe. */
const MINISTRIES: ReadonlySet<string> = new Set(
  "foreign defence defense finance trade economy energy interior justice".split(" "),
);

/** The noun phrase from position `from`: words up to a stopword or preposition (at most five). */
const PLURAL_NOUN = /^\p{L}{3,}[^su]s$/u;
const SUBJECT_AFTER = /^(?:people|they|we|you|he|she|it|i)$/;

/** Words for people at large, which name no kind of person asked for. */
const PEOPLE: ReadonlySet<string> = new Set(["people", "persons", "folk", "folks"]);
const MODALS: ReadonlySet<string> = new Set([
  "would",
  "will",
  "could",
  "can",
  "should",
  "must",
  "might",
  "may",
]);

/** Prepositions of place after a participle: "living on", "stationed in". */
const PLACE_PREPOSITIONS = new Set([
  "on",
  "in",
  "at",
  "near",
  "along",
  "across",
  "within",
  "around",
  "inside",
]);

function phraseAt(qs: Word[], from: number): number[] {
  const out: number[] = [];
  for (let i = from; i < qs.length && out.length < 5; i++) {
    const w = qs[i];
    // "Which Russian and Chinese leaders …": two nations' adjectives of one noun.
    // So are two ministries' words of one office ("foreign and defence ministers").
    if (
      w?.folded === "and" &&
      ((NATION_ADJECTIVES.has(foldedAt(qs, i - 1)) && NATION_ADJECTIVES.has(foldedAt(qs, i + 1))) ||
        (MINISTRIES.has(foldedAt(qs, i - 1)) && MINISTRIES.has(foldedAt(qs, i + 1)))) &&
      out.length > 0
    )
      continue;
    if (!w || isEnd(w)) break;
    // A participle and its place end the phrase after a class noun: "the population living on
    // the islands", "the officials stationed in the Kurils" (not "defence spending in 2012").
    if (
      out.length > 0 &&
      CLASS_NOUNS[foldedAt(qs, out.at(-1))] !== undefined &&
      /(?:ing|ed)$/.test(w.folded) &&
      PLACE_PREPOSITIONS.has(foldedAt(qs, i + 1))
    )
      break;
    out.push(i);
    // A plural before the subject of what follows ends the phrase: "what languages people …
    // would speak", "which islands they claim" (a noun that describes another is singular).
    if (
      PLURAL_NOUN.test(w.folded) &&
      partsOfSpeech(w.folded).has("noun") &&
      SUBJECT_AFTER.test(foldedAt(qs, i + 1))
    )
      break;
  }
  // A subject question's verb ends the phrase: "Which Japanese minister attended …".
  while (out.length > 1 && /ed$/.test(foldedAt(qs, out.at(-1)))) out.pop();
  return out;
}

/** The focus of a question, or null when its wording names none (yes/no, why, how questions). */
export function focusOf(text: string): Focus | null {
  const qs = words(text);
  const at = (i: number | undefined) => foldedAt(qs, i);
  const make = (positions: number[], role: Focus["role"], forced: AnswerType | null = null): Focus | null => {
    // Numbers and words that only describe ("distinct phases", "what exactly") name nothing;
    // an office's own words stay ("foreign minister").
    let ps = positions.filter(
      (i) => !/^\d/.test(at(i)) && (CLASS_NOUNS[at(i + 1)] === "person" || !onlyDescribes(at(i))),
    );
    // "in which sectors russia encouraged japanese companies": a name then a verb starts the
    // clause after the thing asked (names are not in the dictionary, written in any case).
    if (role === "asked") {
      // A verb in the third person or the past ("invites", "invited") after a capitalised name
      // does too, though it can be a noun ("in which sectors Russia invites Japanese companies").
      const clause = ps.findIndex(
        (i, j) =>
          j > 0 &&
          /^\p{L}+$/u.test(at(i)) &&
          !isEnglishWord(at(i)) &&
          partsOfSpeech(at(i + 1)).has("verb") &&
          (!partsOfSpeech(at(i + 1)).has("noun") ||
            (/^\p{Lu}/u.test(qs[i]?.original ?? "") && /(?:[^s]s|ed)$/.test(at(i + 1)))),
      );
      if (clause > 0) ps = ps.slice(0, clause);
      // "what Russia invited Japanese firms to do": a name then a verb right after the question
      // word is the clause's subject; "what" itself is asked, no noun after it. So is a name right
      // after "what" with no auxiliary between ("What Losyukov Aleksandr, ex foreign minister, said").
      const first = ps[0];
      if (
        first !== undefined &&
        /^\p{L}+$/u.test(at(first)) &&
        !isEnglishWord(at(first)) &&
        ((partsOfSpeech(at(first + 1)).has("verb") && !partsOfSpeech(at(first + 1)).has("noun")) ||
          (at(first - 1) === "what" && /^\p{Lu}/u.test(qs[first]?.original ?? "")))
      )
        return null;
      // "which economic strengths make Tokyo attractive": a verb after a plural noun ends it.
      const verb = ps.findIndex(
        (i, j) =>
          j > 0 &&
          partsOfSpeech(at(i)).has("verb") &&
          at(ps[j - 1]).endsWith("s") &&
          isEnglishWord(at(ps[j - 1]).slice(0, -1)) &&
          partsOfSpeech(at(ps[j - 1])).has("noun") &&
          !CLASS_NOUNS[at(i)],
      );
      if (verb > 0) ps = ps.slice(0, verb);
      // "what language people in the border regions would speak": "people" after a noun, then a
      // preposition or a modal, is the clause's subject, not the head of what is asked.
      const subject = ps.findIndex(
        (i, j) => j > 0 && PEOPLE.has(at(i)) && (PLACE_PREPOSITIONS.has(at(i + 1)) || MODALS.has(at(i + 1))),
      );
      if (subject > 0) ps = ps.slice(0, subject);
    }
    // What follows a class noun in an asked phrase is the verb: "which minister took part".
    if (role === "asked") {
      // A class word that can describe a noun after it does so: "which official Russian document".
      // So does a noun before a noun of no kind of its own: "which business sectors" asks for sectors.
      const modifies = (j: number) =>
        j + 1 < ps.length &&
        partsOfSpeech(at(ps[j + 1])).has("noun") &&
        (partsOfSpeech(at(ps[j])).has("adj") ||
          (/s$/.test(at(ps[j + 1])) &&
            CLASS_NOUNS[at(ps[j + 1])] === undefined &&
            partsOfSpeech(at(ps[j])).has("noun")));
      const k = ps.findIndex((i, j) => CLASS_NOUNS[at(i)] !== undefined && !modifies(j));
      const classNoun = ps[k];
      if (classNoun !== undefined && at(classNoun + 1) !== "of") ps = ps.slice(0, k + 1);
    }
    // "what kind of X": X is the focus.
    const last = ps.at(-1);
    if (last !== undefined && FRAME.has(at(ps[0])) && at(last + 1) === "of") ps = phraseAt(qs, last + 2);
    const end = ps.at(-1);
    if (end === undefined || ps.every((i) => FRAME.has(at(i)))) return null;
    const head = at(end);
    // "what energy business do they do in Sakhalin": business done, an activity, not a firm named.
    if (head === "business" && qs.slice(end + 1).some((w) => DOING.has(w.folded))) return null;
    // "Which Russian area …" is a region; "the area of Iturup" a measure.
    // "the combined land area, in square kilometres, of …": a unit makes it a measure.
    const region = head === "area" && at(end + 1) !== "of" && !forced && !qs.some((w) => UNITS.has(w.folded));
    // "Japan's value to Russia", "the value of Japan, according to …": what a party means to
    // another, not a figure.
    const importance = ps.some((i) => VALUE_WORDS.has(at(i))) && IMPORTANCE_ASKED.test(text);
    return {
      text: ps.map((i) => must(qs[i], `the question's word at ${i}`).original).join(" "),
      positions: ps,
      role,
      answerType: importance
        ? null
        : (forced ?? (role === "asked" && !region ? (CLASS_NOUNS[head] ?? null) : null)),
    };
  };
  for (let i = 0; i < qs.length; i++) {
    const w = at(i);
    // "how much did it cost …", "how much will Japan invest …": the verb names the figure.
    if (w === "how" && at(i + 1) === "much" && STOPWORDS.has(at(i + 2))) {
      const k = qs.findIndex((q, j) => j > i + 2 && MEASURE_VERBS.has(q.folded));
      if (k >= 0) return make([k], "asked", "figure");
    }
    // "how big, in square kilometres, …": the unit names the figure asked for.
    if (w === "how" && SIZE_WORDS.has(at(i + 1))) {
      const unit = qs.findIndex((q, j) => j > i + 1 && UNITS.has(q.folded));
      if (unit >= 0) return make(at(unit - 1) === "square" ? [unit - 1, unit] : [unit], "asked", "figure");
    }
    // "how many years after X did Y", "how many years passed between X and Y": the time between
    // two dated things, which their sentences give, not a figure the article states.
    if (
      w === "how" &&
      at(i + 1) === "many" &&
      /^(?:years|months|decades)$/.test(at(i + 2)) &&
      /^(?:after|before|between|later|earlier|passed|elapsed|separate|separated)$/.test(at(i + 3))
    )
      return null;
    // "how many X", "how much X"; not "how much store (importance) …", a degree (DEGREE_NOUNS)
    if (
      w === "how" &&
      (at(i + 1) === "many" ||
        (at(i + 1) === "much" &&
          !DEGREE.has(at(i + 2)) &&
          ![2, 3, 4].some((k) => DEGREE_VERB.test(at(i + k)))))
    ) {
      // A verb after the plural counted ends it: "how many islands make up …", "tourists visit".
      const p = phraseAt(qs, i + 2);
      const verb = p.findIndex(
        (j, k) =>
          k > 0 &&
          partsOfSpeech(at(j)).has("verb") &&
          at(p[k - 1]).endsWith("s") &&
          partsOfSpeech(at(p[k - 1])).has("noun"),
      );
      const f = make(verb > 0 ? p.slice(0, verb) : p, "asked", "figure");
      if (f) return f;
      continue;
    }
    // "who is/was the X"
    if (w === "who" && /^(is|was|are|were)$/.test(at(i + 1)) && /^(the|a|an)$/.test(at(i + 2)))
      return make(phraseAt(qs, i + 3), "asked");
    // "who was Japan's defence minister": an office named after whose it is.
    if (w === "who" && /^(is|was|are|were)$/.test(at(i + 1))) {
      const p = phraseAt(qs, i + 2);
      // "who was Japan's foreign minister sitting across from Lavrov": the office ends the phrase.
      const office = p.findLastIndex((j) => CLASS_NOUNS[at(j)] === "person");
      if (office >= 1) return make(p.slice(0, office + 1), "asked");
    }
    // "… his forecast about what people in the border regions might speak": a clause inside the
    // question, after a preposition, whose subject follows "what", asks nothing of its own ("about
    // what languages people would speak" does).
    if ((w === "what" || w === "which") && i > 1 && EMBEDDING.has(at(i - 1)) && SUBJECT_AFTER.test(at(i + 1)))
      continue;
    // "what's the X", "whats the X": "what is the X".
    const contracted = (w === "what" || w === "whats") && at(i + 1) === "the";
    if (w === "what" || w === "which" || contracted) {
      // "what is the X of Y"; and written without its article, as a learner may: "what is
      // population of the Far East", "what was value of trade".
      const bare =
        !contracted &&
        /^(is|was|are|were)$/.test(at(i + 1)) &&
        CLASS_NOUNS[at(i + 2)] !== undefined &&
        /^(?:of|for)$/.test(at(i + 3));
      if (contracted || bare || (/^(is|was|are|were)$/.test(at(i + 1)) && at(i + 2) === "the")) {
        const p = phraseAt(qs, contracted ? i + 2 : bare ? i + 2 : i + 3);
        // The thing measured belongs to the focus: "the value of Russia-Japan trade".
        // So does what a figure or a name is given for: "the figures for Russia-China trade",
        // "the Japanese name for Iturup".
        const last = p.at(-1);
        // "what are the names of the Japanese firms …": the names of a kind are instances of it.
        if (last !== undefined && p.length === 1 && /^names?$/.test(at(last)) && at(last + 1) === "of") {
          let of = last + 2;
          while (/^(the|a|an)$/.test(at(of))) of++;
          const phrase = phraseAt(qs, of);
          const k = phrase.findIndex((j) => CLASS_NOUNS[at(j)] !== undefined);
          const kind = k >= 0 ? phrase.slice(0, k + 1) : [];
          const type = CLASS_NOUNS[at(kind.at(-1))];
          if (kind.length && type && type !== "figure") {
            const f = make(kind, "asked", type);
            if (f) return f;
          }
        }
        if (
          last !== undefined &&
          (at(last + 1) === "of" || (at(last + 1) === "for" && FOR_NOUNS.has(at(last))))
        )
          return make([...p, ...phraseAt(qs, last + 2)], "asked", CLASS_NOUNS[at(last)] ?? null);
        // "what are the sanctions that Japan imposed …": the thing a relative clause then tells of.
        if (last !== undefined && /^(?:that|which|who|whom)$/.test(at(last + 1)) && !CLASS_NOUNS[at(last)]) {
          const f = make(p, "asked");
          if (f) return f;
        }
        // "what is the main town on Kunashir": a kind of thing, wherever it is.
        if (last !== undefined && CLASS_NOUNS[at(last)] !== undefined && CLASS_NOUNS[at(last)] !== "figure") {
          const f = make(p, "asked");
          if (f) return f;
        }
        // "what is the combined land area, in square kilometres, …": a measure in a unit; "what
        // was the trade between Russia and Japan in 2013": a measure named by its own noun.
        if (
          last !== undefined &&
          CLASS_NOUNS[at(last)] === "figure" &&
          (qs.some((w) => UNITS.has(w.folded)) || namesMeasure(at(last)))
        ) {
          const f = make(p, "asked", "figure");
          if (f) return f;
        }
        continue;
      }
      // "what was Japan's defence budget", "what is Russia's population": a class noun after
      // whose it is (up to three words of a name and its possessive).
      if (/^(is|was|are|were)$/.test(at(i + 1))) {
        const owner = [i + 2, i + 3, i + 4].find((j) => {
          const q = qs[j];
          return q !== undefined && POSSESSIVE.test(text.slice(q.index + q.original.length));
        });
        if (owner !== undefined) {
          const p = phraseAt(qs, owner + 1);
          const last = p.at(-1);
          const head = at(last);
          if (last !== undefined && CLASS_NOUNS[head] !== undefined) {
            // "Japan's share of Russian trade": what is measured belongs to the focus.
            const f =
              at(last + 1) === "of"
                ? make([...p, ...phraseAt(qs, last + 2)], "asked", CLASS_NOUNS[head] ?? null)
                : make(p, "asked");
            if (f) return f;
          }
        }
        // "What was Russia-Japan bilateral trade in 2013?": a phrase ending on a measure's noun.
        const p = phraseAt(qs, i + 2);
        const last = p.at(-1);
        if (last !== undefined && p.length > 1 && namesMeasure(at(last)) && at(last + 1) !== "of") {
          const f = make(p, "asked", "figure");
          if (f) return f;
        }
        continue;
      }
      // "what gives Japan weight", "what drove the normalisation": a verb after "what" makes it
      // the subject of the question, which asks for a cause, not a kind of thing.
      if (SUBJECT_VERBS.has(at(i + 1))) continue;
      // "which X …", "what X did …", "which other X …"
      const from = /^(other|another|else)$/.test(at(i + 1)) ? i + 2 : i + 1;
      if (!isEnd(qs[from] ?? ({ folded: "of" } as Word))) {
        const p = phraseAt(qs, from);
        // "what figure does the piece give for Russia-Japan trade", "what land area does the
        // article give for Iturup": what the figure is given for belongs to the focus.
        const last = p.at(-1);
        const given =
          last === undefined
            ? null
            : GIVEN_FOR.exec(
                qs
                  .slice(last + 1)
                  .map((w) => w.folded)
                  .join(" "),
              );
        if (last !== undefined && given && (FOR_NOUNS.has(at(last)) || CLASS_NOUNS[at(last)] === "figure")) {
          const f = make(
            [...p, ...phraseAt(qs, last + 1 + given[0].trim().split(" ").length)],
            "asked",
            CLASS_NOUNS[at(last)] ?? null,
          );
          if (f) return f;
        }
        const f = make(p, "asked");
        if (f) return f;
      }
    }
  }
  // "who heads the council", "who leads the delegation": the one at its head.
  if (at(0) === "who" && HEADS.has(at(1))) return make([1], "asked", "person");
  // "russia japan trade figure for 2013": a search typed as words, with no word of asking, asks
  // for the figure it names.
  // Not a question put as a sentence, whatever comes before its verb ("As a risk point, will Japan …").
  if (!qs.some((w) => ASKING.has(w.folded) || AUXILIARIES.has(w.folded))) {
    // "population of shikotan": a noun naming a measure asks for that measure too.
    const k = qs.findIndex((w) => GENERIC_FIGURES.has(w.folded) || namesMeasure(w.folded));
    if (k >= 0) {
      let start = k;
      while (start > 0 && k - start < 3 && !isEnd(qs[start - 1] ?? ({ folded: "of" } as Word))) start--;
      const f = make(
        Array.from({ length: k - start + 1 }, (_, j) => start + j),
        "asked",
        "figure",
      );
      if (f) return f;
    }
  }
  // "Who represented Japan as defence minister …": the office asked for follows "as".
  if (at(0) === "who")
    for (let i = 1; i < qs.length; i++) {
      if (at(i) !== "as") continue;
      let start = i + 1;
      while (/^(the|a|an)$/.test(at(start))) start++;
      const p = phraseAt(qs, start);
      if (p.length && CLASS_NOUNS[at(p.at(-1))] === "person") return make(p, "asked");
    }
  // "say about X", "position on X"; "say in 2012 about X", "write in his op-ed about X".
  for (let i = 0; i + 1 < qs.length; i++) {
    if (!TOPIC_VERBS.has(at(i))) continue;
    // "Did Putin keep the Soviet line when he talked about the islands in 2001?": a clause that
    // dates a yes/no question's own predicate names the occasion, not what is asked about.
    if (
      /^(?:did|does|do|is|was|were|has|have|had|can|could|will|would)$/.test(at(0)) &&
      [i - 1, i - 2, i - 3].some((j) => j > 0 && at(j) === "when")
    )
      continue;
    let k = i + 1;
    if (!/^(about|on|regarding|concerning)$/.test(at(k)))
      for (k = i + 2; k <= i + 5 && !/^(about|regarding|concerning)$/.test(at(k)); k++);
    if (k <= i + 5 && k < qs.length) {
      let start = k + 1;
      const skip = () => {
        while (start < qs.length && /^(the|a|an|its|their|his|her)$/.test(at(start))) start++;
      };
      skip();
      let p = phraseAt(qs, start);
      // "about the value of ties with Japan", "on the future of the islands": what follows "of".
      const last = p.at(-1);
      if (last !== undefined && at(last + 1) === "of") {
        start = last + 2;
        skip();
        p = phraseAt(qs, start);
      }
      // "about Russia's stance on outside interference", "about Japan's attitude to China": the
      // topic is what the stance is on; whose it is names a holder, not the topic.
      const lastStance = p.at(-1);
      if (
        lastStance !== undefined &&
        STANCE_NOUNS.has(at(lastStance)) &&
        /^(on|to|towards|toward|over|regarding|about|concerning)$/.test(at(lastStance + 1))
      ) {
        start = lastStance + 2;
        skip();
        const q = phraseAt(qs, start);
        if (q.length) p = q;
      }
      // "the document they disagree about called": a preposition that ends its clause has no topic.
      const head = p[0];
      if (
        head !== undefined &&
        (isOnlyVerb(at(head)) || (/ed$/.test(at(head)) && !partsOfSpeech(at(head)).has("noun")))
      )
        continue;
      // "positions on the islands differ": a verb ends the topic.
      const verb = p.findIndex((j, k) => k > 0 && isOnlyVerb(at(j)));
      const f = make(verb > 0 ? p.slice(0, verb) : p, "topic");
      if (f) return f;
    }
  }
  return null;
}
