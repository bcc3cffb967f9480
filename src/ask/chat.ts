// Questions typed as chat: "wat did putin say abt the islands", "y r russia n japan even tryna be
// friends", "wen did he go 2 tokyo". Chat's shorthand is read as the English it stands for before
// anything else reads the question, as a reader would: the shorthand of texting (SHORTHAND), a
// contraction typed without its apostrophe ("wont", "didnt"), English's classic misspellings
// (MISSPELLINGS: "peice"), a plural typed -ys ("companys") and a dropped final g ("talkin",
// "gettin") when the word with its g is English. Nothing of the article is in here.
import { isEnglishWord } from "./vocabulary.ts";

/**
 * Texting shorthand and the English it stands for; its asides ("pls", "btw") are stopwords
 * (words.ts). Only forms no English word has, or none a question about the article would use:
 * "r", "u", "n" alone, "wat", "abt", "bc", "b4".
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  r: "are",
  n: "and",
  y: "why",
  wat: "what",
  wot: "what",
  wut: "what",
  wht: "what",
  wats: "what is",
  wots: "what is",
  wen: "when",
  whn: "when",
  wer: "where",
  wher: "where",
  hw: "how",
  abt: "about",
  bout: "about",
  bc: "because",
  bcuz: "because",
  bcoz: "because",
  becuz: "because",
  cuz: "because",
  coz: "because",
  cos: "because",
  b4: "before",
  bfr: "before",
  w: "with",
  wid: "with",
  wo: "without",
  thru: "through",
  tho: "though",
  wanna: "want to",
  gonna: "going to",
  gotta: "got to",
  tryna: "trying to",
  kinda: "kind of",
  sorta: "sort of",
  dunno: "do not know",
  idk: "I do not know",
  gimme: "give me",
  lemme: "let me",
  wud: "would",
  wld: "would",
  cud: "could",
  cld: "could",
  shud: "should",
  shld: "should",
  giv: "give",
  b: "be",
  hav: "have",
  ppl: "people",
  yr: "year",
  yrs: "years",
  govt: "government",
  fwd: "forward",
  pls: "please",
  plz: "please",
  btwn: "between",
  betw: "between",
  natl: "national",
  pres: "president",
  gov: "government",
  biz: "business",
  smth: "something",
  sth: "something",
  rn: "right now",
  diff: "difference",
  admin: "administration",
  info: "information",
  im: "I am",
  ive: "I have",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  wasnt: "was not",
  arent: "are not",
  werent: "were not",
  wont: "will not",
  wouldnt: "would not",
  cant: "cannot",
  couldnt: "could not",
  shouldnt: "should not",
  hasnt: "has not",
  havent: "have not",
  hadnt: "had not",
  whos: "who is",
  hows: "how is",
  wheres: "where is",
  whens: "when is",
};

/**
 * English's classic misspellings, as anyone may type them ("this peice", "wich treaty", "thier
 * position"): short ones that one slip of spelling does not reach safely, since a name is often
 * one slip from an English word. Longer slips are put right by the spelling check (fuzzy.ts).
 */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  peice: "piece",
  titel: "title",
  peices: "pieces",
  wich: "which",
  whcih: "which",
  thier: "their",
  teh: "the",
  beleive: "believe",
  recieve: "receive",
  untill: "until",
  alot: "a lot",
  realy: "really",
  freind: "friend",
  freinds: "friends",
  foriegn: "foreign",
  sieze: "seize",
  wierd: "weird",
  writen: "written",
  yeild: "yield",
  truely: "truly",
  arguement: "argument",
  begining: "beginning",
  occured: "occurred",
  seperate: "separate",
  goverment: "government",
  soverignty: "sovereignty",
  sovereignity: "sovereignty",
  independant: "independent",
  relevent: "relevant",
  sucess: "success",
  succes: "success",
  happend: "happened",
  acheive: "achieve",
  definately: "definitely",
  neccessary: "necessary",
  responce: "response",
  publically: "publicly",
  existance: "existence",
  artical: "article",
  articals: "articles",
  paragraf: "paragraph",
  finaly: "finally",
  basicly: "basically",
  apparantly: "apparently",
  accross: "across",
  adress: "address",
  agressive: "aggressive",
  commitee: "committee",
  concensus: "consensus",
  enviroment: "environment",
  febuary: "february",
  fourty: "forty",
  immediatly: "immediately",
  knowlege: "knowledge",
  millenium: "millennium",
  noticable: "noticeable",
  occassion: "occasion",
  posession: "possession",
  recomend: "recommend",
  refered: "referred",
  remeber: "remember",
  tommorow: "tomorrow",
  wether: "whether",
  withold: "withhold",
};

