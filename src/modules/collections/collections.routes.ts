// /v1/actors, /v1/treaties, /v1/places (and /v1/islands), /v1/events (and /v1/summits): the typed
// collections, each with its own fields and filters. Filters take ids, or names resolved through aliases (400 when ambiguous).
// Every collection is a list route and an item route of the same shape: `collection` registers both.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { CoreDataset } from "../../dataset/core.ts";
import { decodeCursor, linkedPage, type PageQuerySchema } from "../../http/pagination.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { type FilterResolver, filterResolver } from "../entities/entities.refs.ts";
import { EVENT_KINDS, ISLAND_KINDS, PLACE_KINDS, SUMMIT_KINDS } from "../entities/entities.schemas.ts";
import {
  actorView,
  eventView,
  findMember,
  islandView,
  listActors,
  listEvents,
  listPlaces,
  listTreaties,
  placeView,
  summitKey,
  summitView,
  treatyView,
} from "./collections.repo.ts";
import {
  ActorPageSchema,
  ActorSchema,
  collectionParams,
  EventPageSchema,
  EventSchema,
  IslandPageSchema,
  IslandSchema,
  ListActorsQuerySchema,
  ListEventsQuerySchema,
  ListIslandsQuerySchema,
  ListPlacesQuerySchema,
  ListSummitsQuerySchema,
  ListTreatiesQuerySchema,
  PlacePageSchema,
  PlaceSchema,
  SummitPageSchema,
  SummitSchema,
  TreatyPageSchema,
  TreatySchema,
} from "./collections.schemas.ts";

const PATHS = { actor: "actors", treaty: "treaties", place: "places", event: "events" } as const;
const ITEM_OF = {
  actors: "actor",
  treaties: "treaty",
  islands: "island or island group",
  places: "place",
  summits: "summit, meeting, visit or talks",
  events: "event",
} as const;

type CollectionPath = keyof typeof ITEM_OF;

/** A 404 that points to the right collection when the id belongs to another one. */
function notInCollection(data: CoreDataset, path: CollectionPath, id: string) {
  const other = data.entities.byId.get(id)?.row;
  const hint = other
    ? ` "${id}" is ${other.type === "actor" || other.type === "event" ? "an" : "a"} ${other.type} (${other.kind}): see /v1/${PATHS[other.type]}/${id}.`
    : " Find ids with /v1/entities?q=…";
  return notFound(`No ${ITEM_OF[path]} has the id "${id}".${hint}`);
}

type PageQuery = z.output<typeof PageQuerySchema>;

interface RouteDoc {
  operationId: string;
  summary: string;
  description: string;
}

/** A typed collection: its list (`/v1/{path}`) and its items (`/v1/{path}/{id}`). */
interface Collection<Q extends PageQuery, T extends { id: string }> {
  path: CollectionPath;
  list: RouteDoc & {
    querystring: z.ZodType<Q, unknown>;
    response: z.ZodType<{ items: T[]; nextCursor: string | null }, unknown>;
    /** limit + 1 items after the cursor's key, in the collection's order. */
    items: (data: CoreDataset, q: Q, resolve: FilterResolver, after: string | null) => T[];
    /** The keyset key of an item; its id unless the collection is ordered otherwise. */
    key?: (item: T) => string;
  };
  item: RouteDoc & {
    example: string;
    response: z.ZodType<T, unknown>;
    find: (data: CoreDataset, id: string) => T | null;
  };
}

const collectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  function collection<Q extends PageQuery, T extends { id: string }>(c: Collection<Q, T>): void {
    const { list, item } = c;
    app.get(
      `/${c.path}`,
      {
        schema: {
          operationId: list.operationId,
          tags: ["entities"],
          summary: list.summary,
          description: list.description,
          querystring: list.querystring,
          response: { 200: list.response, ...problemResponses },
        },
      },
      async (request, reply) => {
        // The querystring schema has validated the query as a Q; fastify's type provider cannot
        // resolve its query type for a schema that is a type parameter.
        const q = request.query as Q;
        const data = app.dataset;
        const items = list.items(
          data,
          q,
          filterResolver(data, reply),
          decodeCursor<string>(q.cursor, "string"),
        );
        return linkedPage(request, reply, items, q.limit, list.key ?? ((t) => t.id));
      },
    );
    app.get(
      `/${c.path}/:id`,
      {
        schema: {
          operationId: item.operationId,
          tags: ["entities"],
          summary: item.summary,
          description: item.description,
          params: collectionParams(item.example),
          response: { 200: item.response, ...problemResponses },
        },
      },
      async (request) => {
        const found = item.find(app.dataset, request.params.id);
        if (!found) throw notInCollection(app.dataset, c.path, request.params.id);
        return found;
      },
    );
  }

  collection({
    path: "actors",
    list: {
      operationId: "listActors",
      summary: "List actors",
      description:
        "People, states, organisations and groups, by id, with their role, country and dated offices. Example: `/v1/actors?kind=person&country=japan`.",
      querystring: ListActorsQuerySchema,
      response: ActorPageSchema,
      items: (data, q, resolve, after) =>
        listActors(
          data,
          { kind: q.kind, countryId: resolve(q.country, "country", ["actor"]) },
          q.limit,
          after,
        ),
    },
    item: {
      operationId: "getActor",
      summary: "Get an actor",
      description: "One person, state, organisation or group. Example: `/v1/actors/sergei-lavrov`.",
      example: "vladimir-putin",
      response: ActorSchema,
      find: (data, id) => findMember(data, "actor", null, id, actorView),
    },
  });

  collection({
    path: "treaties",
    list: {
      operationId: "listTreaties",
      summary: "List treaties and documents",
      description:
        "Treaties, declarations, memoranda, plans, constitutions and their articles, strategies, …, by id, with date, parties, status and provisions. Example: `/v1/treaties?party=japan&year=1956`.",
      querystring: ListTreatiesQuerySchema,
      response: TreatyPageSchema,
      items: (data, q, resolve, after) =>
        listTreaties(
          data,
          { kind: q.kind, partyId: resolve(q.party, "party", ["actor"]), year: q.year },
          q.limit,
          after,
        ),
    },
    item: {
      operationId: "getTreaty",
      summary: "Get a treaty or document",
      description: "One treaty or document. Example: `/v1/treaties/soviet-japanese-declaration-1956`.",
      example: "soviet-japanese-declaration-1956",
      response: TreatySchema,
      find: (data, id) => findMember(data, "treaty", null, id, treatyView),
    },
  });

  /** The place filters /v1/islands and /v1/places share (the islands have no locatedIn). */
  const placeFilters = (
    kinds: readonly string[],
    q: { kind?: string; group?: string; claimant?: string; administeredBy?: string; locatedIn?: string },
    resolve: FilterResolver,
  ) => ({
    kinds,
    kind: q.kind,
    groupId: resolve(q.group, "group", ["place"]),
    claimantId: resolve(q.claimant, "claimant", ["actor"]),
    administeredById: resolve(q.administeredBy, "administeredBy", ["actor"]),
    locatedInId: resolve(q.locatedIn, "locatedIn", ["place", "actor"]),
  });

  collection({
    path: "islands",
    list: {
      operationId: "listIslands",
      summary: "List islands and island groups",
      description:
        "Islands and island groups (places of kind island or island-group), by id, with their group, who administers and who claims them; cities, regions, seas and other places are at /v1/places. Example: `/v1/islands?claimant=japan`.",
      querystring: ListIslandsQuerySchema,
      response: IslandPageSchema,
      items: (data, q, resolve, after) =>
        listPlaces(data, placeFilters(ISLAND_KINDS, q, resolve), q.limit, after, islandView),
    },
    item: {
      operationId: "getIsland",
      summary: "Get an island or island group",
      description: "One island or island group. Example: `/v1/islands/shikotan`.",
      example: "shikotan",
      response: IslandSchema,
      find: (data, id) => findMember(data, "place", ISLAND_KINDS, id, islandView),
    },
  });

  collection({
    path: "places",
    list: {
      operationId: "listPlaces",
      summary: "List places",
      description:
        "Every place: islands, island groups, cities, regions, country parts, seas, oceans, routes and facilities, by id, with their group, who administers and claims them and where the article locates them. Example: `/v1/places?kind=city`, `/v1/places?locatedIn=russian-far-east`.",
      querystring: ListPlacesQuerySchema,
      response: PlacePageSchema,
      items: (data, q, resolve, after) =>
        listPlaces(data, placeFilters(PLACE_KINDS, q, resolve), q.limit, after, placeView),
    },
    item: {
      operationId: "getPlace",
      summary: "Get a place",
      description: "One place. Example: `/v1/places/shikotan`.",
      example: "shikotan",
      response: PlaceSchema,
      find: (data, id) => findMember(data, "place", PLACE_KINDS, id, placeView),
    },
  });

  /** The event filters /v1/summits and /v1/events share. */
  const eventFilters = (
    kinds: readonly string[],
    q: { kind?: string; participant?: string; year?: number; place?: string },
    resolve: FilterResolver,
  ) => ({
    kinds,
    kind: q.kind,
    participantId: resolve(q.participant, "participant", ["actor"]),
    year: q.year,
    placeId: resolve(q.place, "place", ["place"]),
  });

  collection({
    path: "summits",
    list: {
      operationId: "listSummits",
      summary: "List summits, meetings, visits and talks",
      description:
        "Summits, meetings, visits and talks (events of those kinds) in chronological order (undated ones last), with date, place, participants and outcome; forums, wars and other events are at /v1/events. Example: `/v1/summits?participant=mikhail-gorbachev`, `/v1/summits?year=1997`.",
      querystring: ListSummitsQuerySchema,
      response: SummitPageSchema,
      items: (data, q, resolve, after) =>
        listEvents(data, eventFilters(SUMMIT_KINDS, q, resolve), q.limit, after, summitView),
      key: summitKey,
    },
    item: {
      operationId: "getSummit",
      summary: "Get a summit, meeting, visit or talks",
      description: "One summit, meeting, visit or talks. Example: `/v1/summits/abe-putin-summit-2013-04`.",
      example: "abe-putin-summit-2013-04",
      response: SummitSchema,
      find: (data, id) => findMember(data, "event", SUMMIT_KINDS, id, summitView),
    },
  });

  collection({
    path: "events",
    list: {
      operationId: "listEvents",
      summary: "List events",
      description:
        "Every event: summits, meetings, visits, forums, talks, exercises, wars and other events, in chronological order (undated ones last), with date, place, participants and outcome. Example: `/v1/events?kind=war`, `/v1/events?participant=japan&year=2013`.",
      querystring: ListEventsQuerySchema,
      response: EventPageSchema,
      items: (data, q, resolve, after) =>
        listEvents(data, eventFilters(EVENT_KINDS, q, resolve), q.limit, after, eventView),
      key: summitKey,
    },
    item: {
      operationId: "getEvent",
      summary: "Get an event",
      description: "One event. Example: `/v1/events/abe-putin-summit-2013-04`.",
      example: "abe-putin-summit-2013-04",
      response: EventSchema,
      find: (data, id) => findMember(data, "event", EVENT_KINDS, id, eventView),
    },
  });
};

export default collectionsRoutes;
