// Partial ISO dates ("2013", "2013-04", "2013-04-29") and their sortable bounds. The article
// dates things only as precisely as it knows them; filters compare periods by overlap.

export interface Period {
  /** As written: "2013-04", or "1997-11/1998-04" for a period. */
  text: string;
  /** First and last day covered, YYYY-MM-DD. */
  start: string;
  end: string;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The bounds of a partial ISO date, or null when it is not one (or not a real day). */
export function partialDateBounds(value: string): { start: string; end: string } | null {
  const m = PARTIAL_ISO.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  const y = m[1]!;
  if (month === null) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const mm = m[2]!;
  if (day === null) return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(daysInMonth(year, month))}` };
  return { start: `${y}-${mm}-${m[3]}`, end: `${y}-${mm}-${m[3]}` };
}

/** A period from a single date or a from/to pair; null when nothing is given; throws on a bad date. */
export function toPeriod(date?: string | null, from?: string | null, to?: string | null): Period | null {
  if (date) {
    const b = partialDateBounds(date);
    if (!b) throw new Error(`"${date}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
    return { text: date, ...b };
  }
  if (!from && !to) return null;
  const fromBounds = from ? partialDateBounds(from) : null;
  const toBounds = to ? partialDateBounds(to) : null;
  if (from && !fromBounds) throw new Error(`"${from}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (to && !toBounds) throw new Error(`"${to}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  const start = fromBounds?.start ?? "0000-01-01";
  const end = toBounds?.end ?? "9999-12-31";
  if (start > end) throw new Error(`the period ${from} to ${to} ends before it starts`);
  return { text: `${from ?? ""}/${to ?? ""}`, start, end };
}
