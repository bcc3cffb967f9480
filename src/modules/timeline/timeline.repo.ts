// The timeline: dated summits and events, treaties and documents, and claims merged into one
// chronological list, ordered by start date, then entities before claims, then id or reading order.
import { eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/open.ts";
import * as t from "../../db/schema.ts";
import { OPEN_START } from "../../lib/dates.ts";
import { hydrateClaims } from "../claims/claims.repo.ts";
import { entityCatalog, storedFields, takesPart } from "../entities/entities.catalog.ts";
import { entityRef } from "../entities/entities.refs.ts";
import { summitDateText } from "../entities/entities.repo.ts";
import type { TimelineItem } from "./timeline.schemas.ts";

type ClaimRow = typeof t.claims.$inferSelect;

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
  kind?: "summit" | "treaty";
  claim?: ClaimRow;
}

/** Dated summits and events (with their participants) and treaties and documents (with their parties). */
function entityEntries(db: Db, f: TimelineFilters): Entry[] {
  const entries: Entry[] = [];
  for (const record of entityCatalog(db).all) {
    const { id, type, dateStart, dateEnd } = record.row;
    if ((type !== "summit" && type !== "treaty") || !dateStart || !dateEnd) continue;
    if (f.kind && f.kind !== type) continue;
    const actors =
      type === "summit" ? storedFields.summit(record).participants : storedFields.treaty(record).parties;
    if (f.actorId && !takesPart(db, actors, f.actorId)) continue;
    const text = type === "summit" ? summitDateText(record) : storedFields.treaty(record).date;
    entries.push({
      key: `${dateStart}|0|${id}`,
      date: { text: text ?? dateStart, start: dateStart, end: dateEnd },
      entityId: id,
      kind: type,
    });
  }
  return entries;
}

function claimEntries(db: Db, f: TimelineFilters): Entry[] {
  const about = f.actorId
    ? new Set(
        db
          .select({ id: t.claimAbout.claimId })
          .from(t.claimAbout)
          .where(eq(t.claimAbout.entityId, f.actorId))
          .all()
          .map((r) => r.id),
      )
    : null;
  const entries: Entry[] = [];
  for (const claim of db.select().from(t.claims).where(isNotNull(t.claims.dateStart)).all()) {
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
  db: Db,
  f: TimelineFilters,
  limit: number,
  after: string | null,
): { key: string; item: TimelineItem }[] {
  const entries = [
    ...(f.kind === "claim" ? [] : entityEntries(db, f)),
    ...(f.kind === "summit" || f.kind === "treaty" ? [] : claimEntries(db, f)),
  ]
    // Periods overlap: the entry ends on or after the start asked for and starts on or before its end.
    .filter((e) => (!f.start || e.date.end >= f.start) && (!f.end || e.date.start <= f.end))
    .filter((e) => after === null || e.key > after)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit + 1);
  const claims = new Map(
    hydrateClaims(
      db,
      entries.flatMap((e) => (e.claim ? [e.claim] : [])),
    ).map((c) => [c.id, c]),
  );
  return entries.map((e) => {
    if (e.entityId && e.kind) {
      const entity = entityRef(db, e.entityId);
      return { key: e.key, item: { kind: e.kind, date: e.date, title: entity.name, entity } };
    }
    const claim = claims.get(e.claim!.id)!;
    return { key: e.key, item: { kind: "claim", date: e.date, title: claim.summary, claim } };
  });
}
