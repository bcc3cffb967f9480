// Claim queries: filters on the dataset's claim index (full text in FTS5), then hydration into the
// API shape with evidence and citation.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { ClaimRow } from "../../dataset/claims.ts";
import type { CoreDataset } from "../../dataset/core.ts";
import { prepared } from "../../db/prepared.ts";
import * as t from "../../db/schema.ts";
import { prebuilder } from "../../http/fragments.ts";
import { entityRef } from "../entities/entities.refs.ts";
import { prebuiltCitation, prebuiltEvidence } from "../provenance/provenance.prebuilt.ts";
import { citationOfRow, evidenceOfRow } from "../provenance/provenance.repo.ts";
import { type Claim, ClaimSchema } from "./claims.schemas.ts";

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

const prebuiltClaim = prebuilder(ClaimSchema);
/** Each claim row of a dataset's claim index → its claim, built once (with its JSON) and frozen. */
const claimViews = new WeakMap<ClaimRow, Claim>();

/** A claim as the API shows it, with its evidence and citation. */
function buildClaim(data: CoreDataset, r: ClaimRow): Claim {
  return {
    id: r.id,
    document: r.documentId,
    kind: r.kind,
    direct: r.direct,
    speaker: entityRef(data, r.speakerId),
    about: (data.claimIndex.about.get(r.id) ?? []).map((id) => entityRef(data, id)),
    date:
      r.dateText && r.dateStart && r.dateEnd
        ? { text: r.dateText, start: r.dateStart, end: r.dateEnd }
        : null,
    summary: r.summary,
    quote: r.quote,
    evidence: prebuiltEvidence(evidenceOfRow(data.text, r)),
    citation: prebuiltCitation(citationOfRow(data.text, r)),
    note: r.note,
  };
}

/**
 * The claims as the API shows them. A claim of the dataset's index is built once per dataset and
 * shared: a frozen value whose JSON (and its evidence's and citation's) is prebuilt
 * (src/http/fragments.ts), so that answers made of claims copy their bytes. Read them, spread
 * them into new objects; never change them.
 */
export function hydrateClaims(data: CoreDataset, rows: ClaimRow[]): Claim[] {
  const byId = data.claimIndex.byId;
  return rows.map((r) => {
    // A row read from the database again is the index's row of the same id.
    const row = byId.get(r.id) ?? r;
    let claim = claimViews.get(row);
    if (claim === undefined) {
      claim = prebuiltClaim(buildClaim(data, row));
      if (row !== r) return claim;
      claimViews.set(row, claim);
    }
    return claim;
  });
}

/** The ids of the claims whose text matches an FTS5 query (built by plainFtsQuery). */
function claimsMatching(data: CoreDataset, ftsQuery: string): Set<string> {
  const ids = prepared(data.db, "SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = 'claim'")
    .pluck()
    .all(`{body} : (${ftsQuery})`) as string[];
  return new Set(ids);
}

/**
 * One page of claims in reading order, after `afterOrdinal`; fetches limit + 1 rows. Filtered in
 * memory, from the claims of the speaker or subject asked for when there is one; text goes to FTS5.
 */
export function listClaimRows(
  data: CoreDataset,
  f: ClaimFilters,
  limit: number,
  afterOrdinal: number | null,
): ClaimRow[] {
  // Text with no word in it matches nothing (rather than everything).
  if (f.ftsQuery === null) return [];
  const index = data.claimIndex;
  const candidates = f.speakerId
    ? (index.bySpeaker.get(f.speakerId) ?? [])
    : f.aboutId
      ? (index.byAbout.get(f.aboutId) ?? [])
      : index.rows;
  const matching = f.ftsQuery ? claimsMatching(data, f.ftsQuery) : null;
  const page: ClaimRow[] = [];
  const from = afterOrdinal === null ? 0 : firstAfter(candidates, afterOrdinal);
  // (By index: a copy of the candidates from `from` on was most of what a page allocated.)
  for (let i = from; i < candidates.length; i++) {
    const r = candidates[i] as ClaimRow;
    if (f.speakerId && r.speakerId !== f.speakerId) continue;
    if (f.aboutId && !index.about.get(r.id)?.includes(f.aboutId)) continue;
    if (f.kind && r.kind !== f.kind) continue;
    // Periods overlap: the claim ends on or after `from` starts, and starts on or before `to` ends.
    if (f.start && (r.dateEnd === null || r.dateEnd < f.start)) continue;
    if (f.end && (r.dateStart === null || r.dateStart > f.end)) continue;
    if (f.documentId !== undefined && r.documentId !== f.documentId) continue;
    if (f.endnote !== undefined && (r.documentId !== f.endnote.documentId || r.endnoteN !== f.endnote.n))
      continue;
    if (matching && !matching.has(r.id)) continue;
    page.push(r);
    if (page.length > limit) break;
  }
  return page;
}

/** The position of the first claim after `ordinal` in a list in reading order (binary search). */
function firstAfter(rows: ClaimRow[], ordinal: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows[mid]?.ordinal ?? Number.POSITIVE_INFINITY) <= ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function claimRowsByIds(data: CoreDataset, ids: string[]): ClaimRow[] {
  const byId = data.claimIndex.byId;
  return ids.map((id) => byId.get(id)).filter((r): r is ClaimRow => r !== undefined);
}

export function getClaimRow(data: CoreDataset, id: string): ClaimRow | null {
  return data.claimIndex.byId.get(id) ?? null;
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
