// Reads a question: the names it links (exactly, or by spelling or sound), its intent, its time
// words, the section or metadata it points at, what it leaves out ("apart from X"), its parts
// when it asks two things at once, and what it asks about that the article does not know
// (`unrecognized`: a name the article never uses, a time nothing in it touches).

import { storedFields } from "../dataset/entities.ts";
import type { MetadataUnit } from "../domain/enums.ts";
import { extend } from "../lib/extend.ts";
import { must } from "../lib/must.ts";
import { allMatches, blanked, escapeRegExp } from "../lib/text.ts";
import { fromChat, withShortFormsWritten, withSpokenNumbers } from "./chat.ts";
import {
  britishSpelling,
  correctSpelling,
  englishSlip,
  maxDistance,
  nameDistance,
  nearWordOf,
} from "./fuzzy.ts";
import type { AskIndex } from "./index.ts";
import {
  datingClauses,
  type Intent,
  preambleSpan,
  readIntent,
  WORK_NOUNS,
  withoutRemarks,
} from "./intent.ts";
import { onlyDescribes, partsOfSpeech } from "./lexicon.ts";
import { demonymState, type Link, OFFICE_ABBREVIATIONS, withoutLinkedWords } from "./linker.ts";
import { perIndex } from "./memo.ts";
import { isMonthWord, leadingClause, parseTime, type TimeConstraint } from "./time.ts";
import { isEnglishWord } from "./vocabulary.ts";
import {
  contentKeys,
  foldsIntoFunctionWord,
  initials,
  pastTense,
  relatedKeys,
  STOPWORDS,
  stem,
  type Word,
  words,
} from "./words.ts";

export interface LinkedEntity {
  id: string;
  name: string;
  type: string;
  surface: string;
  via: "name" | "alias" | "metonym" | "role" | "known-as" | "fuzzy";
  /** For `via: "fuzzy"`: the edit distance to the closest alias. */
  distance?: number;
}

export interface Unrecognized {
  text: string;
  /** A name the article never uses, a time nothing in it touches, or a word of what is asked that it never uses. */
  kind: "name" | "time" | "term";
}

export type SectionCue =
  | { kind: "section"; id: string }
  | { kind: "endnotes" }
  | { kind: "author" }
  | { kind: "endnote"; n: number };

/** What the question asks about the article itself: its author, date, title, or whose views it gives (the disclaimer). */
export type MetadataCue = "author" | "published" | "title" | "disclaimer" | null;

/** The line of the article that answers each question about the article itself; none gives its date. */
export const METADATA_LINE: Record<Exclude<MetadataCue, null>, MetadataUnit | null> = {
  author: "byline",
  title: "title",
  disclaimer: "disclaimer",
  published: null,
};

/** Words for the organisation or publisher behind the article, as a question names it. */
const PUBLISHER = String.raw`(?:the\s+)?(?:indian\s+)?(?:council|icwa|institution|institute|organi[sz]ation|publisher|think[\s-]?tank)`;

/** One question (or one part of a coordinated question) as read. */
export interface Reading {
  text: string;
  /** The text with its misspelt words put right, when it has any (internal: interpret reads it instead). */
  respelt?: string;
  /**
   * The names of a clause before the question itself ("After the Kremlin demurred, how did
   * Beijing respond?"), left out of `entities` as setting the scene (internal: the answerability
   * check reads what came before from them).
   */
  scene?: LinkedEntity[];
  /**
   * Words (folded) read as a misspelt name, also where the entity is linked by other words
   * ("Prime Minister Abbe": Abe by his office, "Abbe" his name misspelt) (internal).
   */
  fuzzyWords?: string[];
  /** Words (folded) of a linked entity's later mentions ("the Kuril dispute (… the Northern Territories issue)") (internal). */
  repeatWords?: string[];
  /** The entities taken from the part before, which this part leaves implicit (internal). */
  inherited?: string[];
  intent: Intent;
  entities: LinkedEntity[];
  speaker: string | null;
  subjects: string[];
  time: TimeConstraint | null;
  /** Content words (stems) that count for relevance, with the words related to them. */
  keywords: string[];
  /** The words as typed (folded), for the full-text index. */
  searchWords: string[];
  /** The question's own content words (stem and folded word): what an answer must cover. */
  coverageTerms: { key: string; folded: string }[];
  unrecognized: Unrecognized[];
  section: SectionCue | null;
  metadata: MetadataCue;
  /** "The title asks …; what is the author's answer?": the article's answer to its title's question is asked. */
  answersTitle: boolean;
  /** "Apart from X": the stems X is made of; claims stating X are left out. */
  excluded: { text: string; keys: string[] } | null;
  /**
   * Cited works the question names by publication or author ("What did the Hindustan Times
   * report …"): an answer is a claim the article cites that work for. Each as its stems.
   */
  works: { text: string; keys: string[] }[];
}

export interface Interpretation extends Reading {
  question: string;
  /** Each part of a coordinated question ("…, and why …"); empty for a single question. */
  parts: Reading[];
  fallback: boolean;
  explanation: string;
}

/**
 * Words that frame a question rather than say what it is about: "What does the article say
 * about …", "according to the author", "how is X described".
 */
const SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** "2+2 talks" as the article writes it: "two plus two talks". */
const spellPlus = (text: string) =>
  text.replace(
    /\b(\d)\s*\+\s*(\d)\b/g,
    (_, a: string, b: string) => `${SMALL_NUMBERS[Number(a)]} plus ${SMALL_NUMBERS[Number(b)]}`,
  );

/** The two parties a question speaks of without naming them. */
const THE_TWO =
  /\b(?:both|the two)\s+(?:countries|states|nations|sides|capitals|neighbou?rs|governments|powers|parties|neighbou?ring (?:countries|states))\b|\bthe two\b(?=\s+(?:(?:have|had|has|were|was|are|is|been|being|could|can|would|will|should|might|may|must|did|do|does|get|got|go|went|seem|seemed|ever|actually|really|still|never|always|finally|once|both|agreed|signed|met|fought|clashed|disagreed|cooperated)\b)|\s*[?,.]|\s*$)|\b(?:each|either)\s+(?:country|state|nation|side|capital|neighbou?r|government|power|party)\b(?!\s+of\b)/i;

/** An all-capital word the article uses or abbreviates a name of: "ICWA", "SPIEF", "FT". */
const isAcronymOfArticle = (index: AskIndex, written: string) =>
  /^\p{Lu}{2,6}s?$/u.test(written) && index.acronyms.has(written.replace(/s$/, ""));

/** The first two actors a question names, when both are states joined by "and" or a hyphen. */
function jointStates(
  index: AskIndex,
  text: string,
  qs: Word[],
  entities: { id: string; type: string; surface: string; position: number }[],
): Set<string> {
  const [a, b] = entities.filter((e) => e.type === "actor" && e.position >= 0);
  const kind = (id: string) => index.entities.byId.get(id)?.row.kind;
  if (!a || !b || a.id === b.id || kind(a.id) !== "state" || kind(b.id) !== "state") return new Set();
  const start = qs[a.position]?.index;
  const end = qs[b.position]?.index;
  if (start === undefined || end === undefined) return new Set();
  const between = text.slice(start + a.surface.length, end);
  return /^\s*(?:and|&)\s*$|^\s*[-–]\s*$/i.test(between) ? new Set([a.id, b.id]) : new Set();
}

/** Nouns a year typed in two digits may name: "the 56 deal", "the '93 declaration". */
const DATED_NOUNS =
  "deal|declaration|treaty|summit|memorandum|agreement|accord|pact|visit|talks|meeting|war|crisis";

/** A year typed in two digits: after an apostrophe, after "in", "since" … (not a count), or before a dated noun. */
const SHORT_YEAR = new RegExp(
  [
    "(?<=['’‘])(\\d{2})(?![\\d%])(?!\\s*(?:per|percent|billion|million))(?![\\s-]*years?\\b)",
    `(?<=\\b(?:in|since|from|until|till)\\s+)(\\d{2})\\b(?![.,]?\\d)(?!\\s*(?:%|per\\b|percent|billion|million|thousand|years?|months?|days?|weeks?|km|kilomet|miles?|islands?|countries|nations|states|people|st\\b|nd\\b|rd\\b|th\\b|century|centuries))`,
    `(?<=\\bthe\\s+)(\\d{2})(?=\\s+(?:${DATED_NOUNS})\\b)`,
  ].join("|"),
  "gi",
);

