// Reads what a question asks for, from its wording. Deterministic: an ordered list of cues,
// the first family that matches wins; "general" when none does.

import { allMatches, blanked } from "../lib/text.ts";
import { LEADING_WHEN } from "./time.ts";
import { DEGREE_NOUNS, DEGREE_VERBS } from "./wording.ts";

export const INTENTS = [
  "source",
  "chronology",
  "difference",
  "meeting",
  "figure",
  "outcome",
  "provision",
  "statement",
  "position",
  "general",
] as const;
export type Intent = (typeof INTENTS)[number];

/** Kinds of cited work ("story", "chapter", "newspaper") and the people who write them. */
export const WORK_NOUNS =
  "story stories essay essays chapter chapters book books paper papers study studies journal journals newspaper newspapers magazine magazines reporter reporters journalist journalists columnist columnists editorial editorials publication publications outlet outlets website websites report reports interview interviews op-ed monograph monographs treatise treatises scholar scholars analyst analysts commentator commentators researcher researchers".split(
    " ",
  );
/** A question that names a kind of work, then how the article uses it. */
const CITED_WORK = new RegExp(
  `\\b(which|what|whose)\\s+(?:[\\w.'-]+\\s+){0,3}(${[...WORK_NOUNS, "piece", "article"].join("|")})\\b[^?]*?\\b(cited|cites?|citing|sourced?|quoted|referenced|relie[sd]|rely|relying|lean(s|ed|ing)? on|dr[ae]w(s|n|ing)? on|based on|backs?|supports?|reported)\\b`,
);

const CUES: [Exclude<Intent, "general">, RegExp][] = [
  [
    "source",
    /\b(which|what) (?:(?:two|three|four|both|exact|specific|particular|main|primary) )?(source|work|endnote|reference|citation|report)s?\b|\b(which|what) articles?\b(?! of\b)|\bwhich (footnote|story|essay|paper|chapter|book|study|piece|publication|outlet|journal|newspaper)s?\b|\bwhose\b.*\b(essay|article|report|story|paper|chapter|book|study|piece)\b|\b(is|are|was|were) (cited|quoted|referenced)\b|\b(source|endnote|citation|reference)s? (for|of|behind|back|support)(?! (energy|oil|gas|fuel|power|income|revenue|funds|capital|investment|growth|supply|supplies|tension|friction|conflict|instability)\b)|\b(backs?|supports?|cites?|cited|citing)\b.*\b(claim|view|statement|idea|assertion|that)\b|\bwho (reports?|wrote)\b/,
  ],
  // A work asked for by its kind and how the article uses it: "Which Financial Times story is
  // cited for …", "whose SIPRI chapter is cited", "Which journal article does the piece lean on".
  ["source", CITED_WORK],
  [
    "chronology",
    /\bchronolog|\b(put|place|list|sort|arrange)\b.*\border\b|^(please )?(order|sequence|arrange|sort)\b|\bin (what|which) order\b|\b(which|what)( event)? (came|happened|occurred|took place|was) (first|earlier|last|later|sooner)\b|\b(before or after|after or before)\b|\b(earlier|later|sooner) than\b|\b(sequence|timeline)\b|\bhow (many (years|months|decades)|long) (passed |elapsed |went by )?(after|before|between|later|earlier|separated?)\b/,
  ],
  [
    "difference",
    /\bdiffer|\bdifferen(t|ce|tly)\b|\bdisagree|\bcontrast|\bunlike\b|\bdissimilar\b|\bcompare[sd]? (the )?(view|position|reading|interpretation)|\binterpret\w*\b.*\bdifferent|\b(how|where) do\b.*\band\b.*\b(view|see|interpret|read)\b/,
  ],
  [
    "statement",
    /\b(say|said|says|affirm\w*|warn\w*|announc\w*|describ\w*|propos\w*|label\w*|declare[sd]?|declaring|stated|stating|states that|express\w*|tell|told|claim(ed|s)?(?=\s+that\b)|call(ed|s)?|remark\w*|comment(ed|s)?|point(ed)? out|reiterat\w*)\b|\bwhat (do|does|did|has|have)\b[^?]*\bclaim(ed)?\b/,
  ],
  [
    "figure",
    // Not "how much store (importance, weight) does Putin set by …", which asks a degree, no figure.
    new RegExp(
      String.raw`\bhow (much(?! (${DEGREE_NOUNS.join("|")})\b)(?!( [a-z'’-]+){1,3}? (${DEGREE_VERBS})\b)|many|big|large|old|long)\b|\bwhat (share|percentage|proportion|volume|amount|figure|number)\b|\b(per ?cent|percent|%|billion|million|volume|figure)\b`,
    ),
  ],
  [
    "outcome",
    /\b(turn(ed|s)? out|outcome|result(ed|s)?|(?<!\b(?:try|tries|tried|trying|want|wants|wanted|wanting|hope|hopes|hoped|hoping|seek|seeks|seeking|aim|aims|aimed|aiming|look|looks|looking|determined|intend|intends|plan|plans|planning|out|set|sets|going) to )achiev\w*|succe(ed|ss)\w*|fruitful|fail(ed|ure)?|come of|came of|lead to|led to|pa(y|id) off|(actually|really|ever) work(ed)?)\b|^\s*(did|do|does)\b[^?]*\bwork(ed)?\s*(out)?\s*\??\s*$/,
  ],
  [
    "meeting",
    /\b(meet|met|meeting|summit|visit|visited|talks?|hold|held|take place|took place|conference|forum|(?<!\b(?:could|would|might|will|may|can|should|must) )happen\w*|occur\w*)\b/,
  ],
  [
    "provision",
    /\b(provide|provides|provision|stipulat|lay down|lays down|cover|covers|covered|contain|contains|say about the (treaty|declaration))\b|\bwhat (does|did) (the )?(article|declaration|treaty|plan|memorandum|constitution|concept|strategy)\b|\bwhat (were|are) the (points|terms)\b/,
  ],
  [
    "position",
    // "What is Abe trying to achieve": an aim, not an outcome.
    /\b(?:try|tries|tried|trying|hopes?|hoping|seeks?|seeking|aiming|looking|determined|intends?|planning|out|sets?|going) to achiev\w*|\b(position|stance|view|views|attitude|interest|interests|concern\w*|policy|policies|think|thinks|believe\w*|wants?|aim|aims|goal|goals|why|stand|approach|reaction|respond\w*|answer\w*|alarm\w*|fear\w*|demand\w*|refus\w*|share|shares|partnership|tension)\b/,
  ],
];

