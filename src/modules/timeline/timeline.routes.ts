// /v1/timeline: dated summits, events and claims in chronological order, by actor and period.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeCursor, linkedPage } from "../../http/pagination.ts";
import { problemResponses } from "../../http/problem.ts";
import { queryPeriod } from "../../lib/dates.ts";
import { filterResolver } from "../entities/entities.refs.ts";
import { timelinePage } from "./timeline.repo.ts";
import { TimelinePageSchema, TimelineQuerySchema } from "./timeline.schemas.ts";

const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "getTimeline",
        tags: ["timeline"],
        summary: "Dated summits, events and claims in order",
        description:
          "Summits and events with a date, and claims with a date, merged in chronological order (by start date; a summit before the claims of the same start; claims in reading order). `actor` keeps what the actor took part in, said or is the subject of; `from` and `to` keep what overlaps the period. Example: `/v1/timeline?actor=vladimir-putin&from=2001&to=2001`.",
        querystring: TimelineQuerySchema,
        response: { 200: TimelinePageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { start, end } = queryPeriod(q.from, q.to) ?? {};
      const rows = timelinePage(
        app.dataset,
        {
          actorId: filterResolver(app.dataset, reply)(q.actor, "actor", ["actor"]),
          start,
          end,
          // "summit" is the former name of the event entries.
          kind: q.kind === "summit" ? "event" : q.kind,
        },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = linkedPage(request, reply, rows, q.limit, (r) => r.key);
      return { items: page.items.map((r) => r.item), nextCursor: page.nextCursor };
    },
  );
};

export default timelineRoutes;
