// Word-level normalisation shared by the entity linker, the question reader and the ranker, so
// that a question and the article compare alike: folded case and quotes, possessives dropped,
// punctuation (dashes, quotes, brackets) turned into spaces, and each word reduced by the Porter
// stemmer (the `stemmer` package, the same algorithm as SQLite FTS5's `porter` tokenizer).
// Stopwords are dropped before stemming, so no fragment such as "doe" or "wa" ever reaches a key.
import { stemmer } from "stemmer";
import { fold } from "../lib/text.ts";

/**
 * The comparison form of one folded word: its Porter stem (numbers kept as written). A content
 * word the stemmer folds into a function word ("likely" → "like", "ones" → "on") keeps its own
 * form: it says something the function word does not ("is Japan likely to …" is not about
 * "powers like China").
 */
export function stem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  if (foldsIntoFunctionWord(word)) return word;
  return stemmer(word);
}

/** Whether the Porter stemmer (and so FTS5's porter tokenizer) folds a content word into a function word's stem. */
export function foldsIntoFunctionWord(folded: string): boolean {
  if (folded.length <= 2 || /\d/.test(folded) || STOPWORDS.has(folded)) return false;
  let folds = intoFunctionWord.get(folded);
  if (folds === undefined) {
    folds = functionStems().has(stemmer(folded));
    if (intoFunctionWord.size >= 50_000) intoFunctionWord.clear();
    intoFunctionWord.set(folded, folds);
  }
  return folds;
}
/** foldsIntoFunctionWord per word, remembered (bounded). */
const intoFunctionWord = new Map<string, boolean>();

let functionStemSet: Set<string> | null = null;
function functionStems(): Set<string> {
  functionStemSet ??= new Set([...STOPWORDS].filter((w) => w.length > 2).map((w) => stemmer(w)));
  return functionStemSet;
}

export interface Word {
  /** The stemmed, folded form used for comparison. */
  key: string;
  /** The folded word before stemming. */
  folded: string;
  /** The word as written (case kept), to tell "US" from "us". */
  original: string;
  /** Character offset of the word in the text it was read from. */
  index: number;
}

/**
 * The words of a text, remembered per text (bounded, texts up to WORDS_MEMO_CHARS): a question's
 * words are read by the linker, the reader, the ranker and the judge, and names and quotes recur
 * across questions. The array and its words are frozen, as every caller shares them.
 */
const wordsOfText = new Map<string, readonly Word[]>();
const WORDS_MEMO_CHARS = 400;
const WORDS_MEMO_SIZE = 4096;

/** The words of a text in order (shared and frozen: a caller that needs to change them copies them). */
export function words(text: string): Word[] {
  if (text.length > WORDS_MEMO_CHARS) return readWords(text);
  let ws = wordsOfText.get(text);
  if (!ws) {
    ws = Object.freeze(readWords(text).map((w) => Object.freeze(w)));
    if (wordsOfText.size >= WORDS_MEMO_SIZE) wordsOfText.clear();
    wordsOfText.set(text, ws);
  }
  // Frozen at run time: a push or sort throws rather than changing another caller's words.
  return ws as Word[];
}

