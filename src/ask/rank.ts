// Scores every claim for one reading of a question. A claim's score is a weighted sum of
// normalised signals (each in [0, 1] or a yes/no), with the weights in one table, WEIGHTS:
// full-text relevance (FTS5 bm25, divided by the best claim's), coverage (the share of the
// question's content, weighted by rarity, that the claim's sentence and names hold), and the
// graph's structure (holder, subjects, events, typed relations, kind, date, section).

import { looseName, storedFields } from "../dataset/entities.ts";
import { must } from "../lib/must.ts";
import { allMatches, escapeRegExp } from "../lib/text.ts";
import { pointsBack } from "./answer.ts";
import { type Expansion, expansionsOf } from "./expand.ts";
import { countedKeys, focusOf, GENERIC_FIGURES, HOW_MANY, INSTANCE_KINDS } from "./focus.ts";
import type { AskIndex, IndexedClaim, SearchTerm } from "./index.ts";
import { KINDS_FOR_INTENT } from "./intent.ts";
import { asksLatest, METADATA_LINE, type Reading, WORK_LINE_WORDS } from "./interpret.ts";
import { type LexicalRelation, lexicalRelatives, partsOfSpeech } from "./lexicon.ts";
import { demonymState } from "./linker.ts";
import { Memo, oncePer, perIndex } from "./memo.ts";
import { asksWhen, monthNumber, overlaps, PERIOD_STATED, periodOpener, type TimeConstraint } from "./time.ts";
import { specificity } from "./vocabulary.ts";
import { contentKeys, relatedKeys, STOPWORDS, type Word, words } from "./words.ts";

/** Every ranking weight, in one place. Scores are sums of these times signals in [0, 1]. */
export const WEIGHTS = {
  /** bm25 over the claim's fields, relative to the best-matching claim (1 for the best). */
  text: 3,
  /** Share of the question's content (rarity-weighted) the claim covers. */
  coverage: 6,
  /** Share of the question's own words the claim's quote and summary hold (not only its sentence). */
  quoteCoverage: 2,
  /** The claim is held by the speaker the question asks about ("What did Putin say"). */
  speakerHolds: 3,
  /** The claim is about the asked-for speaker, though someone else holds it. */
  speakerAbout: 1,
  /** The share of the question's other named entities the claim is about (or held by). */
  subjects: 3,
  /** The claim is about an event the named people took part in together ("the Putin–Mori meeting"), times the pair's specificity. */
  impliedEvent: 2,
  /** The claim's sentence states a typed relation the question asks about ("who administers …"). */
  relation: 3,
  /** The claim's kind is the one the intent prefers most; each later preference 0.5 less. */
  kind: 1.5,
  /** A statement question and a direct quote. */
  directQuote: 0.5,
  /** A figure question and a claim with a figure (not a year). */
  figure: 2,
  /**
   * "How many phases …": a claim that counts the thing, a number with the thing (or a word of
   * its meaning) among the three words after it ("There were three periods of active attempts").
   */
  counts: 5,
  /** The claim's date overlaps the question's period, or its quote names a year of it. */
  timeMatch: 2.5,
  /** The claim's date lies outside the question's period. */
  timeMismatch: -3,
  /**
   * "When did …", "in what year …": a claim whose own words state a time ("held on November
   * 2013", "in 1993") other than the times the question itself names: the others only date
   * what they say from elsewhere.
   */
  dateStated: 2,
  /**
   * "What month and year was the Soviet-Japanese Declaration signed?": a claim that states the
   * date of the dated thing asked about ("… Declaration' of October 1956"), not of another.
   */
  namedDateStated: 2,
  /** A question with a period and an undated claim. */
  timeUndated: -0.5,
  /** "Apart from X, what …": a claim that itself sets X aside ("Apart from Asia-Pacific region, Russia is also …"). */
  setsAside: 3,
  /**
   * "Were Russia and Japan ever allies?": a claim stating the relation asked of one of two actors
   * named and someone else ("Japan … has been an ally of the US") tells of another pair.
   */
  relationOfAnother: -2,
  /** "What does the author propose …": of the author's claims, her assessments over what she narrates. */
  authorView: 1,
  /**
   * "What does Moscow say it wants …": a claim held by someone who does not speak for the one
   * whose words are asked (Abe's wish for "reset ties" with Russia).
   */
  otherSayer: -2,
  /**
   * "Apart from X, what else …": a claim of the sentence that states X, or of the next sentence
   * of its paragraph ("… economic assets are very attractive. It also needs Tokyo's cooperation …").
   */
  besideSetAside: 2,
  /** … and more when the other one is listed right beside it ("with Japan and Vietnam"). */
  listedBeside: 2,
  /**
   * "From Tokyo's point of view", "for Japan, …": a claim on that party's side (held by it, or
   * "For Japan, …"). "What does it mean to Japan", "what does Tokyo gain": the author's "For Japan, …".
   */
  perspective: 2,
  /** "The most recent development the article reports": a claim of the latest date the body gives. */
  latest: 12,
  /** "On Tokyo's reading …": a claim the author opens on the other party ("For Russia, …"). */
  otherSide: -2,
  /**
   * The claim sits in the section the question points at ("in the conclusion", "as the section on
   * shifting attitudes puts it"): the asker says where the answer is, above a claim elsewhere
   * that matches the words better (measured: 3 let the introduction's reasons win).
   */
  section: 4.5,
  /** The claim is cited to, or stated in, the endnote the question names ("what does endnote 9 cite"). */
  endnote: 8,
  /** The author's own claim when the question asks what the author thinks. */
  author: 1.5,
  /** The claims of the line a question about the article itself asks for: the byline (who wrote it), the title, the disclaimer. */
  metadata: 15,
  /** A source question and a claim whose endnote resolves to a cited work. */
  cited: 1,
  /** The question names a cited work ("What did the Hindustan Times report …") and the claim cites it. */
  namedWork: 6,
  /** A stance right after another named actor's claim: it answers it (times that actor's specificity). */
  reply: 2.5,
  /** The other claims of the best claims' sentence, for a "why" question (the reason is there). */
  reasonBeside: 3,
  /** For "why": a claim that gives a reason in so many words ("because", "given …", "is to balance"). */
  reasonMarker: 1.5,
  /**
   * "What could the two countries do …": a question of what is possible, and a claim that says
   * what can, could or will be ("both can … have joint administration over the islands").
   */
  possible: 1.5,
  /**
   * "What pushed Tokyo to look for …", "what has led the two to …": a claim that states a cause
   * by a verb of causing ("the disaster has prompted it to look for …", "tensions … are driving
   * the country to …"), not one that only names the effect as a reason for something else
   * ("The reason behind this rapprochement is … Japan's need for alternative energy sources").
   */
  causeStated: 1.5,
  /**
   * For "why": the claims of the next sentence of the best claim's paragraph (halved for the one
   * after), when that sentence gives a reason ("It is because of …").
   */
  reasonAfter: 2,
  /**
   * The share of reasonAfter for a next sentence that gives no reason in so many words: it may
   * still explain ("… contributes to a more resilient order"), or merely say what came next.
   */
  reasonAfterUnmarked: 0.75,
  /**
   * For "why", when the best claim gives no reason: the claims of the next two sentences of its
   * paragraph go right below it, this much lower per sentence (they explain it). At 0.25 another
   * claim nearly as good as the best ("The reason behind this rapprochement …") came between.
   */
  explainsAfter: 0.01,
  /** For "how did X respond to …": the claims of the next sentence of the best claim's paragraph (halved for the one after). */
  responseAfter: 3,
  /**
   * For "why", "how did X respond", "what came of …", "did X get anywhere": a sentence right
   * after the best claim, in its paragraph, that opens by pointing back to it ("It is
   * because of …", "To which Japan …", "This resulted in …", "However, all these meetings …")
   * is what is asked, and the sentence it points to comes with it (answer.ts): it scores this
   * much above that claim.
   */
  followUp: 0.5,
  /** A part that asks where the previous part's answer comes from ("and which source supports this?"): that answer's sentence. */
  sourceOfPrevious: 6,
  /** A part that refers back ("and why does that matter"): the sentence right after the previous part's answer. */
  followsPrevious: 3,
  /**
   * A later part that does not refer back ("When will it become clear whether a 'reset' is
   * happening, and what would signing the peace treaty make possible?"): readers ask of facts
   * told one after another, so the sentence right after the previous part's answer gains this
   * (half as much two sentences on). Measured on the dev sets: 1–2 put two more parts' answers
   * first, 3–5 three, and 8 loses one; 3, as for a part that points back.
   */
  nearPrevious: 3,
  /**
   * A part that refers back and asks why ("…, and why does it matter so much?"): its own words
   * say little ("matter"), the reason follows the previous part's answer. Replaces followsPrevious.
   */
  reasonOfPrevious: 6,
  /** Side by side ("how do A and B differ / each …"): a party's claim next to another party's on the same things. */
  contrast: 4,
  /** Side by side: an event claim, which states what happened rather than where a party stands. */
  sideEvent: -3,
  /**
   * Side by side, times the share of the words the question gives one side alone ("Moscow's stance
   * on the post-war annexation") that a claim of that side holds.
   */
  sideTopic: 4,
  /** The share of the question's adjacent word pairs the claim writes side by side (wordPairs). */
  proximity: 1,
  /** A word the article never uses weighs as its rarest word times this. */
  unknownWord: 0.6,
  /** How much a named entity weighs in coverage, times (0.25 + its specificity). */
  entity: 4,
  /**
   * A question's word or name the claim does not hold but its paragraph does counts as this
   * share of it: the paragraph says what the sentence is about ("the islands" around "Japan
   * won't compromise on a stand …").
   */
  paragraph: 0.25,
  /**
   * A question's word the claim does not hold but writes as a WordNet relative (expand.ts)
   * counts, in coverage and in the bm25 query, as this share of the word itself: the same
   * meaning ("dispute" for "quarrel", "attract" for "appealing") and a derived form. Similar
   * adjectives and the meanings one step wider or narrower ("stumbling block" for "obstacle")
   * were measured at 0.35–0.4 and lost more questions than they won on the labelled and
   * held-out sets (a wider meaning is a common word, a narrower one is one of many): 0, so only
   * their phrases are looked up (lexicalPhrase).
   */
  lexical: { synonym: 0.6, derived: 0.6, similar: 0, broader: 0, narrower: 0 },
  /**
   * A relative one step wider, narrower or similar that is a phrase the article writes ("obstacle"
   * → "stumbling block"): a collocation names one specific thing, unlike a single wider or
   * narrower word, so it counts at this share whatever its relation.
   */
  lexicalPhrase: 0.3,
} as const;

/**
 * "What could they do", "what can Japan gain", "what might follow", "what does the author
 * propose": what is possible, asked.
 */
const ASKS_POSSIBLE =
  /\bwhat\b[^?]*\b(?:could|can|might|may|would)\b|\b(?:author|writer|she)\s+(?:\w+\s+)?(?:propos|suggest|envisag|envision|recommend|advocat|imagin)\w*/i;
/** A claim saying what can, could or will be. */
const SAYS_POSSIBLE = /\b(?:can|could|might|may|would|will be able|will)\b/i;

/** Asked of a cited work: who put it out, or where ("which research centre put it out"). */
const WORK_DETAIL =
  /\b(?:centre|center|institute|publisher|journal|magazine|newspaper|website|outlet|think[\s-]?tank)\b|\b(?:put (?:it )?out|brought out|issued|released)\b/i;

/** A note that cites a work again by pointing back to an earlier note ("op.cit.", "ibid."). */
const REPEAT_CITATION = /\bop\.?\s*cit\b|\bibid\b/i;

/** Words that ask about a typed relation of the graph. */
const RELATION_CUES: [RegExp, string][] = [
  [/\badministe\w*|\bcontrol\w*|\bruns?\b/, "administers"],
  [/\bclaim(s|ed|ing|ant)?\b|\bowner\w*/, "claims"],
  [/\bpart(y|ies) to\b|\bsign(ed|atory|atories)?\b/, "party_to"],
  [/\bmember\w*/, "member_of"],
  [/\blead(s|er|ers)?\b|\bhead(s|ed)?\b/, "leader_of"],
  [/\blocated\b|\bwhere (is|are|was|were)\b|\blies\b|\blie\b/, "located_in"],
  [/\bpart of\b|\bmake up\b|\bmade up\b|\bconsist\w*|\bbelong\w*/, "part_of"],
  [/\bvisit\w*/, "visited"],
  [/\bally|\ballie[sd]\b|\balliance\b/, "allied_with"],
  [/\bpartner\w*/, "partner_of"],
  [/\bdisput\w*|\bconflict\w*/, "disputes_with"],
  [/\btake part|\btook part|\battend\w*|\bparticipa\w*/, "participated_in"],
  [/\bissu\w*|\bpublish\w*|\breleas\w*/, "issued"],
];

