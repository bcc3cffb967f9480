// Entity references: the short form ({ id, name, type, kind }) that other resources embed,
// and the resolution of a filter value (an id, or a name or alias) to ids.
import { z } from "zod";
import type { CoreDataset } from "../../dataset/core.ts";
import { ENTITY_TYPES } from "../../domain/enums.ts";
import { badRequest } from "../../http/problem.ts";
import { fold } from "../../lib/text.ts";
import { closeEntities } from "./entities.fuzzy.ts";

export { ENTITY_TYPES };

export const EntityRefSchema = z
  .object({
    id: z.string().meta({ example: "vladimir-putin" }),
    name: z.string(),
    type: z
      .enum(ENTITY_TYPES)
      .describe(
        "The type: actor, treaty, place (islands, island groups, cities, regions, seas, …) or event (summits, meetings, visits, talks, forums, wars, …).",
      ),
    kind: z.string().describe("The finer kind: person, state, declaration, island, city, summit, war, …"),
  })
  .meta({ id: "EntityRef", description: "A short reference to an entity." });

export type EntityRef = z.infer<typeof EntityRefSchema>;

/** The short reference of an entity of the catalogue; an unknown id is shown as itself. */
export function entityRef(data: CoreDataset, id: string): EntityRef {
  const row = data.entities.byId.get(id)?.row;
  return row
    ? { id: row.id, name: row.name, type: row.type, kind: row.kind }
    : { id, name: id, type: "actor", kind: "unknown" };
}

/**
 * How a filter value was resolved when no name of the article matched exactly: by spelling or
 * sound ("Putn" → vladimir-putin), or by a name readers use that the article does not
 * ("Seoul" → south-korea, `via: "known-as"`, distance 0).
 */
export interface FuzzyResolution {
  parameter: string;
  value: string;
  id: string;
  name: string;
  distance: number;
  via?: "fuzzy" | "known-as";
}

/**
 * Says how a misspelt filter value, or one the article does not use, was read, in the
 * `x-name-resolution` response header (`speaker=vladimir-putin (fuzzy, distance 1)`,
 * `about=south-korea (known-as "Seoul")`; several filters are joined by ", "). Every route
 * whose filters take names passes it to resolveEntityId.
 */
export function nameResolutionHeader(reply: {
  getHeader(name: string): unknown;
  header(name: string, value: string): unknown;
}) {
  return (r: FuzzyResolution): void => {
    const said =
      r.via === "known-as"
        ? `${r.parameter}=${r.id} (known-as ${JSON.stringify(r.value)})`
        : `${r.parameter}=${r.id} (fuzzy, distance ${r.distance})`;
    const before = reply.getHeader("x-name-resolution");
    reply.header("x-name-resolution", typeof before === "string" && before ? `${before}, ${said}` : said);
  };
}

/**
 * The resolver of a route's entity filters: an absent filter stays undefined, a given one resolves
 * as resolveEntityId does, a misspelt name read as the closest one said in the reply's
 * `x-name-resolution` header.
 */
export function filterResolver(data: CoreDataset, reply: Parameters<typeof nameResolutionHeader>[0]) {
  const said = nameResolutionHeader(reply);
  return (
    value: string | undefined,
    parameter: string,
    types?: readonly EntityRef["type"][],
  ): string | undefined =>
    value === undefined ? undefined : resolveEntityId(data, value, parameter, types, said);
}

export type FilterResolver = ReturnType<typeof filterResolver>;

/**
 * Resolves a filter value to one entity id: an id as it is, else a name or alias (any case,
 * possessive "'s" dropped) or a known-as name (`onFuzzy` is told), else the one closest name by spelling or sound (`onFuzzy` is told).
 * Several matches, or none, is a 400 that lists what matched.
 */
export function resolveEntityId(
  data: CoreDataset,
  value: string,
  parameter: string,
  types: readonly EntityRef["type"][] = ENTITY_TYPES,
  onFuzzy?: (resolution: FuzzyResolution) => void,
): string {
  const catalog = data.entities;
  if (catalog.byId.has(value)) return value;
  const folded = fold(value).replace(/'s$/, "");
  // A speaker is an actor: "Moscow" as a speaker is Russia's government, not the city.
  const matches = (catalog.byFoldedAlias.get(folded) ?? []).filter((m) => {
    const type = catalog.byId.get(m.id)?.row.type;
    return type !== undefined && types.includes(type);
  });
  // A proper name or alias wins over a metonym ("Moscow" the city over Moscow the government).
  const named = matches.filter((m) => m.form !== "metonym");
  let candidates = [...new Set((named.length ? named : matches).map((m) => m.id))];
  // A name readers use that the article does not ("Seoul"): used, and said so.
  const [first] = candidates;
  if (first !== undefined && candidates.length === 1 && matches.every((m) => m.form === "known-as")) {
    const row = catalog.byId.get(first)?.row;
    onFuzzy?.({ parameter, value, id: first, name: row?.name ?? first, distance: 0, via: "known-as" });
    return first;
  }
  if (candidates.length === 0) {
    // No exact name: the closest names, when one is closer than every other.
    const close = closeEntities(data, value, types);
    const best = close.filter((m) => m.distance === close[0]?.distance);
    const [m] = best;
    if (m && best.length === 1) {
      onFuzzy?.({ parameter, value, id: m.entityId, name: m.name, distance: m.distance, via: "fuzzy" });
      return m.entityId;
    }
    candidates = best.map((m) => m.entityId);
  }
  const [only] = candidates;
  if (only !== undefined && candidates.length === 1) return only;
  const pointer = `/query/${parameter}`;
  if (candidates.length === 0) {
    throw badRequest(`No entity is called "${value}": pass an id from /v1/entities?q=…`, {
      errors: [{ pointer, message: "unknown entity" }],
    });
  }
  throw badRequest(`"${value}" names several entities; pass one of their ids: ${candidates.join(", ")}.`, {
    errors: [{ pointer, message: "ambiguous entity name" }],
    matches: candidates.flatMap((id) => {
      const row = catalog.byId.get(id)?.row;
      return row ? [{ id, name: row.name, type: row.type }] : [];
    }),
  });
}