function readWords(text: string): Word[] {
  const out: Word[] = [];
  // Possessives go ("Russia's" → "Russia"); the replacement keeps offsets (same length).
  // A possessive and a negation are not words ("Japan's", "couldn't"): blanked, keeping offsets.
  const prepared = text
    .normalize("NFKC")
    .replace(/['’]s\b/g, "  ")
    .replace(/\b([Ww])on['’]t\b/g, "$1ill ")
    .replace(/\b([Cc])an['’]t\b/g, "$1an  ")
    .replace(/n['’]t\b/g, "   ");
  for (const match of prepared.matchAll(/[\p{L}\p{N}]+(?:\.\d+)?/gu)) {
    const original = match[0];
    const { folded, key } = formsOf(original);
    out.push({ key, folded, original, index: match.index });
  }
  return out;
}

/** Folding and stemming, remembered per written word: the article's words repeat (bounded). */
const forms = new Map<string, { folded: string; key: string }>();
function formsOf(original: string): { folded: string; key: string } {
  let f = forms.get(original);
  if (!f) {
    const folded = fold(original);
    f = { folded, key: stem(folded) };
    if (forms.size >= 100_000) forms.clear();
    forms.set(original, f);
  }
  return f;
}

/** Function words: they never carry what a question is about. Compared folded, before stemming. */
export const STOPWORDS = new Set(
  (
    "a an the of and or nor in on at to for from by with about as is are was were be been being has have had having " +
    "do does did doing done what which who whom whose when where why how that this these those it its itself " +
    "their theirs them they there than then into onto over under he she his her hers him we our us you your i me my " +
    "not no yes so if but also too very just only ever each both all other any some such can could would should " +
    "will shall may might must let get got gotten s ve ll re d m t vs versus " +
    "up down out off along since between among amid amidst towards toward within without upon across against despite during per via " +
    "through throughout until till while whilst after before above below again further once here now still yet " +
    "more most less least many much own same whether either neither few several else whats " +
    "anything something everything anyone someone everyone anybody somebody like unlike lately regarding concerning " +
    // words that name no thing in particular ("to fix things", "its stance on stuff like …")
    "thing things stuff cannot " +
    // a chat's shorthand ("exact quote pls", "need it asap")
    "pls plz thx asap btw fyi imo tbh " +
    // a prefix cut off by a hyphen ("the pre-1956 talks")
    "pre"
  ).split(" "),
);

/** Irregular past forms and the verb each is of: "did they actually meet" / "met". */
export const PAST_FORMS: Readonly<Record<string, string>> = {
  met: "meet",
  held: "hold",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  made: "make",
  went: "go",
  came: "come",
  began: "begin",
  begun: "begin",
  won: "win",
  lost: "lose",
  left: "leave",
  sent: "send",
  spoke: "speak",
  said: "say",
  told: "tell",
  brought: "bring",
  built: "build",
  sold: "sell",
  bought: "buy",
  paid: "pay",
  led: "lead",
  ran: "run",
  fought: "fight",
};

/** The past of a verb ("say" → "said", "meet" → "met", "sign" → "signed"). */
const PAST_OF: Readonly<Record<string, string>> = {
  write: "wrote",
  ...Object.fromEntries(
    Object.entries(PAST_FORMS)
      .reverse()
      .map(([past, verb]) => [verb, past]),
  ),
};
export const pastTense = (verb: string): string =>
  PAST_OF[verb] ?? (verb.endsWith("e") ? `${verb}d` : `${verb}ed`);

/** Content words of a text: folded, without stopwords, stemmed (a fresh array: callers may keep it). */
export function contentKeys(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOPWORDS.has(w.folded)) out.push(w.key);
  return out;
}

/**
 * Words a question may use where the article uses another: "motives" for "reason" and
 * "factors", "fears" for "alarmed" and "wary". Written as plain words; compared as stems.
 * Only the direction question → article counts.
 */
const RELATED_WORDS: [string, string[]][] = [
  ["motives", ["reason", "factors", "rationale"]],
  ["reasons", ["factors", "rationale", "because"]],
  ["why", ["reason", "because"]],
  // "Japan's regional clout": its influence, its prominence
  ["clout", ["influence", "prominence"]],
  // "entry into the Far East": entering it
  ["entry", ["enter", "entering"]],
  // "a template for other disputes": what the article calls a model
  ["template", ["model", "example"]],
  ["blueprint", ["model", "example"]],
  ["precedent", ["model", "example"]],
  ["causes", ["reason", "factors", "resulted"]],
  ["fears", ["alarmed", "wary", "concern", "threatened"]],
  // "the main obstacle" for the article's "stumbling block" (a kind of obstacle: WordNet relates it only downward)
  ["obstacle", ["stumbling", "hurdle", "impediment"]],
  ["hurdle", ["stumbling", "obstacle"]],
  ["barrier", ["stumbling", "obstacle"]],
  ["impediment", ["stumbling", "obstacle"]],
  ["worries", ["alarmed", "wary", "concern"]],
  ["worried", ["alarmed", "wary", "concern"]],
  ["concerns", ["alarmed", "wary"]],
  ["aims", ["goal", "objective", "ambitions", "intentions"]],
  ["goals", ["objective", "ambitions", "aim"]],
  ["wants", ["wishes", "interest", "seeks", "desire"]],
  ["offer", ["proposal", "proposed"]],
  ["proposal", ["offer", "proposed"]],
  ["suggest", ["proposed", "offer"]],
  // "which doctrine document": the article's policy concept
  ["doctrine", ["concept", "policy"]],
  // "what caveat did he attach": a condition, a qualification of what was said
  ["caveat", ["condition", "qualification"]],
  // "navy drills": the article's naval exercises
  ["navy", ["naval"]],
  ["answer", ["response", "reply"]],
  ["respond", ["answer", "reply", "demurred"]],
  ["react", ["response", "demurred"]],
  ["reaction", ["response", "demurred"]],
  ["relationship", ["relations", "ties"]],
  // sovereignty over a place: the article's "rightful owner"
  ["sovereignty", ["owner"]],
  ["ties", ["relations", "relationship"]],
  ["agreement", ["agreed", "treaty"]],
  ["war", ["conflict"]],
  ["benefit", ["lucrative", "boosting", "help", "serves", "attractive"]],
  ["gain", ["lucrative", "boosting", "help", "serves", "attractive"]],
  ["attractive", ["attractive", "lucrative"]],
  ["wrote", ["author"]],
  ["writer", ["author"]],
  ["trade", ["trade", "imports", "exports"]],
  ["old", ["year"]],
  ["fail", ["unsuccessful", "fruitful"]],
  ["failed", ["unsuccessful", "fruitful"]],
  ["outcome", ["result", "fruitful", "agreed"]],
  ["achieve", ["fruitful", "result", "success", "developments"]],
  ["progress", ["developments", "fruitful", "result"]],
  ["success", ["fruitful", "successful"]],
  ["phases", ["periods", "stages"]],
  // a stretch or spell of time: the article's periods
  ["stretches", ["periods"]],
  ["spells", ["periods"]],
  ["stages", ["periods", "phases"]],
  ["islands", ["kurils", "kuriles"]],
  ["shorter", ["half"]],
  ["phase", ["period", "stage"]],
  ["importance", ["important", "crucial", "significance"]],
  ["important", ["crucial", "significance"]],
  ["matter", ["crucial", "important"]],
  ["matters", ["crucial", "important"]],
  ["go", ["visit"]],
  ["went", ["visit"]],
  ["travel", ["visit"]],
  ["trip", ["visit"]],
  ["closer", ["rapprochement", "closeness"]],
  // to fix or patch up relations: the article's "normalize"
  ["fix", ["normalize", "normalise"]],
  ["patch", ["normalize", "normalise"]],
  // everyday words for the article's: a squabble is a dispute, a takeover an annexation, fuel its
  // oil and gas, a chunk its share, to reconsider to rethink, a commentary an article, a setup its
  // architecture, tactics its strategy, the biggest its major, to invite its "encouraged", a
  // language what people speak
  ["squabble", ["dispute", "conflict"]],
  ["spat", ["dispute", "conflict"]],
  ["feud", ["dispute", "conflict", "hostility"]],
  ["flashpoint", ["conflict", "dispute", "tensions"]],
  ["takeover", ["annexation", "occupied"]],
  ["seizure", ["annexation", "occupied"]],
  ["fuel", ["oil", "gas", "energy"]],
  ["chunk", ["share"]],
  ["portion", ["share"]],
  ["reconsider", ["rethink"]],
  ["commentary", ["article", "analysis"]],
  ["setup", ["architecture", "framework"]],
  ["tactics", ["strategy"]],
  ["biggest", ["major", "main"]],
  ["greatest", ["major", "main"]],
  // a gathering: the article's forum, summit, meeting
  ["gathering", ["forum", "summit", "meeting"]],
  ["invite", ["encouraged"]],
  // a priority: what the article calls important, a task, a focus
  ["priority", ["important", "task", "focussing"]],
  ["priorities", ["important", "task", "focussing"]],
  ["language", ["speak"]],
  // liquefied (natural) gas: the article's LNG
  ["liquefied", ["lng"]],
  ["liquified", ["lng"]],
  // turning east: the article's "pivot East", "looking East"
  ["turn", ["pivot"]],
  ["eastward", ["east"]],
  ["eastwards", ["east"]],
  ["usa", ["us"]],
  ["america", ["us"]],
  ["american", ["us"]],
];

const RELATED_STEMS = new Map(
  RELATED_WORDS.map(([word, related]) => [stem(word), related.map((w) => stem(w))] as const),
);

/** The words related to a question's content word (not including itself). */
export function relatedKeys(key: string): string[] {
  return RELATED_STEMS.get(key) ?? [];
}

/** The question's content words and the words related to them. */
export function withRelatedWords(keys: string[]): string[] {
  return [...new Set([...keys, ...keys.flatMap(relatedKeys)])];
}

/** The stopwords as stems, for code that compares keys. */
export const STOP_KEYS = new Set([...STOPWORDS].map(stem));

/** Small words a name's initials leave out: "Council of World Affairs" → "CWA". */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "on", "in", "de", "&"]);

/** The all-capital words of a text and the initials of its runs of capitalised words. */
export function acronymsOf(text: string): string[] {
  const out: string[] = [];
  // A name does not run across punctuation: "World Affairs, New Delhi" is two.
  for (const segment of text
    .normalize("NFKC")
    .split(/[,;:()[\]"“”‘’'!?*_–—]|(?<!\b(?:St|Dr|Mr|Mrs|Ms|Jr|Sr|Prof|Gen|Mt))\.(?:\s|$)|\s-\s/u)) {
    let run: string[] = [];
    const isConnector = (w: string | undefined) => w !== undefined && CONNECTORS.has(w.toLowerCase());
    const flush = () => {
      while (isConnector(run[0])) run.shift();
      while (isConnector(run.at(-1))) run.pop();
      if (run.length >= 2) out.push(initials(run));
      run = [];
    };
    for (const raw of segment.split(/\s+/)) {
      const t = raw.replace(/[^\p{L}\p{N}&.]/gu, "").replace(/\.$/, "");
      if (/^\p{Lu}{2,6}$/u.test(t)) out.push(t);
      if (/^\p{Lu}/u.test(t) || (run.length && CONNECTORS.has(t.toLowerCase()))) run.push(t);
      else flush();
    }
    flush();
  }
  return out;
}

/** The initials of a name's words, small connecting words left out: "St. Petersburg International Economic Forum" → "SPIEF". */
export function initials(names: readonly string[]): string {
  return names
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}
