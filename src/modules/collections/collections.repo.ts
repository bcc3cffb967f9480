// Collection queries over the entity catalogue: filters on the typed fields, ordered for keyset
// pagination (by id; summits by date, then id, so that they list in chronological order).
import type { Db } from "../../db/open.ts";
import { overlaps, yearBounds } from "../../lib/dates.ts";
import { type EntityRecord, entityCatalog, storedFields, takesPart } from "../entities/entities.catalog.ts";
import {
  actorFields,
  entityBase,
  islandFields,
  summitFields,
  treatyFields,
} from "../entities/entities.repo.ts";
import {
  type Actor,
  ActorSchema,
  type Island,
  IslandSchema,
  type Summit,
  SummitSchema,
  type Treaty,
  TreatySchema,
} from "./collections.schemas.ts";

type Collection = EntityRecord["row"]["type"];

function members(db: Db, type: Collection): EntityRecord[] {
  return entityCatalog(db).all.filter((r) => r.row.type === type);
}

export function memberOf(db: Db, type: Collection, id: string): EntityRecord | null {
  const record = entityCatalog(db).byId.get(id);
  return record?.row.type === type ? record : null;
}

/** Rows after the keyset key, limit + 1 of them (to know whether there is a next page). */
function pageAfter<T>(sorted: T[], keyOf: (item: T) => string, after: string | null, limit: number): T[] {
  return sorted.filter((item) => after === null || keyOf(item) > after).slice(0, limit + 1);
}

/** Whether a dated period overlaps a calendar year; undated entities never do. */
function overlapsYear(start: string | null, end: string | null, year: number): boolean {
  return start !== null && end !== null && overlaps({ start, end }, yearBounds(year));
}

// ---------------------------------------------------------------- views

export function actorView(db: Db, r: EntityRecord): Actor {
  const base = entityBase(r);
  return { ...base, type: "actor", kind: ActorSchema.shape.kind.parse(base.kind), ...actorFields(db, r) };
}

export function treatyView(db: Db, r: EntityRecord): Treaty {
  const base = entityBase(r);
  return { ...base, type: "treaty", kind: TreatySchema.shape.kind.parse(base.kind), ...treatyFields(db, r) };
}

export function islandView(db: Db, r: EntityRecord): Island {
  const base = entityBase(r);
  return { ...base, type: "island", kind: IslandSchema.shape.kind.parse(base.kind), ...islandFields(db, r) };
}

export function summitView(db: Db, r: EntityRecord): Summit {
  const base = entityBase(r);
  return { ...base, type: "summit", kind: SummitSchema.shape.kind.parse(base.kind), ...summitFields(db, r) };
}

// ---------------------------------------------------------------- lists

export function listActors(
  db: Db,
  f: { kind?: Actor["kind"]; countryId?: string },
  limit: number,
  after: string | null,
): Actor[] {
  const matching = members(db, "actor").filter((r) => {
    if (f.kind && r.row.kind !== f.kind) return false;
    return !f.countryId || storedFields.actor(r).country === f.countryId;
  });
  return pageAfter(matching, (r) => r.row.id, after, limit).map((r) => actorView(db, r));
}

export function listTreaties(
  db: Db,
  f: { kind?: Treaty["kind"]; partyId?: string; year?: number },
  limit: number,
  after: string | null,
): Treaty[] {
  const matching = members(db, "treaty").filter((r) => {
    if (f.kind && r.row.kind !== f.kind) return false;
    if (f.partyId && !storedFields.treaty(r).parties.includes(f.partyId)) return false;
    return f.year === undefined || overlapsYear(r.row.dateStart, r.row.dateEnd, f.year);
  });
  return pageAfter(matching, (r) => r.row.id, after, limit).map((r) => treatyView(db, r));
}

export function listIslands(
  db: Db,
  f: { kind?: Island["kind"]; groupId?: string; claimantId?: string; administeredById?: string },
  limit: number,
  after: string | null,
): Island[] {
  const matching = members(db, "island").filter((r) => {
    const s = storedFields.island(r);
    if (f.kind && r.row.kind !== f.kind) return false;
    if (f.groupId && s.group !== f.groupId) return false;
    if (f.claimantId && !s.claimedBy.includes(f.claimantId)) return false;
    return !f.administeredById || s.administeredBy === f.administeredById;
  });
  return pageAfter(matching, (r) => r.row.id, after, limit).map((r) => islandView(db, r));
}

/** Summits list by date, undated ones last ("~" sorts after every digit), then by id. */
export function summitKey(s: { id: string; dateStart: string | null }): string {
  return `${s.dateStart ?? "~"}|${s.id}`;
}

export function listSummits(
  db: Db,
  f: { kind?: Summit["kind"]; participantId?: string; year?: number; placeId?: string },
  limit: number,
  after: string | null,
): Summit[] {
  const keyOf = (r: EntityRecord) => summitKey({ id: r.row.id, dateStart: r.row.dateStart });
  const matching = members(db, "summit")
    .filter((r) => {
      const s = storedFields.summit(r);
      if (f.kind && r.row.kind !== f.kind) return false;
      if (f.participantId && !takesPart(db, s.participants, f.participantId)) return false;
      if (f.placeId && s.place !== f.placeId) return false;
      return f.year === undefined || overlapsYear(r.row.dateStart, r.row.dateEnd, f.year);
    })
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return pageAfter(matching, keyOf, after, limit).map((r) => summitView(db, r));
}
