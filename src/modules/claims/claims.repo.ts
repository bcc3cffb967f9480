// Claim queries: filters in SQL, then hydration into the API shape with evidence and citation.
import { and, asc, eq, gt, gte, inArray, lte, ne, type SQL, sql } from "drizzle-orm";
import type { CoreDataset } from "../../dataset/core.ts";
import * as t from "../../db/schema.ts";
import { entityRef } from "../entities/entities.refs.ts";
import { citationOf, evidenceOf } from "../provenance/provenance.repo.ts";
import type { Claim } from "./claims.schemas.ts";

type ClaimRow = typeof t.claims.$inferSelect;

export interface ClaimFilters {
  speakerId?: string;
  aboutId?: string;
  kind?: ClaimRow["kind"];
  /** The period asked for (queryPeriod): first and last day, either side open. */
  start?: string;
  end?: string;
  /** Only claims stated in this document. */
  documentId?: string;
  /** Backed by this endnote: `n` of document `documentId`. */
  endnote?: { documentId: string; n: number };
  /** An FTS5 query built by plainFtsQuery; null when the text had no word. */
  ftsQuery?: string | null;
}

export function hydrateClaims(data: CoreDataset, rows: ClaimRow[]): Claim[] {
  if (rows.length === 0) return [];
  const about = new Map<string, string[]>();
  const ids = rows.map((r) => r.id);
  for (const a of data.db
    .select()
    .from(t.claimAbout)
    .where(inArray(t.claimAbout.claimId, ids))
    .orderBy(asc(t.claimAbout.ordinal))
    .all()) {
    const list = about.get(a.claimId) ?? [];
    list.push(a.entityId);
    about.set(a.claimId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    document: r.documentId,
    kind: r.kind,
    direct: r.direct,
    speaker: entityRef(data, r.speakerId),
    about: (about.get(r.id) ?? []).map((id) => entityRef(data, id)),
    date:
      r.dateText && r.dateStart && r.dateEnd
        ? { text: r.dateText, start: r.dateStart, end: r.dateEnd }
        : null,
    summary: r.summary,
    quote: r.quote,
    evidence: evidenceOf(data.text, {
      documentId: r.documentId,
      sentenceId: r.sentenceId,
      inEndnote: r.inEndnote,
      inByline: r.inByline,
      start: r.quoteStart,
      end: r.quoteEnd,
    }),
    citation: citationOf(
      data.text.need(r.documentId),
      r.endnoteN,
      r.citationRule,
      r.citationReason,
      r.citationScope,
    ),
    note: r.note,
  }));
}

function conditions(f: ClaimFilters): SQL[] {
  const where: SQL[] = [];
  if (f.speakerId) where.push(eq(t.claims.speakerId, f.speakerId));
  if (f.aboutId)
    where.push(
      sql`exists (select 1 from ${t.claimAbout} where ${t.claimAbout.claimId} = ${t.claims.id} and ${t.claimAbout.entityId} = ${f.aboutId})`,
    );
  if (f.kind) where.push(eq(t.claims.kind, f.kind));
  // Periods overlap: the claim ends on or after `from` starts, and starts on or before `to` ends.
  if (f.start) where.push(gte(t.claims.dateEnd, f.start));
  if (f.end) where.push(lte(t.claims.dateStart, f.end));
  if (f.documentId !== undefined) where.push(eq(t.claims.documentId, f.documentId));
  if (f.endnote !== undefined)
    where.push(eq(t.claims.documentId, f.endnote.documentId), eq(t.claims.endnoteN, f.endnote.n));
  // Text with no word in it matches nothing (rather than everything).
  if (f.ftsQuery === null) where.push(sql`0 = 1`);
  if (f.ftsQuery)
    where.push(
      sql`${t.claims.id} in (select ref from search_index where search_index match ${`{body} : (${f.ftsQuery})`} and kind = 'claim')`,
    );
  return where;
}

/** One page of claims in reading order, after `afterOrdinal`; fetches limit + 1 rows. */
export function listClaimRows(
  data: CoreDataset,
  f: ClaimFilters,
  limit: number,
  afterOrdinal: number | null,
): ClaimRow[] {
  const where = conditions(f);
  if (afterOrdinal !== null) where.push(gt(t.claims.ordinal, afterOrdinal));
  return data.db
    .select()
    .from(t.claims)
    .where(and(...where))
    .orderBy(asc(t.claims.ordinal))
    .limit(limit + 1)
    .all();
}

export function claimRowsByIds(data: CoreDataset, ids: string[]): ClaimRow[] {
  if (ids.length === 0) return [];
  const rows = data.db.select().from(t.claims).where(inArray(t.claims.id, ids)).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ClaimRow => r !== undefined);
}

export function getClaimRow(data: CoreDataset, id: string): ClaimRow | null {
  return data.db.select().from(t.claims).where(eq(t.claims.id, id)).get() ?? null;
}

/** Claims about any of the same entities held by another speaker: the other side of a contrast. */
export function claimsBeside(data: CoreDataset, claim: ClaimRow, limit = 10): ClaimRow[] {
  const subjects = data.db
    .select({ id: t.claimAbout.entityId })
    .from(t.claimAbout)
    .where(eq(t.claimAbout.claimId, claim.id))
    .all()
    .map((r) => r.id);
  if (subjects.length === 0) return [];
  return (
    data.db
      .select()
      .from(t.claims)
      .where(
        and(
          ne(t.claims.speakerId, claim.speakerId),
          ne(t.claims.id, claim.id),
          sql`${t.claims.id} in (select ${t.claimAbout.claimId} from ${t.claimAbout} where ${inArray(t.claimAbout.entityId, subjects)})`,
        ),
      )
      // Nearest in the text first: a contrast is usually stated in the same paragraph.
      .orderBy(sql`abs(${t.claims.ordinal} - ${claim.ordinal})`)
      .limit(limit)
      .all()
  );
}