export interface Scored {
  claim: IndexedClaim;
  score: number;
  /** Normalised text relevance in [0, 1]. */
  text: number;
  /** Coverage of the question's content in [0, 1]. */
  coverage: number;
  /** Coverage of the question's own words, names aside (null when it has none). */
  contentCoverage: number | null;
}

/**
 * The weight of one content word in coverage: its rarity in the article (inverse document
 * frequency) times its specificity in English (the commonest words say least). A word the
 * article never uses weighs as the rarest, times its specificity.
 */
export function termWeight(index: AskIndex, key: string, folded: string): number {
  const rarity = index.vocabulary.has(key) ? index.idf(key) : index.maxIdf * WEIGHTS.unknownWord;
  return rarity * specificity(folded);
}

const NONE: Set<string> = new Set();

/** The WordNet relations that count (a weight above 0): the others are not looked up at all. */
const LEXICAL_RELATIONS = (Object.keys(WEIGHTS.lexical) as LexicalRelation[]).filter(
  (r) => WEIGHTS.lexical[r] > 0,
);
/** The relations whose relatives count only when they are phrases (lexicalPhrase). */
const PHRASE_RELATIONS = (Object.keys(WEIGHTS.lexical) as LexicalRelation[]).filter(
  (r) => WEIGHTS.lexical[r] === 0 && WEIGHTS.lexicalPhrase > 0,
);

/** The share of a word a relative counts for: its relation's, or a phrase's (lexicalPhrase), whichever is more. */
export function expansionWeight(e: Expansion): number {
  return Math.max(WEIGHTS.lexical[e.relation], e.keys.length > 1 ? WEIGHTS.lexicalPhrase : 0);
}

/** What coverage compares, prepared once per reading. */
export interface CoverageTerms {
  words: {
    key: string;
    folded: string;
    related: string[];
    weight: number;
    expansions: Expansion[];
    /** The initials of the capitalised names it is part of, lower case ("Financial Times" → "ft"), for a source question. */
    initials: string[];
    /** A source question's word that no claim states, only endnotes and cited works ("Nippon", "journal"): a claim's citation covers it. */
    citedOnly: boolean;
    /** The article's stems of its stem's family (index.familyOf), looked up once. */
    family: string[];
    /**
     * The claims that cover the word, looked up once per reading in the index's postings
     * (stemPostings) rather than tested claim by claim: those whose bag holds its stem, one of
     * its family or a related word; whose own words do; whose readers' words hold its stem or a
     * related word; and, for the claims whose bag holds a relative, the best relative's share.
     */
    heldBy: ReadonlySet<IndexedClaim>;
    ownBy: ReadonlySet<IndexedClaim>;
    askedBy: ReadonlySet<IndexedClaim>;
    relativeShare: ReadonlyMap<IndexedClaim, number>;
  }[];
  entities: {
    id: string;
    nameKeys: string[];
    surfaceKeys: string[];
    weight: number;
    /**
     * The claims that cover the entity by holding, being about or naming it (index.claimsOfEntity)
     * or by their bag holding every stem of its name, looked up once per reading; null when its
     * name has no content word (every bag holds all of none).
     */
    coveredBy: ReadonlySet<IndexedClaim> | null;
  }[];
  /** A source question ("which FT story is cited for …"): a claim's endnote and cited work cover its words too. */
  citing: boolean;
}

/**
 * For each capitalised word of a question, the initials of the runs of two or more capitalised
 * words it belongs to, lower case: "Which Financial Times story" → financial: ["wf", "wft", "ft"].
 * An endnote may cite the publication by its initials ("*FT*").
 */
export function initialsOfNames(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const segment of text.split(/[,;:()?!"“”]/)) {
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++)
        for (let j = i + 2; j <= run.length; j++) {
          const initials = run
            .slice(i, j)
            .map((w) => w.charAt(0).toLowerCase())
            .join("");
          for (const w of run.slice(i, j)) {
            const key = w.toLowerCase();
            out.set(key, [...(out.get(key) ?? []), initials]);
          }
        }
      run = [];
    };
    for (const raw of segment.split(/\s+/)) {
      const t = raw.replace(/[^\p{L}\p{N}]/gu, "");
      if (/^\p{Lu}\p{Ll}+$/u.test(t)) run.push(t);
      else flush();
    }
    flush();
  }
  return out;
}

/** The particles of English phrasal verbs ("patch up", "back down", "fall through", "look for"). */
const PARTICLES = new Set(
  "up down out off over around round back away through along apart aside for into on in".split(" "),
);

/**
 * A question's phrasal verbs, by their verb: "why did talks fall through" → fall: "fall through".
 * The phrase means what the verb alone does not ("patch up" is "reconcile", "back down" is "back
 * off"): its WordNet relatives count for the verb.
 */
export function phrasalVerbs(text: string): Map<string, string> {
  const ws = words(text);
  const out = new Map<string, string>();
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    if (next && PARTICLES.has(next.folded) && !STOPWORDS.has(w.folded))
      out.set(w.folded, `${w.folded} ${next.folded}`);
    // "push Japan around", "turn the offer down": the verb's object between it and its particle,
    // when WordNet has the phrasal verb ("push around" is "browbeat").
    if (STOPWORDS.has(w.folded) || out.has(w.folded) || !partsOfSpeech(w.folded).has("verb")) return;
    for (const gap of [2, 3]) {
      const particle = ws[i + gap];
      const object = ws.slice(i + 1, i + gap);
      if (!particle || !PARTICLES.has(particle.folded) || object.some((o) => PARTICLES.has(o.folded)))
        continue;
      const phrase = `${w.folded} ${particle.folded}`;
      if (lexicalRelatives(phrase).length > 0) {
        out.set(w.folded, phrase);
        break;
      }
    }
  });
  return out;
}

/**
 * Meanings readers and the article put in words WordNet does not relate: a question saying one
 * (`cue`) covers each of the family's `words` the article writes, as a word of its own; a cue
 * without a content word of the family ("won't", "what is it called") adds the first.
 * - refusing: "won't sign", "will Tokyo not …", "wouldn't", "refuses", "unwilling",
 *   "reluctance", "rejects" ("won't" is a function word; "unwilling" is no synonym of "refuse");
 * - naming: "what was the treaty called", "named", "what does the article call …", "the name
 *   of" for the article's "known as" and "labelled".
 */