/** The question with each year typed in two digits written in full: 40–99 in the 1900s, the rest in the 2000s. */
export function withFullYears(text: string): string {
  return text
    .replace(SHORT_YEAR, (two) => `${Number(two) >= 40 ? "19" : "20"}${two}`)
    .replace(/['’‘](?=(?:19|20)\d{2}\b)/g, "");
}

/** Words for the parts of an article, its notes and sources: known, though the article need not use them. */
export const DOCUMENT_WORDS = new Set(
  (
    "endnote endnotes footnote footnotes note notes citation citations cite cites cited citing reference " +
    "references source sources bibliography title headline byline disclaimer section sections paragraph " +
    "paragraphs conclusion introduction intro author authors article paper piece essay text publication"
  ).split(" "),
);

const FRAMING = new Set(
  (
    "say said says tell told describe described describes description mention mentioned mentions article author " +
    "write writes wrote written according discuss discussed discusses explain explained explains text paper piece " +
    "note noted notes claim claimed state stated view question answer kind sort way please give list name named " +
    "provide provides provided provision stipulate stipulates happen happened occur occurred take took place " +
    "bring brings brought raise raises raised refer refers referred essay " +
    // "how does the author characterise X": how she describes it, not a word it holds
    "characterise characterises characterised characterize characterizes characterized portray portrays " +
    "portrayed depict depicts depicted summarise summarises summarised summarize summarizes summarized " +
    // "how does the writer frame Russia's posture": how she puts it, no word of it
    "frame frames framed"
  )
    .split(" ")
    .map(stem),
);

/**
 * Phrases that say whose view or which text is asked, or why the asker asks, not what about:
 * "in the author's opinion", "as the author sees it", "going by the article", "I'm writing an
 * essay on this". Their words do not count as content (the section cues still read them).
 */
const FRAMING_PHRASES = [
  // "endnote 9", "note no. 22": which note, read as the section cue
  /\b(?:end|foot)?notes?\s*(?:no\.?\s*|number\s*|#\s*)?\d{1,3}\b/gi,
  /\b(?:in|to) (?:the )?(?:author|writer|talukdar|indrani talukdar|dr\.? talukdar|her|the article|the piece|the paper)(?:['’]s)? (?:own )?(?:opinion|view|assessment|judge?ment|estimation|eyes|reading|analysis|mind|words)\b/gi,
  /\bas (?:the )?(?:author|writer|article|piece|paper|talukdar|she)(?:['’]s)? (?:sees?|puts?|says?|describes?|frames?|tells?|presents?|explains?) (?:it|them|things)\b/gi,
  /\b(?:going|judging) (?:by|from) (?:the |this )?(?:article|piece|paper|text|author|writer|essay)\b/gi,
  // "does the writer think Japan will budge": her view is asked, "think" is no word of it
  /\b(?:does|do|did|would)\s+(?:the\s+)?(?:author|writer|talukdar|she)\s+(?:think|believe|reckon|feel)\b/gi,
  /\b(?:according to|per|for) (?:the |this )?(?:article|piece|paper|text|author|writer|essay)\b/gi,
  /\bi['’]?m (?:writing|working on|preparing) (?:an? )?(?:essay|paper|report|piece|assignment)(?: on| about)?(?: this| it)?\b/gi,
  /\b(?:in|of) (?:this|the) (?:essay|article|piece|paper|text)\b/gi,
];

/** The spans of the framing phrases of a text. */
export function framingSpans(text: string): [number, number][] {
  return FRAMING_PHRASES.flatMap((re) =>
    allMatches(re, text).map((m) => [m.index, m.index + m[0].length] as [number, number]),
  );
}

/** Words a kind of answer tends to use though the question does not. */
const INTENT_WORDS: Partial<Record<Intent, string[]>> = {
  outcome: [
    "result",
    "fruitful",
    "unsuccessful",
    "agreed",
    "fail",
    "success",
    "developments",
    "postponement",
  ],
};

const SPLIT =
  /\s*(?:\?\s+(?=\S)|;\s*|,?\s+and\s+(?=(?:what|why|how|when|who|whom|where|which|whose|does|did|is|are|was|were|has|have|had|do|can|could|will|would)\b|(?:in|on|at|for|from|to|by|with|under|since|during|after|before)\s+(?:what|which|whose|whom|how)\b))/i;

/** Short forms of English words ("incl.", "esp."): no names, though no dictionary lists them ("govt" is written out first: chat.ts). */
const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "incl esp etc vis approx cf viz ok okay".split(" "),
);

/** Short forms of a foreign ministry ("MFA", "MOFA"): see MINISTRY_OF. */
const MINISTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(["mfa", "mofa"]);

/** Words a question opens with. */
const QUESTION_START =
  /^(?:what|why|how|when|who|whom|where|which|whose|does|did|is|are|was|were|has|have|had|do|can|could|will|would)\b/i;

/**
 * A dash between two questions: "Why would Washington welcome it - what does it do for …?".
 * Only inside a question (QUESTION_START): "Sibal's column - what is it called?" is one.
 */
const DASH_SPLIT =
  /\s+[-–—]\s+(?=(?:what|why|how|when|who|whom|where|which|whose|does|did|is|are|was|were|has|have|had|do|can|could|will|would)\b)/i;

const EXCLUSION =
  /\b(apart from|aside from|besides|other than|except(?: for)?|excluding|not counting)\s+((?:(?!\s(?:to|that|what|which|who|whom|whose|how|why|so|because|in order|when|where|if|does|do|did|is|are|was|were|has|have|had|would|could|can|will|should|might|may|must|in|on|at|for|with|by|into|over|about|such as|like|\w{3,}ed|\w{3,}ing)\b)[^,?;])+)/i;

/** The rest of a list of names after the first one set aside: ", Japan and India" before a comma. */
const LIST_TAIL = /^(?:\s*,\s*\p{Lu}[^,?;]*?)*\s*,?\s+(?:and|or)\s+\p{Lu}[^,?;]*?(?=\s*,)/u;
/** The same in a question typed all in lower case ("besides china, japan and india, which …"): names of one to three words. */
const LIST_TAIL_LOWER =
  /^(?:\s*,\s*\p{L}+(?:[ -]\p{L}+){0,2})*\s*,?\s+(?:and|or)\s+\p{L}+(?:[ -]\p{L}+){0,2}(?=\s*,)/u;

const SECTION_CUES: [RegExp, (index: AskIndex) => SectionCue | null][] = [
  [
    /\b(in|from|according to|within|by) the (conclusion|concluding)|\bconclud(e|es|ing) (that|by)\b|\bin conclusion\b|\b(in|from|according to|within|by) the (article['’]s |paper['’]s |piece['’]s )?(closing|final|last) (section|part|paragraphs?|lines|words|remarks)\b|\bat the (very )?end of (the |this )?(article|paper|piece|essay|text)\b|^\s*(and\s+)?(at|in) the (very )?end\s*,|\bat the (very )?end\s*[?.!]*\s*$|^\s*(?:the\s+)?conclusion\s*[:,\-\u2013\u2014]|\bper the conclusion\b|\b(?:says|said) the conclusion\b|[(,]\s*(?:in\s+the\s+)?conclusion\s*[)?.]*\s*$|\b(?:does|did|do) the (?:conclusion|closing section|final section) (?:mention|say|note|state|list|name|describe|call|give|cite|tell|point|refer|argue|suggest|claim|stress|add)\b|\bthe conclusion (?:mention|say|note|state|list|name|describe|call|give|cite|tell|point|refer|argue|suggest|claim|stress|add)s\b/i,
    () => ({ kind: "section", id: "conclusion" }),
  ],
  [
    /^\s*(?:the\s+)?(?:introduction|intro)\s*[:,\-\u2013\u2014]|\bper the (?:introduction|intro)\b|\b(in|from|according to) the (introduction|intro|opening|beginning of the article)\b|\b(in|from|according to) the (article['’]s |paper['’]s |piece['’]s )?(opening|first) (section|part|paragraphs?|lines|words)\b|\b(?:does|did|do) the (?:introduction|intro|opening(?: section| paragraphs?)?) (?:mention|say|note|state|list|name|describe|call|give|cite|tell|point|refer|argue|suggest|claim|stress|add)\b|\bthe (?:introduction|intro) (?:mention|say|note|state|list|name|describe|call|give|cite|tell|point|refer|argue|suggest|claim|stress|add)s\b/i,
    () => ({ kind: "section", id: "introduction" }),
  ],
  [
    /\b(in|from|according to|per|by) the (end|foot)?notes?\b|\bexplanatory note\b/i,
    () => ({ kind: "endnotes" }),
  ],
  [
    // "according to the author", "per the writer", "in the author's view", "the author's take",
    // "does the author think / expect / suggest / say / name", "as the author sees it", "how does
    // she describe China" (the article names no other woman): her own claims.
    /\b(?:according to|per) (?:the )?(?:author|writer|talukdar|dr\.? talukdar|indrani talukdar)\b|\b(?:in|to) (?:the )?(?:author|writer|talukdar)s?(?:['’]s?)? (?:own )?(?:view|opinion|assessment|judge?ment|estimation|eyes|mind)\b|(?:\bthe |^\s*)(?:author|writer)(?:['’]s)? (?:own )?(?:view|opinion|assessment|analysis|position|stance|take)\b|\bshe (?:describe|characteri[sz]e|portray|depict|present|call|label)s?\b|\b(?:author|writer|talukdar) (?:think|argue|believe|conclude|expect|suggest|propose|envisage|envision|recommend|advocate|imagine|predict|forecast|feel|consider|reckon|judge|foresee|anticipate|see|view|regard|assess|evaluate|rate|describe|characteri[sz]e|portray|size up|say|write|note|state|call|claim|mention|contend|maintain|observe|stress|name|list|present)s?\b|\bas (?:the )?(?:author|writer|talukdar|she) (?:sees?|puts?) it\b|\b(?:article|piece|paper|essay|analysis|commentary) (?:describe|characteri[sz]e|portray|depict|present|cast|label|assess|regard|view|see)s?\b/i,
    () => ({ kind: "author" }),
  ],
];

/** Words for citing and what is cited. */
const SOURCE_WORDS = new Set(
  "source sources cite cites cited citing citation citations reference references endnote endnotes footnote footnotes note notes".split(
    " ",
  ),
);

/** What a named work did: "What did the Hindustan Times report / write / say …". */
const REPORTING_WORDS = new Set(
  "report reports reported reporting write writes wrote written writing say says said argue argues argued claim claims claimed".split(
    " ",
  ),
);

/**
 * Asked of a cited work the question names ("zagorsky sipri chapter title", "the headline of the
 * RT article"): its own line in the notes (title, outlet, date) answers, not the article's.
 */
export const WORK_LINE_WORDS = new Set(
  "title titled titles headline headlined headlines called named outlet date dated published publication appeared released issued come came".split(
    " ",
  ),
);

/** A subordinate clause before the question itself: "Once X,", "If X,", "With X,", "Given X,", "After X,". */
const LEADING_CLAUSE = leadingClause(
  "once|if|after|when|with|given|now that|since|assuming|supposing|following",
);

/** A lead-in before a colon: "Turning to the Cold War record: what did …", "On the economy: how much …". */
const LEAD_IN =
  /^[^?:;]{3,80}:(?=\s*(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had|can|could|would|will)\b)/i;

const COUNT_WORDS = new Set("two three four five both".split(" "));

/** In a source question, the words for a kind of work and for how the article uses one. */
const CITING_WORDS = new Set([
  ...WORK_NOUNS,
  ..."piece article lean leans leaned leaning rely relies relied relying draw draws drew drawn drawing based quoted referenced reported".split(
    " ",
  ),
]);

/** "endnote 9", "footnote 22", "note no. 3": one endnote of the article. */
const ENDNOTE_REF = /\b(?:end|foot)?notes?\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,3})\b/i;

/** "the section on shifting attitudes", "the security part", "the part about the economy". */
const NAMED_SECTION =
  /\b(?:section|part|chapter|heading)s?\s+(?:on|about|titled|called|headed|named|dealing with|covering|concerning)\s+(?:the\s+)?([^,?;.]+)|\bthe\s+((?:[\p{L}-]+\s+){1,3}?)(?:section|chapter|part(?!\s+of\b))\b/iu;

/**
 * A section of the article named by the words of its heading (stems, or WordNet words of the
 * same meaning): "the section on shifting attitudes" → "Change in Attitude"; the cue and the
 * question's words that named it.
 */
function namedSection(index: AskIndex, text: string): { cue: SectionCue; text: string } | null {
  const m = NAMED_SECTION.exec(text);
  const phrase = m?.[1] ?? m?.[2];
  if (!m || !phrase) return null;
  const keys = contentKeys(phrase);
  let best: { id: string; hits: number } | null = null;
  for (const s of index.sections) {
    const hits = keys.filter(
      (k) => s.keys.includes(k) || relatedKeys(k).some((r) => s.keys.includes(r)),
    ).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { id: s.id, hits };
  }
  return best ? { cue: { kind: "section", id: best.id }, text: m[0] } : null;
}

const METADATA_CUES: [RegExp, Exclude<MetadataCue, null>][] = [
  [
    // "Does the piece reflect the official position of the Council?", "Whose views does it express?"
    new RegExp(
      String.raw`\bdisclaim|\bviews expressed\b|\b(?:official|institutional)\s+(?:views?|positions?|stance|line|opinions?)\b(?=.*\b(?:council|icwa|institution|institute|organi[sz]ation|publisher|think[\s-]?tank)\b)` +
        String.raw`|\b(?:reflect|represent|express|convey)\w*\s+(?:the\s+)?(?:official\s+)?(?:views?|positions?|opinions?|stance|ideas?|thinking)\s+of\s+${PUBLISHER}` +
        String.raw`|\b(?:council|icwa)(?:['’]s)?\s+(?:own\s+|official\s+)?(?:views?|positions?|opinions?|stance|ideas?|thinking)\b` +
        String.raw`|\b(?:endorse\w*|speak\w*\s+for|stand\w*\s+behind|responsible\s+for)\b(?=.*\b(?:council|icwa)\b)` +
        String.raw`|\b(?:council|icwa)\b.*\b(?:endorse\w*|agree\w*\s+with|stand\w*\s+behind|share\w*)\b.*\b(?:views?|opinions?|positions?|article|piece|paper)\b` +
        String.raw`|\bwhose\s+(?:views?|opinions?|positions?)\b(?=.*\b(?:article|piece|paper|essay|expressed|express|it)\b)(?!.*\b(?:on|about|over|towards?)\b)` +
        // "Are the views in the article the author's own?"
        String.raw`|\b(?:views?|opinions?)\b[^?]*\b(?:author|writer|talukdar)['’]s\s+own\b` +
        // "does she say whether her views represent those of her institution?"
        String.raw`|\b(?:her|his|their|the\s+(?:author|writer)['’]?s?)\s+(?:own\s+)?(?:views?|opinions?)\s+(?:\w+\s+){0,2}?(?:represent|reflect|express|speak\s+for)\w*\s+(?:those\s+of\s+)?(?:her|his|their|the)\s+(?:own\s+)?(?:institution|employer|organi[sz]ation|council|think[\s-]?tank|institute)\b`,
      "i",
    ),
    "disclaimer",
  ],
  [
    // "the author's name", not "which economies does the author name" (a verb).
    /\bwho (?:(?:has|had) )?(?:(?:actually|really|exactly|originally) )?(wrote|authored|written|is the author|writes)\b|(?<!\b(?:do|does|did|can|could|would|will|may|might)\s+(?:the\s+)?)\bauthor'?s? (name|affiliation|position|institution|organi[sz]ation|job|title|role|employer)\b(?!\s+(on|about|regarding|towards?|concerning|in|over)\b)|\baffiliat/i,
    "author",
  ],
  [
    /\bwhen (was|is) (it|the article|this article|this|the piece|the paper) (published|written|released)\b|\bpublication date\b|\bdate of (the )?(article|publication)\b|^\s*(?:on\s+|in\s+)?(?:when|(?:what|which) (?:date|day|year|month))\b[^?]*?\b(?:article|piece|paper|essay|commentary|brief|analysis)\b[^?]*?\b(?:published|written|released|posted|issued|come out|came out|appear|appeared)\b/i,
    "published",
  ],
  [
    // "What's the title of this article?", "What is the piece called?", "headline"
    /\b(?:what|which)(?:\s+is|['’]s|\s+was)\s+(?:the|its)\s+(?:(?:exact|full|actual|precise|official|original)\s+)?(?:title|headline|heading)\s*(?:as\s+(?:published|printed|given)\s*)?(?:[?.!]|$)|\b(?:title|headline|heading)\s+of\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,2}?(?:article|piece|paper|essay|commentary|analysis|text|publication)\b|\b(?:article|piece|paper|essay)(?:['’]s)?\s+(?:title|headline|heading)\b|\bheadline\b|\b(?:what|how)\s+(?:is|was)\s+(?:the|this)\s+(?:article|piece|paper|essay|commentary|analysis)\s+(?:called|titled|entitled|named|headed)\b|\bwhat(?:['’]s|\s+is|\s+was)\s+it\s+(?:called|titled|entitled)\b|\bname\s+of\s+(?:the|this)\s+(?:article|piece|paper|essay)\b|\b(?:titled|entitled)\s+what\b|\bwhat\s+(?:title|heading)\s+(?:does|did)\s+(?:it|the|this)\b|\b(?:under\s+(?:what|which)\s+(?:title|headline)|(?:title|headline)\s+under\s+which)\b(?=[^?]*\b(?:this|it|the\s+(?:article|piece|paper|essay|commentary|analysis))\b)/i,
    "title",
  ],
];

/** "Who wrote …" and what follows: the work whose writer is asked for. */
const WHO_WROTE =
  /\bwho\s+(?:(?:has|had)\s+)?(?:(?:actually|really|exactly|originally)\s+)?(?:wrote|authored|written|writes|penned|(?:is|was)\s+the\s+(?:author|writer)\s+of)(?:\s+|\s*,\s*)(.*)$/i;
/** The article itself, as a question names it: "this", "it", "the article", "this ICWA paper". */
const THE_ARTICLE =
  /^(?:it|this|that|this\s+[^?]*|the\s+(?:(?:icwa|council['’]?s?|['‘"“]?reset['’"”]?|russia[-–]japan|russo[-–]japanese|talukdar['’]?s?)\s+){0,3}(?:article|piece|paper|essay|analysis|commentary|brief|text)(?:\s+(?:on|about|asking|that\s+asks|which\s+asks|titled|entitled|called|headlined)\b[^?]*)?|(?:the\s+)?["'“‘][^"'”’]*["'”’])\s*[?.!]*\s*$/i;
/** Words that ask about the article's notes rather than the article. */
const NOTES_ASKED = /\b(?:cited?|cites|citing|endnotes?|footnotes?|notes?|sources?|referenced|quoted)\b/i;

/**
 * Whether "who wrote …" asks for the writer of a work the article cites: one it names (by
 * publication or author), a quoted title other than the article's, a work described otherwise
 * than as the article ("the Brookings piece"), or one the question says is cited.
 */
function writerOfCitedWork(index: AskIndex, text: string, namesWork: boolean, afterPart: boolean): boolean {
  // Up to the next part of the question: "who wrote the analysis, and where does she work?"
  // "Who wrote, and where, the argument …": the object follows the coordinated question word.
  const asked = WHO_WROTE.exec(text);
  const object = asked?.[1]
    ?.replace(/^\s*,?\s*(?:and\s+)?(?:where|when|why|how)\s*,\s*/i, "")
    .split(/\s*(?:[,;]|[?!](?=\s)|\band\b(?=\s+(?:what|where|when|why|how|who|which|is|does|did|was)\b))/i)[0]
    ?.trim();
  if (object === undefined) return false;
  if (namesWork || NOTES_ASKED.test(object)) return true;
  // "Which country is Russia getting closer to? Who wrote that?": after a question of its own,
  // "that" points back to what answers it, whose cited work is asked for, not the article.
  const before = text.slice(0, asked?.index ?? 0);
  if (
    /^(?:that|this|it|so)\b/i.test(object) &&
    (afterPart || (/[?.!]\s*$/.test(before) && contentKeys(before).length >= 2))
  )
    return true;
  const quoted = /["“‘']([^"”’']{6,})["”’']/.exec(object)?.[1];
  if (quoted) {
    const title = index.claimsOfLine.title[0]?.quote ?? "";
    return !contentKeys(title).join(" ").includes(contentKeys(quoted).join(" "));
  }
  return object !== "" && !THE_ARTICLE.test(object);
}

/** "What is the author's answer?", "how does she answer it", "what verdict does the piece reach". */
const TITLE_ANSWERED =
  /\b(?:what|which|how)\b[^?]*\b(?:answers?|answered|verdict|reply|replies|responds?|conclusion|concludes?)\b(?![^?]*\b(?:title|headline)\b)|\b(?:does|did|do)\s+(?:the\s+)?(?:author|writer|article|piece|she)\s+(?:ever\s+|actually\s+|really\s+)?answer\b/i;

/** The words of a question that names the title to ask what answers it: no content of their own. */
const TITLE_FRAMING = new Set(
  "title titles headline ask asks asked asking pose poses posed question questions".split(" "),
);

/** Words that ask for a work the article cites: "which source", "what book", "does she lean on". */
const CITED_WORK_ASKED =
  /\b(?:cited?|cites|citing|endnotes?|footnotes?|sources?|referenced|lean\w*\s+on|rel(?:y|ies|ied)\s+on|draw\w*\s+on)\b|\b(?:which|what|whose)\s+(?:works?|books?|stud(?:y|ies)|reports?|publications?)\b/i;

/** A question about the author's work or post: it names her (or "the author") and asks where or what. */
const ABOUT_AUTHOR = /\b(author|writer|talukdar|indrani|she|her)\b/i;
const AUTHOR_POST =
  /\b(who|(?<!\b(?:which|what|whose|the|a|one|that|this|cited|other)\s+)works?|based|affiliat\w*|position|post(?!-)|institution|institute|organi[sz]ation|job|employ\w*|fellow|council|icwa|think tank)\b/i;

/**
 * "Her position on the islands" asks for a view, not for her post; "China's position in the
 * region" is someone else's position; "how does the author position Russia" is what she does.
 */
const STANCE_ON =
  /\b(position|view|stance)\s+(on|about|regarding|towards?|concerning|over)\b|\b(?:does|do|did|would|will)\s+(?:the\s+)?(?:author|writer|talukdar|she)\s+position\b|\b(?!(?:author|writer|talukdar|indrani|her)\b)[\p{L}-]+['’]s?\s+(?:position|post|role|job|title)\b/iu;

/** A date the asker gives to be checked: "is that the right date?", "my timeline has …". */
const DATE_CHECKED =
  /\b(?:was|is)\s+(?:that|it)\s+(?:in\s+|around\s+|about\s+|back\s+in\s+)?(?:\d{4}|the\s+(?:early\s+|late\s+|mid-?)?\d{2,4}s)\s*(?:\?|$)|\bI\s+think\s+it\s+was\b|\bor\s+(?:was|is)\s+(?:it|that)\s+(?:a(?:nother)?|some\s+other|a\s+different)\s+(?:year|month|date|time)\b|\b(?:is|was)\s+(?:that|this|it)\s+(?:the\s+)?(?:right|correct|accurate)\b|\bis\s+(?:that|this|it)\s+the\s+(?:year|date|month)\s+(?:that\s+)?(?:the\s+)?(?:article|piece|author|text|writer)\s+(?:gives|says|uses|has|puts)\b|\b(?:right|correct|accurate)\s+(?:date|year|month)\b|\bmy\s+(?:timeline|notes?|draft|list|chart|source|book)\s+(?:has|says|gives|puts|shows|lists|dates)\b|\b(?:what|which)\s+(?:month\s+and\s+year|month|year|date)\s+does\s+(?:the\s+)?(?:article|piece|author|text|writer)\s+(?:give|say|use|put)\b|\b(?:does|did)\s+(?:the\s+)?(?:article|piece|author|text|writer|paper)\s+(?:date|place|put|set)\b[^?]*\b(?:to|in|at)\s+(?:the\s+)?(?:\d{4}|\d{1,2}(?:st|nd|rd|th)\s+century|(?:early\s+|late\s+|mid-?)?\d{2,4}s)\b/i;

/** "Since this article came out", "after it was published": a time the article cannot speak of. */
const AFTER_PUBLICATION =
  /\b(?:since|after)\s+(?:(?:this|the|its)\s+(?:article|piece|paper|essay|analysis|brief|commentary)\s+|it\s+)(?:came out|appeared|was (?:published|written|released|issued|posted))\b|\b(?:since|after)\s+(?:its|the article's|the piece's)\s+publication\b/i;

/** A capitalised word joined by a hyphen to a number: "Sakhalin-1", "Geneva-2", "MiG-29", "G-8". */
const NUMBERED_NAME = /(?<![\p{L}\d-])(\p{Lu}[\p{L}]*)[-‐‑](\d{1,3})(?![\d\p{L}-])/gu;
const numberedKey = (name: string, n: string) => `${name.toLowerCase()}${Number(n)}`;
const numbered = new WeakMap<AskIndex, Set<string>>();

/** Endings that make an adjective or a follower of a name ("Tsarist", "Leninism", "Putinist"). */
const DERIVED_ENDINGS = ["ist", "ists", "ism", "ian", "ite", "ites"];

/** Whether the article writes a word made from this one (less a plural "s") by such an ending. */
function nameOfDerived(index: AskIndex, folded: string): boolean {
  const base = folded.replace(/s$/, "");
  return base.length >= 4 && DERIVED_ENDINGS.some((e) => index.foldedWords.has(base + e));
}

/** Honorifics written before a name, beside the offices the catalogue gives its people. */
const HONORIFICS = ["dr", "mr", "mrs", "ms", "prof", "professor", "sir"];
const titleWordsOf = new WeakMap<AskIndex, Set<string>>();

/** The words of titles a name may follow: the catalogue's offices ("Prime Minister"), their short forms, honorifics. */
function titleWords(index: AskIndex): Set<string> {
  let out = titleWordsOf.get(index);
  if (out) return out;
  out = new Set([...HONORIFICS, ...OFFICE_ABBREVIATIONS]);
  for (const record of index.entities.all) {
    if (record.row.type !== "actor") continue;
    const details = storedFields.actor(record);
    for (const title of [details.role ?? "", ...(details.roles ?? []).map((r) => r.title)])
      for (const w of title.toLowerCase().split(/[^\p{L}]+/u)) if (w && w !== "of" && w !== "the") out.add(w);
  }
  titleWordsOf.set(index, out);
  return out;
}

/** The numbered names the article writes (its sentences, endnotes and entity names), as keys. */
/** A word then a number after a space, in any case ("sakhalin 1"): a numbered name when the article numbers that word. */
const NUMBERED_AFTER_NAME = /(?<![\p{L}\d-])(\p{L}{3,})\s(\d{1,3})(?![\d\p{L}-])/gu;
const numberedWordsOf = new WeakMap<AskIndex, Set<string>>();

/** The names the article writes with a number after them ("sakhalin" of "Sakhalin 2"). */
function numberedStems(index: AskIndex): Set<string> {
  let out = numberedWordsOf.get(index);
  if (!out) {
    out = new Set(
      [...numberedNames(index)]
        .map((k) => k.replace(/\d+$/, ""))
        // a name's word ("sakhalin"), not English's ("the 2", "around 6", "article 9")
        .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !isEnglishWord(w)),
    );
    numberedWordsOf.set(index, out);
  }
  return out;
}

function numberedNames(index: AskIndex): Set<string> {
  let out = numbered.get(index);
  if (out) return out;
  out = new Set();
  const texts = [
    ...index.claims.flatMap((c) => [c.sentence, c.quote, c.noteText]),
    ...index.entities.all.flatMap((r) => [r.row.name, ...r.aliases.map((a) => a.text)]),
  ];
  const any = /(?<![\p{L}\d])(\p{L}+)[-‐‑ ]?(\d{1,3})(?!\d)/gu;
  for (const t of texts) for (const m of t.matchAll(any)) out.add(numberedKey(m[1] ?? "", m[2] ?? ""));
  numbered.set(index, out);
  return out;
}

/** "timeframe", "flashpoints": two English words written as one. */
function isEnglishCompound(folded: string): boolean {
  for (let i = 3; i <= folded.length - 3; i++)
    if (isEnglishWord(folded.slice(0, i)) && isEnglishWord(folded.slice(i))) return true;
  return false;
}

/** Whether an English word is an article's word (four letters or more) with a short ending ("west" → "western"). */
function derivedFromArticleWord(index: AskIndex, folded: string): boolean {
  for (let cut = 1; cut <= 3 && folded.length - cut >= 4; cut++)
    if (index.foldedWords.has(folded.slice(0, -cut))) return true;
  return false;
}

/**
 * Whether a word at this offset starts a sentence of the text ("… a peace treaty. According to
 * the report …"), where a capital says nothing of a name.
 */
export const startsSentence = (text: string, at: number): boolean =>
  /(?:^|[.?!:;]["'”’)]*)\s*["'“‘(]*$/u.test(text.slice(0, at));

/** Prefixes English writes before a hyphen ("co-manage", "anti-piracy", "non-aligned", "ex-premier"). */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(
  "co non anti pre post re semi multi inter ex sub pro counter mid neo pan quasi bi tri de un mis self cross trans ultra mega".split(
    " ",
  ),
);

/**
 * Combining forms of nations' names, before a hyphen and a nation's adjective ("Sino-Russian",
 * "Russo-Japanese"); before anything else they may be a name's ("Indo-Pacific").
 */
export const COMBINING_FORMS: ReadonlySet<string> = new Set(
  "sino russo indo nippo anglo franco euro afro".split(" "),
);

/** Whether the word at `w` is a prefix before a hyphen, or a nation's combining form before a nation's adjective. */
export function hyphenPrefix(text: string, w: Word): boolean {
  const after = /^[-‐‑](\p{L}+)/u.exec(text.slice(w.index + w.original.length));
  if (!after) return false;
  if (HYPHEN_PREFIXES.has(w.folded)) return true;
  return COMBINING_FORMS.has(w.folded) && demonymState((after[1] ?? "").toLowerCase()) !== null;
}

/** Whether a word is half of a hyphenated English word ("op-ed" is "oped", "tie-up" is "tieup"). */
function inHyphenCompound(text: string, qs: Word[], i: number): boolean {
  const w = must(qs[i], `word ${i}`);
  const joined = (a: Word, b: Word) =>
    /^[-‐‑]$/u.test(text.slice(a.index + a.original.length, b.index)) && isEnglishWord(a.folded + b.folded);
  const before = qs[i - 1];
  const after = qs[i + 1];
  return (before !== undefined && joined(before, w)) || (after !== undefined && joined(w, after));
}

/** The cited works a question names (publication or author), outside the names it links to entities. */
/** A word of a work's name as typed: itself, or a slip of a name that is no English word ("brookins"). */
const sameNameWord = (typed: string, name: string): boolean =>
  typed === name || (name.length >= 6 && !isEnglishWord(typed) && correctSpelling(typed, [name]) === name);

/** The words of the cited works' names that a typed word is (sameNameWord), worked out once per word and index. */
const nameWordsOf = perIndex<string, Set<string>>(20_000);
const NO_NAME_WORDS: Set<string> = new Set();
function nameWordsTyped(index: AskIndex, typed: string): Set<string> {
  return nameWordsOf(index).get(typed, () => {
    const out = new Set<string>();
    for (const name of new Set([...index.workTitles.flat(), ...index.workNames.flat()]))
      if (sameNameWord(typed, name)) out.add(name);
    return out.size ? out : NO_NAME_WORDS;
  });
}

/** A word's spelling fix and its slip in English, by the article's words (folded): remembered per index. */
const spellingFixes = perIndex<string, string | null>(20_000);
const englishSlips = perIndex<string, string | null>(20_000);

function worksNamed(
  index: AskIndex,
  qs: Word[],
  linked: Set<number>,
): { text: string; keys: string[]; positions: number[] }[] {
  const out: { text: string; keys: string[]; positions: number[] }[] = [];
  // A name of several words may hold a word linked alone ("Moscow" of "the Moscow Times").
  const taken = new Set<number>();
  // The name words each typed word is, looked up once per word.
  const typed = qs.map((w) => nameWordsTyped(index, w.folded));
  const { names, byFirstWord, empty } = workNamesByFirstWord(index);
  // Only a name whose first word some typed word is can stand anywhere: the others are passed
  // over, and the rest tried in the same order.
  const tried = new Set<number>(empty);
  for (const words of typed) for (const w of words) for (const n of byFirstWord.get(w) ?? []) tried.add(n);
  // A title of common words typed in lower case ("Russo-Japanese relations") is the phrase, not
  // the work, unless the question speaks of what the article cites.
  const aboutSources = SOURCE_CUE.test(qs.map((w) => w.original).join(" "));
  for (const n of [...tried].sort((a, b) => a - b)) {
    const name = must(names[n], "a cited work's name");
    for (let i = 0; i + name.length <= qs.length; i++) {
      if (!matchesName(name, i, taken, linked, typed)) continue;
      // A short surname ("Lo") only as a name is written.
      if (name.length === 1 && (name[0]?.length ?? 0) < 4 && !/^\p{Lu}/u.test(qs[i]?.original ?? ""))
        continue;
      const span = name.map((_, k) => i + k);
      if (
        n < index.workTitles.length &&
        !aboutSources &&
        span.some((p) => {
          const w = qs[p];
          return (
            w !== undefined && w.folded.length > 3 && !/^\p{Lu}/u.test(w.original) && isEnglishWord(w.folded)
          );
        })
      )
        continue;
      for (const p of span) taken.add(p);
      const text = span.map((p) => qs[p]?.original ?? "").join(" ");
      // The name's own stems, however it was typed.
      const keys = name.filter((f) => !STOPWORDS.has(f)).map(stem);
      out.push({ text, keys, positions: span });
    }
  }
  // "the Financial Times" for the notes' "FT": capitalised words whose initials are a cited
  // publication's acronym.
  for (let i = 0; i < qs.length; i++) {
    const run: number[] = [];
    for (let k = i; k < qs.length && run.length < 6; k++) {
      const w = qs[k];
      if (!w || taken.has(k)) break;
      // Not a small word or a name linked otherwise ("From Tokyo's point of view" is no "FT").
      if (/^\p{Lu}/u.test(w.original) && !STOPWORDS.has(w.folded) && !linked.has(k)) run.push(k);
      else if (!(run.length > 0 && /^(?:of|and|for|the)$/.test(w.folded))) break;
      const initials = run.map((p) => qs[p]?.folded[0] ?? "").join("");
      if (run.length >= 2 && index.workAcronyms.has(initials)) {
        const span = Array.from({ length: k - i + 1 }, (_, j) => i + j);
        for (const p of span) taken.add(p);
        out.push({
          text: span.map((p) => qs[p]?.original ?? "").join(" "),
          keys: [stem(initials)],
          positions: span,
        });
        break;
      }
    }
  }
  return out;
}

/** Words of a question about what the article cites. */
const SOURCE_CUE =
  /\b(?:cite[sd]?|citing|citations?|sources?|endnotes?|notes?|papers?|pieces?|reports?|books?|journals?|essays?|study|studies|titled|titles?|headlines?|wrote|written|authored|author\s+of|authors)\b/i;

/** The cited works' names (titles, then names), and the positions of those each word begins: once per index. */
const workNameStarts = new WeakMap<
  AskIndex,
  { names: string[][]; byFirstWord: Map<string, number[]>; empty: number[] }
>();
function workNamesByFirstWord(index: AskIndex) {
  let known = workNameStarts.get(index);
  if (!known) {
    const names = [...index.workTitles, ...index.workNames];
    const byFirstWord = new Map<string, number[]>();
    const empty: number[] = [];
    names.forEach((name, n) => {
      const first = name[0];
      if (first === undefined) empty.push(n);
      else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), n]);
    });
    known = { names, byFirstWord, empty };
    workNameStarts.set(index, known);
  }
  return known;
}

/** Whether a work's name stands at position i, on words no other name took (or, for one word, no linked name). */
function matchesName(
  name: string[],
  i: number,
  taken: Set<number>,
  linked: Set<number>,
  typed: Set<string>[],
): boolean {
  for (let k = 0; k < name.length; k++)
    if (taken.has(i + k) || (name.length < 2 && linked.has(i + k))) return false;
  for (let k = 0; k < name.length; k++) if (!typed[i + k]?.has(name[k] ?? "")) return false;
  return true;
}

/**
 * "Nichiro (Japan–Russia) relations": a word the asker explains in brackets right after it by
 * names the article uses is the thing those names name; not one described ("Kishida (Japan's
 * foreign minister)"), which is still a name the article lacks.
 */
function glossed(index: AskIndex, text: string, w: Word): boolean {
  const gloss = /^\s*\(([^()]{2,60})\)/.exec(text.slice(w.index + w.original.length))?.[1];
  return (
    gloss !== undefined &&
    !/['’]s\b/.test(gloss) &&
    words(gloss).every(
      (g) => /^\p{Lu}/u.test(g.original) && index.vocabulary.has(g.key) && g.folded !== w.folded,
    )
  );
}

/** The text with a phrase (any case) blanked to spaces, so that every position stays. */
function blankedText(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  return at < 0 ? text : blanked(text, [at, at + phrase.length]);
}

/** Two times as one span from the earlier to the later, if the second is another time. */
function spanWith(first: TimeConstraint, second: TimeConstraint | null): TimeConstraint {
  if (!second || !first.from || !first.to || !second.from || !second.to || second.from === first.from)
    return first;
  return {
    text: `${first.text} and ${second.text}`,
    from: [first.from, second.from].sort()[0] ?? first.from,
    to: [first.to, second.to].sort()[1] ?? first.to,
  };
}

/** Reads a question with the index of the dataset it is asked of. */
export function interpret(index: AskIndex, question: string, respelling = true): Interpretation {
  // "I'm reading about the Kuril dispute. What did Putin say about the 1956 Declaration?": the
  // statement before is background; the question alone says what is asked.
  const asked = withoutPreamble(index, question);
  if (asked !== question) return { ...interpret(index, asked, respelling), question };
  // "Quick fact check - how old …", "Hi there! Who …", "Just curious: …": the asker's aside
  // before the question asks nothing ("quick" is no time, "check" no verification).
  const unaside = question.replace(ASIDE, "");
  if (unaside !== question && contentKeys(unaside).length > 0)
    return { ...interpret(index, unaside, respelling), question };
  // "okay so …", "um …", "uh well …": a speaker's fillers before the question say nothing.
  const unfilled = question.replace(FILLERS, "");
  if (unfilled !== question && contentKeys(unfilled).length > 0)
    return { ...interpret(index, unfilled, respelling), question };
  // "What year was the Action Plan signed - 2004?", "When did Gorbachev meet Kaifu, 1989?": the
  // asker's guess after a question for a time is to be checked, not asked about.
  const unguessed = question.replace(TIME_GUESSED, "$1?");
  if (unguessed !== question) return { ...interpret(index, unguessed, respelling), question };
  // "For the cover note, I want to quote the paper's framing exactly: what headline question …?":
  // what the asker says of themselves before a colon asks nothing.
  const unled = question.replace(ASKERS_LEAD_IN, "");
  if (unled !== question && contentKeys(unled).length > 0)
    return { ...interpret(index, unled, respelling), question };
  // "Was it Defence Minister Shoigu who said …?": whom the asker guesses is to be checked; who
  // said it is asked.
  // "Where does the ROK fit in the security section?": what role it plays there.
  const role = question.replace(
    FITS_IN,
    (_, aux: string, party: string, into?: string) =>
      `what role ${aux.toLowerCase()} ${party} play${into ? " in" : ""}`,
  );
  if (role !== question) return { ...interpret(index, role, respelling), question };
  const uncleft = question.replace(CLEFT_WHO, "Who $1");
  if (uncleft !== question) return { ...interpret(index, uncleft, respelling), question };
  // "Abe-san", "Putin-shi": a Japanese honorific after a name is no word of the name.
  const unhonoured = question.replace(HONORIFIC, "");
  if (unhonoured !== question) return { ...interpret(index, unhonoured, respelling), question };
  // "True or false: …", "Fill in the blank: … '________ Asian power'": a quiz's frame around a
  // statement is a statement to bear out, or the passage that fills the blank.
  const unframed = withoutQuizFrame(question);
  if (unframed !== question) return { ...interpret(index, unframed, respelling), question };
  // "Seoul: how do Russia's and Japan's relations with South Korea compare?": a name as a label
  // before the question, named again in it, is said once.
  const unlabelled = withoutRepeatedLabel(index, question);
  if (unlabelled !== question) return { ...interpret(index, unlabelled, respelling), question };
  // "Did Putin or Lavrov say …?": which of them did it is asked.
  const either = whichOfTwo(index, question);
  if (either !== question) return { ...interpret(index, either, respelling), question };
  // "out in the Soviet, sorry, the Russian Far East": the asker's correction replaces what it corrects.
  const corrected = question.replace(SELF_CORRECTION, "");
  if (corrected !== question) return { ...interpret(index, corrected, respelling), question };
  // "wat did putin say abt the islands": chat's shorthand is read as the English it stands for.
  const plain = fromChat(question, (w) => index.foldedWords.has(w) || index.names.match(w).length > 0);
  if (plain !== question) return { ...interpret(index, plain, respelling), question };
  // "acc. to the author", "econ ties", "asia-pac": short forms written out.
  const written = withShortFormsWritten(question);
  if (written !== question) return { ...interpret(index, written, respelling), question };
  // "nineteen fifty six", "twenty thirteen", "article nine": numbers as speech transcribes them.
  const digits = withSpokenNumbers(question, (w) => index.names.match(w).length > 0);
  if (digits !== question) return { ...interpret(index, digits, respelling), question };
  // "who did gorbachov meet in 91", "the 56 deal": a year typed in two digits is read in full.
  const fullYears = withFullYears(question);
  if (fullYears !== question) return { ...interpret(index, fullYears, respelling), question };
  // "So Russia floated a shared-management idea, right? What was the catch?": the asker's premise,
  // put as a tag question, sets the scene for the question after it.
  const premised = withPremiseAsScene(question);
  if (premised !== question) return { ...interpret(index, premised, respelling), question };
  // "Compare what Russia and what Japan each gain": each party's gain is asked alone.
  const each = withEachAsked(question);
  if (each !== question) return { ...interpret(index, each, respelling), question };
  // "What does Russia get from Japan, and Japan from Russia?": the second clause leaves out the
  // verb it shares with the first; it is a question of its own.
  const ungapped = withGapFilled(question);
  if (ungapped !== question) return { ...interpret(index, ungapped, respelling), question };
  const whole = read(index, question, null);
  // A question with slips in its words is read as it would be written without them: every
  // check then sees "according", not "accroding". The question stays as asked.
  if (respelling && whole.respelt) return { ...interpret(index, whole.respelt, false), question };
  const pieces = question
    .split(SPLIT)
    .flatMap((p) => (QUESTION_START.test(p.trim()) ? p.split(DASH_SPLIT) : [p]))
    .map((p) => p.trim())
    // "… i can't find a date": the asker's own remark after the question asks nothing.
    .filter((p, i) => i === 0 || !ASKERS_REMARK.test(p.replace(TAG_END, "")))
    .filter((p) => contentKeys(p).length > 0);
  // "Which source, and which page, backs the claim …?": a first part that asks a bare "which
  // source" shares the rest's clause; the question is one.
  const parts = pieces.length > 1 && contentKeys(pieces[0] ?? "").length > 1 ? readParts(index, pieces) : [];
  // "The most recent development the article reports" is answered by date, not by its words.
  const fallback =
    whole.entities.length === 0 && whole.intent === "general" && !whole.metadata && !asksLatest(whole);
  return extend(whole, { question, parts, fallback, explanation: explain(whole, parts, fallback, index) });
}

/** A tag that asks only to be told so: "…, right?", "…, isn't it?" ("I think it's a question, right?" is a remark). */
const TAG =
  "(?:right|correct|yeah|no|isn['’]t\\s+(?:it|that\\s+so)|aren['’]t\\s+they|wasn['’]t\\s+it|weren['’]t\\s+they|didn['’]t\\s+(?:it|they|he|she)|doesn['’]t\\s+(?:it|she|he))";
const TAG_END = new RegExp(`,?\\s+${TAG}\\s*\\?\\s*$`, "i");

/**
 * A premise the asker checks in passing, then the question: "X, right? What …", "X, isn't it? So
 * why …", "X — Tsarist, communist … — and what's her verdict?", "The footnote gives figures for
 * 2010 and 2012, but what was …?", "Putin and Mori met in 2001; which city …?" (group 1: the premise).
 */
const PREMISE = new RegExp(
  `^(?!\\s*(?:what|which|who|whom|whose|when|where|why|how|does|did|do|is|are|was|were|has|have|had|can|could|will|would)\\b)(.{12,}?)(?:,?\\s+${TAG}\\s*\\?\\s+(?:so\\s+|and\\s+|but\\s+)?|\\s+[—–]\\s*,?\\s*(?:and|but|so)\\s+|,\\s*but\\s+|\\s*;\\s*(?:and\\s+|but\\s+|so\\s+)?)(?=(?:what|which|who|whom|whose|when|where|why|how)\\b)`,
  "iu",
);

/** The question with its premise as a scene before a dash ("X — what was the catch …?"). */
function withPremiseAsScene(question: string): string {
  const m = PREMISE.exec(question);
  if (!m?.[1]) return question;
  const asked = question.slice(m[0].length);
  // "What" after the dash is no name's word ("Fukushima — What")
  return `${m[1].replace(/[\s,—–-]+$/, "")} — ${asked.charAt(0).toLowerCase()}${asked.slice(1)}`;
}

/** "… what does A get from B, and B from A?": a clause, then "and" with a pair of its own and no verb. */
const GAPPED =
  /\b(what|which|how\s+much|how)\s+(does|do|did|can|could|would|will|should)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)?)\s+([\p{L}]+(?:\s+(?:out|up|back|in))?)\s+(from|to|for|with|of|on|about|towards?)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)?)\s*,?\s+and\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)?)\s+(from|to|for|with|of|on|about|towards?)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)?)\s*([?.!]*)\s*$/iu;

/** The question with a gapped second clause written out ("…, and what does Japan get from Russia?"). */
export function withGapFilled(question: string): string {
  const m = GAPPED.exec(question);
  if (!m) return question;
  const [, wh, aux, party, verb, , thing, other, prep2, object] = m;
  if (
    !wh ||
    !aux ||
    !party ||
    !verb ||
    !thing ||
    !other ||
    !prep2 ||
    !object ||
    STOPWORDS.has(other.toLowerCase())
  )
    return question;
  // The pattern is case-blind, so its names of two words take any second word, and "and" may
  // join two things asked about rather than two parties: "what did Lavrov say about Russian oil
  // and gas exports to Japan?" has no second clause. A second word is a name's (capitalised,
  // where the question capitalises names), and the second party is a name.
  const capitalises = /\p{Lu}/u.test(question.slice(1));
  const wordsOf = (phrase: string) => phrase.replace(/^the\s+/i, "").split(/\s+/);
  const secondWordFits = (phrase: string) =>
    wordsOf(phrase).every((w, i) => i === 0 || (capitalises && /^\p{Lu}/u.test(w)));
  const named = capitalises ? /^(?:the\s+)?\p{Lu}/u.test(other) : wordsOf(other).length === 1;
  if (!named || ![party, thing, other, object].every(secondWordFits)) return question;
  const first = question.slice(0, m.index) + m[0].replace(/\s*,?\s+and\s+[\s\S]*$/, "");
  return `${first}, and ${wh.toLowerCase()} ${aux.toLowerCase()} ${other} ${verb} ${prep2} ${object}?`;
}

/**
 * "What Russia and what Japan each gain from the relationship", "what do Russia and Japan each
 * get out of it": one verb shared by two parties, each asked alone (groups: the wh-word, the
 * parties, the verb and what follows).
 */
const EACH_ASKED =
  /\b(what|how\s+much)\s+(?:(?:do|does|did|would|will|could)\s+)?((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+and\s+(?:what\s+)?((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+each\s+(\p{Ll}+)\b([^?.!]*)[?.!]*\s*$/u;

/** The question asked of each party alone ("what does Russia gain …, and what does Japan gain …?"). */
export function withEachAsked(question: string): string {
  const m = EACH_ASKED.exec(question);
  if (!m) return question;
  const [, wh, a, b, verb, rest] = m;
  if (!wh || !a || !b || !verb || rest === undefined) return question;
  const lead = question.slice(0, m.index);
  const ask = (party: string) => `${wh.toLowerCase()} does ${party} ${verb}${rest.replace(/\s+$/, "")}`;
  return `${lead}${ask(a)}, and ${ask(b)}?`;
}

/**
 * A word or name the asker takes back, with its article: "the Soviet, sorry, ", "Putin — I mean, ",
 * "Tokyo, or rather ". A name of two capitalised words goes whole ("the Soviet Union, sorry, ").
 */
const SELF_CORRECTION =
  /(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:\b\p{Lu}[\p{L}'’-]*\s+)?\b\p{L}[\p{L}'’-]*\s*(?:,|\s[—–-])\s*(?:[Ss]orry|I\s+mean|[Oo]r\s+rather)\s*[,—–-]?\s+(?=\p{L})/u;

/** Languages a question may name the wording it asks about in. */
const LANGUAGES: ReadonlySet<string> = new Set(
  "english german french latin russian japanese chinese korean greek italian spanish dutch".split(" "),
);
/** Nouns for a piece of wording. */
const WORDING_NOUNS =
  /^(?:words?|terms?|names?|titles?|phrases?|expressions?|labels?|loanwords?|spellings?|translations?|renderings?|versions?|wordings?|equivalents?)$/;

/**
 * "the English title", "what English name", "a German loanword": a language naming the wording the
 * question asks about, no topic of the article's. (English is the article's own; a loanword is
 * English's too. Another language's name or title is one the article does not give, so it stays
 * unknown: "the German name for the Kurils".)
 */
function languageOfWording(qs: Word[], i: number): boolean {
  const lang = qs[i]?.folded ?? "";
  const noun = qs[i + 1]?.folded ?? "";
  if (!LANGUAGES.has(lang) || !WORDING_NOUNS.test(noun)) return false;
  return lang === "english" || /^loanwords?$/.test(noun);
}

/** What English adds to a word of a family ("-ist", "-ization", "-s"), or nothing (a stem may end early). */
const ENGLISH_ENDING =
  /^(?:|e|s|es|d|ed|ing|er|ers|or|ors|ly|al|ally|ic|ics|ical|ism|isms|ist|ists|ity|ities|ize|ise|ized|ised|izes|ises|ization|isation|ation|ations|ion|ions|ian|ians|an|ans|ese|ness|ment|ments|ive|ives|ous|y|ies|ied|ship|hood)$/;

/** An option's letter or numeral: "(a) ", "b) ", "(iii) ". */
const OPTION_MARK = /(?:^|(?<=[\s:,;—–-]))\(?(?:[a-e]|i{1,3}|iv)\)\s+/gi;

/**
 * The spans of a question's options, as withoutQuizFrame marks them ("• 600,000, • 1.2 million"
 * for "(a) 600,000, (b) 1.2 million"): each from its bullet to the next, the last to the end; none
 * unless there are two or more.
 */
export function optionSpans(text: string): [number, number][] {
  const marks = [...text.matchAll(/•\s/g)].map((m) => m.index);
  if (marks.length < 2) return [];
  return marks.map((from, i) => [from, marks[i + 1] ?? text.length]);
}

/** A remark of the asker's own, not a question ("i can't find a date", "I think it was 1993"). */
const ASKERS_REMARK = /^(?:i|i['’]m|im|i['’]ve|ive|i['’]d|my)\s+(?!.*\?\s*$)/i;

/** Sentences: a full stop, "!" or "?" after a word of two small letters or more ("St. Petersburg" stays whole). */
const SENTENCE_END = /(?<=[\p{Ll}\d]{2}['’"”)]?[.!?]['’"”)]?)\s+(?=[\p{Lu}'‘"“])/u;

/**
 * The sentences that ask (end in "?"), where some do: "The article spells his first name 'Sergie'.
 * Which threats did he …?" asks nothing of the statement before it.
 */
export function askingSentences(text: string): string {
  const asking = text
    .trim()
    .split(SENTENCE_END)
    .filter((s) => /\?\s*$/.test(s));
  return asking.length > 0 ? asking.join(" ") : text;
}

/**
 * The question without the asker's remarks about it ("What did they agree? I gather it was about
 * soldiers and sailors, not just talk."): what the remark mentions is not what is asked for.
 */
export function withoutAskersRemarks(text: string): string {
  const sentences = text.trim().split(SENTENCE_END);
  const asked = sentences.filter((s) => !ASKERS_REMARK.test(s));
  return asked.length > 0 && asked.length < sentences.length ? asked.join(" ") : text;
}

/** A word pointing back to something said before ("Who was he?", "what did it say?"). */
const POINTS_BACK = /\b(he|she|it|its|his|her|him|they|them|their|this|that|these|those|there|then)\b/i;

/**
 * The question without the statements before it, when they are background: the question ends
 * the text, every sentence before it is a statement, and the question names something of its
 * own and points back to nothing ("I read that a senior Russian diplomat laid down a condition.
 * Who was he?" keeps its statement).
 */
/**
 * The English word a word not in the question's names slipped from ("accroding" → "according"),
 * `""` when it is a slip from several, null when it is no slip. A word WordNet lists (a place
 * or thing as "crimea", a proper adjective as "scottish") is none. Where the question
 * capitalises its names, from five letters on. In a question all in lower case, a word one slip
 * from one English word ("sumit"; not "kerry", one from "berry" and "merry") is a slip from five
 * letters on, and from four when the word it slipped from is the article's ("agre"); one slip
 * from several, from seven.
 */
function slipOf(index: AskIndex, folded: string, capitalisesNames: boolean): string | null {
  // A word WordNet lists is a word, not a slip: "scottish" (SCOWL writes it "Scottish") is no
  // slip from "sottish".
  if (partsOfSpeech(folded).size > 0) return null;
  const slip = englishSlips(index).get(`5|${folded}`, () => englishSlip(folded, index.foldedWords, 5));
  if (slip !== null && !(slip === "" && !capitalisesNames && folded.length < 7)) return slip;
  if (capitalisesNames || folded.length !== 4) return null;
  return englishSlips(index).get(`article4|${folded}`, () => {
    const from = englishSlip(folded, index.foldedWords, 4);
    return from && index.foldedWords.has(from) ? from : null;
  });
}

/**
 * Two words typed as one ("peacetreaty", "russiaand"): the one way to cut it into two of the
 * article's words of three letters or more (or an article word and "and", "the", "of"), else null.
 */
function splitJoined(folded: string, articleWords: { has(word: string): boolean }): string | null {
  if (folded.length < 7 || !/^[a-z]+$/.test(folded)) return null;
  const cuts: string[] = [];
  for (let k = 2; k <= folded.length - 2; k++) {
    const [a, b] = [folded.slice(0, k), folded.slice(k)];
    const ok = (x: string) => (x.length >= 3 && articleWords.has(x)) || /^(?:and|the|of|to|in)$/.test(x);
    if (ok(a) && ok(b) && (a.length >= 4 || b.length >= 4)) cuts.push(`${a} ${b}`);
  }
  return cuts.length === 1 ? (cuts[0] ?? null) : null;
}

/** A name and a colon or dash before the question: "Seoul: how …", "Lavrov - what did he say …". */
const NAME_LABEL = /^\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*(?::|\s[-–—])\s+(?=\S)/u;

/** The question without a name label before it, when the question names the same thing again. */
function withoutRepeatedLabel(index: AskIndex, question: string): string {
  const m = NAME_LABEL.exec(question);
  if (!m?.[1]) return question;
  const labelled = new Set(index.linker.link(m[1], null).map((l) => l.entityId));
  if (labelled.size === 0) return question;
  const rest = question.slice(m[0].length);
  return index.linker.link(rest, null).some((l) => labelled.has(l.entityId)) ? rest : question;
}

/** "Did A or B say …", "was it A or B who …": two people, one of whom did it. */
const EITHER_DID =
  /^\s*(?:did|does|do)\s+([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?)\s+or\s+([\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?)\s+([a-z]+)\b/iu;

function whichOfTwo(index: AskIndex, question: string): string {
  const m = EITHER_DID.exec(question);
  if (!m?.[1] || !m[2] || !m[3]) return question;
  const person = (name: string) =>
    index.linker.link(name, null).some((l) => index.entities.byId.get(l.entityId)?.row.kind === "person");
  if (!person(m[1]) || !person(m[2])) return question;
  return `Who ${pastTense(m[3].toLowerCase())}${question.slice(m.index + m[0].length)}`;
}

/** A quiz's frame: "True or false: …", "Fact or fiction? …"; "Fill in the blank(s): …", "Fill in: …", "Complete the quote: …". */
const TRUE_OR_FALSE =
  /^\s*(?:true\s*(?:or|\/)\s*false|fact\s+or\s+fiction|right\s+or\s+wrong)(?:[-\s]?ish)?\s*[:,?.!\-\u2013\u2014]*\s*/i;
/** A statement checked of the author's judgement: "the author concludes that …" (the rest is judged). */
const AUTHOR_HOLDS =
  /^\s*(?:as\s+written,\s*)?(?:the\s+)?(?:author|writer|she|talukdar)\s+(?:concludes|thinks|believes|argues|holds|judges|suggests|claims|feels|maintains|contends)\s+(?:that\s+)?/i;
/** A statement checked of what the article says: "as written, the article places …", "the article says that …". */
const ARTICLE_HOLDS =
  /^\s*(?:as\s+written,\s*)?(?:the\s+)?(?:article|piece|paper|text)\s+(?:says|states|claims|reports|places|puts|describes|portrays|presents|gives|calls|names|dates)\s+(?:that\s+)?/i;
const FILL_IN =
  /^\s*(?:fill\s+in\s+the\s+(?:blanks?|gaps?)|fill\s+the\s+(?:blanks?|gaps?)|complete\s+(?:the|this)\s+(?:quote|quotation|sentence|phrase|statement)|(?:fill\s+in|complete|cloze)\s*(?=[:\u2013\u2014]|\s-))\s*[:,.!\-\u2013\u2014]*\s*/i;
/**
 * An aside that opens a question and is closed by a dash, a colon, a comma or a stop: a
 * greeting, "quick question", "fact check", "just curious", "one more thing".
 */
const ASIDE =
  /^\s*(?:(?:hi|hello|hey)(?:\s+there)?|(?:a\s+)?(?:quick|simple|short|silly|dumb|random|honest|serious|basic|general|last|final|another|follow[-\s]?up)\s+(?:question|one|query|check|fact[-\s]?check)|(?:quick\s+)?fact[-\s]?check|just\s+(?:checking|curious|wondering)|out\s+of\s+curiosity|one\s+more(?:\s+(?:thing|question))?|question|query)(?:\s+for\s+(?:the|my|our|a|an)\s+[\p{L}\s'’-]{1,30}?)?\s*(?:[:,.!\u2013\u2014]|\s-)[\s:,.!\u2013\u2014-]*/iu;

/** A lead-in before a colon in which the asker speaks of themselves ("I want to quote …:", "For my notes:"). */
const ASKERS_LEAD_IN =
  /^[^?:;]{0,100}?\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|my|we|we['’]re|our|me|us)\b[^?:;]*:\s*(?=(?:what|which|who|whom|whose|when|where|why|how)\b)/;

/**
 * "Where does the ROK fit in the security section", "how does South Korea fit into it", "where does
 * India come in": a party's place in an account is the role it plays there (group 1: the
 * auxiliary, 2: the party, 3: "in" or "into" after the verb).
 */
const FITS_IN =
  /\b(?:where|how)\s+(does|do|did)\s+((?:(?!\b(?:fit|fits|come|comes)\b)[^?,;])+?)\s+(?:fit|come\s+in)\b(?:\s+(in(?:to)?)\b)?/i;

/** "Was it Lavrov who said …", "Is it President Putin that wants …" (group 1: what the person did). */
const CLEFT_WHO =
  /^\s*(?:[Ww]as|[Ii]s)\s+it\s+(?:really\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:who|that)\s+(?=\p{Ll})(.+)$/u;

/** A question for a time, then a year guessed after a dash or a comma (group 1: the question). */
const TIME_GUESSED =
  /^(\s*(?:when\b|(?:in\s+)?(?:what|which)\s+(?:year|month|date|day)\b)[^?]*?)(?:\s[-–—]\s*|,\s*(?:or\s+|maybe\s+|perhaps\s+|was\s+it\s+|is\s+it\s+)?)(?:in\s+)?(?:\d{4}|the\s+(?:early\s+|late\s+|mid-?)?\d{2,4}s)\s*\??\s*$/i;

/** A Japanese honorific written after a name with a hyphen: "Abe-san", "Putin-shi", "Mori-sensei". */
const HONORIFIC = /(?<=\p{L}{2})-(?:san|sama|shi|kun|sensei|dono)(?![\p{L}-])/giu;

/** Spoken fillers opening a question: "okay so", "um", "uh well", "alright so". */
const FILLERS = /^\s*(?:(?:okay|ok|um+|uh+|erm?|hmm+|alright|all\s+right|well|so)\b[\s,.…]*)+(?=\p{L})/iu;

/** A task that opens a brief's question: "Confirm whether …", "Summarise …", "Double-check what …", "Give me …". */
const TASK =
  /^\s*(?:in\s+(?:one|a|two|a\s+few|your\s+own)\s+(?:sentences?|words?|lines?)\s*,?\s*)?(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:confirm|verify|double[-\s]?check|check|clarify|establish|determine|find\s+out|summari[sz]e|outline|recap|sum\s+up|(?:teach|tell|show)\s+me(?:\s+about)?|explain|describe|state|identify|list|bullet[-\s]?point|(?:give|get|find|fetch)(?:\s+me)?|pull\s+up|quote|discuss|indicate|compare(?=\s+(?:what|how|why|which|who)\b))\s+(?=\p{L})/iu;

/** A polite opening before an instruction: "please", "can you", "could you", "would you". */
const POLITE = "^\\s*(?:[Pp]lease\\s+)?(?:(?:[Cc]an|[Cc]ould|[Ww]ould)\\s+you\\s+)?";

/**
 * "Quote Putin on the Senkaku Islands dispute", "Quote Mori's words at his 2001 meeting with Putin",
 * "Quote Putin's phrase about …": groups 1, the person (a capitalised name), 2, "word for word" or the
 * like, 3, the preposition, 4, the rest.
 */
const QUOTE_ORDER = new RegExp(
  `${POLITE}[Qq]uote\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*?)(?:['’]s\\s+(?:own\\s+)?(?:exact\\s+)?(?:words?|phrase|remarks?|lines?|comments?|statements?))?(\\s+(?:word\\s+for\\s+word|verbatim|exactly|directly))?\\s+(on|about|at|when|regarding|concerning|in|during)\\s+(.+?)[\\s.!?]*$`,
  "u",
);

/** "Compare A with B" (or against, versus): groups 1 and 2, the two sides. */
const COMPARE_ORDER = new RegExp(
  `${POLITE}compare\\s+(?!(?:what|how|why|which|who)\\b)(.+?)\\s+(?:with|against|versus|vs\\.?)\\s+(.+?)[\\s.!?]*$`,
  "iu",
);

/** "Compare what … with how …": two clauses compared (groups 1 and 2), each a question of its own. */
const COMPARE_CLAUSES = new RegExp(
  `${POLITE}[Cc]ompare\\s+((?:what|how|why|which|who|where|when)\\b.+?)\\s+(?:with|and|against|to)\\s+((?:what|how|why|which|who|where|when)\\b.+?)[\\s.!?]*$`,
  "u",
);

/** Nouns "with" completes ("relations with Russia"): no second side of a comparison after them. */
const WITH_COMPLEMENT =
  /\b(?:relations?|relationships?|ties|links|cooperation|co-operation|trade|dealings|disputes?|quarrels?|partnerships?|talks|agreements?|contacts?|engagement)$/i;

/** "Name South Korea's president in 2013": a name's possession (group 1) to be named. */
const NAME_ORDER = new RegExp(
  `${POLITE}[Nn]ame\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s\\s+[^?]+?)[\\s.!?]*$`,
  "u",
);

/** A person asked for by office or role ("the president", "the Japanese PM who …", "the author"). */
const PERSON_ASKED =
  /\b(?:president|minister|premier|pm|leader|chairman|ambassador|author|writer|reporter|journalist|editor|official|diplomat|negotiator|envoy|head|chief|person|people)s?\b/i;

/**
 * A worksheet's numbering before its question ("Q9 (two parts):", "3.", "Question 4 -", "Item 2)"),
 * and the letters of its sub-questions ("(a) What … (b) What …").
 */
const NUMBERING =
  /^\s*(?:(?:q|question|item|no\.?|#|exercise|task)\s*\d{1,3}[a-z]?|\d{1,2}[a-z]?[.)])\s*(?:\([^)]{0,30}\))?\s*[:.)\-\u2013\u2014]?\s+(?=\S)/i;
const SUB_QUESTION =
  /(^|[\s?.:;,])\((?:[a-d]|i{1,3}|iv)\)\s+(?=(?:what|which|who|whom|whose|when|where|why|how|does|did|do|is|are|was|were|has|have|had|can|could|will|would|name|list|give|state|explain|describe|identify)\b)/gi;

/** "the reading", "the passage": a worksheet's words for the article ("what does the reading say"). */
const WORKSHEET_TEXT = /\b(the|this)\s+(?:reading|passage|handout|extract|excerpt)\b(?!\s+(?:list|of)\b)/gi;

/**
 * A quiz's or a brief's label before the question, closed by a colon: "Round 1, easy starter:",
 * "Two-parter on the byline:", "For the history section of the memo:".
 */
const LABEL =
  /^(?!\s*(?:what|which|who|whom|whose|when|where|why|how|does|did|do|is|are|was|were|has|have|had|can|could|will|would)\b)\s*[^:?]{0,60}?\b(?:round\s+\d+|starter|bonus|two[-\s]?parter|three[-\s]?parter|tie[-\s]?breaker|quiz|memo|briefing|for\s+the\s+record|for\s+my\s+notes|(?:byline|fact|quote|name|date|source|spelling|figure|number)[-\s]?check)\b[^:?]{0,40}:\s*(?=\S)/i;

/** A blank to fill: a run of underscores, or of dots or dashes standing for a missing word. */
const BLANK = /\s*(?:_{2,}|\.{3,}|\u2026|-{3,})\s*/g;

/** "Name the …", "Besides Japan, name the other …", "name of the …": which one is asked. */
const NAME_THE =
  /(^\s*|,\s*)(?:(?:can|could)\s+you\s+|please\s+)?(?:name|identify)\s+(?:of\s+)?(?:the|a|an)\s+(?=\p{L})/iu;
const WORK_AUTHOR_NAMED =
  /\b(?:name|identify)\s+(?:of\s+)?(?:the|a|an)\s+(?:writer|author|reporter|journalist|columnist|source|newspaper|outlet|website|publication|publisher)s?\b/i;
/** "Name Japan's defence minister …": whose it is, then what. */
const NAME_WHOSE = /^\s*(?:(?:can|could)\s+you\s+|please\s+)?(?:name|identify)\s+(?=\p{L}+['’]s\s)/iu;

function withoutQuizFrame(question: string): string {
  const numbered = NUMBERING.exec(question);
  if (numbered) return question.slice(numbered[0].length);
  const lettered = question.replace(SUB_QUESTION, (_, before: string) => before);
  if (lettered !== question && lettered.trim()) return lettered.trim();
  // "(a) 600,000, (b) 1.2 million": an option's letter is no word of it; a bullet marks where it starts.
  const marks = [...question.matchAll(OPTION_MARK)];
  if (marks.length >= 2) return question.replace(OPTION_MARK, "• ");
  const worksheet = question.replace(WORKSHEET_TEXT, "$1 article");
  if (worksheet !== question) return worksheet;
  // "Name the reporter and the newspaper cited for …": a cited work's author is asked as it stands.
  const named = WORK_AUTHOR_NAMED.test(question)
    ? null
    : (NAME_THE.exec(question) ?? /^\s*name\s+of\s+(?:the\s+)?/i.exec(question));
  if (named) {
    const rest = question.slice(named.index + named[0].length).replace(/[\s.!]+$/, "");
    const lead = question.slice(0, named.index) + (named[1] ?? "");
    return `${lead}${lead.trim() ? "which" : "Which"} ${rest}${rest.endsWith("?") ? "" : "?"}`;
  }
  const whose = NAME_WHOSE.exec(question);
  if (whose) {
    const rest = question.slice(whose[0].length).replace(/[\s.!]+$/, "");
    return `What is ${rest}${rest.endsWith("?") ? "" : "?"}`;
  }
  const label = LABEL.exec(question);
  if (label) return question.slice(label[0].length);
  // "Names of the Japanese firms going into the Far East?": a keyword question for names.
  const names = /^\s*(?:the\s+)?names\s+of\s+(?=\p{L})/iu.exec(question);
  if (names) return `What are the names of ${question.slice(names[0].length)}`;
  // An instruction for someone's words: "Quote Putin on the Senkaku dispute", "Quote Mori's words at
  // his 2001 meeting" ask what that person said there.
  const quote = QUOTE_ORDER.exec(question);
  // "… word for word" stays: the very words are asked for (answerability's VERBATIM_ASKED).
  if (quote?.[1] && quote[3] && quote[4])
    return `What did ${quote[1]} say ${quote[3].toLowerCase()} ${quote[4]}${quote[2] ? `,${quote[2]}` : ""}?`;
  // "Compare what Russia invited Japanese firms to do with how Japan responded": two questions.
  const clauses = COMPARE_CLAUSES.exec(question);
  if (clauses?.[1] && clauses[2])
    return `${clauses[1].charAt(0).toUpperCase()}${clauses[1].slice(1)}, and ${clauses[2]}?`;
  // "Compare the Soviet line of 1960 with Putin's 2001 line": how the two differ. Not where "with"
  // completes a noun ("Compare South Korea's relations with Russia and with Japan").
  const compare = COMPARE_ORDER.exec(question);
  if (compare?.[1] && compare[2] && !WITH_COMPLEMENT.test(compare[1]))
    return `How do ${compare[1]} and ${compare[2]} differ?`;
  // "Name South Korea's president in 2013": who holds an office, else what it is.
  const name = NAME_ORDER.exec(question);
  if (name?.[1]) return `${PERSON_ASKED.test(name[1]) ? "Who" : "What"} is ${name[1]}?`;
  // A brief's task: "Confirm whether the author expects …" asks whether; "Confirm what Putin
  // signalled …" asks what; "Summarise Japan's energy links …" asks what they are.
  const task = TASK.exec(question);
  if (task) {
    const rest = question.slice(task[0].length).replace(/[\s.!]+$/, "");
    const end = rest.endsWith("?") ? "" : "?";
    if (/^(?:whether|if|what|who|whom|whose|when|where|why|how|which)\b/i.test(rest))
      return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}${end}`;
    if (rest.length >= 8) return `What is ${rest}${end}`;
  }
  const truth = TRUE_OR_FALSE.exec(question);
  if (truth) {
    const statement = question.slice(truth[0].length).replace(/[\s?.!]+$/, "");
    // "the author concludes that the reset has been achieved": her judgement is checked;
    // "as written, the article places the Senkakus in …": what it says, in its own words.
    const judged = AUTHOR_HOLDS.exec(statement);
    if (judged) return `Is it true that ${statement.slice(judged[0].length)}, in the author's judgement?`;
    const said = ARTICLE_HOLDS.exec(statement);
    if (said && statement.length - said[0].length >= 8)
      return `Is it true that ${statement.slice(said[0].length)}?`;
    if (statement.length >= 8) return `Is it true that ${statement}?`;
  }
  const fill = FILL_IN.exec(question);
  if (fill || /_{2,}/.test(question)) {
    // The blank stays, as one run of underscores (no word): the answer's sentence must read so around it.
    const passage = question
      .slice(fill ? fill[0].length : 0)
      .replace(BLANK, (b) => (/^\s/.test(b) ? " ____" : "____") + (/\s$/.test(b) ? " " : ""))
      .replace(/\s+/g, " ")
      .trim();
    if (passage !== question && passage.length >= 8) return passage;
  }
  return question;
}

function withoutPreamble(index: AskIndex, question: string): string {
  const sentences = question.trim().split(SENTENCE_END);
  if (sentences.length < 2) return question;
  const last = sentences.at(-1) ?? "";
  if (!last.trim().endsWith("?") || sentences.slice(0, -1).some((s) => s.trim().endsWith("?")))
    return question;
  if (POINTS_BACK.test(last.replace(/\b(that|this) (is|was)\b/gi, ""))) return question;
  return index.linker.link(last, null).length > 0 ? last : question;
}

/** Each part read alone; a part that names nothing takes the names (and, for "it", the words) of the part before. */
function readParts(index: AskIndex, pieces: string[]): Reading[] {
  const out: Reading[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1) ?? null;
    out.push(read(index, piece, previous));
  }
  // "What does Russia gain and what does Japan gain, according to the conclusion?": a section
  // named at the end is where every part is asked.
  const last = out.at(-1)?.section;
  if (last?.kind === "section") return out.map((r) => (r.section ? r : { ...r, section: last }));
  return out;
}

/** "What's", "who's": the verb, not a possessive ("What's the total population …" is "What is …"). */
const WH_IS = /\b(what|who|where|when|how|why|which|that|there|here)['’]s\b/gi;

function read(index: AskIndex, asked: string, previous: Reading | null): Reading {
  // "how many percent": the article's "per cent", as British English writes it.
  // "what percent of …" asks a percentage of something.
  const text = asked
    .replace(WH_IS, "$1 is")
    .replace(/\b(what|which|how\s+many)\s+percent\b/gi, (_, wh: string) =>
      /^how/i.test(wh) ? "what percentage" : `${wh} percentage`,
    )
    .replace(/\bpercent\b/gi, (m) => (index.foldedWords.has("percent") ? m : "per cent"));
  const { names, linker, entities: catalog } = index;
  const exclusionMatch = EXCLUSION.exec(text);
  // Not "apart from that, what …": a pronoun points back to what the sentence before said, no thing set aside.
  const excluded =
    exclusionMatch !== null &&
    !/^(?:that|this|it|these|those|them)\b/i.test(exclusionMatch[2]?.trim() ?? "") &&
    (exclusionMatch.index < 3 ||
      /\b(else|other|another|further|more)\b/i.test(text) ||
      // "…, besides Japan's economic assets?": a closing phrase after a comma
      (/,\s*$/.test(text.slice(0, exclusionMatch.index)) &&
        /^[\s?.!]*$/.test(text.slice(exclusionMatch.index + exclusionMatch[0].length))))
      ? exclusionMatch
      : null;
  // "Besides China, Japan and India, which …": a list of names is set aside whole.
  const tail = text === text.toLowerCase() ? LIST_TAIL_LOWER : LIST_TAIL;
  const listTail = excluded ? tail.exec(text.slice(excluded.index + excluded[0].length)) : null;
  // The names after the first stay in the words read (an answer may list them with the rest).
  const excludedText = excluded
    ? `${must(excluded[2], "the phrase set aside").trim()}${listTail?.[0] ?? ""}`.trim()
    : null;
  const main = spellPlus(excluded && excludedText ? text.replace(excluded[0], " ") : text);

  const qs = words(main);
  // Names first (without time), so that years inside names are not read as time words.
  const untimed = linker.link(main, null);
  // "Abe went to Moscow in April 2012 — is that the right date?", "My timeline has the
  // Declaration in 1965; what year does the article give?": the date typed is the asker's, to be
  // checked against the article's, no time the answer must be of.
  const dateChecked = DATE_CHECKED.test(main);
  // "I'd always assumed Khrushchev went cold … in 1960. What reason does the article give …?":
  // the asker's own remarks around a question are no part of what it asks; their names and
  // times are the asker's (blanked, so that every position stays as in the question).
  const unremarked = withoutRemarks(main);
  const inRemark = (at: number) => unremarked[at] === " " && main[at] !== " ";
  // "The footnote gives figures for 2010 and 2012 — what was the trade in 2013?": the question's
  // own time before the scene's.
  const preamble = preambleSpan(unremarked);
  const ownTime = preamble ? parseTime(withoutLinkedWords(blanked(unremarked, preamble), untimed)) : null;
  const firstTime = dateChecked ? null : (ownTime ?? parseTime(withoutLinkedWords(unremarked, untimed)));
  // "I've seen this piece under different headings. What is its exact title?": a statement kept
  // before the question (it points back to it) gives its names, not what kind of question it is.
  const sentences = main.trim().split(SENTENCE_END);
  const intent = readIntent(
    sentences.length > 1 && main.trim().endsWith("?") ? (sentences.at(-1) ?? main) : main,
  );
  // "How did the Soviet stance of January 1960 differ from Putin's in 2001?": each side has its
  // own time; the answers may be of either, and of the years between.
  const time =
    intent === "difference" && firstTime
      ? spanWith(firstTime, parseTime(blankedText(withoutLinkedWords(unremarked, untimed), firstTime.text)))
      : firstTime;
  const exact = time ? linker.link(main, time) : untimed;
  const timeAt = time && !/\d{4}/.test(time.text) ? main.toLowerCase().indexOf(time.text) : -1;
  const spanOfWordTime: [number, number] | null =
    time && timeAt >= 0 ? [timeAt, timeAt + time.text.length] : null;
  const covered = new Set(
    exact.flatMap((l) => [
      ...Array.from({ length: l.length }, (_, k) => l.position + k),
      ...(l.repeats ?? []),
    ]),
  );
  const fuzzy = names.link(qs, covered, (w) => !index.foldedWords.has(w.folded));
  const fuzzyCovered = new Set<number>();
  /** Word position → the fuzzy span it belongs to (its first position) and the stems of the alias matched. */
  const fuzzySpan = new Map<number, { start: number; keys: string[] }>();
  for (const f of fuzzy)
    for (let k = 0; k < f.length; k++) {
      fuzzyCovered.add(f.position + k);
      fuzzySpan.set(f.position + k, { start: f.position, keys: contentKeys(f.match.name) });
    }

  // A given name the article leaves out, before a person's name it uses ("Ryutaro Hashimoto",
  // "Sergei Lavrov"): part of the name, not a name the article does not know.
  const givenNames: number[] = [];
  for (const l of [
    ...exact.map((e) => ({ id: e.entityId, at: e.position, length: e.length })),
    ...fuzzy.map((f) => ({ id: f.entityId, at: f.position, length: f.length })),
  ]) {
    // "Hashimoto Ryutaro", "Abe Shinzo": the given name after the family name, as Japanese writes it.
    const after = qs[l.at + l.length];
    if (
      after &&
      catalog.byId.get(l.id)?.row.kind === "person" &&
      /^\p{Lu}\p{Ll}+$/u.test(after.original) &&
      !covered.has(l.at + l.length) &&
      !index.vocabulary.has(after.key) &&
      !isEnglishWord(after.folded) &&
      // not the first piece of a name typed in two ("Xi Jin Ping")
      !index.foldedWords.has(`${after.folded}${qs[l.at + l.length + 1]?.folded ?? ""}`)
    ) {
      covered.add(l.at + l.length);
      givenNames.push(l.at + l.length);
    }
    const before = qs[l.at - 1];
    if (
      before &&
      catalog.byId.get(l.id)?.row.kind === "person" &&
      /^\p{Lu}\p{Ll}+$/u.test(before.original) &&
      !covered.has(l.at - 1) &&
      !fuzzyCovered.has(l.at - 1) &&
      !index.vocabulary.has(before.key)
    ) {
      covered.add(l.at - 1);
      // "Shinzou Abe": the person's own given name, misspelt, is a word of the name read.
      const record = catalog.byId.get(l.id);
      const given = [record?.row.name ?? "", ...(record?.aliases ?? []).map((a) => a.text)].flatMap(
        (n) => words(n)[0]?.folded ?? [],
      );
      if (given.some((g) => g !== before.folded && nameDistance(g, before.folded) <= maxDistance(g.length)))
        fuzzyCovered.add(l.at - 1);
    }
  }

  const info = (id: string) => must(catalog.byId.get(id), `the catalogue's entity ${id}`).row;
  const surfaceOf = (position: number, length: number) =>
    qs
      .slice(position, position + length)
      .map((w) => w.original)
      .join(" ");
  let entities: (LinkedEntity & { position: number })[] = [
    ...exact.map((l: Link) => ({
      id: l.entityId,
      name: info(l.entityId).name,
      type: info(l.entityId).type,
      surface: l.surface,
      via: l.form,
      position: l.position,
    })),
    ...fuzzy
      .filter((f) => !exact.some((l) => l.entityId === f.entityId))
      .map((f) => ({
        id: f.entityId,
        name: info(f.entityId).name,
        type: info(f.entityId).type,
        surface: surfaceOf(f.position, f.length),
        via: "fuzzy" as const,
        distance: f.match.distance,
        position: f.position,
      })),
  ]
    // Not a name of the asker's own remark ("I grew up when Soviet and Japanese forces only met on radar screens.")
    .filter((e) => !inRemark(qs[e.position]?.index ?? -1))
    .sort((a, b) => a.position - b.position);
  // "the two countries", "both capitals": the two states the article is about, unless named.
  const pair = THE_TWO.exec(main);
  const pairRead =
    pair !== null && index.mainPair.length === 2 && !entities.some((e) => index.mainPair.includes(e.id));
  if (pair && pairRead) {
    const at = qs.findIndex((w) => w.index >= pair.index);
    for (const id of index.mainPair)
      entities.push({
        id,
        name: info(id).name,
        type: info(id).type,
        surface: pair[0],
        via: "metonym",
        position: at,
      });
    for (let k = 0; k < 2; k++) covered.add(at + k);
  }
  // Cited works named ("the Moscow Times"): a work's name holds no entity the article speaks of.
  const works = worksNamed(index, qs, covered);
  const inWork = new Set(works.flatMap((w) => w.positions));
  entities = entities.filter((e) => !inWork.has(e.position));
  // "Once a peace treaty is in place, what could …", "With China on the rise, what does Abe
  // want …": the clause before the question sets the scene; what it names is not asked about,
  // when the question names something of its own.
  const leading = LEADING_CLAUSE.exec(main) ?? LEAD_IN.exec(main);
  let scene: LinkedEntity[] = [];
  if (leading) {
    const end = leading.index + leading[0].length;
    const inScene = (e: { position: number }) => (qs[e.position]?.index ?? end) < end;
    if (entities.some((e) => !inScene(e))) {
      scene = entities.filter(inScene).map(({ position: _, ...e }) => e);
      entities = entities.filter((e) => !inScene(e));
    }
  }
  for (const p of inWork) covered.add(p);

  // Words of the question the article does not know.
  const unrecognized: Unrecognized[] = [];
  const corrected = new Map<number, string>();
  /** Words joined to the next into a word of the article ("jin ping" → "jinping"), by position. */
  const joined = new Map<number, string>();
  const runs: { words: Word[]; known: boolean }[] = [];
  let lastNameAt = -2;
  const capitalisesNames = qs.some((x) => !startsSentence(main, x.index) && /^\p{Lu}/u.test(x.original));
  // "What Did Putin Say About The 1956 Declaration?": a question in Title Case capitalises its
  // English words too; a capital there says nothing of a name.
  // Its small words are capitals too ("Did", "About", "The"), as no name's are.
  const titleCase =
    qs.filter((x) => !startsSentence(main, x.index) && STOPWORDS.has(x.folded) && /^\p{Lu}/u.test(x.original))
      .length >= 2;
  let run: { words: Word[]; known: boolean } | null = null;
  qs.forEach((w, i) => {
    const capitalised =
      !startsSentence(main, w.index) &&
      /^\p{Lu}/u.test(w.original) &&
      w.original.length > 1 &&
      !(titleCase && isEnglishWord(w.folded));
    // The prefix of a hyphenated word ("co-manage", "non-aligned") is no word of its own.
    const prefix = hyphenPrefix(main, w);
    const inTime = spanOfWordTime !== null && w.index >= spanOfWordTime[0] && w.index < spanOfWordTime[1];
    if (
      prefix ||
      covered.has(i) ||
      STOPWORDS.has(w.folded) ||
      /^\d/.test(w.folded) ||
      inTime ||
      inRemark(w.index)
    ) {
      run = null;
      return;
    }
    // "xi jin ping": a name of the article typed in two pieces is that name.
    const next = qs[i + 1];
    if (
      joined.has(i - 1) ||
      (next &&
        !index.foldedWords.has(w.folded) &&
        !isEnglishWord(w.folded) &&
        `${w.folded}${next.folded}`.length >= 5 &&
        index.foldedWords.has(`${w.folded}${next.folded}`) &&
        /^\s+$/.test(main.slice(w.index + w.original.length, next.index)) &&
        joined.set(i, `${w.folded}${next.folded}`))
    ) {
      run = null;
      return;
    }
    const known =
      fuzzyCovered.has(i) ||
      inHyphenCompound(main, qs, i) ||
      glossed(index, main, w) ||
      DOCUMENT_WORDS.has(w.folded) ||
      // "former Russian FM Losyukov": an office's short form, whoever the article gives it to.
      OFFICE_ABBREVIATIONS.has(w.folded) ||
      // "its policies incl. its relationship with russia": English's own short forms.
      ENGLISH_ABBREVIATIONS.has(w.folded) ||
      // "the Russian MFA": a foreign ministry, known by its minister (answerability checks which)
      MINISTRY_ABBREVIATIONS.has(w.folded) ||
      // "Feb 2013", "in nov 2013": a month cut short is a time, not a name.
      isMonthWord(w.folded) ||
      // "the English title", "a German loanword": the language of a wording asked about.
      languageOfWording(qs, i) ||
      // "the Background section": a word of a heading of the article's
      index.sections.some((s) => s.keys.includes(w.key)) ||
      index.vocabulary.has(w.key) ||
      index.foldedWords.has(w.folded) ||
      // (a capitalised word, by an English ending: "Navalny" is no word of the article's "naval")
      (capitalised
        ? index.familyEndings(w.folded).some((e) => ENGLISH_ENDING.test(e))
        : index.hasFamily(w.folded)) ||
      // "the Tsars" of the article's "Tsarist": a name its adjective is made from
      nameOfDerived(index, w.folded) ||
      relatedKeys(w.key).some((k) => index.vocabulary.has(k));
    // A word known only as the start of one of the article's ("declaraton" of "declar…") is a
    // slip when it is no English word and one letter away from the article's word: put right,
    // it links the name it belongs to ("the soviet-japanese declaraton").
    if (
      known &&
      !index.vocabulary.has(w.key) &&
      !index.foldedWords.has(w.folded) &&
      !fuzzyCovered.has(i) &&
      !isEnglishWord(w.folded)
    ) {
      const fix = spellingFixes(index).get(w.folded, (f) => correctSpelling(f, index.foldedWords));
      if (fix) corrected.set(i, fix);
    }
    let name = false;
    if (!known) {
      // An English word is no misspelling; an abbreviation of a name the article has is known.
      // Two English words written as one ("timeframe") are no name where the question
      // capitalises its names and not this word ("the treaty of portsmouth" may be a name).
      // Nor, where the question capitalises its names, a word in lower case that WordNet knows
      // ("the dyad", "a rapprochement"): a rarer word than the dictionary lists, not a name.
      const english =
        isEnglishWord(w.folded) ||
        (capitalisesNames &&
          !capitalised &&
          (isEnglishCompound(w.folded) || partsOfSpeech(w.folded).size > 0));
      // "Western" of the article's "West": an English word made from one the article uses.
      if (english && capitalised && derivedFromArticleWord(index, w.folded)) {
        run = null;
        return;
      }
      const fix =
        britishSpelling(w.folded, index.foldedWords) ??
        (english ? null : spellingFixes(index).get(w.folded, (f) => correctSpelling(f, index.foldedWords)));
      // A slip in an English word ("accroding", "docmuent") is no name, unless written as one.
      // Where the question capitalises its names, a short word in lower case is no name either
      // ("were the meetings a sucess?").
      const slip = english || fix || capitalised ? null : slipOf(index, w.folded, capitalisesNames);
      // "peacetreaty", "russiaand": two of the article's words typed without the space between.
      const split =
        english || fix || capitalised || slip !== null ? null : splitJoined(w.folded, index.foldedWords);
      if (fix) corrected.set(i, fix);
      else if (slip !== null) {
        if (slip) corrected.set(i, slip);
      } else if (split) corrected.set(i, split);
      else if (
        (capitalised || !english) &&
        !isAcronymOfArticle(index, w.original) &&
        // "icwa" in a question written all in lower case
        !(
          !capitalisesNames &&
          (w.original.length >= 4 || !isEnglishWord(w.folded)) &&
          isAcronymOfArticle(index, w.original.toUpperCase())
        )
      )
        name = true;
    }
    if (name) {
      // Unknown words next to each other are one name: "Donald Trump", "Fumio Kishida".
      const last = unrecognized.at(-1);
      // (Not across a list's punctuation: "• Nagato, • Sapporo" are two options, two names.)
      const before = qs[i - 1];
      const adjacent =
        lastNameAt === i - 1 &&
        before !== undefined &&
        !/[,;•/()[\]]/.test(main.slice(before.index + before.original.length, w.index));
      if (last && adjacent) last.text = `${last.text} ${w.original}`;
      else unrecognized.push({ text: w.original, kind: "name" });
      lastNameAt = i;
      run = null;
      return;
    }
    if (capitalised) {
      // A comma or other stop between two capitalised words ends a name: "the Tsars, Communism".
      const last = run?.words.at(-1);
      if (last && /[,;:()]/.test(main.slice(last.index + last.original.length, w.index))) run = null;
      if (!run) {
        run = { words: [], known: true };
        runs.push(run);
      }
      run.words.push(w);
    } else run = null;
  });
  // A run of capitalised known words that no passage of the article uses together is a name
  // the article does not know ("United Nations", "Eastern Economic Forum").
  const titles = titleWords(index);
  for (const r of runs) {
    // A nation's adjective describes the name after it ("Russian LNG"): it is no part of it.
    while (r.words.length > 0 && demonymState(r.words[0]?.folded ?? "")) r.words.shift();
    // So does a title before a name ("PM Shinzo Abbe", "Prime Minister Abbe", "Dr Talukdar").
    // A title's word one slip away is one too ("Prime Minster Abe").
    while (
      r.words.length > 1 &&
      (titles.has(r.words[0]?.folded ?? "") || nearWordOf(titles, r.words[0]?.folded ?? ""))
    )
      r.words.shift();
    if (r.words.length < 2) continue;
    // A misspelt name counts as the alias it was read as; a run that is one such name is known.
    const spans = new Set(r.words.map((w) => fuzzySpan.get(qs.indexOf(w))?.start ?? `w${qs.indexOf(w)}`));
    if (spans.size < 2) continue;
    const keys = r.words.flatMap((w) => fuzzySpan.get(qs.indexOf(w))?.keys ?? [w.key]);
    // "Financial Times" where the article writes "FT" (an acronym it writes as a word, not the
    // initials of "President Putin" that "Pacific Partnership" shares).
    const acronym = initials(r.words.map((w) => w.original));
    if (index.acronyms.has(acronym) && index.foldedWords.has(acronym.toLowerCase())) continue;
    // "North Korean" of the article's "North Korea", "Russian Far East" of its "Russia's Far East".
    if (!index.cooccur(keys) && !index.cooccur(keys.map((k) => k.replace(/(?<=[aeiou])n$/, ""))))
      unrecognized.push({ text: r.words.map((w) => w.original).join(" "), kind: "name" });
  }
  // A name with a number is a name of its own: "Sakhalin-1" is not Sakhalin, "Su-35" no Su.
  // "sakhalin 1", "Sakhalin 1" beside the article's "Sakhalin 2": a number the article writes its
  // name with, another number is another thing, however typed.
  const numberedAsTyped = [
    ...allMatches(NUMBERED_NAME, unremarked),
    ...allMatches(NUMBERED_AFTER_NAME, unremarked).filter((m) =>
      numberedStems(index).has((m[1] ?? "").toLowerCase()),
    ),
  ];
  for (const m of numberedAsTyped) {
    const key = numberedKey(m[1] ?? "", m[2] ?? "");
    if (numberedNames(index).has(key) || unrecognized.some((u) => u.text === m[0])) continue;
    const alone = unrecognized.findIndex((u) => u.text === m[1]);
    if (alone >= 0) unrecognized.splice(alone, 1);
    unrecognized.push({ text: m[0], kind: "name" });
  }
  if (time && !touchesTime(index, time)) unrecognized.push({ text: time.text, kind: "time" });
  // "Did the talks resumed in 2013 produce a treaty by 2016?": every year named must be one the
  // article touches, not only the one read as the question's time.
  for (const m of dateChecked
    ? []
    : withoutLinkedWords(unremarked, untimed).matchAll(/\b(1[89]\d{2}|20\d{2})\b(?!s)/g)) {
    const year = Number(m[1]);
    const from = time?.from ? Number(time.from.slice(0, 4)) : null;
    const to = time?.to ? Number(time.to.slice(0, 4)) : null;
    if (from !== null && to !== null && year >= from && year <= to) continue;
    // "the post-1945 acquisition": the year bounds an open time the article touches, no time of
    // its own. Not "before 1945", which asks of a time bounded by that year.
    if (time && /^(?:post|pre)\b/.test(time.text) && time.text.includes(String(year))) continue;
    if (!index.years.has(year) && !unrecognized.some((u) => u.text.includes(String(year))))
      unrecognized.push({ text: String(year), kind: "time" });
  }
  // What happened after the article was written is not in it.
  const later = AFTER_PUBLICATION.exec(main);
  if (later) unrecognized.push({ text: later[0], kind: "time" });
  // Where an unrecognized name stands: its first word ("Dokdo" of "Dokdo Takeshima", typed
  // "Dokdo/Takeshima"); and which of some spans of the question holds it (-1 for none).
  const spanOf = (u: Unrecognized, spans: readonly (readonly [number, number])[]) => {
    const at = main.indexOf(u.text.split(" ")[0] ?? "");
    return at < 0 ? -1 : spans.findIndex(([from, to]) => at >= from && at < to);
  };
  const drop = (aside: (u: Unrecognized) => boolean) => {
    for (let i = unrecognized.length - 1; i >= 0; i--) {
      const u = unrecognized[i];
      if (u && aside(u)) unrecognized.splice(i, 1);
    }
  };
  // "its quarrel with the ROK (Dokdo/Takeshima, history)": names the asker adds in brackets, beside
  // a name the article knows, are an aside; what the question asks about is outside them.
  const brackets = [...main.matchAll(/\(([^()]*)\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const inBrackets = (at: number) => brackets.some(([from, to]) => at >= from && at < to);
  if (brackets.length && entities.some((e) => e.position >= 0 && !inBrackets(qs[e.position]?.index ?? -1)))
    drop((u) => u.kind === "name" && spanOf(u, brackets) >= 0);
  // "(a) a professor at Jawaharlal Nehru University, (b) a Research Fellow at the ICWA": a name
  // in one of a question's options is an alternative it offers, unknown if false; the question
  // asks which option the article bears out, while some option names nothing unknown.
  const options = optionSpans(main);
  if (options.length >= 2) {
    const withUnknown = new Set(unrecognized.map((u) => spanOf(u, options)).filter((i) => i >= 0));
    if (withUnknown.size < options.length) drop((u) => spanOf(u, options) >= 0);
  }
  for (const i of fuzzyCovered) covered.add(i);

  // Names a part leaves implicit come from the part before ("… and why does that matter").
  if (previous && entities.length === 0) entities = previous.entities.map((e) => ({ ...e, position: -1 }));
  // So does the work it points back to ("Who wrote 'Senkaku Islands tensions …', and when did it come out?").
  if (
    previous &&
    works.length === 0 &&
    entities.every((e) => e.position === -1) &&
    /\b(?:it|its)\b/i.test(text)
  )
    works.push(...previous.works.map((w) => ({ ...w, positions: [] })));

  // Both of "the two countries" are subjects; neither speaks for the question.
  // So are two states named together ("were russia and japan ever allies", "Russia-Japan ties").
  const joint = jointStates(index, main, qs, entities);
  // Names a part takes from the part before speak for it only through a pronoun of a party
  // ("… and what did he say"): in "… and what axis does it undermine?" "it" is the ties.
  const partyPronoun = /\b(?:he|she|they|him|her|them|his|their)\b/i.test(text);
  const actors = entities.filter(
    (e) =>
      e.type === "actor" &&
      !(pairRead && index.mainPair.includes(e.id)) &&
      !joint.has(e.id) &&
      (e.position >= 0 || partyPronoun),
  );
  const people = actors.filter((e) => catalog.byId.get(e.id)?.row.kind === "person");
  // "What kind of relationship with Japan does Russia say it wants?": the one before the verb of
  // saying speaks, whichever is named first.
  const sayer = actors.find((e) =>
    new RegExp(
      `\\b(?:does|did|do|has|have)\\s+(?:the\\s+)?${escapeRegExp(e.surface)}\\s+(?:(?:himself|herself|itself|themselves|personally|ever|actually|really|publicly|officially)\\s+)?(?:say|said|state|stated|declare|declared|announce|announced|claim|claimed|tell|told)\\b`,
      "i",
    ).test(main),
  );
  const speaker =
    intent === "meeting"
      ? (people[0]?.id ?? null)
      : intent === "statement" || intent === "position" || intent === "figure" || intent === "general"
        ? (sayer?.id ?? actors[0]?.id ?? null)
        : null;
  const subjects = [...new Set(entities.map((e) => e.id))].filter((id) => id !== speaker);

  const note = ENDNOTE_REF.exec(text);
  // "The title asks whether they are having a 'reset'. What is the author's answer?", "What is
  // the title, and what answer does she give to it?": the article answers its title's question
  // where it concludes, in the title's own words.
  const titleAnswered =
    TITLE_ANSWERED.test(text) &&
    (/\b(?:title|headline)\b/i.test(text) ||
      (previous?.metadata === "title" && /\b(?:it|that)\b/i.test(text)));
  const section: SectionCue | null = note
    ? { kind: "endnote", n: Number(note[1]) }
    : (SECTION_CUES.find(([cue]) => cue.test(text))?.[1](index) ??
      namedSection(index, text)?.cue ??
      (titleAnswered ? { kind: "section", id: "conclusion" } : null));
  // Content words: not covered by a name, not framing, spelling corrected.
  const ownKeys: string[] = [];
  const ownTerms: { key: string; folded: string }[] = [];
  const searchWords: string[] = [];
  // The words of a clause that only dates the question ("when he met Abe in 2013") give its
  // names and time, not what it asks.
  const dating = [...datingClauses(main), ...framingSpans(main)];
  // A decade in words or two digits ("the nineties", "those 90s meetings") is the question's time, no word of its own.
  if (spanOfWordTime) dating.push(spanOfWordTime);
  const named = namedSection(index, main);
  // The words naming a section ("the section on shifting attitudes") point, they do not ask.
  if (named) {
    const at = main.indexOf(named.text);
    if (at >= 0) dating.push([at, at + named.text.length]);
  }
  qs.forEach((w, i) => {
    if (STOPWORDS.has(w.folded)) return;
    if (dating.some(([from, to]) => w.index >= from && w.index < to)) return;
    const fixed = corrected.get(i);
    const key = fixed ? stem(fixed) : w.key;
    if (FRAMING.has(key)) return;
    if (titleAnswered && TITLE_FRAMING.has(w.folded)) return;
    // "Which source …", "what is endnote 9 citing": the words for citing ask for the endnote.
    if (SOURCE_WORDS.has(w.folded) && (intent === "source" || section?.kind === "endnote")) return;
    // "Which newspaper story does the piece lean on": the kind of work and how it is used are
    // what any cited work is; the question's other words say which.
    // "Which two works does the endnote … cite": how many is no word of what it is about.
    if (intent === "source" && (CITING_WORDS.has(w.folded) || COUNT_WORDS.has(w.folded))) return;
    // "When was the USA Today article cited in the notes published?": of a work named, how the
    // article uses it is what any cited work is.
    if (works.length > 0 && (CITING_WORDS.has(w.folded) || SOURCE_WORDS.has(w.folded))) return;
    // "What did the Hindustan Times report about …": the work named and the words for what it
    // did are answered by the claims the article cites it for; the rest says which.
    if (inWork.has(i)) {
      searchWords.push(w.folded);
      return;
    }
    if (
      works.length &&
      (CITING_WORDS.has(w.folded) || REPORTING_WORDS.has(w.folded) || WORK_LINE_WORDS.has(w.folded))
    )
      return;
    // FTS5's porter tokenizer would read "likely" as "like": such a word is compared by its stem only.
    if (!foldsIntoFunctionWord(fixed ?? w.folded)) searchWords.push(fixed ?? w.folded);
    if (!covered.has(i)) {
      ownKeys.push(key);
      ownTerms.push({ key, folded: fixed ?? w.folded });
    }
  });
  if (titleAnswered)
    for (const key of contentKeys(index.claimsOfLine.title[0]?.quote ?? ""))
      if (!ownKeys.includes(key)) {
        ownKeys.push(key);
        ownTerms.push({ key, folded: key });
      }
  // "Besides the wider Asia-Pacific": what is set aside is the Asia-Pacific; a word that only
  // describes it ("wider", "whole") is no key a claim must hold to be about it.
  const excludedAll = excludedText ? words(excludedText).filter((w) => !STOPWORDS.has(w.folded)) : [];
  const excludedNamed = excludedAll.filter((w) => !onlyDescribes(w.folded));
  const excludedKeys = [
    ...new Set((excludedNamed.length ? excludedNamed : excludedAll).flatMap((w) => contentKeys(w.original))),
  ];
  const pronounOnly = previous && /\b(it|that|this|they|them|these|those|its)\b/i.test(text);
  const inherited = pronounOnly ? previous.coverageTerms.map((t) => t.key) : [];
  const keywords = [
    ...new Set([
      ...ownKeys,
      ...ownKeys.flatMap(relatedKeys),
      ...inherited,
      ...(INTENT_WORDS[intent] ?? []).map(stem),
      ...entities.flatMap((e) => contentKeys(e.surface)),
    ]),
  ].filter((k) => !excludedKeys.includes(k));
  const cued =
    METADATA_CUES.find(([cue]) => cue.test(text))?.[1] ??
    (ABOUT_AUTHOR.test(text) && AUTHOR_POST.test(text) && !STANCE_ON.test(text) ? "author" : null);
  // "Who wrote the Brookings piece …", "who wrote 'Let the Economy Blossoms Bloom'": a cited
  // work's author, not the article's.
  const metadata =
    (cued === "author" && writerOfCitedWork(index, text, works.length > 0, previous !== null)) ||
    // "Hakamada Shigeki Nippon article title", "… and when was it published?": a cited work's, not the article's.
    ((cued === "title" || cued === "published") && works.length > 0 && !/\bthis\b/i.test(text)) ||
    // "Which work does the author cite for …, and when was it published?": "it" is the work.
    (cued === "published" &&
      /\bwhen\s+was\s+it\b/i.test(text) &&
      CITED_WORK_ASKED.test(`${previous?.text ?? ""} ${text}`)) ||
    // "The title asks whether they are having a 'reset'. What is the author's answer?": the
    // answer the article gives to its title's question, not the title.
    (cued === "title" && titleAnswered) ||
    // "… - what is the source headline?", "according to the RT headline": a cited work's title.
    (cued === "title" &&
      /\b(?:sources?|cited|cites|citing|notes?|endnotes?|footnotes?|according\s+to|per)\b/i.test(text))
      ? null
      : cued;
  // The words that point at a section say where to look, not what is asked.
  const sectionKeys = new Set(
    section
      ? contentKeys(
          "conclusion concluding introduction intro notes endnotes footnotes opening closing final end section part paragraph paragraphs lines remarks",
        )
      : [],
  );
  // The question as it would read with its slips put right ("accroding" → "according").
  let respelt: string | null = null;
  for (const [i, fix] of corrected) {
    const w = qs[i];
    if (!w || w.folded === fix) continue;
    const typed = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w.original)}(?![\\p{L}\\p{N}])`, "u");
    const written = /^\p{Lu}/u.test(w.original) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
    respelt = (respelt ?? asked).replace(typed, written);
  }
  for (const [i, word] of joined) {
    const [w, next] = [qs[i], qs[i + 1]];
    if (!w || !next) continue;
    const typed = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(w.original)}\\s+${escapeRegExp(next.original)}(?![\\p{L}\\p{N}])`,
      "u",
    );
    const written = /^\p{Lu}/u.test(w.original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    respelt = (respelt ?? asked).replace(typed, written);
  }
  return {
    text,
    ...(respelt && respelt !== asked ? { respelt } : {}),
    ...(scene.length ? { scene } : {}),
    ...(fuzzyCovered.size ? { fuzzyWords: [...fuzzyCovered].flatMap((i) => qs[i]?.folded ?? []) } : {}),
    ...(exact.some((l) => l.repeats) || givenNames.length
      ? {
          repeatWords: [...exact.flatMap((l) => l.repeats ?? []), ...givenNames].flatMap(
            (i) => qs[i]?.folded ?? [],
          ),
        }
      : {}),
    ...(entities.some((e) => e.position === -1)
      ? { inherited: entities.filter((e) => e.position === -1).map((e) => e.id) }
      : {}),
    intent,
    entities: entities.map(({ position: _, ...e }) => e),
    speaker,
    subjects,
    time,
    keywords,
    searchWords: [
      ...searchWords,
      ...ownKeys.flatMap(relatedKeys),
      ...(INTENT_WORDS[intent] ?? []),
      ...(pronounOnly ? previous.searchWords : []),
      // a work named by the words of its acronym ("Financial Times" for "FT") is searched by it
      ...works.flatMap((w) => w.keys.filter((k) => !searchWords.includes(k))),
    ],
    coverageTerms: ownTerms.filter(
      (t, i) =>
        !excludedKeys.includes(t.key) &&
        !sectionKeys.has(t.key) &&
        ownTerms.findIndex((o) => o.key === t.key) === i,
    ),
    unrecognized,
    works: works.map(({ text, keys }) => ({ text, keys })),
    section,
    metadata,
    answersTitle: titleAnswered,
    excluded: excludedText ? { text: excludedText, keys: excludedKeys } : null,
  };
}

/** Whether any year the article touches falls in the period. */
function touchesTime(index: AskIndex, time: TimeConstraint): boolean {
  // "In April 2014": a month after the latest the article dates anything in is untouched, though
  // its year is not ("January 2014"); a year named as a horizon ("by 2035") is still the article's.
  const latest = index.datedClaims.at(-1)?.dateStart ?? ""; // ordered by date
  const month = time.from && time.to && time.from.slice(0, 7) === time.to.slice(0, 7);
  if (month && latest && (time.from ?? "").slice(0, 7) > latest.slice(0, 7)) return false;
  let from = time.from ? Number(time.from.slice(0, 4)) : Number.NEGATIVE_INFINITY;
  let to = time.to ? Number(time.to.slice(0, 4)) : Number.POSITIVE_INFINITY;
  // "the late 1980s": the article may date what it says by the decade ("From the late 1980s, …"),
  // which any part of it touches.
  if (/\b(?:early|mid|late)\b/.test(time.text) && time.from && time.to) {
    from -= from % 10;
    to = from + 9;
  }
  // "After 2014": a time with no end is touched by what the article dates as beginning in it, not
  // by a year it names as a horizon ("a 'Draft Energy Strategy to 2035'") nor by what lasts into it
  // (the 1996 partnership).
  if (!time.to) return index.datedClaims.some((c) => Number(c.dateStart.slice(0, 4)) >= from);
  for (const y of index.years) if (y >= from && y <= to) return true;
  return false;
}

/**
 * "What is the most recent development the article reports?", "the latest dated event it
 * mentions" (which readers ask to place an undated piece): the latest thing the body dates.
 * Only with no name in the question ("Abe's last visit" is his).
 */
const LATEST_ASKED =
  /\b(?:most\s+recent|latest|newest)\s+(?:dated\s+|datable\s+)?(?:development|event|date|happening|news|item|thing|episode|move|step)s?\b/i;
export const asksLatest = (reading: Pick<Reading, "entities" | "text">): boolean =>
  reading.entities.length === 0 && LATEST_ASKED.test(reading.text);

function explain(r: Reading, parts: Reading[], fallback: boolean, { entities }: AskIndex): string {
  const name = (id: string) => entities.byId.get(id)?.row.name ?? id;
  const bits = [
    `intent: ${r.intent}`,
    r.speaker ? `speaker: ${name(r.speaker)}` : null,
    r.subjects.length ? `about: ${r.subjects.map(name).join(", ")}` : null,
    r.time ? `time: ${r.time.text}` : null,
    r.section
      ? `section: ${r.section.kind === "section" ? r.section.id : r.section.kind === "endnote" ? `endnote ${r.section.n}` : r.section.kind}`
      : null,
    r.metadata ? `about the article itself: ${r.metadata}` : null,
    r.excluded ? `leaving out: ${r.excluded.text}` : null,
    r.works.length ? `cited work: ${r.works.map((w) => w.text).join(", ")}` : null,
    parts.length ? `${parts.length} parts: ${parts.map((p) => `“${p.text}”`).join(" / ")}` : null,
    r.unrecognized.length ? `not in the article: ${r.unrecognized.map((u) => u.text).join(", ")}` : null,
    asksLatest(r) ? "asks for the latest dated thing the article reports: answered by date" : null,
    fallback ? "no entity or intent recognised: answered by full-text relevance" : null,
  ].filter(Boolean);
  return bits.join("; ");
}