/** "4 the islands", "2 tokyo": a digit for a word, only before a word that no number counts. */
const DIGIT_WORDS: Readonly<Record<string, string>> = { "4": "for", "2": "to" };
const NOT_COUNTED =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|my|your|our|u|you|me|him|them|us|tokyo|moscow|japan|russia|china)$/i;

/** Contractions typed without their apostrophe: read so in any question. */
const CONTRACTIONS = new Set(
  "dont doesnt didnt isnt wasnt arent werent wont wouldnt cant couldnt shouldnt hasnt havent hadnt".split(
    " ",
  ),
);

/** A word typed in chat form: the English it stands for, or null when it is English already. */
function plainWord(
  word: string,
  prev: string | undefined,
  next: string | undefined,
  isName: (folded: string) => boolean,
): string | null {
  const lower = word.toLowerCase();
  // "n korea", "s korea": the compass point, not "and".
  if ((lower === "n" || lower === "s") && next?.toLowerCase() === "korea")
    return lower === "n" ? "north" : "south";
  // "y" is "why" only where a clause opens: first, or after "and" or a comma.
  if (lower === "y" && prev !== undefined && !/^(?:n|and|so|but|,)$/i.test(prev)) return null;
  // "w" is "with" only before a word.
  if (lower === "w" && next === undefined) return null;
  const short = SHORTHAND[lower];
  if (short !== undefined) return short;
  const spelt = MISSPELLINGS[lower];
  if (spelt !== undefined)
    return /^\p{Lu}/u.test(word) ? spelt.charAt(0).toUpperCase() + spelt.slice(1) : spelt;
  const digit = DIGIT_WORDS[lower];
  if (digit !== undefined) return next !== undefined && NOT_COUNTED.test(next) ? digit : null;
  // "companys", "countrys": a plural in -ies typed as -ys.
  const plural = /^(\p{L}{3,}[^aeiouy])ys$/u.exec(lower)?.[1];
  if (plural && word === lower && isEnglishWord(`${plural}ies`) && !isName(lower)) return `${plural}ies`;
  // "talkin", "gettin", "pivotin": a dropped g, when the word with it is English and without it
  // is not; not a name, nor one typed with a slip ("Putin", "puttin").
  if (/^\p{L}{3,}in$/u.test(lower) && !isEnglishWord(lower) && isEnglishWord(`${lower}g`) && !isName(lower))
    return `${word}g`;
  return null;
}

/**
 * The question with chat's shorthand written out ("wat did russias FM say abt defence ties n wen"
 * → "what did russias FM say about defence ties and when"); the same string when it has none.
 * A question that is not typed as chat (it has capitals and none of chat's commonest forms) is
 * read only for contractions without apostrophes, classic misspellings, plurals typed -ys and
 * dropped g's: its "U", "N" or "Y" may be initials.
 */