const FAMILIES = (
  [
    {
      cue: /\b(?:won['’]?t|wouldn['’]?t|not willing|refus\w*|unwilling\w*|reluctan\w*|reject\w*)\b|\b(?:will|would)\s+(?:[\w'’-]+\s+){0,3}not\b/i,
      words: ["refuses", "unwilling", "reluctance", "reluctant", "rejects"],
    },
    // holding back: "what holds it back", "lukewarm", "grudging", "hesitant" for the article's "reluctance".
    {
      cue: /\bhold(?:s|ing)?\s+(?:\w+\s+){0,2}back\b|\bheld\s+(?:\w+\s+){0,2}back\b|\blukewarm\b|\bgrudging(?:ly)?\b|\bhesita\w*|\bhalf[-\s]?hearted\w*/i,
      words: ["reluctance", "reluctant"],
    },
    // cooperating: "work together", "get along", "team up" (no WordNet lemmas) for the article's words.
    {
      cue: /\b(?:work(?:s|ed|ing)?|get(?:s|ting)?|got(?:ten)?|team(?:s|ed|ing)?)\s+(?:together|along|up)\b/i,
      words: ["cooperation", "cooperate", "cooperating"],
    },
    // making friends: "be friends", "patch up", "reconcile" for the article's coming together.
    {
      cue: /\b(?:be(?:come|coming)?\s+friends|friendlier|patch(?:ing)?\s+(?:things\s+)?up|reconcil\w*|mend(?:ing)?\s+fences)\b/i,
      words: ["rapprochement", "bonhomie", "normalize", "mitigation"],
    },
    // being enemies: "enemies", "adversaries", "beefing", "at odds", "on bad terms" for the article's hostility.
    {
      cue: /\b(?:enem(?:y|ies)|adversar(?:y|ies)|foes?|beef(?:ing)?|feud(?:s|ing)?|fighting|rivals?|rivalry)\b|\bat\s+(?:odds|loggerheads|daggers\s+drawn)\b|\b(?:bad|poor|hostile|frosty)\s+terms\b|\bat\s+each\s+other['’]?s?\s+throats?\b/i,
      words: ["belligerent", "hostility", "dispute", "conflict"],
    },
    // yielding: "give up", "back down", "budge", "bend", "concede" for the article's "compromise".
    {
      cue: /\b(?:give(?:s|n)?\s+up|giving\s+up|gave\s+up|back(?:s|ed|ing)?\s+down|budg(?:e|es|ed|ing)|bend(?:s|ing)?|bent|conced(?:e|es|ed|ing)|yield(?:s|ed|ing)?|cave\s+in|(?:give(?:s|n)?|giving|gave)\s+(?:ground|way|an\s+inch))\b/i,
      words: ["compromise"],
    },
    // being drawn in: "dragged into", "embroiled in", "wade into", "meddle" for the article's "involved".
    {
      cue: /\b(?:dragged|drawn|pulled|sucked|embroiled|entangled|mixed\s+up)\s+(?:in|into)\b|\bentanglements?\b|\b(?:wad(?:e|es|ed|ing)|step(?:s|ped|ping)?|jump(?:s|ed|ing)?)\s+into\b|\bmeddl(?:e|es|ed|ing)\b/i,
      words: ["involved"],
    },
    // standing: "a big player", "a key player", "a heavyweight", "China's standing (position, place)
    // in the region" for the article's prominence and hegemony.
    {
      cue: /\b(?:big|major|key|leading|important)\s+players?\b|\bheavyweights?\b|\b(?:standing|stature|clout)\b|\b(?:position|place|status)\s+in\s+(?:the\s+)?(?:region|world|asia\w*|east\s+asia)\b/i,
      words: ["prominence", "leading", "dominant", "hegemon"],
    },
    // finding fault: "criticise", "condemn", "object to" for the article's "disdain".
    {
      cue: /\bcritici[sz]\w*|\bcondemn\w*|\bdisapprov\w*|\bobject(?:s|ed|ing)?\s+to\b/i,
      words: ["disdain"],
    },
    // mattering: "valuable to", "of value", "matters to", "set store by" for the article's importance.
    {
      cue: /\b(?:set|sets|setting|put|puts|lay|lays)\s+(?:[\w'’-]+\s+){0,2}store\s+(?:by|on)\b|\bstore\s+(?:does|do|did|would|will)\s+(?:[\w'’-]+\s+){1,2}(?:set|put|lay)\b|\bvaluable\b|\bof\s+(?:great\s+|much\s+)?value\b|\bmatters?\s+(?:so\s+much\s+)?to\b/i,
      words: ["important", "crucial", "significance"],
    },
    // imitating: "copying the US", "following America's lead" for the article's "take a page from the United States' book".
    {
      cue: /\b(?:cop(?:y|ies|ied|ying)|imitat\w*|emulat\w*|mimick?\w*)\s+(?:the\s+)?(?:US|U\.S\.|USA|United\s+States|America|Washington|Americans?)\b|\bfollow(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){0,2}(?:lead|example)\b/i,
      words: ["page", "book"],
    },
    // not to be bargained over: "off the table", "not up for negotiation", "a red line" for the article's "non-negotiable".
    {
      cue: /\boff\s+the\s+table\b|\bnot\s+(?:up\s+for|open\s+to)\s+(?:negotiation|discussion|debate|bargaining)\b|\bred\s+lines?\b|\bout\s+of\s+the\s+question\b|\bnon-?starters?\b/i,
      words: ["non-negotiable", "negotiable", "inviolable"],
    },
    // ending talks: "broken off", "called off", "collapsed" for the article's "dissolved".
    {
      cue: /\b(?:broken|broke|break(?:s|ing)?|call(?:ed|ing)?)\s+off\b|\bcollaps(?:e|ed|es|ing)\b/i,
      words: ["dissolved"],
    },
    // presenting oneself: "present itself as", "portray itself as" for the article's "emphasise its position".
    {
      cue: /\b(?:present|portray|cast|project|style|brand)(?:s|ed|ing)?\s+(?:itself|themselves|herself|himself)\b/i,
      words: ["emphasise", "position"],
    },
    // drawing: "what does Russia like about …" for the article's "attractive".
    {
      cue: /\b(?:likes?|liked|appeals?\s+to)\s+(?:\w+\s+){0,2}?about\b|\bwhat\s+(?:draws|drew|attracts|attracted)\b/i,
      words: ["attractive"],
    },
    // benefiting: "what does Russia get out of it", "what's in it for Tokyo", "the upside", "the
    // payoffs", "what's Japan worth to Russia".
    {
      cue: /\bget(?:s|ting)?\s+(?:out\s+of|from)\b|\bgot\s+(?:out\s+of|from)\b|\bin\s+it\s+for\b|\bupsides?\b|\bpay-?offs?\b|\b(?:is|['’]s|are)\s+(?:\w+\s+){1,3}?worth\s+to\b/i,
      words: ["benefit", "lucrative", "boosting", "help"],
    },
    // warming: "warming up to each other", "cozying up", "making nice", "a thaw", "getting closer".
    {
      cue: /\bwarm(?:s|ed|ing)?\s+up\b|\bco[sz]y(?:ing)?\s+up\b|\bco[sz]ies\s+up\b|\bmak(?:e|es|ing)\s+nice\b|\bthaw(?:s|ed|ing)?\b|\b(?:get|gets|getting|got|draw|draws|drawing|drew|grow|grows|growing|grew)\s+closer\b/i,
      words: ["rapprochement", "closer", "closeness"],
    },
    // taking up an offer: "have Japanese firms taken the bait" for the article's "reciprocated with interest".
    {
      cue: /\b(?:take|takes|taking|took|taken)\s+the\s+bait\b/i,
      words: ["interest", "reciprocated", "welcome"],
    },
    // giving back: "hand the islands back", "give them back", "hand over" for the article's "transfer".
    {
      cue: /\b(?:hand|give|gave|giving|return)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}back\b|\bhand(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}over\b/i,
      words: ["transfer", "return"],
    },
    // a hitch: "sticking point", "snag", "hold-up", "what trips it up" for the article's "stumbling block".
    {
      cue: /\bsticking\s+points?\b|\bsnags?\b|\bhold-?ups?\b|\btrip(?:s|ping|ped)?\s+(?:[\w'’-]+\s+){0,3}up\b|\broadblocks?\b/i,
      words: ["stumbling", "obstacle"],
    },
    // being pleased: "why would the US be happy about …", "is Washington glad" for the article's "welcome".
    {
      cue: /\b(?:happy|pleased|glad|delighted|thrilled|ok|okay|fine|comfortable)\s+(?:about|with|that|to|if)\b|\bapprov(?:e|es|ed|ing)\s+of\b/i,
      words: ["welcome", "encouraged"],
    },
    // a part to play: "where does Russia fit in", "what place has Japan in …" for the article's importance.
    {
      cue: /\bwhere\s+(?:do|does|did|would|will)\s+(?:[\w'’-]+\s+){1,3}(?:fit|come\s+in)\b|\bfits?\s+in(?:to)?\b/i,
      words: ["crucial", "important", "role"],
    },
    // relating: "how are they getting along", "do they get along" for the article's relations.
    {
      cue: /\b(?:get(?:s|ting)?|got|gettin)\s+along\b/i,
      words: ["relations", "relationship"],
    },
    // taking land: "taking the islands", "grabbed the Kurils" for the article's annexation.
    {
      cue: /\b(?:take|takes|took|taken|taking|grab\w*|seiz\w*|snatch\w*)\s+(?:over\s+)?(?:the\s+|these\s+|those\s+|their\s+)?(?:islands|kurils?|kuriles?|territor(?:y|ies))\b/i,
      words: ["annexation", "occupied"],
    },
    // what to do with a territory: "what could they do with (about) the islands" asks how it is run.
    {
      cue: /\b(?:do|does|did|doing)\s+(?:together\s+)?(?:with|about|over)\s+(?:the\s+|these\s+|those\s+)?(?:islands|kurils?|kuriles?|territor(?:y|ies))\b/i,
      words: ["administration", "joint", "development"],
    },
    // setting aside: "set it to one side", "put the quarrel aside", "look past it" for the article's "look beyond".
    {
      cue: /\b(?:set|sets|setting|put|puts|putting|push\w*|leav\w*|left)\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+one\s+side|aside|on\s+the\s+back\s*burner)\b|\b(?:look\w*|mov\w*|get\w*|got)\s+past\b/i,
      words: ["beyond"],
    },
    // belonging: "the islands Japan says are really theirs", "belong to" for the article's "rightful owner".
    {
      cue: /\bbelong(?:s|ed|ing)?\s+to\b|\b(?:really|rightly|truly)\s+(?:theirs|its|ours|hers|his|japan['’]?s|russia['’]?s)\b/i,
      words: ["rightful", "owner"],
    },
    // the no-war rule: "no-war clause", "anti-war constitution", "pacifist constitution" for Article 9.
    {
      cue: /\b(?:no|anti)[\s-]war\b|\bpacifist\s+(?:constitution|clause|rule)\b/i,
      words: ["constitution", "pacifism"],
    },
    // thinking again: "thinking again about", "second thoughts" for the article's "rethink".
    {
      cue: /\bthink(?:s|ing)?\s+again\b|\bthought\s+again\b|\bsecond\s+thoughts\b/i,
      words: ["rethink"],
    },
    // meaning: "what each side thinks it means", "what it means to each" for the article's "interpretations".
    {
      cue: /\b(?:think|thinks|thought|say|says|believe|believes)\s+(?:[\w'’-]+\s+){1,4}means\b|\bmeans\s+to\s+(?:each|both)\b|\bread\s+it\s+differently\b/i,
      words: ["interpretations", "interpretation"],
    },
    // wanting back: "which islands does Japan want back" for the article's demands and return.
    {
      cue: /\bwant(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}back\b/i,
      words: ["demands", "return", "rightful"],
    },
    // being friends: "on good terms", "get on well" for the article's "friendly relations".
    {
      cue: /\bon\s+(?:good|friendly|decent|speaking)\s+terms\b|\bget(?:s|ting)?\s+on\s+well\b/i,
      words: ["friendly", "relations"],
    },
    {
      cue: /\b(?:called|named|known as|the name of|what name|labell?ed|dubbed|termed)\b|\bwhat (?:do|does|did) [\w\s'’-]{1,40}\bcall\b/i,
      words: ["known", "labelled"],
    },
  ] as { cue: RegExp; words: string[] }[]
).map((f) => ({
  ...f,
  keys: f.words.map((w) => contentKeys(w)[0] ?? w),
  // the cue, global, to find every place it is said (idiomWords)
  every: new RegExp(f.cue.source, `${f.cue.flags.replace("g", "")}g`),
}));

/**
 * The words of a question said inside an idiom of FAMILIES ("how much store does Putin set by",
 * "entanglement"), folded: the idiom stands for the family's words, so the judge does not ask
 * the article for these words one by one.
 */
export function idiomWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const f of familiesOf(text))
    for (const m of text.matchAll(f.every)) for (const w of words(m[0])) out.add(w.folded);
  return out;
}

/** The families a question's words say, each with its keys (remembered per text: asked per term). */
function familiesOf(text: string): readonly Family[] {
  return familiesSaid.get(text, (t) => FAMILIES.filter((f) => f.cue.test(t)));
}
type Family = (typeof FAMILIES)[number];
const familiesSaid = new Memo<string, readonly Family[]>(512);

/** The question's content words, and for a family said without one of its words, the first of them. */
function withFamilies(reading: Reading): { key: string; folded: string }[] {
  const added = familiesOf(reading.text)
    // "What is Hakamada's Nippon article called?": a cited work's name is its title in the notes
    // (its work line), not a claim saying "known as".
    .filter((f) => !(reading.works.length > 0 && f.words.includes("known")))
    .filter((f) => !reading.coverageTerms.some((t) => f.keys.includes(t.key)))
    .map((f) => ({ key: f.keys[0] ?? "", folded: f.words[0] ?? "" }));
  return [...reading.coverageTerms, ...added];
}

/** A word's relatives in its family, when it belongs to one the question says. */
function familyRelatives(text: string, key: string): string[] {
  return familiesOf(text).flatMap((f) => (f.keys.includes(key) ? f.keys.filter((k) => k !== key) : []));
}

export function coverageTerms(index: AskIndex, reading: Reading): CoverageTerms {
  const frame = frameWords(reading.text);
  const phrasal = phrasalVerbs(reading.text);
  // A source question, or one asked of the notes ("according to the footnote …"), reads the
  // words of the claims' endnotes and cited works too.
  const citing = reading.intent === "source" || reading.section?.kind === "endnotes";
  const initials = citing ? initialsOfNames(reading.text) : new Map<string, string[]>();
  return {
    words: withFamilies(reading)
      .filter((t) => !frame.has(t.folded))
      .map(({ key, folded }) => {
        const related = [...relatedKeys(key), ...familyRelatives(reading.text, key)];
        const expansions = [
          ...expansionsOf(index, folded, key, LEXICAL_RELATIONS),
          ...(phrasal.has(folded)
            ? expansionsOf(index, phrasal.get(folded) ?? "", key, LEXICAL_RELATIONS)
            : []),
          ...expansionsOf(index, folded, key, PHRASE_RELATIONS).filter((e) => e.keys.length > 1),
        ];
        const family = index.familyOf(key);
        const postings = stemPostings(index);
        const heldAs = [key, ...family, ...related];
        return {
          key,
          folded,
          related,
          weight: termWeight(index, key, folded),
          expansions,
          initials: initials.get(folded) ?? [],
          citedOnly: citing && !index.claimKeys.has(key),
          family,
          heldBy: claimsWithAny(postings.bag, heldAs),
          ownBy: claimsWithAny(postings.own, heldAs),
          askedBy: claimsWithAny(postings.asked, [key, ...related]),
          relativeShare: relativeShares(postings.bag, expansions),
        };
      }),
    entities: reading.entities.map((e) => {
      const nameKeys = contentKeys(e.name);
      return {
        id: e.id,
        nameKeys,
        surfaceKeys: contentKeys(e.surface),
        weight: WEIGHTS.entity * (0.25 + index.entitySpecificity(e.id)),
        coveredBy: nameKeys.length
          ? entityCoverage(index).get(`${e.id}\n${e.name}`, () => claimsCovering(index, e.id, nameKeys))
          : null,
      };
    }),
    citing,
  };
}

/**
 * The share of the question's content the claim covers, each word weighted by its rarity and
 * each named entity by its specificity; and the share of the words alone.
 */
export function coverage(
  _index: AskIndex,
  terms: CoverageTerms,
  claim: IndexedClaim,
  /** Words the claim covers by stating the typed relation they ask about ("administers"). */
  statedWords: Set<string> = NONE,
): { all: number; words: number | null; own: number; lexical: number } {
  let total = 0;
  let covered = 0;
  let own = 0;
  // What the words the claim writes as WordNet relatives add, at their lower weight.
  let lexical = 0;
  for (const t of terms.words) {
    total += t.weight;
    if (
      statedWords.has(t.folded) ||
      // The stem, one of its family (five letters or more, one the start of the other:
      // "administ", "administr") or a related word.
      t.heldBy.has(claim) ||
      (t.citedOnly && claim.citationKeys.has(t.key)) ||
      anyIn(claim.citationKeys, t.initials)
    )
      covered += t.weight;
    // A word of a reader question curated for the claim is a word of what the claim answers
    // ("back down" for "won't compromise"): it covers as the claim's own words do.
    else if (t.askedBy.has(claim)) covered += t.weight;
    else
      lexical +=
        t.weight *
        Math.max(t.relativeShare.get(claim) ?? 0, claim.paragraphKeys.has(t.key) ? WEIGHTS.paragraph : 0);
    if (t.ownBy.has(claim)) own += t.weight;
  }
  const words = total > 0 ? covered / total : null;
  for (const e of terms.entities) {
    total += e.weight;
    if (
      // Its holder, one it is about or names, or its name's words.
      e.coveredBy === null ||
      e.coveredBy.has(claim) ||
      // "USA Today" in a source question names the work, not the state.
      (terms.citing && e.surfaceKeys.length > 0 && allIn(claim.citationKeys, e.surfaceKeys))
    )
      covered += e.weight;
    else if (claim.paragraphEntities.has(e.id)) lexical += e.weight * WEIGHTS.paragraph;
  }
  return {
    all: total === 0 ? 0 : covered / total,
    words,
    own: words === null ? 0 : own / (total || 1),
    lexical: total === 0 ? 0 : lexical / total,
  };
}

/** Whether a set holds some of these keys (a loop, no closure per claim). */
function anyIn(set: Set<string>, keys: readonly string[]): boolean {
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/** Whether a set holds every one of these keys (true for none). */
function allIn(set: Set<string>, keys: readonly string[]): boolean {
  for (const k of keys) if (!set.has(k)) return false;
  return true;
}

/**
 * Per index, built once: for each stem, the claims whose bag, own words (ownKeys) or readers'
 * words (askedKeys) hold it, so that coverage looks a word's claims up instead of testing each
 * claim's sets for each of its stems.
 */
interface StemPostings {
  bag: Map<string, IndexedClaim[]>;
  own: Map<string, IndexedClaim[]>;
  asked: Map<string, IndexedClaim[]>;
}
const stemPostings = oncePer((index: AskIndex): StemPostings => {
  const postings: StemPostings = { bag: new Map(), own: new Map(), asked: new Map() };
  for (const c of index.claims) {
    for (const k of c.bag) appendTo(postings.bag, k, c);
    for (const k of c.ownKeys) appendTo(postings.own, k, c);
    for (const k of c.askedKeys) appendTo(postings.asked, k, c);
  }
  return postings;
});

/** Adds an item to the list a key holds in a map of lists. */
function appendTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The claims whose set (as `postings` index them) holds some of these stems. */
function claimsWithAny(postings: Map<string, IndexedClaim[]>, keys: readonly string[]): Set<IndexedClaim> {
  const out = new Set<IndexedClaim>();
  for (const k of keys) for (const c of postings.get(k) ?? []) out.add(c);
  return out;
}

/**
 * The claims that hold, are about or name an entity, or whose bag holds every stem of its name;
 * remembered per index and entity (bounded): the same entities are named question after question.
 */
function claimsCovering(index: AskIndex, id: string, nameKeys: string[]): ReadonlySet<IndexedClaim> {
  return new Set([
    ...(index.claimsOfEntity.get(id) ?? []),
    ...bagsHoldingAll(stemPostings(index).bag, nameKeys),
  ]);
}
const entityCoverage = perIndex<string, ReadonlySet<IndexedClaim>>(1024);

/** The claims whose bag holds every one of these stems (one or more). */
function bagsHoldingAll(bags: Map<string, IndexedClaim[]>, keys: readonly string[]): IndexedClaim[] {
  return (bags.get(keys[0] ?? "") ?? []).filter((c) => allIn(c.bag, keys));
}

/**
 * The share (WEIGHTS.lexical) of a word that each claim's bag holds as one of its relatives, the
 * best of them, for the claims that hold one (the others' share is 0): the relatives in order,
 * each reaching only the claims whose bag holds its first stem.
 */
function relativeShares(
  bags: Map<string, IndexedClaim[]>,
  expansions: Expansion[],
): Map<IndexedClaim, number> {
  const out = new Map<IndexedClaim, number>();
  for (const e of expansions) {
    const weight = expansionWeight(e);
    for (const c of bags.get(e.keys[0] ?? "") ?? [])
      if (weight > (out.get(c) ?? 0) && allIn(c.bag, e.keys)) out.set(c, weight);
  }
  return out;
}

/** The full-text query of a reading: its words, and their relatives at their lower weight. */
export function searchTerms(terms: CoverageTerms, reading: Reading): SearchTerm[] {
  const frame = frameWords(reading.text);
  // The family's words the question does not say itself are searched as its relatives are.
  const family = familiesOf(reading.text)
    .flatMap((f) => f.words)
    .filter((text) => !reading.coverageTerms.some((t) => contentKeys(text).includes(t.key)));
  return [
    ...reading.searchWords.filter((w) => !frame.has(w)),
    ...family.map((text) => ({ text, weight: WEIGHTS.lexical.synonym })),
    ...terms.words.flatMap((t) =>
      t.expansions
        .filter((e) => expansionWeight(e) > 0)
        .map((e) => ({ text: e.text, weight: expansionWeight(e) })),
    ),
  ];
}

/** A claim's own words, without a phrase that sets something aside ("apart from X, …") or concedes it ("although X, …"). */
function exclusionKeys(c: IndexedClaim): string[] {
  let keys = exclusionKeysOf.get(c);
  if (!keys) {
    const own = `${c.quote} ${c.summary}`
      .replace(new RegExp(SETTING_ASIDE.source, "gi"), " ")
      .replace(new RegExp(CONCEDING.source, "gi"), " ");
    keys = contentKeys(own);
    exclusionKeysOf.set(c, keys);
  }
  return keys;
}
/** Per claim (they are the dataset's): its exclusionKeys and the stems of what it sets aside. */
const exclusionKeysOf = new WeakMap<IndexedClaim, string[]>();
const asideKeysOf = new WeakMap<IndexedClaim, Set<string> | null>();

/** Whether the claim's own words set aside ("apart from …") every word of what the question sets aside. */
/**
 * "Apart from strengthening dialogue …, what else did the Action Plan include?": a claim whose
 * sentence lists what is set aside among other things (three commas or more) states the rest too.
 */
function listsMore(c: IndexedClaim, excluded: string[]): boolean {
  if ((c.quote.match(/,/g) ?? []).length < 3) return false;
  // What is set aside is an item of the list (a comma or "and" within a few words after it), not what the
  // sentence is about ("Japan's economic assets—its capital, …—are very attractive").
  const ws = words(c.quote);
  const last = ws.findLastIndex((w) => excluded.includes(w.key));
  const word = ws[last];
  if (!word) return false;
  const after = c.quote.slice(word.index + word.original.length);
  if (!/^(?:\s+[\p{L}'’-]+){0,6}\s*(?:,|and\b|or\b)/u.test(after)) return false;
  const rest = new Set(contentKeys(c.quote).filter((k) => !excluded.includes(k)));
  return rest.size >= excluded.length + 3;
}

/** "… does Moscow say it wants", "what did Tokyo declare": a speaker's words asked for, by a verb of saying. */
/** "What does Russia want from Japan", "what does Tokyo need from Moscow": a party's wish of another. */
const WANTS_FROM =
  /\b(?:does|did|do|would|will)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:want|need|seek|expect|require)\s+from\b/iu;
const SAYS_ASKED =
  /\b(?:does|did|do|has|have)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:say|said|state|declare|announce|claim|tell)\b/iu;

/** The author's view or proposal asked ("does the author think", "what does she propose"), not her description. */
const AUTHOR_VIEW_ASKED =
  /\b(?:think|thinks|believes?|propos\w*|suggest\w*|envisag\w*|envision\w*|recommend\w*|judge?ment|opinion|expects?|predicts?|foresees?)\b/i;

/** Whether an actor's words are another's: the same, one acting for the other, or a person of that state. */
function speaksFor(index: AskIndex, holder: string, sayer: string): boolean {
  if (holder === sayer) return true;
  if (index.actsFor.get(sayer)?.has(holder) || index.actsFor.get(holder)?.has(sayer)) return true;
  return countryOf(index, holder) === sayer;
}

/** The state an actor belongs to, as the catalogue records it. */
export function countryOf(index: AskIndex, id: string): string | undefined {
  const record = index.entities.byId.get(id);
  return record?.row.type === "actor" ? (storedFields.actor(record).country ?? undefined) : undefined;
}

/** "What else …": another thing, not another one of a kind. */
const WHAT_ELSE =
  /\bwhat\s+else\b|\bwhat\s+other\s+(?:things?|aims?|goals?|purposes?|help|roles?|reasons?)\b/i;

/**
 * "Besides balancing China's influence, for which dispute …": a sentence that goes on, after
 * what is set aside, with "and" to the thing asked ("… to balance China's growing influence … and
 * help in mitigating its dispute with South Korea") states the rest.
 */
function statesAlso(
  c: IndexedClaim,
  excluded: string[],
  asked: ReadonlySet<string>,
  anyOther: boolean,
  questionKeys: ReadonlySet<string>,
  questionText: string,
): boolean {
  if (asked.size === 0 && !anyOther) return false;
  const ws = words(c.quote);
  // "Apart from the Senkakus, what other fights …" of "… conflicts such as the South China Sea
  // conflict and the Senkaku islands": another item of the list before what is set aside, joined
  // by "and" or "or", names the other one (a name the question does not use, or the thing asked).
  const first = ws.findIndex((w) => excluded.includes(w.key));
  let join = first - 1;
  if (/^(?:the|a|an)$/.test(ws[join]?.folded ?? "")) join--;
  if (first > 0 && /^(?:and|or)$/.test(ws[join]?.folded ?? "")) {
    const item = ws.slice(Math.max(0, join - 4), join);
    if (
      item.some(
        (w) =>
          asked.has(w.key) ||
          (anyOther && /^\p{Lu}/u.test(w.original) && !questionKeys.has(w.key) && !excluded.includes(w.key)),
      )
    )
      return true;
  }
  // "Apart from meetings between the top leaders, what other meeting format …" of "… the meetings
  // between the top leaderships and the 'two-plus-two' meeting": another one of the kind set
  // aside, named again after an "and" with a word of its own.
  if (anyOther && first >= 0) {
    const again = ws.findIndex(
      (w, i) =>
        i > first + 1 &&
        excluded.includes(w.key) &&
        ws.slice(Math.max(first + 1, i - 5), i).some((x, j, xs) => {
          if (x.folded !== "and") return false;
          return xs.slice(j + 1).some((y) => !STOPWORDS.has(y.folded) && !excluded.includes(y.key));
        }),
    );
    if (again > 0) return true;
  }
  const last = ws.findLastIndex((w) => excluded.includes(w.key));
  const and = ws.findIndex((w, i) => i > last && /^(?:and|also|plus)$/.test(w.folded));
  // "… in resolving terrorism and North Korea's nuclear threats, as well as other regional
  // disputes": what "as well as" adds after what is set aside is the other thing.
  const asWellAs = ws.findIndex(
    (w, i) => i > last && w.folded === "well" && ws[i - 1]?.folded === "as" && ws[i + 1]?.folded === "as",
  );
  if (
    last >= 0 &&
    asWellAs > last &&
    (asked.size > 0 || WHAT_ELSE.test(questionText)) &&
    contentKeys(
      ws
        .slice(asWellAs + 2)
        .map((w) => w.original)
        .join(" "),
    ).filter((k) => !excluded.includes(k)).length >= 2
  )
    return true;
  if (last < 0 || and <= last) return false;
  // "Apart from Japan, who else is Russia courting?": with no kind asked for, any name right after
  // the "and" ("… with Japan and Vietnam") is the other one. "Apart from balancing China, what
  // else does Japan want its partners for?": a verb after the "and" ("… and help in mitigating
  // its dispute with South Korea") is the other thing wanted.
  if (asked.size === 0)
    return (
      (and === last + 1 && /^\p{Lu}/u.test(ws[and + 1]?.original ?? "")) ||
      (WHAT_ELSE.test(questionText) &&
        partsOfSpeech(ws[and + 1]?.folded ?? "").has("verb") &&
        contentKeys(
          ws
            .slice(and + 1)
            .map((w) => w.original)
            .join(" "),
        ).filter((k) => !excluded.includes(k)).length >= 2)
    );
  return ws.slice(and + 1).some((w) => asked.has(w.key));
}

function setsAside(c: IndexedClaim, excluded: string[]): boolean {
  let keys = asideKeysOf.get(c);
  if (keys === undefined) {
    const aside = `${c.quote} ${c.summary}`.match(new RegExp(SETTING_ASIDE.source, "gi")) ?? [];
    keys = aside.length ? new Set(aside.flatMap((a) => contentKeys(a))) : null;
    asideKeysOf.set(c, keys);
  }
  if (!keys) return false;
  const held = keys;
  return excluded.every((k) => held.has(k));
}

/** "Apart from X", "besides X", "other than X", "except X" up to the next comma. */
const SETTING_ASIDE = /\b(?:apart from|aside from|besides|other than|except(?: for)?|excluding)\s+[^,.;]+/i;

/**
 * "Although X, …", "despite X": a clause that concedes X. A claim conceding what a question sets
 * aside still answers about the rest ("Apart from its US alliance, why does Japan want other
 * partners?" → "Although Japan is protected by its security alliance with the US, but wants other
 * partners …"), but it does not set X aside as "apart from X" does.
 */
const CONCEDING = /\b(?:although|even though|though|despite|in spite of|notwithstanding)\s+[^,.;]+/i;

/** At most this many claims from one date range or section: the earliest in the article first. */
const CAP = 100;

/** A part that asks where something comes from: "which source supports this", "where does that claim come from". */
const SOURCE_OF =
  /\b(sources?|c(?:o|a)mes? from|based on|cit(?:e|es|ed|ing|ation)|evidence|support(?:s|ed|ing)?|backs? (?:it|this|that) up|references?|endnotes?|footnotes?)\b/i;

/** A clause that sets the time of what is asked: "once the treaty is signed", "After the talks failed, …". */
const TIME_CLAUSE = /\b(?:once|as soon as)\b[^,?]*|^\W*(?:after|following)\b[^,?]*,/gi;

/** A question without its clauses that only set the time (TIME_CLAUSE). */
export const withoutTimeClause = (text: string) => text.replace(TIME_CLAUSE, " ");

/**
 * A reason given for what was said before ("It is because of …", "This is due to …"), not what
 * came of it ("This resulted in …").
 */
const BACKWARD_REASON = /\b(?:because|due to|owing to|thanks to|the reason|rationale)\b/i;

/**
 * A question that asks what came of something: "what happened after …", "what came of …", "the
 * result of …", "did the meetings get anywhere", "did it succeed": the outcome follows what it
 * comes of.
 */
const OUTCOME =
  /\bwhat (?:happened|came|followed|resulted)\b|\b(?:results?|outcomes?|consequences?|upshot|effects?) of\b|\bcome of\b|\b(?:get|got|go|went|gone) anywhere\b|\b(?:succeed\w*|successful|fruitful|bear fruit|bore fruit|pa(?:y|id) off|work(?:ed)? out)\b/i;

/** A question that asks how someone responded: the response follows what it answers. */
const RESPONSE = /\b(respond\w*|response|react\w*|repl(?:y|ied|ies)|answer(?:ed|s)?|retort\w*)\b/i;

/**
 * The verbs of "what led X to …": what a question asks the cause of. Each is a frame, not the
 * question's topic: "what has led the two states to look past …" asks about looking past, and a
 * sentence that merely uses "led" answers nothing.
 */
const CAUSE_VERBS =
  "made|makes|making|drove|drives|driving|driven|led|leads|leading|prompted|prompts|prompting|pushed|pushes|pushing|caused|causes|causing|spurred|spurs|spurring|triggered|triggers|sparked|sparks|motivated|motivates|motivating|encouraged|encourages|encouraging|brought|brings|bringing|accounts? for|explains?";

/**
 * A question that asks for a reason: "why", "what's behind", "what lies behind", "what made …",
 * "what has led …", "what is prompting …", "what drives …", "how come". The frame's own words
 * ("behind", "led", "prompting") are the frame (`WHY_FRAME`), left out of what is matched.
 */
const WHY_FRAME = new RegExp(
  `\\bwhat(?:['’]s| is| was| are| were| lies| lay)? (behind)\\b|\\bwhat(?:['’]s| is| was| are| were| has| have| had| might| could| would)? (?:been )?(${CAUSE_VERBS})\\b`,
  "i",
);
const WHY = new RegExp(
  `\\b(why|reason|reasons|because|explain|motiv\\w*|how come)\\b|${WHY_FRAME.source}`,
  "i",
);

/**
 * "How does Russia regard China?", "how do Moscow and Tokyo see …", "how does Japan view …": a
 * question for where a party stands; the verb is the frame, not what is asked about.
 */
const STANCE_FRAME =
  /\bhow\s+(?:do|does|did|would|will)\s+(?:[\p{L}’'.-]+\s+){1,4}?(regard|regards|view|views|see|sees|perceive|perceives|consider|considers|look\s+(?:at|on|upon)|feel\s+about|think\s+(?:of|about))\b/iu;

/** Whether a question asks where a party stands ("how does Russia regard China?"). */
export const asksStance = (text: string) => STANCE_FRAME.test(text);

/** The words of a question's frame, why ("behind", "led") or stance ("regard", "see"), folded, to leave out of matching. */
export function frameWords(text: string): Set<string> {
  const stance = STANCE_FRAME.exec(text)?.[1];
  return new Set([
    ...whyFrameWords(text),
    ...(stance ? stance.toLowerCase().split(/\s+/) : []),
    // "what could they do with the islands one day": some time to come, no day of the article's
    ...(ONE_DAY.test(text) ? ["one", "day", "someday"] : []),
    // "starting in the late 80s", "beginning in 2001": the verb only opens the period (time.ts).
    ...[periodOpener(text)].filter((w) => w !== null),
  ]);
}
const ONE_DAY = /\b(?:one|some)\s+day\b|\bsomeday\b/i;

/** The words of a why-question's frame ("behind", "led", "prompting"), folded, to leave out of matching. */
export function whyFrameWords(text: string): Set<string> {
  const m = WHY_FRAME.exec(text);
  const frame = m ? (m[1] ?? m[2] ?? "") : (ASKS_CAUSE.exec(text)?.[1] ?? "");
  return new Set(frame.toLowerCase().split(/\s+/).filter(Boolean));
}

/**
 * A claim that gives a reason in so many words: "because", "due to", "given …", "as it
 * demands", "the reason", "rationale", "is to balance" (a purpose), "in order to"; or that
 * states a cause by its construction: "With evolving stakes …, a change … is noticed" (a
 * sentence opening on "With …,"), "X have made Russia and Japan look beyond …", "the disaster
 * has prompted it to …", "the dispute led both countries to …", "resulted in".
 */
const REASON =
  /\b(because|due to|owing to|thanks to|as a result|given (?:the|its|that|their|her|his)|since (?:the|it|they|there)|in order to|so as to|so that|the reason|reasons|rationale|driven by|motivated by|as (?:it|they|she|he|there|this) |as (?:the|a|an|its|their|his|her) (?:[\w'’-]+ ){0,3}(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)|is to \w+|was to \w+|result(?:ed|s)? in|(?:has|have|had) (?:made|led|prompted|pushed|driven|forced|compelled|encouraged|spurred)|(?:prompted|led|pushed|forced|compelled|drove|encouraged|spurred) (?:[\w'’-]+ ){1,4}to \w+|hence|therefore|thus|consequently)\b|(?:^(?:[“"‘']\s*)?|, |\band )with\b[^,;]{8,},/i;

/**
 * "From Tokyo's point of view", "for Japan", "in Washington's eyes", "as Moscow sees it": whose
 * side a question asks from (the words naming the party).
 */
const PERSPECTIVE =
  /\b(?:from|in|on|by|according\s+to)\s+([\p{L}.’'\s-]{2,40}?)['’]s?\s+(?:point of view|perspective|standpoint|viewpoint|view|eyes|reading|interpretation|understanding)\b|^\W*(?:for|to)\s+([\p{L}.\s-]{2,40}?),|\bas\s+([\p{L}.\s-]{2,40}?)\s+sees?\s+it\b/iu;

const NATION_PERSPECTIVE =
  /\b(?:from|in|on|by)\s+the\s+(\p{L}+)\s+(?:point of view|perspective|standpoint|viewpoint|view|eyes|reading|interpretation|understanding)\b/iu;

/**
 * What something is to a party: "what does it mean to Russia", "why does Japan matter to
 * Moscow", "why is Russia important for Japan's …", "what does Russia do for Japan" (the words
 * after "to"/"for"); and who gains: "what does Tokyo gain from …", "what does each side get".
 */
const VALUE_TO =
  /\b(?:mean|means|meant|matter|matters|mattered|important|crucial|vital|valuable|worth|attractive|do|does|did|represent|represents|represented|signify|signifies|offer|offers|offered|bring|brings|brought|provide|provides|provided)\s+(?:(?:so|much|most|more|really|economically|strategically)\s+){0,2}(?:to|for)\s+(?:the\s+)?([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2})/iu;
const GAINER =
  /\b(?:does|do|did|would|will|can|could)\s+(?:the\s+)?([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2}?)\s+(?:gain|get|benefit|win|obtain)\b|\b(?:say|says|said|think|thinks|believe|believes)\s+(?:that\s+)?(?:the\s+)?([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2}?)\s+(?:gains?|gets?|benefits?|wins?|obtains?)\b/iu;
/** "Japan's value to Russia", "the value of Japan for Moscow": what one is worth to the other. */
const VALUE_NOUN_TO =
  /\bvalues?\s+(?:of\s+(?:the\s+)?[\p{L}.’'-]+\s+)?(?:to|for)\s+(?:the\s+)?([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2})/iu;
/** "What is Japan for Russia?", "what is Russia to Japan": what one is to the other. */
const WHAT_IS_TO =
  /\bwhat\s+(?:is|are|was|were)\s+(?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?\s+(?:to|for)\s+(?:the\s+)?([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2})/iu;
/** Who something is good for: "how does it benefit the United States", "is it good for Japan". */
const BENEFITED =
  /\b(?:benefit(?:s|ed|ing)?|advantage(?:s|d)?|good\s+for|beneficial\s+(?:for|to)|useful\s+(?:for|to)|welcome\s+(?:for|to))\s+(?:the\s+)?(?!from\b|of\b)([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2})/iu;

/** The actors a name at the start of some words stands for (the longest of up to three words that is a name). */
function actorsAt(index: AskIndex, phrase: string): string[] {
  const ws = phrase
    .replace(/['’]s\b/g, "")
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}.-]+$/u, ""));
  for (let n = Math.min(3, ws.length); n >= 1; n--) {
    const named = index.entities.byFoldedAlias.get(looseName(ws.slice(0, n).join(" "))) ?? [];
    const actors = named.map((e) => e.id).filter((id) => index.actorIds.has(id));
    if (actors.length) return actors;
  }
  return [];
}

/** The actors a question asks the side of ("From Tokyo's point of view" → Japan), by their names, aliases and metonyms. */
export function perspectiveOf(index: AskIndex, text: string): Set<string> {
  // "in the Russian understanding", "from the Japanese point of view": a nation's adjective.
  const nation = NATION_PERSPECTIVE.exec(text)?.[1];
  const state = nation ? demonymState(nation.toLowerCase()) : null;
  if (state && index.actorIds.has(state)) return new Set([state]);
  const m = PERSPECTIVE.exec(text);
  const surface = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
  if (!surface) {
    // "How does the US see …", "is Washington OK with …": the one whose stance is asked.
    const holder = STANCE_HOLDER.exec(text);
    const phrase = holder?.[1] ?? holder?.[2] ?? holder?.[3];
    return new Set(phrase ? actorsAt(index, phrase.replace(/^the\s+/i, "")) : []);
  }
  const named = index.entities.byFoldedAlias.get(looseName(surface)) ?? [];
  return new Set(named.map((n) => n.id).filter((id) => index.actorIds.has(id)));
}

/** The body's claims of the latest date it gives (worked out once per index). */
const latestOf = new WeakMap<AskIndex, IndexedClaim[]>();
export function latestDated(index: AskIndex): IndexedClaim[] {
  let out = latestOf.get(index);
  if (!out) {
    const body = [...index.byId.values()].filter(
      (c) => c.dateStart !== null && !c.inEndnote && !c.inByline && c.metadata === null,
    );
    // ISO dates ("2014-01") sort as text
    const last =
      body
        .map((c) => c.dateStart ?? "")
        .sort()
        .at(-1) ?? "";
    out = body.filter((c) => c.dateStart === last);
    latestOf.set(index, out);
  }
  return out;
}

/** Whose stance a question asks: "how does the US see …", "what does Tokyo think …", "is Washington OK with …", "Russia's stance on …". */
const STANCE_HOLDER =
  /\b(?:how|what)\s+(?:does|do|did|would|will|might|could)\s+(.{2,30}?)\s+(?:see|view|regard|perceive|look\s+at|feel\s+about|think(?:\s+(?:of|about))?|believe|consider)\b|\b(?:is|are|was|were|would)\s+(.{2,30}?)\s+(?:ok|okay|happy|comfortable|fine|pleased|content|worried|concerned)\s+(?:with|about)\b|\b([\p{L}.-]+(?:\s[\p{L}.-]+)?)['’]s?\s+(?:stance|position|stand|view|views|interpretation|reading|attitude)\s+(?:on|of|over|about|towards?|regarding)\b/iu;

/**
 * The actors a question asks what something is to ("what does it mean to Russia", "why does
 * Japan matter to Moscow", "what does Tokyo gain"): the author answers with "For Russia, …".
 */
export function beneficiaryOf(index: AskIndex, text: string): Set<string> {
  // The first of the wordings that names a party ("does closer cooperation benefit the US" names
  // none as the one who gains, and the US as the one it benefits).
  for (const re of [VALUE_TO, VALUE_NOUN_TO, GAINER, BENEFITED, WHAT_IS_TO]) {
    const m = re.exec(text);
    const other = m?.[1] ?? m?.[2];
    const actors = other ? actorsAt(index, other) : [];
    if (actors.length) return new Set(actors);
  }
  return new Set();
}

/** The claims on a party's side: held by it or by whoever acts for it, or the author's "For Japan, …". */
function onSideOf(index: AskIndex, parties: Set<string>, c: IndexedClaim): boolean {
  if (parties.has(c.speaker)) return true;
  for (const p of index.actsFor.get(c.speaker) ?? []) if (parties.has(p)) return true;
  return leadsFor(index, parties, c);
}

/** The author's claims that open on a party: "For Japan, …", "To Russia, …", "Similarly, for Japan, …". */
export function leadsFor(index: AskIndex, parties: Set<string>, c: IndexedClaim): boolean {
  const lead = LEADS_FOR.exec(c.quote)?.[1];
  if (!lead) return false;
  return (index.entities.byFoldedAlias.get(looseName(lead)) ?? []).some((n) => parties.has(n.id));
}
const LEADS_FOR =
  /^\W*(?:similarly,\s*|likewise,\s*|meanwhile,\s*)?(?:for|to)\s+(?:the\s+)?([\p{L}.\s]+?),/iu;

/** The author's claims that open on a party other than these: "For Russia, …" when Japan's side is asked. */
function leadsForOther(index: AskIndex, parties: Set<string>, c: IndexedClaim): boolean {
  const lead = LEADS_FOR.exec(c.quote)?.[1];
  if (!lead) return false;
  const named = (index.entities.byFoldedAlias.get(looseName(lead)) ?? []).filter((n) =>
    index.actorIds.has(n.id),
  );
  return named.length > 0 && !named.some((n) => parties.has(n.id));
}

/** Adjacent content words of a text (function words skipped), as "stem stem" pairs. */
export function wordPairs(text: string): Set<string> {
  const keys = contentKeys(text);
  const out = new Set<string>();
  for (let i = 1; i < keys.length; i++) out.add(`${keys[i - 1]} ${keys[i]}`);
  return out;
}

/** The stretches of a text between the names it contains. */
export function splitAtNames(text: string, names: string[]): string[] {
  let parts = [text];
  for (const name of names.filter(Boolean)) parts = parts.flatMap((p) => p.split(name));
  return parts;
}

/**
 * The claims whose sentence or own words write each word pair side by side (wordPairs), per
 * index, built once: a question looks its few pairs up instead of comparing them with the pairs
 * of every claim it scores.
 */
const claimsOfPair = oncePer((index: AskIndex): Map<string, IndexedClaim[]> => {
  const byPair = new Map<string, IndexedClaim[]>();
  for (const c of index.claims)
    for (const p of new Set([...wordPairs(c.sentence), ...wordPairs(c.quote), ...wordPairs(c.summary)]))
      appendTo(byPair, p, c);
  return byPair;
});

/**
 * The share of a question's word pairs that each claim's sentence or own words write side by
 * side ("Russia's interest in cooperation" for "what is Russia's interest in …"), for the claims
 * that write any: words in the same order and next to each other say the same thing more surely
 * than words anywhere in the claim.
 */
function pairShares(index: AskIndex, pairs: Set<string>): Map<IndexedClaim, number> {
  const hits = new Map<IndexedClaim, number>();
  const byPair = claimsOfPair(index);
  for (const p of pairs) for (const c of byPair.get(p) ?? []) hits.set(c, (hits.get(c) ?? 0) + 1);
  for (const [c, hit] of hits) hits.set(c, hit / pairs.size);
  return hits;
}

/** Whether a claim's quote gives a reason (givesReason), per claim: the regex is long and claims are scored for every question. */
const quoteGivesReason = oncePer((c: IndexedClaim): boolean => givesReason(c.quote));

/** The kinds of claim that give a reason: a party's position or the author's assessment, not an event. */
const REASON_KINDS = ["position", "assessment"];

/** The years and month-years a text states ("in 1993", "on November 2013", "April 2013"). */
export function timesStated(text: string): string[] {
  return allMatches(TIMES_STATED, text).map((m) => (m[1] ? `${m[1].toLowerCase()} ${m[2]}` : (m[2] ?? "")));
}
const TIMES_STATED =
  /\b(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},?\s+)?)?(1[89]\d{2}|20\d{2})\b/gi;

/** Whether a claim's quote states its own date (a year of its date range) other than the years a question names, or, undated, a period. */
function statesOwnDate(c: IndexedClaim, namedYears: Set<string>): boolean {
  // Undated, it may state a period in words ("belligerent since the 20th century").
  if (!c.dateStart) return PERIOD_STATED.test(c.quote);
  const from = Number(c.dateStart.slice(0, 4));
  const to = Number((c.dateEnd ?? c.dateStart).slice(0, 4));
  return timesStated(c.quote).some((t) => {
    const year = t.slice(-4);
    return !namedYears.has(year) && Number(year) >= from && Number(year) <= to;
  });
}

/** Whether a name is the subject a question asks about: "was the X", "were the X", "did the X". */
function isSubjectOf(text: string, surface: string): boolean {
  // The surface is the name's words: as typed, they may be joined by hyphens or dashes.
  const name = surface.split(/\s+/).map(escapeRegExp).join("[\\s\\-‐‑–—]+");
  return new RegExp(`\\b(?:was|were|is|are|did|does|do)\\s+(?:the\\s+)?${name}\\b`, "i").test(text);
}

/** Whether a text states one of these dates: its year, with its month when it has one. */
function statesDateOf(text: string, dates: { year: string; month: number | null }[]): boolean {
  return timesStated(text).some((t) => {
    const [month, year] = t.includes(" ") ? t.split(" ") : [null, t];
    const stated = month ? monthNumber(month) : null;
    return dates.some((d) => d.year === year && (d.month === null || d.month === stated));
  });
}

/** A sentence that states a cause by a verb of causing: "has prompted it to", "are driving the country to", "resulted in". */
const CAUSING = new RegExp(
  `\\b(?:(?:has|have|had) (?:been )?(?:${CAUSE_VERBS})\\b|(?:${CAUSE_VERBS}) (?:[\\w'’-]+ ){1,4}to \\w+|result(?:ed|s)? in\\b)`,
  "i",
);

/**
 * The verbs that push someone into doing something ("what pushed Tokyo to seek …"); not "made"
 * or "brought", which also ask what a thing is like ("What makes Japan attractive to Russia?").
 */
const PUSHING =
  "drove|drives|driving|driven|led|leads|leading|prompted|prompts|prompting|pushed|pushes|pushing|spurred|spurs|spurring|triggered|triggers|sparked|sparks|motivated|motivates|motivating|encouraged|encourages|caused|causes|forced|forces|compelled|compels";
const ASKS_CAUSE = new RegExp(`\\b(?:what|which)\\b.*\\b(${PUSHING}) (?:[\\w'’-]+ ){1,4}to \\w+`, "i");

/** Whether a question asks what pushed someone into doing something ("What event pushed Tokyo to seek …", "what has led the two states to look past …"). */
export const asksForCause = (text: string) => ASKS_CAUSE.test(text);

const CARDINAL =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)$/i;

/** What "how many" counts, as stems: the focus's head noun, its relatives and the words of its meaning ("phases" → "periods"). */
export function countedStems(text: string): Set<string> | null {
  if (!HOW_MANY.test(text)) return null;
  const positions = focusOf(text)?.positions ?? [];
  const ws = words(text);
  // "phases of rapprochement" counts phases.
  const at = positions.find((p) => ws[p + 1]?.folded === "of") ?? positions.at(-1);
  const head = at === undefined ? undefined : ws[at];
  if (!head || GENERIC_FIGURES.has(head.folded)) return null;
  return countedKeys(head);
}

/**
 * Whether a claim's quote counts the thing: a number with one of its stems among the three words
 * after it, and between them no word the question does not say ("two southern islands" counts
 * southern islands, not the islands asked about).
 */
export function countsThing(quote: string, counted: Set<string>, asked: Set<string> = new Set()): boolean {
  const ws = words(quote);
  return ws.some((w, i) => {
    if (!CARDINAL.test(w.original)) return false;
    const after = ws.slice(i + 1, i + 5);
    const at = after.findIndex((n) => counted.has(n.key));
    const between = after.slice(0, at);
    // "three periods of active attempts" counts attempts: a measure and "of", then a word that
    // only describes; not "two southern islands", which counts southern ones.
    const measured = (n: Word, j: number) =>
      between[j + 1]?.folded === "of" ||
      (between[j - 1]?.folded === "of" && j === between.length - 1 && partsOfSpeech(n.folded).has("adj"));
    return (
      at >= 0 &&
      between.every((n, j) => asked.has(n.key) || STOPWORDS.has(n.folded) || measured(n, j)) &&
      (at < 3 || between.some((n) => n.folded === "of"))
    );
  });
}

/** Whether a claim's quote gives a reason, in so many words or by its construction (REASON). */
export const givesReason = (quote: string) => REASON.test(quote);

/** Whether a question asks for a reason (WHY). */
export const asksForReason = (text: string) => WHY.test(text) || ASKS_CAUSE.test(text);

/** The dated claims overlapping a period, from the date-ordered list (a binary search, not a pass). */
/** Whether a period is a century or longer. */
function spansCentury(time: TimeConstraint): boolean {
  if (!time.from || !time.to) return false;
  return Number(time.to.slice(0, 4)) - Number(time.from.slice(0, 4)) >= 99;
}

function inPeriod(index: AskIndex, time: TimeConstraint): IndexedClaim[] {
  const list = index.datedClaims;
  // Claims starting after the period's end cannot overlap; those starting before may still.
  let hi = list.length;
  if (time.to !== null) {
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (must(list[mid], "a dated claim").dateStart <= time.to) lo = mid + 1;
      else hi = mid;
    }
  }
  const out: IndexedClaim[] = [];
  for (let i = hi - 1; i >= 0 && out.length < CAP; i--) {
    const c = must(list[i], "a dated claim");
    if (overlaps(time, c.dateStart, c.dateEnd)) out.push(c);
  }
  return out.sort((a, b) => a.ordinal - b.ordinal);
}

export function scoreClaims(
  index: AskIndex,
  reading: Reading,
  /** For a part that refers back: the sentence of the previous part's best answer. */
  previous: { document: string; ordinal: number } | null = null,
  /**
   * For a later part that does not refer back: the sentence of the previous part's best answer,
   * whose next sentences it weighs a little (nearPrevious).
   */
  before: { document: string; ordinal: number } | null = null,
): Scored[] {
  const previousSentence = previous?.ordinal ?? null;
  const { intent, speaker, subjects } = reading;
  // A century ("20th-century confrontations") tells whether the article touches the time, not
  // which of its claims answer: nearly all of them are in it.
  const time = reading.time && !spansCentury(reading.time) ? reading.time : null;
  // "How does Russia regard China?" asks for a stance, whatever its intent was read as.
  // "What did the January 1960 memorandum say?": what a document says is what it lays down, not
  // what someone said of it.
  const documentSays =
    intent === "statement" &&
    speaker === null &&
    reading.entities.some(
      (e) =>
        e.type === "treaty" &&
        new RegExp(`${escapeRegExp(e.surface)}\\s+(?:say|says|said|state|states|stated)\\b`, "i").test(
          reading.text,
        ),
    );
  const preferredKinds = documentSays
    ? KINDS_FOR_INTENT.provision
    : intent === "general" && asksStance(reading.text)
      ? KINDS_FOR_INTENT.position
      : KINDS_FOR_INTENT[intent];
  const terms = coverageTerms(index, reading);
  const query = searchTerms(terms, reading);
  const bm25 = index.search(query);
  let best = 0;
  for (const v of bm25.values()) if (v > best) best = v;
  // Events named through their participants ("the Putin–Mori meeting").
  const linkedIds = [...new Set([...(speaker ? [speaker] : []), ...subjects])];
  // Each implied event weighs as the less specific of the pair: Russia and Japan together take
  // part in most events, so naming them implies none in particular.
  const impliedEvents = new Map<string, number>();
  const people = linkedIds.flatMap((id) => {
    const events = index.eventsByParticipant.get(id);
    return events ? [{ id, events }] : [];
  });
  for (const { id: a, events: eventsOfA } of people)
    for (const { id: b, events: eventsOfB } of people)
      if (a < b)
        for (const event of eventsOfA)
          if (eventsOfB.has(event)) {
            const weight = Math.min(index.entitySpecificity(a), index.entitySpecificity(b));
            impliedEvents.set(event, Math.max(impliedEvents.get(event) ?? 0, weight));
          }
  // What is set aside ("apart from its US alliance") asks for no relation.
  // Nor does a clause that only sets the time ("once the peace treaty is signed", "Once Japan signed the pact, …").
  const lowered = withoutTimeClause(
    reading.excluded ? reading.text.replace(reading.excluded.text, " ") : reading.text,
  ).toLowerCase();
  const cues = RELATION_CUES.filter(([cue]) => cue.test(lowered));
  const relationTypes = cues.map(([, type]) => type);
  const relationWords = new Set(
    reading.coverageTerms.map((t) => t.folded).filter((w) => cues.some(([cue]) => cue.test(w))),
  );
  // With two actors named, the relation is between them: "were Russia and Japan ever allies" is
  // not answered by Japan's alliance with the US. A sentence or claim counts when it states such
  // an edge of two of the names (of any, when one actor is named: "which Kuril islands does
  // Japan claim" is answered by its claim to the South Kurils).
  const statedFor = new Map<string, number>();
  const statedClaimsFor = new Map<string, number>();
  for (const id of linkedIds) {
    const sentences = new Set<string>();
    const claims = new Set<string>();
    for (const type of relationTypes) {
      const e = index.relationEvidence.get(id)?.get(type);
      for (const s of e?.sentences ?? []) sentences.add(s);
      for (const c of e?.claims ?? []) claims.add(c);
    }
    for (const s of sentences) statedFor.set(s, (statedFor.get(s) ?? 0) + 1);
    for (const c of claims) statedClaimsFor.set(c, (statedClaimsFor.get(c) ?? 0) + 1);
  }
  const actorsNamed = linkedIds.filter((id) => index.entities.byId.get(id)?.row.type === "actor").length;
  const needed = Math.max(1, Math.min(2, actorsNamed));
  // "What kind of relationship does Moscow say it wants …": whose words are asked, in so many words.
  const sayerAsked = speaker !== null && SAYS_ASKED.test(reading.text);
  const wantAsked = speaker !== null && WANTS_FROM.test(reading.text);
  const statesNamed = linkedIds.filter((id) => index.entities.byId.get(id)?.row.kind === "state").length;
  const statedSentences = new Set([...statedFor].filter(([, n]) => n >= needed).map(([s]) => s));
  const statedClaims = new Set([...statedClaimsFor].filter(([, n]) => n >= needed).map(([c]) => c));
  const excluded = reading.excluded?.keys ?? [];
  // "Besides Japan, which country …": a claim naming another country besides Japan answers.
  const askedFocus = excluded.length ? focusOf(reading.text) : null;
  const answerType = askedFocus?.answerType ?? null;
  // "Besides balancing China's influence, for which dispute …": the words of the thing asked.
  const askedWords = words(reading.text);
  const askedThing = new Set(
    (askedFocus?.role === "asked" ? askedFocus.positions : [])
      .map((i) => askedWords[i]?.key ?? "")
      .filter((k) => k && !excluded.includes(k) && !STOPWORDS.has(k)),
  );
  // "who else …", "which other …": another one of what is set aside is asked.
  const elseAsked = /\b(?:else|other|others|another)\b/i.test(reading.text);
  const named = new Set(reading.entities.map((e) => e.id));
  // "Besides China, Japan and India, which viable economies …": with no kind asked for, the
  // other instances are of the kinds of what is set aside.
  const otherKinds = answerType
    ? INSTANCE_KINDS[answerType]
    : reading.entities
        .filter((e) => contentKeys(e.surface).every((k) => excluded.includes(k)))
        .flatMap((e) => index.entities.byId.get(e.id)?.row.kind ?? []);
  const othersNamed = (c: IndexedClaim) =>
    otherKinds.length === 0
      ? []
      : [c.speaker, ...c.about, ...c.mentioned].flatMap((id) => {
          if (named.has(id)) return [];
          const row = index.entities.byId.get(id)?.row;
          if (!row || !otherKinds.includes(row.kind)) return [];
          const keys = contentKeys(row.name);
          return keys.every((k) => excluded.includes(k)) ? [] : [keys];
        });
  const namesAnother = (c: IndexedClaim) => othersNamed(c).length > 0;
  // "… with Japan and Vietnam": another one listed right beside what is set aside.
  const listedBeside = (c: IndexedClaim) => {
    const others = othersNamed(c);
    if (!others.length) return false;
    const ws = words(c.quote);
    return ws.some((w, i) => {
      if (!excluded.includes(w.key)) return false;
      const between = (j: number) =>
        c.quote.slice(ws[Math.min(i, j)]?.index ?? 0, ws[Math.max(i, j)]?.index ?? 0);
      return [i - 1, i + 1, i - 2, i + 2].some(
        (j) =>
          ws[j] !== undefined &&
          others.some((keys) => keys[0] === ws[j]?.key) &&
          /^[\p{L}'’-]+\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?$/iu.test(between(j)),
      );
    });
  };
  const implied = [...impliedEvents];
  const impliedWeight = (c: IndexedClaim) =>
    Math.max(0, ...implied.filter(([e]) => c.about.has(e)).map(([, w]) => w));
  const spec = speaker ? index.entitySpecificity(speaker) : 0;
  const subjectSpec = subjects.map((id) => ({ id, weight: index.entitySpecificity(id) }));
  // The author holds the byline claim; her analysis is hers too.
  const author = index.bylineClaims[0]?.speaker ?? "";
  const fromYear = time?.from ? Number(time.from.slice(0, 4)) : Number.NEGATIVE_INFINITY;
  const toYear = time?.to ? Number(time.to.slice(0, 4)) : Number.POSITIVE_INFINITY;
  const yearInPeriod = (y: number) => y >= fromYear && y <= toYear;

  // The claims worth scoring come from indexes, never from a pass over every claim: the best
  // full-text matches, the claims of the named entities and of the events they imply, of the
  // sentences stating an asked-for relation, of the period, the section or the byline asked
  // about, and of the sentences after the previous part's answer.
  const candidates = new Map<string, IndexedClaim>();
  const add = (list: Iterable<IndexedClaim> | undefined, cap = Number.POSITIVE_INFINITY) => {
    let n = 0;
    for (const c of list ?? []) {
      if (n++ >= cap) break;
      candidates.set(c.id, c);
    }
  };
  for (const id of bm25.keys()) candidates.set(id, must(index.byId.get(id), "the claim of a full-text hit"));
  for (const e of reading.entities) add(index.claimsOfEntity.get(e.id));
  for (const [event] of implied) add(index.claimsOfEntity.get(event));
  for (const id of statedClaims) {
    const claim = index.byId.get(id);
    if (claim) add([claim]);
  }
  for (const id of statedSentences) add(index.claimsOfSentence.get(id));
  if (time) add(inPeriod(index, time), CAP);
  if (reading.section?.kind === "section") add(index.claimsOfSection.get(reading.section.id), CAP);
  if (reading.section?.kind === "endnotes") add(index.claimsOfSection.get("endnotes"), CAP);
  if (reading.section?.kind === "endnote") add(index.claimsOfEndnote(index.document.id, reading.section.n));
  // A question about the article itself: the claims of the line that answers it (author, title, disclaimer).
  const line = reading.metadata ? METADATA_LINE[reading.metadata] : null;
  if (line) add(index.claimsOfLine[line]);
  if (previous) for (let k = 1; k <= 2; k++) add(index.claimsAt(previous.document, previous.ordinal + k));
  const latest = asksLatest(reading) ? new Set(latestDated(index)) : null;
  if (latest) add(latest);
  // Claims reached otherwise than by the best text matches still get their exact bm25.
  for (const [id, score] of index.searchAmong(
    query,
    [...candidates.keys()].filter((id) => !bm25.has(id)),
  ))
    bm25.set(id, score);

  const asksWhy = asksForReason(reading.text);
  const asksPossible = ASKS_POSSIBLE.test(reading.text);
  const asksWorkLine =
    reading.works.length > 0 &&
    (words(reading.text).some((w) => WORK_LINE_WORDS.has(w.folded)) ||
      asksWhen(reading.text) ||
      WORK_DETAIL.test(reading.text));
  const asksCause = asksForCause(reading.text);
  const counted = countedStems(reading.text);
  const askedKeys = new Set(words(reading.text).map((w) => w.key));
  // Names are matched as entities; the pairs are of the question's own words, each stretch between names apart.
  const pairs = new Set(
    splitAtNames(
      reading.text,
      reading.entities.map((e) => e.surface),
    ).flatMap((t) => [...wordPairs(t)]),
  );
  const pairShare = pairs.size ? pairShares(index, pairs) : null;
  const perspective = perspectiveOf(index, reading.text);
  const beneficiary = beneficiaryOf(index, reading.text);
  // The times a "when" question names itself are not its answer ("When did Moscow abandon its 1960 stand?").
  const whenAsked = asksWhen(reading.text);
  const namedYears = new Set(timesStated(reading.text).map((t) => t.slice(-4)));
  // "When was the 1956 Declaration signed?": the date of the dated thing whose time is asked
  // (the subject of the question), not of one it names otherwise ("when did Putin affirm the
  // 1956 Declaration …").
  const namedDates = whenAsked
    ? reading.entities.flatMap((e) => {
        const row = index.entities.byId.get(e.id)?.row;
        if (!row?.dateStart || !isSubjectOf(reading.text, e.surface)) return [];
        // Dated to a month ("October 1956"), the month must be stated: "the 1956 Declaration" names it.
        const month = row.dateEnd?.slice(0, 7) === row.dateStart.slice(0, 7);
        return [{ year: row.dateStart.slice(0, 4), month: month ? Number(row.dateStart.slice(5, 7)) : null }];
      })
    : [];
  const asksSourceOfPrevious = previous !== null && SOURCE_OF.test(reading.text);
  const score = (c: IndexedClaim): Scored | null => {
    // "Apart from X": a claim whose own words state X is left out, unless it sets X aside itself
    // ("Apart from Asia-Pacific region, Russia is also focussing on …": it states the rest).
    const statesExcluded = excluded.length > 0 && excluded.every((k) => exclusionKeys(c).includes(k));
    const longerList = statesExcluded && listsMore(c, excluded);
    if (
      statesExcluded &&
      !namesAnother(c) &&
      !longerList &&
      !setsAside(c, excluded) &&
      !statesAlso(c, excluded, askedThing, elseAsked, askedKeys, reading.text)
    )
      return null;
    // … and a claim that sets the same thing aside answers what is asked about the rest.
    const alsoAside = excluded.length > 0 && setsAside(c, excluded);
    const text = best > 0 ? (bm25.get(c.id) ?? 0) / best : 0;
    const stated = statedClaims.has(c.id) || (c.sentenceId !== null && statedSentences.has(c.sentenceId));
    const cov = coverage(index, terms, c, stated ? relationWords : undefined);
    let score =
      WEIGHTS.text * text + WEIGHTS.coverage * (cov.all + cov.lexical) + WEIGHTS.quoteCoverage * cov.own;
    if (pairShare) score += WEIGHTS.proximity * (pairShare.get(c) ?? 0);
    if (alsoAside) score += WEIGHTS.setsAside;
    // A claim that states X and yet stays because it names another one beside X says what else
    // there is in the very sentence ("… with Japan and Vietnam"); not one kept only as a longer
    // list, whose next sentence may say the rest better ("It also needs Tokyo's cooperation").
    else if (statesExcluded && !longerList)
      score += WEIGHTS.besideSetAside + (listedBeside(c) ? WEIGHTS.listedBeside : 0);
    if (
      statesNamed >= 2 &&
      !stated &&
      ((statedClaimsFor.get(c.id) ?? 0) > 0 ||
        (c.sentenceId !== null && (statedFor.get(c.sentenceId) ?? 0) > 0))
    )
      score += WEIGHTS.relationOfAnother;
    // Entity matches count by how specific the entity is: most claims are about Russia and Japan.
    if (speaker) {
      if (c.speaker === speaker) score += WEIGHTS.speakerHolds * spec;
      else if (c.about.has(speaker)) score += WEIGHTS.speakerAbout * spec;
      if (sayerAsked && !speaksFor(index, c.speaker, speaker)) score += WEIGHTS.otherSayer;
      // "What does Russia want from Japan?": the wish of another party's own (Abe's "reset"), not the author's account of Russia's.
      else if (wantAsked && c.speaker !== author && !speaksFor(index, c.speaker, speaker))
        score += WEIGHTS.otherSayer;
    }
    if (subjects.length) {
      let hit = 0;
      for (const { id, weight } of subjectSpec)
        if (c.about.has(id) || c.speaker === id) hit += weight;
        else if (c.paragraphEntities.has(id)) hit += weight * WEIGHTS.paragraph;
      score += (WEIGHTS.subjects * hit) / subjects.length;
    }
    if (implied.length) score += WEIGHTS.impliedEvent * impliedWeight(c);
    if (asksWhy && quoteGivesReason(c)) score += WEIGHTS.reasonMarker;
    if (asksPossible && SAYS_POSSIBLE.test(c.quote)) score += WEIGHTS.possible;
    if (asksCause && CAUSING.test(c.quote)) score += WEIGHTS.causeStated;
    if (latest?.has(c)) score += WEIGHTS.latest;
    if (perspective.size && onSideOf(index, perspective, c)) score += WEIGHTS.perspective;
    // "On Tokyo's reading …": the author's "For Russia, …" is the other side's.
    else if (perspective.size && leadsForOther(index, perspective, c)) score += WEIGHTS.otherSide;
    else if (beneficiary.size && leadsFor(index, beneficiary, c)) score += WEIGHTS.perspective;
    if (namedDates.length) {
      // Another thing's date ("the 'January 1960 USSR Memorandum'") is no answer.
      if (statesDateOf(c.quote, namedDates)) score += WEIGHTS.dateStated + WEIGHTS.namedDateStated;
    } else if (whenAsked && statesOwnDate(c, namedYears)) score += WEIGHTS.dateStated;
    // A relation word asks for the relation unless the question asks for words, figures or a source.
    // Nor does a question that asks for a reason or for the author's view ("does the author think they could run the islands together?").
    if (
      stated &&
      !asksWhy &&
      reading.section?.kind !== "author" &&
      !["statement", "figure", "source"].includes(intent)
    )
      score += WEIGHTS.relation;
    const kindRank = preferredKinds.indexOf(c.kind);
    if (asksWhy) {
      if (REASON_KINDS.includes(c.kind)) score += WEIGHTS.kind;
    } else if (kindRank >= 0 && reading.section?.kind !== "author") score += WEIGHTS.kind - kindRank * 0.5;
    if (intent === "statement" && c.direct) score += WEIGHTS.directQuote;
    if (intent === "figure" && c.hasFigure) score += WEIGHTS.figure;
    if (counted && countsThing(c.quote, counted, askedKeys)) score += WEIGHTS.counts;
    if (intent === "source" && c.cited) score += WEIGHTS.cited;
    if (reading.works.length && reading.works.every((w) => w.keys.every((k) => c.citationKeys.has(k))))
      // Asked for the work's own line ("zagorsky sipri chapter title"): the note that writes it
      // out in full, not a later "Zagorsky, op.cit." that only points back to it.
      score += asksWorkLine && REPEAT_CITATION.test(c.noteText) ? WEIGHTS.namedWork / 2 : WEIGHTS.namedWork;
    if (time) {
      // A claim that names a year of the period speaks of it ("the 1956 Declaration"), whatever
      // its own date; in a source question the year may be the cited work's ("a journal article from 1998").
      if (c.yearsNamed.some(yearInPeriod) || (intent === "source" && c.sourceYears.some(yearInPeriod)))
        score += WEIGHTS.timeMatch;
      else if (c.dateStart && c.dateEnd)
        score += overlaps(time, c.dateStart, c.dateEnd) ? WEIGHTS.timeMatch : WEIGHTS.timeMismatch;
      else score += WEIGHTS.timeUndated;
    }
    const section = reading.section;
    if (section?.kind === "section" && c.sectionId === section.id) score += WEIGHTS.section;
    if (section?.kind === "endnotes" && (c.inEndnote || notesWhatIsAsked(terms, c))) score += WEIGHTS.section;
    if (section?.kind === "endnote" && c.document === index.document.id && c.endnote === section.n)
      score += WEIGHTS.endnote;
    if (section?.kind === "author" && c.speaker === author) {
      score += WEIGHTS.author;
      // Her view (an assessment), not what she narrates (a fact or an event).
      if (c.kind === "assessment" && AUTHOR_VIEW_ASKED.test(reading.text)) score += WEIGHTS.authorView;
    }
    if (line && c.metadata === line) score += WEIGHTS.metadata;
    if (asksSourceOfPrevious && c.document === previous?.document && c.sentenceOrdinal === previousSentence)
      score += WEIGHTS.sourceOfPrevious;
    if (
      previousSentence !== null &&
      c.document === previous?.document &&
      c.sentenceOrdinal !== null &&
      c.sentenceOrdinal > previousSentence &&
      c.sentenceOrdinal <= previousSentence + 2
    )
      score +=
        (asksWhy ? WEIGHTS.reasonOfPrevious : WEIGHTS.followsPrevious) /
        (c.sentenceOrdinal - previousSentence);
    // "… how many tries were there, and what was driving them?": a reason may be given in so
    // many words just before ("the rationale behind the bonhomie was …. There were three periods …").
    if (
      asksWhy &&
      previousSentence !== null &&
      c.document === previous?.document &&
      c.sentenceOrdinal === previousSentence - 1 &&
      quoteGivesReason(c)
    )
      score += WEIGHTS.reasonOfPrevious / 2;
    if (
      before &&
      c.document === before.document &&
      c.sentenceOrdinal !== null &&
      c.sentenceOrdinal > before.ordinal &&
      c.sentenceOrdinal <= before.ordinal + 2
    )
      score += WEIGHTS.nearPrevious / (c.sentenceOrdinal - before.ordinal);
    return { claim: c, score, text, coverage: cov.all, contentCoverage: cov.words };
  };
  const scored: Scored[] = [];
  const setAside: IndexedClaim[] = [];
  for (const c of candidates.values()) {
    const s = score(c);
    if (s) scored.push(s);
    else setAside.push(c);
  }
  // "Apart from X, what else …": the rest is said beside X, in its sentence or the next one;
  // unless the article itself sets X aside somewhere ("Apart from Asia-Pacific region, …"), which says it best.
  if (setAside.length && !scored.some((s) => setsAside(s.claim, excluded))) {
    const anchors = setAside
      .filter((c) => c.sentenceOrdinal !== null)
      .sort((a, b) => (bm25.get(b.id) ?? 0) - (bm25.get(a.id) ?? 0))
      .slice(0, 2);
    for (const s of scored) {
      const c = s.claim;
      if (c.sentenceOrdinal === null) continue;
      const beside = anchors.some(
        (a) =>
          a.document === c.document &&
          a.paragraphId === c.paragraphId &&
          (c.sentenceId === a.sentenceId || c.sentenceOrdinal === (a.sentenceOrdinal ?? -2) + 1),
      );
      if (beside) s.score += WEIGHTS.besideSetAside;
    }
  }
  // For "why", the sentences around the best claims hold the reason: they join the candidates.
  if (asksWhy) {
    const top = [...scored].sort((a, b) => b.score - a.score).slice(0, 2);
    const extra: IndexedClaim[] = [];
    for (const t of top)
      if (t.claim.sentenceOrdinal !== null)
        for (let k = 0; k <= 2; k++)
          extra.push(...index.claimsAt(t.claim.document, t.claim.sentenceOrdinal + k));
    const missing = extra.filter((c) => !candidates.has(c.id));
    if (missing.length) {
      for (const [id, v] of index.searchAmong(
        query,
        missing.map((c) => c.id),
      ))
        bm25.set(id, v);
      for (const c of missing) {
        candidates.set(c.id, c);
        const s = score(c);
        if (s) scored.push(s);
      }
    }
  }
  answersTo(index, reading, scored);
  reasonsBeside(reading, scored, previousSentence !== null);
  return scored.sort((a, b) => b.score - a.score || a.claim.ordinal - b.claim.ordinal);
}

/**
 * The sentence right after the best claim, in its paragraph, that opens by pointing back
 * to it ("It is because of …", "To which Japan …") answers what is asked of that claim: it goes
 * just above it (WEIGHTS.followUp), when `fits` (for "why", it gives a reason).
 */
function followUps(best: Scored[], scored: Scored[], fits: (c: IndexedClaim) => boolean): void {
  const anchors = best.filter((b) => b.claim.sentenceOrdinal !== null);
  for (const s of scored) {
    const c = s.claim;
    if (c.sentenceOrdinal === null || !pointsBack(c.sentence) || !fits(c)) continue;
    for (const a of anchors)
      if (
        a.claim.document === c.document &&
        a.claim.paragraphId === c.paragraphId &&
        a.claim.sentenceOrdinal === c.sentenceOrdinal - 1
      )
        s.score = Math.max(s.score, a.score + WEIGHTS.followUp);
  }
}

/**
 * Whether a claim's endnote says something the question asks of the notes that the claim's own
 * words do not ("According to the footnote, when was the concept approved?": the sentence citing
 * note 18, whose text reads "Approved by President … 12 February 2013").
 */
function notesWhatIsAsked(terms: CoverageTerms, c: IndexedClaim): boolean {
  return c.endnote !== null && terms.words.some((t) => c.citationKeys.has(t.key) && !c.bag.has(t.key));
}

/** The best claim of each of the n best-scoring sentences. */
function bestSentences(scored: Scored[], n: number): Scored[] {
  const out: Scored[] = [];
  for (const s of [...scored].sort((a, b) => b.score - a.score)) {
    if (out.length >= n) break;
    if (!out.some((o) => o.claim.sentenceId !== null && o.claim.sentenceId === s.claim.sentenceId))
      out.push(s);
  }
  return out;
}

/**
 * A stance next to another named actor's claim is an answer to it ("How did Japan answer
 * Losyukov?"): claims by one named actor that follow a claim by or about another gain.
 */
function answersTo(index: AskIndex, reading: Reading, scored: Scored[]): void {
  const actors = [reading.speaker, ...reading.subjects].filter(
    (id): id is string => id !== null && index.actorIds.has(id),
  );
  if (actors.length < 2 || !["position", "statement", "difference"].includes(reading.intent)) return;
  for (const s of scored) {
    if (!actors.includes(s.claim.speaker)) continue;
    const other = actors.filter((a) => a !== s.claim.speaker);
    for (let back = 1; back <= 3; back++) {
      const before = index.byOrdinal.get(s.claim.ordinal - back);
      const answered = before ? other.filter((a) => before.speaker === a || before.about.has(a)) : [];
      if (answered.length) {
        // Answering Losyukov says more than answering Japan, which most claims are about.
        s.score += WEIGHTS.reply * Math.max(...answered.map((a) => index.entitySpecificity(a)));
        break;
      }
    }
  }
}

/**
 * A reason is given in the sentence of what it explains or in the next ones of its paragraph
 * ("… is a welcome development. Greater engagement contributes to … It also undermines …"):
 * for "why", the best claims' sentence-mates gain, and the claims of the two sentences after
 * them in the same paragraph gain less, the further the less.
 */
function reasonsBeside(reading: Reading, scored: Scored[], refersBack = false): void {
  const why = asksForReason(reading.text);
  // A response is stated after what it responds to ("… said that … To which Japan was unwilling …").
  // "What answer does the author give to the title's question?" asks no reply to an event.
  const response = !why && !reading.answersTitle && RESPONSE.test(reading.text);
  const outcome = !why && !response && OUTCOME.test(reading.text);
  if (!why && !response && !outcome) return;
  const best = [...scored].sort((a, b) => b.score - a.score).slice(0, 2);
  // A part that refers back has its answer placed after the previous part's (followsPrevious).
  // For "why", a reason that points back to the second best claim counts as well: the words that
  // match the question best may say something else ("resolve the dispute" for "settle the isles
  // question") than the claim whose reason is asked ("The solution to the island will take time").
  if (!refersBack)
    followUps(
      why ? bestSentences(scored, 2) : best.slice(0, 1),
      scored,
      (c) => !why || BACKWARD_REASON.test(c.sentence),
    );
  if (outcome) return;
  // For "why", the claim whose words match the question's best (full text relevance 1, all of
  // its content covered) states what is to be explained ("Japan refuses to sign the treaty"),
  // however the reasons elsewhere score: its reason is beside it too.
  const stated = why
    ? scored.find(
        (s) => s.text >= 1 && s.coverage >= 1 && !best.includes(s) && s.claim.sentenceOrdinal !== null,
      )
    : undefined;
  const anchors = [...best, ...(stated ? [stated] : [])]
    .filter((b) => b.claim.sentenceOrdinal !== null)
    .map((b) => b.claim);
  for (const s of scored) {
    if (best.includes(s) || s.claim.sentenceOrdinal === null) continue;
    let gain = 0;
    for (const a of anchors) {
      if (a.sentenceOrdinal === null) continue;
      const distance = s.claim.sentenceOrdinal - a.sentenceOrdinal;
      if (why && s.claim.sentenceId === a.sentenceId && givesReason(s.claim.sentence))
        gain = Math.max(gain, WEIGHTS.reasonBeside);
      else if (distance > 0 && distance <= 2 && s.claim.paragraphId === a.paragraphId) {
        const after = why
          ? WEIGHTS.reasonAfter * (givesReason(s.claim.sentence) ? 1 : WEIGHTS.reasonAfterUnmarked)
          : WEIGHTS.responseAfter;
        gain = Math.max(gain, after / distance);
      }
    }
    s.score += gain;
  }
  // For "why", a best match that gives no reason states what is to be explained ("… is a welcome
  // development that should be encouraged."): the next sentences of its paragraph explain it
  // ("Greater engagement contributes to … It also undermines …") and come right after it.
  const lead = best[0];
  if (!why || !lead || lead.claim.sentenceOrdinal === null || givesReason(lead.claim.sentence)) return;
  for (const s of scored) {
    const distance = (s.claim.sentenceOrdinal ?? -1) - lead.claim.sentenceOrdinal;
    if (
      distance > 0 &&
      distance <= 2 &&
      s.claim.paragraphId === lead.claim.paragraphId &&
      s.claim.kind !== "event"
    )
      s.score = Math.max(s.score, lead.score - WEIGHTS.explainsAfter * distance);
  }
}
