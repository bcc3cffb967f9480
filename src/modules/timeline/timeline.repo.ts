// The timeline: dated summits and events, treaties and documents, and claims merged into one
// chronological list, ordered by start date, then entities before claims, then id or reading order.

import type { ClaimRow } from "../../dataset/claims.ts";
import type { CoreDataset } from "../../dataset/core.ts";
import { storedFields, takesPart } from "../../dataset/entities.ts";
import { prebuilder } from "../../http/fragments.ts";
import { OPEN_START } from "../../lib/dates.ts";
import { hydrateClaims } from "../claims/claims.repo.ts";
import { entityRef } from "../entities/entities.refs.ts";
import { eventDateText } from "../entities/entities.repo.ts";
import { type TimelineItem, TimelineItemSchema } from "./timeline.schemas.ts";

export interface TimelineFilters {
  actorId?: string;
  /** First and last day of the period asked for (YYYY-MM-DD). */
  start?: string;
  end?: string;
  kind?: TimelineItem["kind"];
}

interface Entry {
  /** The keyset key: start date, 0 for a summit or 1 for a claim, then id or padded ordinal. */
  key: string;
  date: { text: string; start: string; end: string };
  entityId?: string;
  kind?: "event" | "treaty";
  /** An event's participants or a treaty's parties. */
  actors?: readonly string[];
  claim?: ClaimRow;
}

/** Dated summits and events (with their participants) and treaties and documents (with their parties). */
function entityEntries(data: CoreDataset): Entry[] {
  const entries: Entry[] = [];
  for (const record of data.entities.all) {
    const { id, type, dateStart, dateEnd } = record.row;
    if ((type !== "event" && type !== "treaty") || !dateStart || !dateEnd) continue;
    const actors =
      type === "event" ? storedFields.event(record).participants : storedFields.treaty(record).parties;
    const text = type === "event" ? eventDateText(record) : storedFields.treaty(record).date;
    entries.push({
      key: `${dateStart}|0|${id}`,
      date: { text: text ?? dateStart, start: dateStart, end: dateEnd },
      entityId: id,
      kind: type,
      actors,
    });
  }
  return entries;
}

function claimEntries(data: CoreDataset): Entry[] {
  const entries: Entry[] = [];
  for (const claim of data.claimIndex.rows) {
    if (!claim.dateText || !claim.dateStart || !claim.dateEnd) continue;
    // A period open at its start ("till the beginning of 2013") stands where it ends, not at year 0.
    const at = claim.dateStart === OPEN_START ? claim.dateEnd : claim.dateStart;
    entries.push({
      key: `${at}|1|${String(claim.ordinal).padStart(8, "0")}`,
      date: { text: claim.dateText, start: claim.dateStart, end: claim.dateEnd },
      claim,
    });
  }
  return entries;
}

/** A dataset's whole timeline in order, built on first use (keyed by its claim index, one per dataset). */
const timelines = new WeakMap<object, Entry[]>();

function timelineOf(data: CoreDataset): Entry[] {
  let all = timelines.get(data.claimIndex);
  if (all === undefined) {
    all = [...entityEntries(data), ...claimEntries(data)].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    timelines.set(data.claimIndex, all);
  }
  return all;
}

function keeps(data: CoreDataset, e: Entry, f: TimelineFilters, about: Set<string> | null): boolean {
  if (f.kind) {
    if (e.claim ? f.kind !== "claim" : f.kind !== e.kind) return false;
  }
  // Periods overlap: the entry ends on or after the start asked for and starts on or before its end.
  if (f.start && e.date.end < f.start) return false;
  if (f.end && e.date.start > f.end) return false;
  if (f.actorId) {
    if (e.claim) return e.claim.speakerId === f.actorId || (about?.has(e.claim.id) ?? false);
    return takesPart(data.entities, e.actors ?? [], f.actorId);
  }
  return true;
}

const prebuiltItem = prebuilder(TimelineItemSchema);
/** Each entry of a dataset's timeline → its item, built once (with its JSON) and frozen. */
const items = new WeakMap<Entry, TimelineItem>();

function itemOf(data: CoreDataset, e: Entry): TimelineItem {
  let item = items.get(e);
  if (item !== undefined) return item;
  if (e.entityId && e.kind) {
    const entity = entityRef(data, e.entityId);
    item = prebuiltItem({ kind: e.kind, date: e.date, title: entity.name, entity });
  } else {
    const [claim] = e.claim ? hydrateClaims(data, [e.claim]) : [];
    if (!claim) throw new Error(`timeline item ${e.key} has neither an entity nor a known claim`);
    item = prebuiltItem({ kind: "claim", date: e.date, title: claim.summary, claim });
  }
  items.set(e, item);
  return item;
}

/**
 * One page (limit + 1 items) of the timeline after the keyset key `after`, with its keys. Read from
 * the dataset's whole timeline, ordered once; each item is built once per dataset and shared
 * (frozen, its JSON prebuilt: src/http/fragments.ts).
 */
export function timelinePage(
  data: CoreDataset,
  f: TimelineFilters,
  limit: number,
  after: string | null,
): { key: string; item: TimelineItem }[] {
  const all = timelineOf(data);
  const about = f.actorId ? new Set((data.claimIndex.byAbout.get(f.actorId) ?? []).map((c) => c.id)) : null;
  const page: { key: string; item: TimelineItem }[] = [];
  for (let i = after === null ? 0 : firstAfter(all, after); i < all.length && page.length <= limit; i++) {
    const e = all[i] as Entry;
    if (keeps(data, e, f, about)) page.push({ key: e.key, item: itemOf(data, e) });
  }
  return page;
}

/** The position of the first entry whose key is after `key` (binary search). */
function firstAfter(entries: Entry[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).key <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
