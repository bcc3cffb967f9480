// Dates as the article writes them ("January 18, 2014", "12 February 2013", "October 2003",
// "Spring 1998") turned into ISO dates exactly as precise as the text: YYYY-MM-DD, YYYY-MM or YYYY.
// A season says no more than its year, so "Spring 1998" is "1998". Never throws.

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

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface FoundDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  iso: string;
  /** The date as written. */
  text: string;
  /** UTF-16 index of `text` in the searched string. */
  index: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The ISO form of year / month / day, or null when the day does not exist. */
function isoFrom(year: number, month?: number, day?: number): string | null {
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
  const iso = ISO_DATE.exec(candidate);
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
