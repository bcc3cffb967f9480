// Keyset pagination with opaque cursors: `limit` is bounded, a cursor is base64url JSON of the
// last key seen, and a malformed or tampered cursor is a 400 problem, never a 500.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { integerParam } from "./params.ts";
import { badRequest } from "./problem.ts";

export const MAX_LIMIT = 200;

export const PageQuerySchema = z.object({
  limit: integerParam(1, MAX_LIMIT)
    .default(50)
    .describe(`How many items to return (1 to ${MAX_LIMIT}, default 50).`)
    .meta({ example: 20 }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .describe("The `nextCursor` of the previous page; omit for the first page."),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` to get the next page; null on the last page."),
  });
}

type Key = string | number;
const CursorPayload = z.object({ v: z.literal(1), k: z.union([z.string(), z.number()]) });

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify({ v: 1, k: key })).toString("base64url");
}

/** The key a cursor carries, checked to be of the expected kind. */
export function decodeCursor<K extends Key>(cursor: string | undefined, kind: "string" | "number"): K | null {
  if (cursor === undefined) return null;
  const invalid = () =>
    badRequest("The cursor is not valid: pass the nextCursor of a previous page unchanged.", {
      errors: [{ pointer: "/query/cursor", message: "malformed or tampered cursor" }],
    });
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success || typeof parsed.data.k !== kind) throw invalid();
  return parsed.data.k as K;
}

/** Takes `limit + 1` rows (fetched so) and returns the page and the cursor of the next one. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => Key,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { items, nextCursor };
}

/** The page of `limit + 1` rows (see toPage), its next page linked in the `Link` header (see linkNext). */
export function linkedPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  rows: T[],
  limit: number,
  keyOf: (row: T) => Key,
): { items: T[]; nextCursor: string | null } {
  const page = toPage(rows, limit, keyOf);
  linkNext(request, reply, page.nextCursor);
  return page;
}

/** Sets an RFC 8288 `Link: <…>; rel="next"` header for clients that follow links. */
export function linkNext(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (!nextCursor) return;
  reply.header("Link", `<${nextPageUrl(request.url, nextCursor)}>; rel="next"`);
}

/**
 * A path of plain segments (no dot segment, no empty one, nothing to escape) and a query of
 * name=value pairs of the characters URLSearchParams writes as they are: URLs WHATWG's parser
 * and URLSearchParams give back unchanged.
 */
const PLAIN_PATH = /^(\/[A-Za-z0-9_-]+)+\/?$/;
const PLAIN_QUERY = /^[A-Za-z0-9*._-]+=[A-Za-z0-9*._-]*(&[A-Za-z0-9*._-]+=[A-Za-z0-9*._-]*)*$/;
const PLAIN_CURSOR = /^[A-Za-z0-9*._-]*$/;

/**
 * The request's URL with its `cursor` set to the next page's: as the WHATWG URL of the request
 * with `searchParams.set("cursor", …)` writes it (its path normalised, its query re-encoded, the
 * first cursor replaced and the others dropped, or the cursor added last). Plain URLs, the common
 * case, are rewritten as text; any other goes through URL.
 */
export function nextPageUrl(requestUrl: string, cursor: string): string {
  const mark = requestUrl.indexOf("?");
  const path = mark === -1 ? requestUrl : requestUrl.slice(0, mark);
  const query = mark === -1 ? "" : requestUrl.slice(mark + 1);
  if (PLAIN_PATH.test(path) && (query === "" || PLAIN_QUERY.test(query)) && PLAIN_CURSOR.test(cursor)) {
    const pairs = query === "" ? [] : query.split("&");
    let replaced = false;
    const kept: string[] = [];
    for (const pair of pairs) {
      if (pair.slice(0, pair.indexOf("=")) !== "cursor") kept.push(pair);
      else if (!replaced) {
        kept.push(`cursor=${cursor}`);
        replaced = true;
      }
    }
    if (!replaced) kept.push(`cursor=${cursor}`);
    return `${path}?${kept.join("&")}`;
  }
  const url = new URL(requestUrl, "http://placeholder");
  url.searchParams.set("cursor", cursor);
  return `${url.pathname}${url.search}`;
}
