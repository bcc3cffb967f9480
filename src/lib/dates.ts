// The one date module of the code base. Dates are partial ISO dates, as precise as the article
// knows them: YYYY, YYYY-MM or YYYY-MM-DD, each a real calendar day, month or year (0001-9999).
// - reading the article: written dates ("January 18, 2014", "12 February 2013", "October 2003",
//   "Spring 1998") to partial ISO dates (a season says no more than its year); never throws;
// - bounds and periods: the first and last day a partial date or a "from/to" period covers, for
//   comparisons by overlap;
// - the API: one zod schema for every date parameter and one reading of a from/to pair, so that
//   an impossible date or a period ending before it starts is a 400 problem on every route.
import { z } from "zod";
import { integerParam } from "../http/params.ts";
import { badRequest } from "../http/problem.ts";

const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

// Full names before their abbreviations so that the alternation takes the longest word.
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";
const SEASON = "(Spring|Summer|Autumn|Fall|Winter)";

/** One alternative per written form; the groups are read back in `toFoundDate`. */
const DATE_PATTERN = new RegExp(
  [
    `\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, // January 18, 2014  → groups 1-3
    `\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, // 12 February 2013  → groups 4-6
    `\\b${MONTH},?\\s+${YEAR}`, //          October 2003      → groups 7-8
    `\\b${SEASON},?\\s+${YEAR}`, //         Spring 1998       → groups 9-10
  ]
    .map((alternative) => `(?:${alternative})`)
    .join("|")
    .concat("(?!\\d)"),
  "giu",
);

/** The shape of a partial ISO date; `isoFrom` decides whether it is a real one. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface FoundDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  iso: string;
  /** The date as written. */
  text: string;
  /** UTF-16 index of `text` in the searched string. */
  index: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The ISO form of year / month / day, or null when the year, month or day does not exist. */
function isoFrom(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month === undefined) return pad(year, 4);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${pad(year, 4)}-${pad(month, 2)}`;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function monthNumber(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTH_NUMBERS[word.toLowerCase()];
}

function toIso(match: RegExpExecArray): string | null {
  const [, m1, d1, y1, d2, m2, y2, m3, y3, , y4] = match;
  if (y1 !== undefined) return isoFrom(Number(y1), monthNumber(m1), Number(d1));
  if (y2 !== undefined) return isoFrom(Number(y2), monthNumber(m2), Number(d2));
  if (y3 !== undefined) return isoFrom(Number(y3), monthNumber(m3));
  if (y4 !== undefined) return isoFrom(Number(y4));
  return null;
}

/** Every written date in `text`, in order; impossible days ("February 30, 2013") are skipped. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const iso = toIso(match);
    if (iso !== null) found.push({ iso, text: match[0], index: match.index });
  }
  return found;
}

/**
 * The ISO form of a string that is a date and nothing else (surrounding spaces and a final
 * full stop or comma allowed); also accepts ISO dates and a bare year. Null otherwise.
 */
export function parseDate(text: string): string | null {
  const candidate = text.trim().replace(/[.,;]+$/, "");
  const iso = PARTIAL_DATE_PATTERN.exec(candidate);
  if (iso) {
    const [, year, month, day] = iso;
    return isoFrom(
      Number(year),
      month === undefined ? undefined : Number(month),
      day === undefined ? undefined : Number(day),
    );
  }
  const [only, ...others] = findDates(candidate);
  if (only && others.length === 0 && only.text.length === candidate.length) return only.iso;
  return null;
}

/**
 * Whether `earlier` is before `later` at the precision both share: "2013-01-16" is before
 * "2013-04-29", but nothing can be said of "2013" against "2013-04-29".
 */
export function isBefore(earlier: string, later: string): boolean {
  const shared = Math.min(earlier.length, later.length);
  return earlier.slice(0, shared) < later.slice(0, shared);
}

/** The partial ISO date itself when it is one (exactly, no spaces), else null. */
export function validPartialDate(value: string): string | null {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return null;
  const [, year, month, day] = m;
  return isoFrom(
    Number(year),
    month === undefined ? undefined : Number(month),
    day === undefined ? undefined : Number(day),
  );
}

export interface Bounds {
  /** First and last day covered, YYYY-MM-DD. */
  start: string;
  end: string;
}

export interface Period extends Bounds {
  /** As written: "2013-04", or "1997-11/1998-04" for a period. */
  text: string;
}

/** The first and last day of a partial ISO date, or null when it is not a real one. */
export function partialDateBounds(value: string): Bounds | null {
  const iso = validPartialDate(value.trim());
  if (!iso) return null;
  const [y, m, d] = iso.split("-");
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (d === undefined)
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${daysInMonth(Number(y), Number(m))}` };
  return { start: iso, end: iso };
}

