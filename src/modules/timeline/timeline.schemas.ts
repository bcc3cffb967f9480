// The timeline: dated summits and events, treaties and documents, and claims, in chronological order.

import { z } from "zod";
import { PageQuerySchema, pageSchema } from "../../http/pagination.ts";
import { idParam } from "../../http/params.ts";
import { PartialDateParam } from "../../lib/dates.ts";
import { ClaimDateSchema, ClaimSchema } from "../claims/claims.schemas.ts";
import { EntityRefSchema } from "../entities/entities.refs.ts";

export const TimelineQuerySchema = PageQuerySchema.extend({
  actor: idParam()
    .optional()
    .describe(
      "Keep the summits this actor took part in, the treaties it is a party to and the claims it speaks or is about: an id, or a name (400 when ambiguous).",
    )
    .meta({ example: "vladimir-putin" }),
  from: PartialDateParam.optional()
    .describe("Keep what overlaps this date or later (partial ISO date).")
    .meta({ example: "2001" }),
  to: PartialDateParam.optional()
    .describe("Keep what overlaps this date or earlier (partial ISO date).")
    .meta({ example: "2013-12" }),
  kind: z
    .enum(["event", "treaty", "claim", "summit"])
    .optional()
    .describe(
      "Only events (summits, meetings, visits, talks, wars, …), only treaties and documents, or only claims. `summit` is kept as another name for `event`.",
    )
    .meta({ example: "event" }),
});

export const TimelineItemSchema = z
  .object({
    kind: z
      .enum(["event", "treaty", "claim"])
      .describe(
        "event: a dated summit, meeting, visit or other event; treaty: a dated treaty or document; claim: a dated claim.",
      ),
    date: ClaimDateSchema,
    title: z.string().describe("The event's or document's name, or the claim's summary."),
    entity: EntityRefSchema.optional().describe("For an event or a treaty: the entity."),
    claim: ClaimSchema.optional().describe("For a claim: the claim with its evidence and citation."),
  })
  .meta({ id: "TimelineItem" });

export const TimelinePageSchema = pageSchema(TimelineItemSchema).meta({ id: "TimelinePage" });

export type TimelineItem = z.infer<typeof TimelineItemSchema>;
