// The timeline: dated summits and events, treaties and documents, and claims merged into one
// chronological list, ordered by start date, then entities before claims, then id or reading order.

import type { ClaimRow } from "../../dataset/claims.ts";
import type { CoreDataset } from "../../dataset/core.ts";
import { storedFields, takesPart } from "../../dataset/entities.ts";
import { OPEN_START } from "../../lib/dates.ts";
import { hydrateClaims } from "../claims/claims.repo.ts";
import { entityRef } from "../entities/entities.refs.ts";
import { eventDateText } from "../entities/entities.repo.ts";
import type { TimelineItem } from "./timeline.schemas.ts";

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
  claim?: ClaimRow;
}

/** Dated summits and events (with their participants) and treaties and documents (with their parties). */
function entityEntries(data: CoreDataset, f: TimelineFilters): Entry[] {
  const entries: Entry[] = [];
  for (const record of data.entities.all) {
    const { id, type, dateStart, dateEnd } = record.row;
    if ((type !== "event" && type !== "treaty") || !dateStart || !dateEnd) continue;
    if (f.kind && f.kind !== type) continue;
    const actors =
      type === "event" ? storedFields.event(record).participants : storedFields.treaty(record).parties;
    if (f.actorId && !takesPart(data.entities, actors, f.actorId)) continue;
    const text = type === "event" ? eventDateText(record) : storedFields.treaty(record).date;
    entries.push({
      key: `${dateStart}|0|${id}`,
      date: { text: text ?? dateStart, start: dateStart, end: dateEnd },
      entityId: id,
      kind: type,
    });
  }
  return entries;
}

function claimEntries(data: CoreDataset, f: TimelineFilters): Entry[] {
  const index = data.claimIndex;
  const about = f.actorId ? new Set((index.byAbout.get(f.actorId) ?? []).map((c) => c.id)) : null;
  const entries: Entry[] = [];
  for (const claim of index.rows) {
    if (!claim.dateText || !claim.dateStart || !claim.dateEnd) continue;
    if (f.actorId && claim.speakerId !== f.actorId && !about?.has(claim.id)) continue;
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

/** One page (limit + 1 items) of the timeline after the keyset key `after`, with its keys. */
export function timelinePage(
  data: CoreDataset,
  f: TimelineFilters,
  limit: number,
  after: string | null,
): { key: string; item: TimelineItem }[] {
  const entries = [
    ...(f.kind === "claim" ? [] : entityEntries(data, f)),
    ...(f.kind === "event" || f.kind === "treaty" ? [] : claimEntries(data, f)),
  ]
    // Periods overlap: the entry ends on or after the start asked for and starts on or before its end.
    .filter((e) => (!f.start || e.date.end >= f.start) && (!f.end || e.date.start <= f.end))
    .filter((e) => after === null || e.key > after)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit + 1);
  const claims = new Map(
    hydrateClaims(
      data,
      entries.flatMap((e) => (e.claim ? [e.claim] : [])),
    ).map((c) => [c.id, c]),
  );
  return entries.map((e) => {
    if (e.entityId && e.kind) {
      const entity = entityRef(data, e.entityId);
      return { key: e.key, item: { kind: e.kind, date: e.date, title: entity.name, entity } };
    }
    const claim = e.claim ? claims.get(e.claim.id) : undefined;
    if (!claim) throw new Error(`timeline item ${e.key} has neither an entity nor a known claim`);
    return { key: e.key, item: { kind: "claim", date: e.date, title: claim.summary, claim } };
  });
}