/** The bounds of a calendar year. */
export function yearBounds(year: number): Bounds {
  const y = pad(year, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Whether two periods share a day; a missing bound is open. */
export function overlaps(a: Partial<Bounds>, b: Partial<Bounds>): boolean {
  return (!a.start || !b.end || a.start <= b.end) && (!a.end || !b.start || a.end >= b.start);
}

const NOT_A_DATE = "use YYYY, YYYY-MM or YYYY-MM-DD";

/** The bounds a period open at its start or end is stored with ("/2013-01" starts at OPEN_START). */
export const OPEN_START = "0000-01-01";
export const OPEN_END = "9999-12-31";

/** A period from a single date or a from/to pair; null when nothing is given; throws on a bad date. */
export function toPeriod(date?: string | null, from?: string | null, to?: string | null): Period | null {
  if (date) {
    const b = partialDateBounds(date);
    if (!b) throw new Error(`"${date}" is not a date (${NOT_A_DATE})`);
    return { text: date, ...b };
  }
  if (!from && !to) return null;
  const fromBounds = from ? partialDateBounds(from) : null;
  const toBounds = to ? partialDateBounds(to) : null;
  if (from && !fromBounds) throw new Error(`"${from}" is not a date (${NOT_A_DATE})`);
  if (to && !toBounds) throw new Error(`"${to}" is not a date (${NOT_A_DATE})`);
  const start = fromBounds?.start ?? OPEN_START;
  const end = toBounds?.end ?? OPEN_END;
  if (start > end) throw new Error(`the period ${from} to ${to} ends before it starts`);
  return { text: `${from ?? ""}/${to ?? ""}`, start, end };
}

// ---- The API's date parameters ---------------------------------------------------------------

/** Every date parameter of the API: a real partial ISO date, else a 400 naming the parameter. */
export const PartialDateParam = z
  .string()
  .max(10)
  .regex(PARTIAL_DATE_PATTERN, NOT_A_DATE)
  .refine((value) => validPartialDate(value) !== null, {
    message: "not a calendar date (months 01-12, days that exist in their month, years 0001-9999)",
  });

/** A calendar year parameter (`year=1956`). */
export const YearParam = integerParam(1, 9999);

/**
 * The period a `from` / `to` pair of query parameters asks for (each already a valid partial
 * date), or null when neither is given; a period that ends before it starts is a 400.
 */
export function queryPeriod(from: string | undefined, to: string | undefined): Partial<Bounds> | null {
  if (!from && !to) return null;
  const start = from ? partialDateBounds(from)?.start : undefined;
  const end = to ? partialDateBounds(to)?.end : undefined;
  if ((from && !start) || (to && !end)) {
    // Unreachable behind PartialDateParam; kept so that a caller without it still gets a 400.
    throw badRequest(`Not a date: ${from && !start ? `from=${from}` : `to=${to}`} (${NOT_A_DATE}).`);
  }
  if (start && end && start > end) {
    throw badRequest(`The period ends before it starts: from=${from} is after to=${to}.`, {
      errors: [{ pointer: "/query/to", message: `ends before from=${from} starts` }],
    });
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}