export function fromChat(question: string, isName: (folded: string) => boolean = () => false): string {
  const casual = question === question.toLowerCase() || /\b(?:u|r|n|wat|abt|bc|b4|y)\b/.test(question);
  const tokens = question.split(/(\s+)/);
  const at = tokens.flatMap((t, i) => (t.trim() === "" ? [] : [i]));
  let changed = false;
  at.forEach((i, k) => {
    // The word without the punctuation around it ("abt?", "n,").
    const m = /^(\W*)([\p{L}\d]+)(\W*)$/u.exec(tokens[i] ?? "");
    if (!m?.[2]) return;
    const word = m[2];
    const lower = word.toLowerCase();
    if (!casual && !CONTRACTIONS.has(lower) && MISSPELLINGS[lower] === undefined && !/(?:in|ys)$/i.test(word))
      return;
    const before = tokens[at[k - 1] ?? -1];
    const prev = m[1] ? "," : before && /[,;:]$/.test(before) ? "," : before?.replace(/\W+/gu, "");
    const next = m[3] ? undefined : tokens[at[k + 1] ?? -1]?.replace(/\W+/gu, "");
    const plain = plainWord(word, prev, next, isName);
    if (plain === null) return;
    tokens[i] = `${m[1]}${plain}${m[3]}`;
    changed = true;
  });
  return changed ? tokens.join("") : question;
}

const UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEEN_WORDS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT = `(?:${UNIT_WORDS.join("|")})`;
const TEEN = `(?:${TEEN_WORDS.join("|")})`;
const TENS = `(?:${TENS_WORDS.join("|")})`;
/** Two digits spoken: "fifty six", "thirteen", "sixty", "oh five". */
const TWO_DIGITS = `(?:${TENS}(?:[\\s-]+${UNIT})?|${TEEN}|oh\\s+${UNIT})`;

function twoDigits(spoken: string): number {
  const ws = spoken.toLowerCase().split(/[\s-]+/);
  if (ws[0] === "oh") return UNIT_WORDS.indexOf(ws[1] ?? "") + 1;
  const teen = TEEN_WORDS.indexOf(ws[0] ?? "");
  if (teen >= 0) return 10 + teen;
  return 20 + 10 * TENS_WORDS.indexOf(ws[0] ?? "") + (ws[1] ? UNIT_WORDS.indexOf(ws[1]) + 1 : 0);
}

/** "nineteen fifty six", "twenty thirteen", "twenty thirty five": a year said aloud. */
const SPOKEN_YEAR = new RegExp(`\\b(nineteen|twenty)[\\s-]+(${TWO_DIGITS})\\b`, "gi");
/** "two thousand", "two thousand and one", "two thousand thirteen". */
const SPOKEN_2000S = new RegExp(`\\btwo\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${TEEN}))?\\b`, "gi");
/** A number said before what it counts or measures: "twenty three per cent", "sixty seven year old". */
const SPOKEN_AMOUNT = new RegExp(
  `\\b(${TWO_DIGITS}|${UNIT}|${TEEN})(?=[\\s-]+(?:per\\s*cent|percent|billion|million|years?\\b|year-old))`,
  "gi",
);
/** A numbered thing said aloud: "article nine", "g twenty", or a name then its number ("sakhalin two"). */
const SPOKEN_NUMBERED = new RegExp(`\\b([a-z]+)\\s+(${TWO_DIGITS}|${UNIT}|${TEEN})\\b`, "gi");
/** English words numbered things are named by. */
const NUMBERED_WORDS = new Set(["article", "chapter", "section", "paragraph", "page", "point", "phase", "g"]);

const spokenValue = (s: string): number => {
  const unit = UNIT_WORDS.indexOf(s.toLowerCase());
  if (unit >= 0) return unit + 1;
  return twoDigits(s);
};

/**
 * Numbers as a voice assistant transcribes them, in digits: years ("nineteen fifty six" → 1956,
 * "twenty thirteen" → 2013, "two thousand" → 2000), amounts before what they measure ("twenty
 * three per cent"), and numbered things ("article nine" → "article 9", "g twenty" → "G20", a
 * name the caller knows then its number: "sakhalin two" → "sakhalin 2").
 * "Twenty one" alone stays words: it is no year.
 */
