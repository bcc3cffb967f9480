// Links the names in a question to entities: every alias, name and metonym of the graph, the
// names readers use that the article does not (known-as: "Seoul", "Kunashiri"), and role
// phrases built from the actors' dated offices ("the Russian foreign minister", "the Japanese
// prime minister in 2013"). Longest match first, any case, possessives dropped.
import type { CoreDataset } from "../dataset/core.ts";
import { type EntityCatalog, storedFields } from "../dataset/entities.ts";
import * as t from "../db/schema.ts";
import { must } from "../lib/must.ts";
import { overlaps, type TimeConstraint } from "./time.ts";
import { isEnglishWord } from "./vocabulary.ts";
import { CONNECTORS, initials, STOP_KEYS as STOPWORDS, type Word, words } from "./words.ts";

/** How a name in a question links: the entity's name, an alias, a metonym, a dated office, or a known-as name (one readers use, the article does not). */
export type LinkForm = "name" | "alias" | "metonym" | "role" | "known-as";

interface DictionaryEntry {
  keys: string[];
  entityId: string;
  form: LinkForm;
  /** Per word: an all-capital word ("US", "APEC") must be written so in the question; null: any case. */
  exactCase: (string | null)[];
  /** For role phrases: when the actor held the office. */
  period: { start: string; end: string } | null;
  /** For role phrases: the state whose office it is ("foreign minister" of Russia). */
  country?: string | null;
}

export interface Link {
  entityId: string;
  surface: string;
  form: LinkForm;
  /** Word position in the question, for "who is named first". */
  position: number;
  /** How many words of the question it spans. */
  length: number;
  /** Later mentions of the same entity ("the Kuril dispute (we say Northern Territories issue)"): word positions. */
  repeats?: number[];
}

/**
 * Country codes and short forms typed in search boxes and messages ("ru jp talks", "jpn pm"), in
 * lower case too: none is an English word. Fixed English usage, not facts of the article.
 */
const COUNTRY_CODES = {
  russia: ["ru", "rus"],
  japan: ["jp", "jpn"],
  china: ["prc"],
  "united-states": ["usa"],
  "south-korea": ["rok"],
  "north-korea": ["dprk"],
} as const satisfies Record<string, readonly string[]>;

/**
 * How the article's states are named as adjectives in questions ("the Russian foreign minister").
 * A small fixed table: these are English words, not facts of the article.
 */
// "jp PM", "the ru govt": a country's code stands before an office or a government as its adjective does.
const DEMONYMS: Record<string, readonly string[]> = {
  russia: ["Russian", "Russia's", "Russia", ...COUNTRY_CODES.russia],
  japan: ["Japanese", "Japan's", "Japan", ...COUNTRY_CODES.japan],
  china: ["Chinese", "China's", "China", ...COUNTRY_CODES.china],
  "soviet-union": ["Soviet", "USSR"],
  "united-states": ["American", "US", "U.S.", ...COUNTRY_CODES["united-states"]],
  "south-korea": ["South Korean", "South Korea", ...COUNTRY_CODES["south-korea"]],
  "north-korea": ["North Korean", "North Korea", ...COUNTRY_CODES["north-korea"]],
  india: ["Indian", "India"],
};

/** Words for a state's government after its adjective ("the Japanese government"). */
const GOVERNMENT_WORDS = ["government", "authorities", "leadership", "administration", "officials", "side"];

/** A former office: its holder then is not the one the phrase names. */
const FORMER = /^former\s/i;

/** Short forms of offices, as questions and the cited works' titles write them ("Japanese PM"). */
const ABBREVIATIONS: Record<string, string> = { "Prime Minister": "PM", "Foreign Minister": "FM" };

/** The short forms of offices ("PM", "FM"), folded: an office's name, though it names no one alone. */
export const OFFICE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.values(ABBREVIATIONS).map((a) => a.toLowerCase()),
);

/**
 * Other words readers use for an office, with its country only ("Japan's premier", "the Russian
 * leader"): alone they name no one. A head of state or government is the country's leader.
 */
