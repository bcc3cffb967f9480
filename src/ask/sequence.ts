// Questions that ask for events in order ("Put in chronological order: A, B, C", "Which came
// first, A or B?", "Did A come before or after B?"): each event the question lists is looked up
// on its own, the best dated claim about it chosen, and the claims given in the order the events
// happened. A question that lists nothing (“What is the timeline of the dispute?”) gets the
// best dated claims in date order.
import { extend } from "../lib/extend.ts";
import type { AskIndex } from "./index.ts";
import { interpret, type Reading } from "./interpret.ts";
import { type Scored, scoreClaims } from "./rank.ts";
import { relevant } from "./strategies.ts";
import { contentKeys } from "./words.ts";

/** What comes before the list: "Put in chronological order:", "Which came first,", "In what order did". */
const LEAD_IN = [
  // Anything up to a colon: "Put these in order: A, B", "Which came first: A or B?"
  /^[^:]*:\s*/,
  /^(?:please\s+)?(?:put|place|list|sort|arrange|order|sequence|rank)\b(?:\s+(?:these|the following)(?:\s+(?:events|things|meetings))?)?(?:\s+in\s+(?:chronological\s+|date\s+|time\s+)?order|\s+chronologically|\s+by date)?\s*,?\s*/i,
  /^in\s+(?:what|which)\s+order\s+(?:did|do|were|was|are|have|had)\s+(?:these\s+(?:events\s+)?(?:happen|occur|take place)\s*[:,]?\s*)?/i,
  /^(?:which|what)\s+(?:event\s+)?(?:came|happened|occurred|took place|was|is)\s+(?:first|earlier|later|last|sooner)\s*[,:]?\s*/i,
  /^(?:did|does|was|were)\s+/i,
];

/** Between the listed things: commas and semicolons, and the last one's "and", "or", "or after". */
const BETWEEN =
  /\s*[,;]\s*(?:(?:and|or|then)\s+)?|\s+(?:come|came|happen(?:ed)?|occur(?:red)?|take place|took place)?\s*(?:before or after|after or before|before|after|earlier than|later than)\s+|\s+(?:and then|or|and)\s+(?=(?:the|a|an|his|her|its|their)\b|\p{Lu})/iu;

/**
 * The things a question asks to put in order, as worded, or none when it lists fewer than two:
 * "Put in order: the Tokyo Declaration, the Putin–Mori meeting and the January 2003 summit"
 * gives three.
 */
export function listedItems(question: string): string[] {
  let text = question.trim().replace(/[?.!]+$/, "");
  for (const lead of LEAD_IN) {
    const m = lead.exec(text);
    if (m && m[0].length < text.length) {
      text = text.slice(m[0].length);
      if (lead === LEAD_IN[0]) break;
    }
  }
  // "…, come first?": the question's own ending is no item.
  text = text.replace(/,?\s+(?:came|come|happened|happen|occurred)\s+(?:first|earlier|later|last)$/i, "");
  const items = text
    .split(BETWEEN)
    .map((s) => s?.trim().replace(/^(?:and|or|then)\s+/i, "") ?? "")
    .filter((s) => contentKeys(s).length > 0);
  return items.length >= 2 ? items : [];
}

type Dated = Scored & { date: string };

/**
 * The events a reading names, grouped by the words that named them: "the Yeltsin–Hashimoto
 * summits" is one item even though it names the series and both summits. Two people who met
 * once name their meeting ("Putin and Mori").
 */
function eventGroups(index: AskIndex, reading: Reading): string[][] {
  const bySurface = new Map<string, string[]>();
  for (const e of reading.entities) {
    const list = bySurface.get(e.surface) ?? [];
    list.push(e.id);
    bySurface.set(e.surface, list);
  }
  const groups = [...bySurface.values()];
  const named = new Set(groups.flat());
  const people = reading.entities.flatMap(({ id }) => {
    const events = index.eventsByParticipant.get(id);
    return events ? [{ id, events }] : [];
  });
  for (const { id: a, events: eventsOfA } of people)
    for (const { id: b, events: eventsOfB } of people) {
      // Only a pair that met once names a meeting: Russia and Japan together name none.
      const shared = a < b ? [...eventsOfA].filter((event) => eventsOfB.has(event)) : [];
      const [event] = shared;
      if (event !== undefined && shared.length === 1 && !named.has(event)) {
        groups.push([event]);
        named.add(event);
      }
    }
  return groups;
}

/**
 * The claim that best stands for a dated event among the claims about it: one reporting the
 * event in the year it happened, else one dated or worded in that year, else any event claim,
 * else the best.
 */
function standFor(about: Scored[], date: string): Scored | undefined {
  const year = date.slice(0, 4);
  const sameYear = (s: Scored) => s.claim.dateStart?.slice(0, 4) === year || s.claim.quote.includes(year);
  return (
    about.find((s) => s.claim.kind === "event" && sameYear(s)) ??
    about.find(sameYear) ??
    about.find((s) => s.claim.kind === "event") ??
    about[0]
  );
}

/** The best claim for the events a reading names, dated by the earliest of them. */
function namedEvents(index: AskIndex, reading: Reading, ranked: Scored[], taken: Set<string>): Dated[] {
  const out: Dated[] = [];
  for (const group of eventGroups(index, reading)) {
    const [date] = group
      .map((id) => index.eventDates.get(id))
      .filter((d): d is string => d !== undefined)
      .sort();
    if (date === undefined) continue;
    const about = ranked.filter((r) => group.some((id) => r.claim.about.has(id)) && !taken.has(r.claim.id));
    const best = standFor(about, date);
    if (best) {
      out.push(extend(best, { date }));
      taken.add(best.claim.id);
    }
  }
  return out;
}

/** How far down an item's own ranking a dated claim may be and still stand for it. */
const ITEM_DEPTH = 3;

/**
 * One claim per event the question lists or names, in the order the events happened; for a
 * question that lists none, its best dated claims in date order.
 */
export function inOrder(index: AskIndex, reading: Reading, ranked: Scored[], limit: number): Scored[] {
  const taken = new Set<string>();
  const chosen: Dated[] = [];
  const items = listedItems(reading.text);
  for (const item of items) {
    // Each listed thing is read and ranked on its own, as if asked alone.
    const alone = interpret(index, item);
    const own = relevant(scoreClaims(index, alone));
    // "Putin's 2001 affirmation that the 1956 Declaration was valid" is dated by its own year,
    // not by the event it names.
    const named = alone.time ? [] : namedEvents(index, alone, own, taken);
    if (named.length) {
      chosen.push(...named);
      continue;
    }
    const best = own.slice(0, ITEM_DEPTH).find((s) => s.claim.dateStart !== null && !taken.has(s.claim.id));
    if (best?.claim.dateStart) {
      chosen.push(extend(best, { date: best.claim.dateStart }));
      taken.add(best.claim.id);
    }
  }
  // Without a list, the events the whole question names.
  if (chosen.length < 2) {
    taken.clear();
    chosen.splice(0, chosen.length, ...namedEvents(index, reading, ranked, taken));
  }
  if (chosen.length >= 2)
    return chosen
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claim.ordinal - b.claim.ordinal))
      .slice(0, limit);
  const dated = ranked
    .flatMap((r) => (r.claim.dateStart ? [{ r, start: r.claim.dateStart }] : []))
    .slice(0, limit);
  return dated.sort((a, b) => (a.start < b.start ? -1 : 1)).map(({ r }) => r);
}
