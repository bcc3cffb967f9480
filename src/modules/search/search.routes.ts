// /v1/search: full-text search over sentences, claims, entity names and aliases, and endnotes,
// ranked by bm25 with highlighted snippets. Input is plain text unless `mode=raw`.
import Database from "better-sqlite3";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeCursor, encodeCursor, linkNext } from "../../http/pagination.ts";
import { badRequest, problemResponses } from "../../http/problem.ts";
import { ftsWords, plainFtsQuery } from "../../lib/fts.ts";
import { knownDocument } from "../documents/documents.repo.ts";
import { queryTerm } from "./fts5-text.ts";
import {
  hasMatch,
  hydrateHits,
  type SearchFilters,
  searchIndex,
  searchPlain,
  sectionIds,
  sectionScope,
} from "./search.repo.ts";
import { type SearchMode, SearchPageSchema, SearchQuerySchema } from "./search.schemas.ts";

// Deep offsets are not a use case of a search over one article; bounding them bounds the work.
const MAX_OFFSET = 10_000;

function decodeOffset(cursor: string | undefined): number {
  const offset = decodeCursor<number>(cursor, "number") ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw badRequest("The cursor is not valid: pass the nextCursor of a previous page unchanged.", {
      errors: [{ pointer: "/query/cursor", message: "malformed or tampered cursor" }],
    });
  }
  return offset;
}

function quoteList(words: string[]): string {
  return words.map((w) => `"${w}"`).join(", ");
}

function describeFilters(filters: SearchFilters, section: string | undefined): string {
  const parts: string[] = [];
  if (filters.kinds?.length) parts.push(`only ${filters.kinds.join(", ")} hits`);
  if (section) parts.push(`in section "${section}"`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "search",
        tags: ["search"],
        summary: "Full-text search",
        description: [
          "Full-text search (SQLite FTS5, bm25) over every document's sentences, the claims, entity names and aliases, and the endnotes; each hit says its `document` (`document=` keeps one).",
          "A match on an entity's name or alias outranks a passing mention. Each hit has a highlighted `snippet` (HTML, matches in `<mark>`), the plain `text`, its section, endnote and API `link`.",
          "`q` is plain text: every word must occur, and when no item has them all the search falls back to any word and says so in `mode` and `interpretation`.",
          "`mode=raw` takes FTS5 syntax (`NEAR(…)`, `OR`, `name : putin`, `decl*`); a syntax error is a 400.",
          "Example: `/v1/search?q=1956 Declaration&type=claim,sentence&section=background-of-the-bellicose-relationship`.",
        ].join(" "),
        querystring: SearchQuerySchema,
        response: { 200: SearchPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const offset = decodeOffset(q.cursor);
      let sections: string[] | undefined;
      if (q.section !== undefined) {
        const scope = sectionScope(app.dataset, q.section);
        if (!scope) {
          const valid = sectionIds(app.dataset);
          throw badRequest(`No section has the id "${q.section}"; use one of: ${valid.join(", ")}.`, {
            errors: [{ pointer: "/query/section", message: `unknown section; valid: ${valid.join(", ")}` }],
          });
        }
        sections = scope;
      }
      const filters: SearchFilters = {
        kinds: q.type,
        sections,
        document: q.document === undefined ? undefined : knownDocument(app.dataset, q.document),
      };
      const scoped = describeFilters(filters, q.section);

      let mode: SearchMode;
      let ftsQuery: string | null;
      let interpretation: string;
      let rows: ReturnType<typeof searchIndex> = [];
      if (q.mode === "raw") {
        mode = "raw";
        ftsQuery = q.q;
        interpretation = `The FTS5 query as written${scoped}.`;
        try {
          rows = searchIndex(app.dataset, ftsQuery, filters, q.limit, offset);
        } catch (error) {
          // Only a raw query is the caller's FTS5 syntax; any other SQLite error is ours (a 500).
          if (error instanceof Database.SqliteError && error.code === "SQLITE_ERROR") {
            throw badRequest(`The FTS5 query is not valid: ${error.message}.`, {
              errors: [{ pointer: "/query/q", message: error.message }],
            });
          }
          throw error;
        }
      } else {
        const words = ftsWords(q.q);
        // Ranked in memory when the words are ones the in-memory ranking reads; else by FTS5.
        const plainPage = (fts: string, m: "all" | "any", terms: string[] | undefined) =>
          (terms && searchPlain(app.dataset, terms, m, filters, q.limit, offset)) ??
          searchIndex(app.dataset, fts, filters, q.limit, offset, terms);
        // Each word is a phrase of one term: the page's snippets can be made without FTS5.
        const terms = words.map(queryTerm);
        const plainTerms = terms.every((t) => t !== null) ? (terms as string[]) : undefined;
        mode = q.mode ?? "all";
        ftsQuery = plainFtsQuery(q.q, mode);
        if (ftsQuery) rows = plainPage(ftsQuery, mode, plainTerms);
        // Only the default mode falls back: an explicit mode=all means what it says. A page with
        // hits shows that something has all the words; an empty one asks FTS5 only past the first.
        if (
          q.mode === undefined &&
          words.length > 1 &&
          ftsQuery &&
          rows.length === 0 &&
          (offset === 0 || !hasMatch(app.dataset, ftsQuery, filters))
        ) {
          mode = "any";
          ftsQuery = plainFtsQuery(q.q, "any");
          if (ftsQuery) rows = plainPage(ftsQuery, mode, plainTerms);
          interpretation = `No item has all of the words ${quoteList(words)}${scoped}; showing items with any of them.`;
        } else if (words.length === 0) {
          interpretation = "The query holds no word to search for (words are letters and digits): no hits.";
        } else {
          interpretation = `Items with ${mode === "all" ? "all" : "any"} of the words ${quoteList(words)}${scoped}.`;
        }
      }
      const nextCursor = rows.length > q.limit ? encodeCursor(offset + q.limit) : null;
      linkNext(request, reply, nextCursor);
      return {
        query: q.q,
        mode,
        interpretation,
        ftsQuery,
        items: hydrateHits(app.dataset, rows.slice(0, q.limit)),
        nextCursor,
      };
    },
  );
};

export default searchRoutes;
