// Collection queries over the entity catalogue: filters on the typed fields, ordered for keyset
// pagination (by id; events by date, then id, so that they list in chronological order).
import type { CoreDataset } from "../../dataset/core.ts";
import { type EntityRecord, storedFields, takesPart } from "../../dataset/entities.ts";
import { overlaps, yearBounds } from "../../lib/dates.ts";
import {
  actorFields,
  entityBase,
  eventFields,
  placeFields,
  treatyFields,
} from "../entities/entities.repo.ts";
import {
  type Actor,
  ActorSchema,
  type Event,
  EventSchema,
  type Island,
  IslandSchema,
  type Place,
  PlaceSchema,
  type Summit,
  SummitSchema,
  type Treaty,
  TreatySchema,
} from "./collections.schemas.ts";

type Collection = EntityRecord["row"]["type"];

function members(data: CoreDataset, type: Collection): EntityRecord[] {
  return data.entities.all.filter((r) => r.row.type === type);
}

/**
 * The member of a collection with this id, in the collection's view: an entity of its type and,
 * for the collections that list only some kinds (/v1/islands, /v1/summits), of one of those kinds;
 * null when there is none.
 */
export function findMember<T>(
  data: CoreDataset,
  type: Collection,
  kinds: readonly string[] | null,
  id: string,
  view: (data: CoreDataset, r: EntityRecord) => T,
): T | null {
  const record = data.entities.byId.get(id);
  if (record?.row.type !== type || (kinds && !kinds.includes(record.row.kind))) return null;
  return view(data, record);
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

export function actorView(data: CoreDataset, r: EntityRecord): Actor {
  const base = entityBase(r);
  return { ...base, type: "actor", kind: ActorSchema.shape.kind.parse(base.kind), ...actorFields(data, r) };
}

export function treatyView(data: CoreDataset, r: EntityRecord): Treaty {
  const base = entityBase(r);
  return {
    ...base,
    type: "treaty",
    kind: TreatySchema.shape.kind.parse(base.kind),
    ...treatyFields(data, r),
  };
}

export function placeView(data: CoreDataset, r: EntityRecord): Place {
  const base = entityBase(r);
  return { ...base, type: "place", kind: PlaceSchema.shape.kind.parse(base.kind), ...placeFields(data, r) };
}

export function eventView(data: CoreDataset, r: EntityRecord): Event {
  const base = entityBase(r);
  return { ...base, type: "event", kind: EventSchema.shape.kind.parse(base.kind), ...eventFields(data, r) };
}

/** An island or island group, as /v1/islands shows it. */
export function islandView(data: CoreDataset, r: EntityRecord): Island {
  const place = placeView(data, r);
  return { ...place, kind: IslandSchema.shape.kind.parse(place.kind) };
}

/** A summit, meeting, visit or talks, as /v1/summits shows it. */
export function summitView(data: CoreDataset, r: EntityRecord): Summit {
  const event = eventView(data, r);
  return { ...event, kind: SummitSchema.shape.kind.parse(event.kind) };
}

// ---------------------------------------------------------------- lists

export function listActors(
  data: CoreDataset,
  f: { kind?: Actor["kind"]; countryId?: string },
  limit: number,
  after: string | null,
): Actor[] {
  const matching = members(data, "actor").filter((r) => {
    if (f.kind && r.row.kind !== f.kind) return false;
    return !f.countryId || storedFields.actor(r).country === f.countryId;
  });
  return pageAfter(matching, (r) => r.row.id, after, limit).map((r) => actorView(data, r));
}

export function listTreaties(
  data: CoreDataset,
  f: { kind?: Treaty["kind"]; partyId?: string; year?: number },
  limit: number,
  after: string | null,
): Treaty[] {
  const matching = members(data, "treaty").filter((r) => {
    if (f.kind && r.row.kind !== f.kind) return false;
    if (f.partyId && !storedFields.treaty(r).parties.includes(f.partyId)) return false;
    return f.year === undefined || overlapsYear(r.row.dateStart, r.row.dateEnd, f.year);
  });
  return pageAfter(matching, (r) => r.row.id, after, limit).map((r) => treatyView(data, r));
}

export interface PlaceFilters {
  /** The kinds the collection lists (all places, or islands and island groups). */
  kinds: readonly string[];
  kind?: string;
  groupId?: string;
  claimantId?: string;
  administeredById?: string;
  locatedInId?: string;
}

function matchingPlaces(data: CoreDataset, f: PlaceFilters): EntityRecord[] {
  return members(data, "place").filter((r) => {
    const s = storedFields.place(r);
    if (!f.kinds.includes(r.row.kind)) return false;
    if (f.kind && r.row.kind !== f.kind) return false;
    if (f.groupId && s.group !== f.groupId) return false;
    if (f.claimantId && !s.claimedBy.includes(f.claimantId)) return false;
    if (f.locatedInId && s.locatedIn !== f.locatedInId) return false;
    return !f.administeredById || s.administeredBy === f.administeredById;
  });
}

/** limit + 1 places after the id `after`, as /v1/places or /v1/islands shows them. */
export function listPlaces<T>(
  data: CoreDataset,
  f: PlaceFilters,
  limit: number,
  after: string | null,
  view: (data: CoreDataset, r: EntityRecord) => T,
): T[] {
  return pageAfter(matchingPlaces(data, f), (r) => r.row.id, after, limit).map((r) => view(data, r));
}

/** Events list by date, undated ones last ("~" sorts after every digit), then by id. */
export function summitKey(s: { id: string; dateStart: string | null }): string {
  return `${s.dateStart ?? "~"}|${s.id}`;
}

export interface EventFilters {
  /** The kinds the collection lists (all events, or summits, meetings, visits and talks). */
  kinds: readonly string[];
  kind?: string;
  participantId?: string;
  year?: number;
  placeId?: string;
}

const eventKeyOf = (r: EntityRecord) => summitKey({ id: r.row.id, dateStart: r.row.dateStart });

function matchingEvents(data: CoreDataset, f: EventFilters): EntityRecord[] {
  return members(data, "event")
    .filter((r) => {
      const s = storedFields.event(r);
      if (!f.kinds.includes(r.row.kind)) return false;
      if (f.kind && r.row.kind !== f.kind) return false;
      if (f.participantId && !takesPart(data.entities, s.participants, f.participantId)) return false;
      if (f.placeId && s.place !== f.placeId) return false;
      return f.year === undefined || overlapsYear(r.row.dateStart, r.row.dateEnd, f.year);
    })
    .sort((a, b) => (eventKeyOf(a) < eventKeyOf(b) ? -1 : eventKeyOf(a) > eventKeyOf(b) ? 1 : 0));
}

/** limit + 1 events after the key `after`, as /v1/events or /v1/summits shows them. */
export function listEvents<T>(
  data: CoreDataset,
  f: EventFilters,
  limit: number,
  after: string | null,
  view: (data: CoreDataset, r: EntityRecord) => T,
): T[] {
  return pageAfter(matchingEvents(data, f), eventKeyOf, after, limit).map((r) => view(data, r));
}
