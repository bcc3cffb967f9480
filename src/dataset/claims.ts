// The claims of one database and the mentions of its entities, read once when it is opened:
// every claim row in reading order, by id, by speaker and by subject, each claim's subjects in
// order, and each entity's mentions. Requests filter and hydrate claims from these instead of
// running a handful of small queries each (only full-text filters still go to SQLite).
import { asc, sql } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import * as t from "../db/schema.ts";

export type ClaimRow = typeof t.claims.$inferSelect;
export type MentionRow = typeof t.mentions.$inferSelect;

export interface ClaimIndex {
  /** Every claim in reading order. */
  rows: ClaimRow[];
  byId: Map<string, ClaimRow>;
  /** Claim id → the ids of the entities it is about, in their curated order. */
  about: Map<string, string[]>;
  /** Entity id → the claims it speaks, in reading order. */
  bySpeaker: Map<string, ClaimRow[]>;
  /** Entity id → the claims about it, in reading order. */
  byAbout: Map<string, ClaimRow[]>;
  /** Entity id → its mentions, in the order the database holds them. */
  mentions: Map<string, MentionRow[]>;
}

/** The order claims are listed in: reading order. */
export function compareClaims(a: ClaimRow, b: ClaimRow): number {
  return a.ordinal - b.ordinal;
}

export function loadClaimIndex(db: Db): ClaimIndex {
  const rows = db.select().from(t.claims).orderBy(asc(t.claims.ordinal)).all();
  const index: ClaimIndex = {
    rows,
    byId: new Map(rows.map((r) => [r.id, r])),
    about: new Map(),
    bySpeaker: new Map(),
    byAbout: new Map(),
    mentions: new Map(),
  };
  for (const row of rows) push(index.bySpeaker, row.speakerId, row);
  for (const a of db.select().from(t.claimAbout).orderBy(asc(t.claimAbout.ordinal)).all())
    push(index.about, a.claimId, a.entityId);
  for (const row of rows)
    for (const entityId of index.about.get(row.id) ?? []) push(index.byAbout, entityId, row);
  // In rowid order: the order a look-up by entity returns them in (its index keeps rowid order).
  for (const m of db.select().from(t.mentions).orderBy(sql`rowid`).all()) push(index.mentions, m.entityId, m);
  return index;
}

/** The claims an entity speaks or is about, in reading order, each once. */
export function claimsOfEntity(index: ClaimIndex, entityId: string): ClaimRow[] {
  const spoken = index.bySpeaker.get(entityId) ?? [];
  const about = index.byAbout.get(entityId) ?? [];
  if (about.length === 0) return spoken;
  if (spoken.length === 0) return about;
  const out: ClaimRow[] = [];
  let i = 0;
  let j = 0;
  while (i < spoken.length || j < about.length) {
    const a = spoken[i];
    const b = about[j];
    if (a !== undefined && (b === undefined || compareClaims(a, b) < 0)) {
      out.push(a);
      i++;
    } else if (b !== undefined && (a === undefined || compareClaims(b, a) < 0)) {
      out.push(b);
      j++;
    } else if (a !== undefined) {
      // The same claim, spoken by the entity and about it: once.
      out.push(a);
      i++;
      j++;
    } else break;
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