export function withSpokenNumbers(
  question: string,
  isName: (folded: string) => boolean = () => false,
): string {
  return question
    .replace(SPOKEN_YEAR, (all, century: string, rest: string) => {
      const n = twoDigits(rest);
      // "twenty one" is a number, not the year 2001; "twenty thirteen" is a year.
      if (century.toLowerCase() === "twenty" && n < 10) return all;
      return `${century.toLowerCase() === "nineteen" ? 19 : 20}${String(n).padStart(2, "0")}`;
    })
    .replace(SPOKEN_2000S, (_, rest: string | undefined) => String(2000 + (rest ? spokenValue(rest) : 0)))
    .replace(SPOKEN_NUMBERED, (all, what: string, n: string) => {
      const folded = what.toLowerCase();
      if (!NUMBERED_WORDS.has(folded) && !isName(folded)) return all;
      return folded === "g" ? `G${spokenValue(n)}` : `${what} ${spokenValue(n)}`;
    })
    .replace(SPOKEN_AMOUNT, (n: string) => String(spokenValue(n)));
}

/**
 * Short forms of English words that questions typed in haste use, written out: "acc. to" →
 * "according to", "econ" → "economic", "asia-pac" → "Asia-Pacific", "govt" → "government",
 * "intl" → "international", "coop" → "cooperation", "rels" → "relations", "w/" → "with",
 * "b/w" → "between", "Art. 9" → "Article 9", "SE Asia" → "Southeast Asia". Only forms no English word has.
 */
const SHORT_FORMS: [RegExp, string][] = [
  [/\bacc(?:\.|ording)?\s+to\b/gi, "according to"],
  [/\bacc\.(?=\s)/gi, "according to"],
  [/\becon\b\.?/gi, "economic"],
  [/\basia[\s-]?pac\b\.?|\bapac\b/gi, "Asia-Pacific"],
  [/\bgovt(s?)\b\.?/gi, "government$1"],
  [/\bint(?:['’]l|l)\b\.?/gi, "international"],
  [/\bco-?op\b/gi, "cooperation"],
  [/\brels\b\.?/gi, "relations"],
  [/\bb\/w\b/gi, "between"],
  // "Art. 9", "art 9": an article of a document, by its number
  [/\bart\.?\s+(?=\d)/gi, "Article "],
  // "SE Asia", "NE Asia": the compass points of a region
  [/\bSE(?=\s+Asia)/g, "Southeast"],
  [/\bNE(?=\s+Asia)/g, "Northeast"],
  // "in plain English": how to answer, not what about
  [/\bin\s+plain\s+english\b,?/gi, ""],
  [/(?<=\s|^)w\/(?=\s)/gi, "with"],
  // a research tool's shorthand: "1956 decl", "RU FP Concept", "statements by Putin re islands"
  [/\bdecl\b\.?/gi, "declaration"],
  [/\bFP\b/g, "foreign policy"],
  // "word for word": verbatim (no "word" asked about)
  [/\bword\s+for\s+word\b/gi, "verbatim"],
  // Japanese shorthand for a pair of nations: "Nichiro" (日露), "Nisso" (日ソ), "Nichibei" (日米)
  [/\bnichi-?ro\b/gi, "Russia–Japan"],
  [/\bnis-?so\b(?!\s+ky[oō]d[oō])/gi, "Soviet–Japanese"],
  [/\bnichi-?bei\b/gi, "Japan–US"],
  [/\bni[ct]?chu\b/gi, "Japan–China"],
  [/(?<=\s)re:?\s+(?=\p{L})/giu, "about "],
  // "(list the rest)", "(names pls)": an instruction in brackets asks nothing more
  [/\s*\((?:list|give|name|names|show|pull|quote|cite|explain|summari[sz]e)\b[^)]*\)/gi, ""],
  // -"US decline", NOT sanctions: what a search leaves out
  [/\s+(?:-|NOT\s+)"([^"]+)"|\s+-(?=\p{L})([\p{L}-]+)|\s+NOT\s+(\p{L}[\p{L}-]*)/gu, ", apart from $1$2$3"],
  // "-China -Japan -India": one list set aside
  [/(?<=, apart from [^,]+), apart from /g, ", "],
  // "early 21st c.": the century
  [/\b(\d{1,2}(?:st|nd|rd|th))\s+c\.(?=\s|$|,)/gi, "$1 century"],
];

export function withShortFormsWritten(question: string): string {
  let out = question;
  for (const [re, full] of SHORT_FORMS) out = out.replace(re, full);
  return out;
}
