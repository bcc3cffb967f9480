// The explorer's only data source: the public REST API under /v1, read with fetch. Types name
// the fields the views use; fields other branches add (ask's status and answer, document ids,
// citation scope) are optional so that the explorer works with and without them.

export interface EntityRef {
  id: string;
  name: string;
  type: string;
  kind?: string;
}

export interface Selector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  in: string;
}

export interface Evidence {
  text: string;
  sentenceId: string | null;
  documentId?: string | null;
  section: { id: string; heading: string };
  selector: Selector;
}

export interface Source {
  id: string;
  authors?: string[];
  title: string | null;
  publication: string | null;
  date: string | null;
  dateText: string | null;
  url: string | null;
  details: string | null;
  partial: boolean;
  firstCitedIn: number | null;
  problems?: string[];
}

export interface Citation {
  endnote: number | null;
  text: string | null;
  kind: string | null;
  refersTo: number | null;
  chain?: number[];
  pages: string | null;
  source: Source | null;
  /** Every work the endnote cites (absent from some answers: then `source` alone). */
  sources?: Source[];
  rule: string;
  reason: string | null;
  scope?: string | null;
}

export interface ClaimDate {
  text: string;
  start: string;
  end: string;
}

export interface Claim {
  id: string;
  kind: string;
  direct: boolean;
  speaker: EntityRef;
  about: EntityRef[];
  date: ClaimDate | null;
  summary: string;
  quote: string;
  evidence: Evidence;
  citation: Citation;
  note: string | null;
  documentId?: string;
}

export interface ClaimDetail extends Claim {
  beside?: Claim[];
  [key: string]: unknown;
}

export interface Sentence {
  id: string;
  text: string;
  plainText: string;
  start: number;
  end: number;
  markers: number[];
  endnote: number | null;
  coverage: string;
}

export interface Paragraph {
  id: string;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface Section {
  id: string;
  heading: string;
  level: number;
  parentId: string | null;
  paragraphs: Paragraph[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  author: string;
  affiliation?: string | null;
}

export interface ArticleDocument extends DocumentSummary {
  disclaimer?: string | null;
  counts?: Record<string, number>;
  sections: Section[];
}

export interface Endnote {
  n: number;
  text: string;
  kind: string;
  refersTo: number | null;
  chain: number[];
  source: Source | null;
  sources: Source[];
  pages: string | null;
  accessed: string | null;
  note: string | null;
  problems: string[];
  markerContext: {
    sentenceId: string | null;
    sentence: string;
    section: { id: string; heading: string };
  } | null;
  claims: string[];
}

export interface EntityListItem {
  id: string;
  type: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
}

export interface EntityMention {
  sentenceId: string | null;
  endnote: number | null;
  text: string;
  section: { id: string; heading: string };
  surface: string;
  via: string;
  documentId?: string;
}

export interface EntityRelation {
  id: string;
  type: string;
  direction: "out" | "in";
  other: EntityRef;
  evidence: Evidence;
  citation: Citation;
  claimId: string | null;
}

export interface EntityDetail {
  id: string;
  type: string;
  kind: string;
  name: string;
  description: string | null;
  note: string | null;
  aliases: { text: string; form: string }[];
  details: Record<string, unknown>;
  mentions: EntityMention[];
  relations: EntityRelation[];
  claims: Claim[];
  claimCount: number;
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  kind: string;
  distance: number;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  evidence: Evidence;
  citation: Citation;
  claimId: string | null;
}

export interface GraphNeighbors {
  center: EntityRef;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface TimelineItem {
  kind: string;
  date: ClaimDate;
  title: string;
  entity?: EntityRef;
  claim?: Claim;
}

export interface Answer {
  claim: Claim;
  evidence: Evidence;
  citation: Citation;
  score: number;
  confidence?: number | string | null;
}

export interface AskResponse {
  question: string;
  interpretation: {
    intent: string;
    explanation?: string;
    unrecognized?: unknown[];
    entities?: { id: string; name: string; surface: string }[];
  };
  answers: Answer[];
  status?: "answered" | "partial" | "unanswerable";
  answer?: string | null;
  related?: Claim[] | { claim?: Claim }[];
  confidence?: number | string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A problem+json answer (or a network failure) as an Error the views can show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

/** GET a path of the API; the same path is fetched once per page load (the data is read-only). */
export function get<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(path, { headers: { accept: "application/json" } }).then(async (res) => {
      if (!res.ok) {
        let detail = res.statusText;
        try {
          const problem = (await res.json()) as { detail?: string; title?: string };
          detail = problem.detail ?? problem.title ?? detail;
        } catch {
          // Not a problem document: keep the status text.
        }
        throw new ApiError(detail, res.status);
      }
      return (await res.json()) as T;
    });
    // A failure is not remembered, so that a retry asks again.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

/** Every item of a paginated list, following nextCursor (bounded, in case a server loops). */
export async function getAll<T>(path: string, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const sep = path.includes("?") ? "&" : "?";
    const url: string = cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path;
    const body: Page<T> = await get<Page<T>>(url);
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const enc = encodeURIComponent;