const OFFICE_WORDS: Record<string, string[]> = {
  "Prime Minister": ["premier", "leader"],
  President: ["leader"],
};

const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
};

/**
 * How people type a numbered name: "World War II" as "World War 2", "WWII", "WW2" and "WW 2"
 * (any case).
 * Only for names of two or more capitalised words ending in a Roman numeral.
 */
export function numberedForms(name: string): string[] {
  const m = /^((?:\p{Lu}[\p{L}’']*\s+){2,})(I|II|III|IV|V|VI|VII|VIII|IX|X)$/u.exec(name.trim());
  if (!m) return [];
  const [, named, roman] = m;
  if (!named || !roman) return [];
  const head = named.trim().split(/\s+/);
  const arabic = String(ROMAN[roman]);
  // Lower case, so that any case matches (an all-capital alias would have to be typed so).
  const initials = head.map((w) => w.charAt(0).toLowerCase()).join("");
  const r = roman.toLowerCase();
  return [`${head.join(" ")} ${arabic}`, `${initials}${r}`, `${initials}${arabic}`, `${initials} ${arabic}`];
}

/** The question without the words that named entities: "1956" in "the 1956 Declaration" is no time word. */
export function withoutLinkedWords(question: string, links: Link[]): string {
  const covered = new Set(links.flatMap((l) => Array.from({ length: l.length }, (_, k) => l.position + k)));
  return words(question)
    .filter((_, i) => !covered.has(i))
    .map((w) => w.original)
    .join(" ");
}

/** Words after which a city's name is a destination only when a word of going comes before them. */
const TOWARD = new Set(["to", "toward", "towards", "into"]);

/** Going somewhere: "a visit to Tokyo", "his trip to Moscow", "flew into Tokyo". */
const MOTION =
  /^(?:visit\w*|trip|trips|journey\w*|travel\w*|went|go|goes|going|gone|came|come|comes|coming|flew|fly|flies|flying|flight|arriv\w*|return\w*|moved?|head(?:ed|ing)?|way|back|invit\w*|sent|send|brought|bring|route|road)$/;

const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "visit",
  "visited",
  "toward",
  "towards",
  "into",
]);

export class EntityLinker {
  private readonly byFirstKey = new Map<string, DictionaryEntry[]>();
  /** How many claims each actor holds: "Moscow" means the actor the article speaks of most. */
  private readonly prominence = new Map<string, number>();

  private readonly catalog: EntityCatalog;

  constructor(data: CoreDataset) {
    this.catalog = data.entities;
    for (const c of data.db.select({ speaker: t.claims.speakerId }).from(t.claims).all()) {
      this.prominence.set(c.speaker, (this.prominence.get(c.speaker) ?? 0) + 1);
    }
    const catalog = this.catalog;
    // People are asked about by surname ("Losyukov"): index it when no one else shares it.
    const surnames = new Map<string, string[]>();
    for (const record of catalog.all) {
      const { id, type, kind, name } = record.row;
      if (type === "actor") this.addRoles(id, storedFields.actor(record));
      if (kind === "person") {
        const surname = must(name.split(/\s+/).pop(), "a person's last name");
        surnames.set(surname, [...(surnames.get(surname) ?? []), id]);
      }
      for (const alias of record.aliases) {
        this.add(alias.text, id, alias.form);
        for (const short of numberedForms(alias.text)) this.add(short, id, alias.form);
        // "Gorbachev–Kaifu meeting (1991)" is asked about as "the Gorbachev–Kaifu meeting".
        const bare = alias.text.replace(/\s*\([^)]*\)\s*/g, " ").trim();
        if (bare !== alias.text && bare) this.add(bare, id, alias.form);
      }
      // Names readers use that the article does not ("Seoul", "the Second World War"): the seed
      // checks that none is another entity's name or alias, so each names one entity only.
      for (const known of record.knownAs) {
        this.add(known.text, id, "known-as");
        for (const short of numberedForms(known.text)) this.add(short, id, "known-as");
      }
    }
    for (const [surname, [id, ...others]] of surnames)
      if (id && others.length === 0) this.add(surname, id, "alias");
    for (const [state, codes] of Object.entries(COUNTRY_CODES))
      if (catalog.byId.has(state)) for (const code of codes) this.add(code, state, "alias");
    // "The South Korean government", "the Indian authorities": a state's government, by its adjective.
    for (const [state, forms] of Object.entries(DEMONYMS)) {
      if (!catalog.byId.has(state)) continue;
      for (const adjective of forms.filter(
        (f) => !/['’]s$/.test(f) && f !== catalog.byId.get(state)?.row.name,
      ))
        for (const body of GOVERNMENT_WORDS) this.add(`${adjective} ${body}`, state, "metonym");
    }
    // Names of three or more capitalised words are asked about by their initials, typed in
    // capitals ("ICWA", "SPIEF"): when no other entity's initials or names are the same, and the
    // initials are no English word.
    const byInitials = new Map<string, Set<string>>();
    for (const record of catalog.all)
      for (const alias of record.aliases) {
        const ws = alias.text
          .replace(/\s*\([^)]*\)\s*/g, " ")
          .trim()
          .split(/\s+/);
        const capitalised = ws.filter((w) => !CONNECTORS.has(w.toLowerCase()));
        if (capitalised.length < 3 || !capitalised.every((w) => /^\p{Lu}/u.test(w))) continue;
        // A numbered name has its own short forms ("WWII", "WW2"): its first letters ("WWI") name another.
        if (numberedForms(alias.text).length) continue;
        const short = initials(ws);
        byInitials.set(short, (byInitials.get(short) ?? new Set()).add(record.row.id));
      }
    for (const [short, ids] of byInitials) {
      const [only] = ids;
      if (
        ids.size !== 1 ||
        !only ||
        isEnglishWord(short.toLowerCase()) ||
        this.byFirstKey.has(words(short)[0]?.key ?? "")
      )
        continue;
      this.add(short, only, "alias");
    }
  }

  private addRoles(entityId: string, details: ReturnType<typeof storedFields.actor>): void {
    for (const role of details.roles ?? []) {
      // A former office names no one who holds it: "former Russian Foreign Minister" in 2000.
      if (FORMER.test(role.title)) continue;
      const period = {
        start: role.from ? `${role.from.slice(0, 4)}-01-01` : "0000-01-01",
        end: role.to ? `${role.to.slice(0, 4)}-12-31` : "9999-12-31",
      };
      const title = role.title.replace(/^(former|outgoing)\s+/i, "");
      const phrases = [title, ...(ABBREVIATIONS[title] ? [ABBREVIATIONS[title]] : [])];
      const country = role.country ?? null;
      if (country) {
        for (const adjective of DEMONYMS[country] ?? []) {
          if (!new RegExp(`^${adjective}\\b`, "i").test(title)) phrases.push(`${adjective} ${title}`);
        }
        const countryName = this.catalog.byId.get(country)?.row.name;
        // "Prime Minister of Japan", "Japan's Prime Minister" (the possessive is not a word of its own)
        if (countryName) phrases.push(`${title} of ${countryName}`, `${countryName} ${title}`);
        const shorts = [
          ...(ABBREVIATIONS[title] ? [ABBREVIATIONS[title]] : []),
          ...(OFFICE_WORDS[title] ?? []),
        ];
        for (const short of shorts) {
          for (const adjective of DEMONYMS[country] ?? []) phrases.push(`${adjective} ${short}`);
          if (countryName) phrases.push(`${countryName} ${short}`, `${short} of ${countryName}`);
        }
      }
      for (const phrase of phrases) {
        // A bare title ("President") names no one in particular.
        if (phrase === title && !/\s/.test(title)) continue;
        this.add(phrase, entityId, "role", period, country);
      }
    }
    if (details.role && !FORMER.test(details.role))
      this.add(details.role.replace(/^outgoing\s+/i, ""), entityId, "role", null);
  }

  private add(
    text: string,
    entityId: string,
    form: LinkForm,
    period: DictionaryEntry["period"] = null,
    country: string | null = null,
  ): void {
    const ws = words(text);
    if (ws.length === 0) return;
    const keys = ws.map((w) => w.key);
    // Not an acronym of three letters or more that is no English word ("ussr", "apec"): typed in
    // lower case in a search box, it can mean nothing else.
    const exactCase = ws.map((w) =>
      w.original.length >= 2 &&
      w.original === w.original.toUpperCase() &&
      /\p{L}/u.test(w.original) &&
      (w.original.length < 3 || STOPWORDS.has(w.folded) || isEnglishWord(w.folded))
        ? w.original
        : null,
    );
    // "US" in capitals is a name, though "us" is a function word.
    if (keys.every((k, i) => STOPWORDS.has(k) && exactCase[i] === null)) return;
    // A single-word office ("President") names no one in particular.
    if (form === "role" && keys.length === 1) return;
    // A leading article is optional in questions: index "the Federation" also as "Federation".
    const variants = keys[0] === "the" && keys.length > 1 ? [0, 1] : [0];
    for (const skip of variants) {
      const variant = keys.slice(skip);
      const [first] = variant;
      if (first === undefined) continue;
      const list = this.byFirstKey.get(first) ?? [];
      // After "the", capitals tell nothing: "the us" is the US, never the pronoun.
      const cased = skip === 0 && keys[0] === "the" ? exactCase.map(() => null) : exactCase.slice(skip);
      list.push({ keys: variant, entityId, form, exactCase: cased, period, country });
      this.byFirstKey.set(first, list);
    }
  }

  /** The entities named in a question, in order of appearance. */
  link(question: string, time: TimeConstraint | null): Link[] {
    const qs = words(question);
    // Every match at every position, then the longest first without overlaps, so that
    // "the Soviet President" is the office, not "the Soviet" followed by "President".
    const matches: { position: number; length: number; entries: DictionaryEntry[] }[] = [];
    for (const [i, w] of qs.entries()) {
      const entries = this.byFirstKey.get(w.key);
      if (!entries) continue;
      // "Japanese foreign minister": an office of another state than the one named before it is not this one.
      const before = demonymAt(qs, i);
      const candidates = entries.filter(
        (e) => matchesAt(qs, i, e) && !(e.form === "role" && before && e.country && before !== e.country),
      );
      const byLength = new Map<number, DictionaryEntry[]>();
      for (const c of candidates) {
        const list = byLength.get(c.keys.length);
        if (list) list.push(c);
        else byLength.set(c.keys.length, [c]);
      }
      for (const [length, entries] of byLength) matches.push({ position: i, length, entries });
    }
    // Content words count first: "Soviet President" (two) beats "the Soviet" (one).
    const weight = (m: (typeof matches)[number]) =>
      must(m.entries[0], "a match's entry").keys.filter((k) => !STOPWORDS.has(k)).length;
    matches.sort((a, b) => weight(b) - weight(a) || b.length - a.length || a.position - b.position);
    const taken = new Set<number>();
    const links: Link[] = [];
    for (const m of matches) {
      const span = Array.from({ length: m.length }, (_, k) => m.position + k);
      if (span.some((p) => taken.has(p))) continue;
      // "The foreign and defence ministers": an office in the plural names several people, not its holder.
      const last = qs[m.position + m.length - 1]?.folded ?? "";
      if (m.entries.every((e) => e.form === "role") && /[^s]s$/.test(last)) continue;
      for (const p of span) taken.add(p);
      const surface = qs
        .slice(m.position, m.position + m.length)
        .map((w) => w.original)
        .join(" ");
      const previous = qs[m.position - 1]?.key ?? null;
      // "its approach to Moscow", "according to Moscow": a party; "his visit to Moscow": the city.
      const toward = previous !== null && TOWARD.has(previous);
      // "differ from Moscow's": a city's possessive is its government's reading, stance or view.
      const end = qs[m.position + m.length - 1];
      const possessive =
        end !== undefined && /^['’]s?\b/.test(question.slice(end.index + end.original.length));
      // "different from Moscow (understanding)": what differs from a party's, not a place.
      const differsFrom =
        previous === "from" && /^(?:differ\w*|distinct|apart|aside)$/.test(qs[m.position - 2]?.folded ?? "");
      const asPlace =
        !possessive &&
        !differsFrom &&
        (toward
          ? MOTION.test(qs[m.position - 2]?.folded ?? "")
          : previous !== null && PLACE_PREPOSITIONS.has(previous));
      for (const entityId of this.choose(m.entries, asPlace, time)) {
        const { form } = must(
          m.entries.find((e) => e.entityId === entityId),
          `the entry that names ${entityId}`,
        );
        links.push({ entityId, surface, form, position: m.position, length: m.length });
      }
    }
    links.sort((a, b) => a.position - b.position);
    // One link per entity, at its first position; the words of its later mentions are its too.
    const first = new Map<string, Link>();
    return links.filter((l) => {
      const earlier = first.get(l.entityId);
      if (earlier) {
        earlier.repeats = [
          ...(earlier.repeats ?? []),
          ...Array.from({ length: l.length }, (_, k) => l.position + k),
        ];
        return false;
      }
      first.set(l.entityId, l);
      return true;
    });
  }

  /** Picks among entities sharing a surface: places where a place is meant, actors otherwise; office holders by time. */
  private choose(entries: DictionaryEntry[], afterPlaceWord: boolean, time: TimeConstraint | null): string[] {
    const roles = entries.filter((e) => e.form === "role");
    if (roles.length === entries.length) {
      const dated = roles.flatMap((r) => (r.period ? [{ entityId: r.entityId, period: r.period }] : []));
      // An office at a time names who held it then, or no one the article knows of.
      if (time) {
        const inTime = dated.filter((r) => overlaps(time, r.period.start, r.period.end));
        return [...new Set(inTime.map((r) => r.entityId))];
      }
      // No time given: the office holder the article speaks of last (its present, 2013-2014).
      const latest = [...dated].sort((a, b) => (a.period.end < b.period.end ? 1 : -1))[0];
      return [latest?.entityId ?? must(roles[0], "an office's entry").entityId];
    }
    const metonyms = entries.filter((e) => e.form === "metonym");
    const proper = entries.filter((e) => e.form !== "metonym");
    if (metonyms.length) {
      const asPlace = proper.length > 0 && afterPlaceWord;
      if (asPlace) return [...new Set(proper.map((e) => e.entityId))];
      const rank = (id: string) => this.prominence.get(id) ?? 0;
      const [best] = [...new Set(metonyms.map((e) => e.entityId))].sort((a, b) => rank(b) - rank(a));
      return [must(best, "a metonym's entity")];
    }
    return [...new Set(entries.map((e) => e.entityId))];
  }
}

/** The state a folded adjective or name stands for ("japanese", "russia's" → its id), if any. */
export function demonymState(folded: string): string | null {
  return DEMONYM_STATES.get(folded.replace(/['’]s$/, "")) ?? null;
}
/** Each state's forms, lower case without a possessive → the first state (in DEMONYMS' order) written so. */
const DEMONYM_STATES = new Map<string, string>();
for (const [state, forms] of Object.entries(DEMONYMS))
  for (const f of forms) {
    const bare = f.toLowerCase().replace(/['’]s$/, "");
    if (!DEMONYM_STATES.has(bare)) DEMONYM_STATES.set(bare, state);
  }

/** The state whose adjective stands just before position i ("Japanese" → japan), if any. */
function demonymAt(qs: Word[], i: number): string | null {
  const w = qs[i - 1];
  return w ? demonymState(w.folded) : null;
}

function matchesAt(qs: Word[], i: number, entry: DictionaryEntry): boolean {
  if (i + entry.keys.length > qs.length) return false;
  for (let k = 0; k < entry.keys.length; k++) {
    const w = qs[i + k];
    if (!w || w.key !== entry.keys[k]) return false;
    // Within a name of three words or more the other words tell it: "us-japan security treaty".
    const exact = entry.keys.length < 3 ? entry.exactCase[k] : null;
    if (exact && w.original !== exact) return false;
  }
  return true;
}
