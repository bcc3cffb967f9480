// The catalogue of entities: every entity with its aliases and stored typed fields, read once
// per database (the data never changes while the server runs). Entity look-ups, name matching,
// the collections, the timeline and the question reader all run on it.
import { asc } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";
import type { EntityType } from "../domain/enums.ts";
import type { StoredDetails, StoredDetailsOf } from "../graph/schemas.ts";
import { fold } from "../lib/text.ts";

type EntityRow = typeof t.entities.$inferSelect;
export type AliasForm = (typeof t.aliases.$inferSelect)["form"];

export interface EntityRecord {
  row: EntityRow;
  /** The curated typed fields, as stored (ids, not references). */
  stored: StoredDetails;
  /** The name first, then aliases, then metonyms: the forms the article uses. */
  aliases: { text: string; form: Exclude<AliasForm, "known-as">; loose: string }[];
  /** Names readers use that the article does not ("Seoul", "Kunashiri"): for reading questions and filters only. */
  knownAs: { text: string; loose: string }[];
}

export interface EntityCatalog {
  /** Every entity, ordered by id. */
  all: EntityRecord[];
  byId: Map<string, EntityRecord>;
  /** Folded name, alias, metonym or known-as name → the entities it names, with the form it has for each. */
  byFoldedAlias: Map<string, { id: string; form: AliasForm }[]>;
}

export const FORM_RANK: Record<AliasForm, number> = { name: 0, alias: 1, metonym: 2, "known-as": 3 };

/**
 * What name matching compares: folded (case, accents, typographic quotes), possessive "'s"
 * dropped and quote marks removed, so "Russia's foreign minister" and "‘no-necktie’" match
 * however they are typed.
 */
export function looseName(text: string): string {
  return fold(text).replace(/'s\b/g, "").replace(/['"]/g, "").replace(/\s+/g, " ").trim();
}

/** Reads every entity and alias of a database into the catalogue. */
export function loadEntityCatalog(db: Db): EntityCatalog {
  const catalog: EntityCatalog = { all: [], byId: new Map(), byFoldedAlias: new Map() };
  for (const row of db.select().from(t.entities).orderBy(asc(t.entities.id)).all()) {
    const record: EntityRecord = { row, stored: row.details, aliases: [], knownAs: [] };
    catalog.all.push(record);
    catalog.byId.set(row.id, record);
  }
  for (const a of db.select().from(t.aliases).all()) {
    const record = catalog.byId.get(a.entityId);
    const loose = looseName(a.alias);
    if (a.form === "known-as") record?.knownAs.push({ text: a.alias, loose });
    else record?.aliases.push({ text: a.alias, form: a.form, loose });
    const named = catalog.byFoldedAlias.get(a.normalized) ?? [];
    named.push({ id: a.entityId, form: a.form });
    catalog.byFoldedAlias.set(a.normalized, named);
  }
  for (const record of catalog.all) record.aliases.sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form]);
  return catalog;
}

// ---------------------------------------------------------------- typed fields

/**
 * An entity's stored typed fields, for an entity of that type. The seed wrote them from validated
 * curated input (src/graph/anchor.ts), so they are read as stored, not parsed again.
 */
function detailsOf<T extends EntityType>(type: T) {
  return (r: EntityRecord): StoredDetailsOf[T] => {
    if (r.row.type !== type) throw new Error(`entity '${r.row.id}' is a ${r.row.type}, not a ${type}`);
    return r.stored as StoredDetailsOf[T];
  };
}

/** The stored ids of an event's participants, a place's claimants, … for filtering. */
export const storedFields = {
  actor: detailsOf("actor"),
  treaty: detailsOf("treaty"),
  place: detailsOf("place"),
  event: detailsOf("event"),
};

/**
 * Whether an actor takes part among these participants: itself, or, for a state, one of its
 * people ("Japan" took part in the Abe–Putin summit through Shinzo Abe).
 */
export function takesPart(catalog: EntityCatalog, participants: readonly string[], actorId: string): boolean {
  return participants.some((id) => {
    if (id === actorId) return true;
    const record = catalog.byId.get(id);
    return record?.row.type === "actor" && storedFields.actor(record).country === actorId;
  });
}