/**
 * A clause that dates what is asked by a meeting ("… when he met Abe in 2013"): it says when,
 * not what is asked, so it sets no intent.
 */
const WHEN_MEETING = /\bwhen\s+(?:[\w'-]+\s+){1,3}(?:met|visited|meeting|visiting|held talks)\b[^,;?]*/g;

/** A clause dating by someone's visit or meeting: "before Abe's 2013 visit", "after the Putin–Mori meeting". */
const AROUND_MEETING =
  /\b(?:before|after|since|until|till|ahead\s+of|prior\s+to)\s+(?:[\w'’-]+\s+){0,3}(?:visit|trip|meeting|summit|talks|statement|remarks|speech|announcement|warning)\b/g;

/** Where the clauses that only date what is asked ("when he met Abe in 2013", "before Abe's 2013 visit") sit in a text. */
export function datingClauses(text: string): [number, number][] {
  const lower = text.toLowerCase();
  const leading = LEADING_WHEN.exec(lower);
  return [
    ...(leading ? [[leading.index, leading.index + leading[0].length] as [number, number]] : []),
    ...allMatches(WHEN_MEETING, lower).map((m): [number, number] => [m.index, m.index + m[0].length]),
    ...aroundMeetings(lower),
  ];
}

/** Where the clauses dating by someone's visit or meeting sit in a text (lower case). */
const aroundMeetings = (lower: string): [number, number][] =>
  allMatches(AROUND_MEETING, lower).map((m): [number, number] => [m.index, m.index + m[0].length]);

/** A question's own words: a question word and its auxiliary ("what did", "how does"). */
const ASKS_BEFORE_DASH =
  /\b(?:what|which|who|whom|when|where|why|how)\s+(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b/i;

/** "Abe wanted to change Article 9 - what does that article prohibit?": a statement before a dash or colon, then the question. */
const DASH_PREAMBLE =
  /^(.{8,}?)\s[-–—:]\s+(?=(?:what|which|who|whom|whose|when|where|why|how|does|did|do|is|are|was|were)\b)/i;

/** The statement before a dash or colon that sets the question's scene, as a span, if any. */
export function preambleSpan(text: string): [number, number] | null {
  const m = DASH_PREAMBLE.exec(text);
  // Not a question itself ("… what did Putin say about Japan specifically — did he name Tokyo?").
  return m?.[1] && !ASKS_BEFORE_DASH.test(m[1]) ? [0, m[1].length] : null;
}

/**
 * What only sets the scene of a question, as spans: the statement it opens with before a dash or
 * colon, and clauses dating by someone's visit ("before Abe's 2013 visit"). Not "when he visited
 * Yasukuni" (WHEN_MEETING): what someone said then is asked of that occasion.
 */
export function sceneSpans(text: string): [number, number][] {
  const preamble = preambleSpan(text);
  return [
    ...(preamble ? [preamble] : []),
    ...aroundMeetings(text.toLowerCase()),
    ...askersRemarks(text),
    ...askersGuess(text),
  ];
}

/** A yes/no question: "Did …", "Is …", "Has …". */
export const YES_NO = /^\s*(?:did|does|do|is|are|was|were|has|have|had)\b/i;

/**
 * The asker's own guess in a yes/no question, as a span: "Did the 1991 meeting lead anywhere, or
 * did the hawks in Moscow scupper it?" takes neither the hawks nor Moscow for granted.
 */
function askersGuess(text: string): [number, number][] {
  if (!YES_NO.test(text)) return [];
  const m = /,\s*or\s+(?:did|does|do|is|are|was|were|has|have|had|would|will|could)\b/i.exec(text);
  return m ? [[m.index, text.length]] : [];
}

/**
 * The asker's own remarks, as spans: a sentence that asks nothing and speaks of the asker ("I
 * remember the photos of Yeltsin …", "Folks my age remember the Cold War chill.", "My paper said
 * something along those lines.").
 */
function askersRemarks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]*/g)) {
    const sentence = m[0];
    if (
      !sentence.trim().endsWith("?") &&
      (FIRST_PERSON.test(sentence) || HEARSAY.test(sentence) || SPECULATION.test(sentence))
    )
      out.push([m.index, m.index + sentence.length]);
  }
  return out;
}
const FIRST_PERSON = /\b(?:i|i['’]m|i['’]ve|i['’]d|my|me|we|our)\b/i; // not "us": the US

/** A question about the remark itself: "… What did the author make of that?", "… was that 2005?". */
const ABOUT_THE_REMARK =
  /\b(?:of|about|on|with)\s+(?:that|this|it)\s*(?:[?.!,]|$)|\b(?:was|is|were|are)\s+(?:that|this|it|they)\s+(?:in|around|about|back|true|right|correct|so|\d)|\b(?:that|this|it)\s*[?.!]*\s*$/i;

/**
 * The text with the asker's remarks blanked, before the question ("I'd always assumed Khrushchev
 * went cold … in 1960. What reason does the article give …?") or after it ("Which clubs …? I
 * remember APEC being set up around 1989."): their names and times are the asker's, no part of
 * what is asked, unless the sentence after it is about it (ABOUT_THE_REMARK). Every position stays
 * as in the text.
 */
export function withoutRemarks(text: string): string {
  return askersRemarks(text)
    .filter(
      ([from, end]) =>
        (/\p{L}/u.test(text.slice(end)) &&
          !ABOUT_THE_REMARK.test(/[^.!?]+[.!?]*/.exec(text.slice(end))?.[0] ?? "")) ||
        text.slice(0, from).includes("?"),
    )
    .reduce((t, span) => blanked(t, span), text);
}

/** The asker's speculation: "In the Cold War Washington would have had kittens over …". */
const SPECULATION =
  /\b(?:would|might|must)\s+have\s+(?:been|had|\p{L}+ed)\b|\b(?:would|might|must)['’]ve\b/iu;
/** What the asker heard somewhere: "Someone on the radio said …", "a friend told me …". */
const HEARSAY =
  /\b(?:someone|somebody|a\s+friend|people|they)\s+(?:on\s+(?:the\s+)?(?:radio|tv|television|news)\s+)?(?:said|says|told|claimed|claims|reckoned)\b/i;

/** The asker's own words ("would you say", "can you tell me"): they ask nobody's statement. */
const ASKER = /\b(?:would|do|can|could|will|did) you (?:say|tell(?: me| us)?|describe|think)\b/g;

/** "What was the treaty called", "what is it known as": a name asked for, not anyone's words. */
const NAMING =
  /\b((?:is|was|are|were|be|been)\b[^?]*?\b)(?:called|termed|dubbed)\b(?!\s+(?:for|on|upon|it|them|him|her|the|a|an)\b)/g;

/** "Where is Japan said to carry weight": what is said of a party, by whoever, asks nobody's statement. */
const SAID_OF = /\b((?:is|are|was|were)\s+(?:[\w'’-]+\s+){0,3}?)said\s+to\b/g;

export function readIntent(question: string): Intent {
  const q = question
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(LEADING_WHEN, " ")
    .replace(WHEN_MEETING, " ")
    .replace(ASKER, " ")
    .replace(NAMING, "$1 named")
    .replace(SAID_OF, "$1 ");
  for (const [intent, cue] of CUES) if (cue.test(q)) return intent;
  return "general";
}

/** The claim kinds that answer an intent best, in order of preference. */
export const KINDS_FOR_INTENT: Record<Intent, readonly string[]> = {
  source: [],
  chronology: ["event"],
  difference: ["position", "statement"],
  meeting: ["event"],
  figure: ["fact"],
  outcome: ["assessment", "event"],
  provision: ["fact", "event"],
  statement: ["statement"],
  position: ["position", "statement"],
  general: [],
};
