// Time words in a question: "in 2001", "in June 2013", "since 2013", "before 2000",
// "the 1990s", "between 1997 and 1998". The result is a period in YYYY-MM-DD bounds.

import { must } from "../lib/must.ts";

export interface TimeConstraint {
  /** The words that set it. */
  text: string;
  from: string | null;
  to: string | null;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];
const MONTH = `(${MONTHS.join("|")}|${MONTH_ABBREVIATIONS.join("|")})`;

/** Whether a folded word names a month, in full or cut short ("Feb", "nov", "Sept"). */
export const isMonthWord = (folded: string) =>
  MONTHS.includes(folded) || MONTH_ABBREVIATIONS.includes(folded);

/** A month's number (1–12) from its name, in full or cut short. */
export function monthNumber(name: string): number {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
  return i + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function bounds(year: number, month: number | null): { start: string; end: string } {
  if (month === null) return { start: `${year}-01-01`, end: `${year}-12-31` };
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}` };
}

/** A date phrase: "June 2013", "2013". */
const DATE = `(?:${MONTH}\\s+)?((?:1[89]|20)\\d{2})`;

/** The period of a matched date phrase: its month group (optional) and its year group (always there). */
function point(monthName: string | undefined, year: string | undefined): { start: string; end: string } {
  return bounds(Number(must(year, "the year of a date phrase")), monthName ? monthNumber(monthName) : null);
}

/** The date phrases' patterns, compiled once. */
const BETWEEN = new RegExp(`\\b(?:between|from)\\s+${DATE}\\s+(?:and|to|until|till)\\s+${DATE}`);
/** A verb that opens a period: "starting in 2001", "beginning in the 1990s" (as "since" does). */
const OPENS = String.raw`(?:start(?:ing|ed|s)?|beginning|began|begins)\s+(?:in|from)`;
// "post-1945", "pre-1991": after and before the year, as "after 1945" and "before 1991" are.
const SINCE = new RegExp(`\\b(since|after|from|post|${OPENS})(?:\\s+|-)${DATE}`);
const BEFORE = new RegExp(`\\b(before|until|till|prior to|pre)(?:\\s+|-)${DATE}`);
const AT = new RegExp(`\\b${DATE}\\b`);

const DECADE_WORDS = [
  "twenties",
  "thirties",
  "forties",
  "fifties",
  "sixties",
  "seventies",
  "eighties",
  "nineties",
];

/**
 * A decade: "the 1990s", "the 90s", "the '90s", "the nineties"; its part ("the early/mid/late
 * 1980s": years 0–3, 4–6, 7–9) and a word before it ("after the late 1980s", "starting in the
 * late 80s": from 1987 on; "before the 1990s": up to 1989). Two digits or words are of the last
 * century (the 00s and 10s of this one).
 */
const DECADE = new RegExp(
  String.raw`\b(?:(since|after|from|before|until|till|prior\s+to|${OPENS}|in|during|by)\s+)?((?:the\s+)?(early|mid|late)?[\s-]*(?:((?:1[89]|20)\d)0s\b|['\u2019]?\b([1-9]0|00)(?:['\u2019]s|s)\b|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b))`,
);

/** The verb that opens the question's period ("starting" of "starting in the late 80s"), folded, or null. */
export function periodOpener(question: string): string | null {
  const q = question.toLowerCase();
  const opener = (m: RegExpExecArray | null) =>
    m?.[1] && new RegExp(`^${OPENS}$`).test(m[1]) ? (m[1].split(/\s+/)[0] ?? null) : null;
  return opener(DECADE.exec(q)) ?? opener(SINCE.exec(q));
}

function decadeIn(q: string): TimeConstraint | null {
  const m = DECADE.exec(q);
  if (!m) return null;
  const [, before, span = "", part, full, two, spelt] = m;
  const text = span.trim();
  const tens = two ? Number(two) : 20 + 10 * DECADE_WORDS.indexOf(spelt ?? "");
  const start = full ? Number(`${full}0`) : tens + (tens <= 10 ? 2000 : 1900);
  const [first, last] =
    part === "early" ? [0, 3] : part === "mid" ? [4, 6] : part === "late" ? [7, 9] : [0, 9];
  const from = `${start + first}-01-01`;
  const to = `${start + last}-12-31`;
  // "After the late 1980s" is said of what followed from then on, not only of the 1990s; "after
  // the 1990s" of what came after the decade.
  if (before === "after") return { text, from: part ? from : `${start + last + 1}-01-01`, to: null };
  // "starting in the late 80s", "beginning in the 1990s": from then on, as "since" is.
  if (before === "since" || before === "from" || /^(?:start|begin|began)/.test(before ?? ""))
    return { text, from, to: null };
  if (before === "before" || before?.startsWith("prior"))
    return { text, from: null, to: `${start + first - 1}-12-31` };
  if (before === "until" || before === "till" || before === "by") return { text, from: null, to };
  return { text, from, to };
}

/** "the start of 2013", "the end of 1991": the year's first or last month. */
const YEAR_EDGE =
  /\b(?:the\s+)?(?:(start|beginning|outset|early part)|(end|close))\s+of\s+((?:1[89]|20)\d{2})\b/g;

export function parseTime(question: string): TimeConstraint | null {
  const q = question
    .toLowerCase()
    .replace(YEAR_EDGE, (_, start: string | undefined, _end: string | undefined, year: string) =>
      start ? `january ${year}` : `december ${year}`,
    );
  let m = BETWEEN.exec(q);
  if (m) {
    const a = point(m[1], m[2]);
    const b = point(m[3], m[4]);
    return { text: m[0], from: a.start, to: b.end };
  }
  // "the 20th century"; "the 1900s" is read as the century it usually means, "the 1990s" as a decade.
  m = /\b(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?(1[89]|2[01])(?:st|nd|rd|th)[\s-]+century\b/.exec(q);
  if (m) {
    const first = (Number(m[1]) - 1) * 100;
    return { text: m[0], from: `${first + 1}-01-01`, to: `${first + 100}-12-31` };
  }
  m = /\b(?:the\s+)?(1[89])00s\b/.exec(q);
  if (m) {
    const first = Number(m[1]) * 100;
    return { text: m[0], from: `${first}-01-01`, to: `${first + 99}-12-31` };
  }
  const decade = decadeIn(q);
  if (decade) return decade;
  m = SINCE.exec(q);
  if (m) {
    const p = point(m[2], m[3]);
    return { text: m[0], from: m[1] === "after" || m[1] === "post" ? nextDay(p.end) : p.start, to: null };
  }
  m = BEFORE.exec(q);
  if (m) {
    const p = point(m[2], m[3]);
    return {
      text: m[0],
      from: null,
      to: m[1] === "before" || m[1] === "prior to" || m[1] === "pre" ? previousDay(p.start) : p.end,
    };
  }
  m = AT.exec(q);
  if (m) {
    const p = point(m[1], m[2]);
    return { text: m[0], from: p.start, to: p.end };
  }
  return null;
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const nextDay = (date: string) => shift(date, 1);
const previousDay = (date: string) => shift(date, -1);

/** Whether a dated item overlaps the constraint. */
export function overlaps(t: TimeConstraint, start: string, end: string): boolean {
  return (t.from === null || end >= t.from) && (t.to === null || start <= t.to);
}

const AUXILIARIES = "did|does|do|was|were|is|are|has|have|had|will|would|could|can|should";

/**
 * A leading "When …," before the question itself ("When Japan's premier came to Moscow in 2013,
 * did the Russian leader accept …?"): it dates what is asked, it does not ask when. Spoken, with
 * no comma: "when abe was in moscow what did putin say" (a subject after "when", then a question).
 */
export const LEADING_WHEN = new RegExp(
  `${leadingClause("when", false).source}|^\\W*when\\s+(?!(?:${AUXILIARIES}|and|or)\\b)[^,?;]*?\\s(?=(?:what|which|who|whom|whose|how|why|where)\\s+(?:${AUXILIARIES})\\b)`,
  "i",
);

/**
 * A clause opened by one of these words and closed by a comma before the question itself ("When
 * X, did …", "Once X, what …"): after the comma, a word that opens a question (`when` too, unless
 * the clause is itself a "when" one).
 */
export function leadingClause(openers: string, followedByWhen = true): RegExp {
  const asks = `${AUXILIARIES}|what|which|who|whom|whose|how|why|where${followedByWhen ? "|when" : ""}`;
  return new RegExp(`^\\W*(?:${openers})\\b[^,?;]*,(?=\\s*(?:${asks})\\b)`, "i");
}

/** A time stated in words rather than as a date: "since the 20th century", "from the late 1980s". */
export const PERIOD_STATED =
  /\b(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[\s-]first)\s+century\b|\b(?:1[89]|20)\d0['’]?s\b/i;

/**
 * A question (or part) that asks when: "When did …", "in what year", "which month", "what
 * decade", "… visited the shrine, and when?", "date china declared the ADIZ?", "Abe's Moscow visit - year?". Not
 * "when he met Abe" inside a question that asks something else.
 */
const WHEN =
  /^\W*(?:and\s+|but\s+|so\s+)?when\b|^\W*(?:the\s+)?(?:date|year|month)\s+(?:of\s+|when\s+)?(?!\d)|\b(?:date|year)\s*\?\s*$|\b(?:what|which)\s+(?:year|month|date|day|decade)s?\b|\bhow long ago\b|\bsince when\b|\band,?\s+(?:if\s+so,?\s+)?when\W*$/i;

/** Whether a question asks when (WHEN). */
export const asksWhen = (text: string) => WHEN.test(text.replace(LEADING_WHEN, " "));
