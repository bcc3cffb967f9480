// /v1/actors, /v1/treaties, /v1/places (and /v1/islands), /v1/events (and /v1/summits): the typed
// collections, each with its own fields and filters. Filters take ids, or names resolved through aliases (400 when ambiguous).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { CoreDataset } from "../../dataset/core.ts";
import { decodeCursor, linkNext, toPage } from "../../http/pagination.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { nameResolutionHeader, resolveEntityId } from "../entities/entities.refs.ts";
import { EVENT_KINDS, ISLAND_KINDS, PLACE_KINDS, SUMMIT_KINDS } from "../entities/entities.schemas.ts";
import {
  actorView,
  eventView,
  islandView,
  listActors,
  listEvents,
  listIslands,
  listPlaces,
  listSummits,
  listTreaties,
  memberOf,
  ofKinds,
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

/** A 404 that points to the right collection when the id belongs to another one. */
function notInCollection(data: CoreDataset, path: keyof typeof ITEM_OF, id: string) {
  const other = data.entities.byId.get(id)?.row;
  const hint = other
    ? ` "${id}" is ${other.type === "actor" || other.type === "event" ? "an" : "a"} ${other.type} (${other.kind}): see /v1/${PATHS[other.type]}/${id}.`
    : " Find ids with /v1/entities?q=…";
  return notFound(`No ${ITEM_OF[path]} has the id "${id}".${hint}`);
}

/** A filter value as an id: undefined stays undefined, a name resolves through the aliases. */
function resolved(
  data: CoreDataset,
  reply: Parameters<typeof nameResolutionHeader>[0],
  value: string | undefined,
  parameter: string,
  types: ("actor" | "place")[],
): string | undefined {
  return value === undefined
    ? undefined
    : resolveEntityId(data, value, parameter, types, nameResolutionHeader(reply));
}

const collectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/actors",
    {
      schema: {
        operationId: "listActors",
        tags: ["entities"],
        summary: "List actors",
        description:
          "People, states, organisations and groups, by id, with their role, country and dated offices. Example: `/v1/actors?kind=person&country=japan`.",
        querystring: ListActorsQuerySchema,
        response: { 200: ActorPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listActors(
        app.dataset,
        { kind: q.kind, countryId: resolved(app.dataset, reply, q.country, "country", ["actor"]) },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = toPage(items, q.limit, (a) => a.id);
      linkNext(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    "/actors/:id",
    {
      schema: {
        operationId: "getActor",
        tags: ["entities"],
        summary: "Get an actor",
        description: "One person, state, organisation or group. Example: `/v1/actors/sergei-lavrov`.",
        params: collectionParams("vladimir-putin"),
        response: { 200: ActorSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = memberOf(app.dataset, "actor", request.params.id);
      if (!record) throw notInCollection(app.dataset, "actors", request.params.id);
      return actorView(app.dataset, record);
    },
  );

  app.get(
    "/treaties",
    {
      schema: {
        operationId: "listTreaties",
        tags: ["entities"],
        summary: "List treaties and documents",
        description:
          "Treaties, declarations, memoranda, plans, constitutions and their articles, strategies, …, by id, with date, parties, status and provisions. Example: `/v1/treaties?party=japan&year=1956`.",
        querystring: ListTreatiesQuerySchema,
        response: { 200: TreatyPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listTreaties(
        app.dataset,
        { kind: q.kind, partyId: resolved(app.dataset, reply, q.party, "party", ["actor"]), year: q.year },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = toPage(items, q.limit, (t) => t.id);
      linkNext(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    "/treaties/:id",
    {
      schema: {
        operationId: "getTreaty",
        tags: ["entities"],
        summary: "Get a treaty or document",
        description: "One treaty or document. Example: `/v1/treaties/soviet-japanese-declaration-1956`.",
        params: collectionParams("soviet-japanese-declaration-1956"),
        response: { 200: TreatySchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = memberOf(app.dataset, "treaty", request.params.id);
      if (!record) throw notInCollection(app.dataset, "treaties", request.params.id);
      return treatyView(app.dataset, record);
    },
  );

  app.get(
    "/islands",
    {
      schema: {
        operationId: "listIslands",
        tags: ["entities"],
        summary: "List islands and island groups",
        description:
          "Islands and island groups (places of kind island or island-group), by id, with their group, who administers and who claims them; cities, regions, seas and other places are at /v1/places. Example: `/v1/islands?claimant=japan`.",
        querystring: ListIslandsQuerySchema,
        response: { 200: IslandPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listIslands(
        app.dataset,
        {
          kinds: ISLAND_KINDS,
          kind: q.kind,
          groupId: resolved(app.dataset, reply, q.group, "group", ["place"]),
          claimantId: resolved(app.dataset, reply, q.claimant, "claimant", ["actor"]),
          administeredById: resolved(app.dataset, reply, q.administeredBy, "administeredBy", ["actor"]),
        },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = toPage(items, q.limit, (i) => i.id);
      linkNext(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    "/islands/:id",
    {
      schema: {
        operationId: "getIsland",
        tags: ["entities"],
        summary: "Get an island or island group",
        description: "One island or island group. Example: `/v1/islands/shikotan`.",
        params: collectionParams("shikotan"),
        response: { 200: IslandSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = ofKinds(memberOf(app.dataset, "place", request.params.id), ISLAND_KINDS);
      if (!record) throw notInCollection(app.dataset, "islands", request.params.id);
      return islandView(app.dataset, record);
    },
  );

  app.get(
    "/places",
    {
      schema: {
        operationId: "listPlaces",
        tags: ["entities"],
        summary: "List places",
        description:
          "Every place: islands, island groups, cities, regions, country parts, seas, oceans, routes and facilities, by id, with their group, who administers and claims them and where the article locates them. Example: `/v1/places?kind=city`, `/v1/places?locatedIn=russian-far-east`.",
        querystring: ListPlacesQuerySchema,
        response: { 200: PlacePageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listPlaces(
        app.dataset,
        {
          kinds: PLACE_KINDS,
          kind: q.kind,
          groupId: resolved(app.dataset, reply, q.group, "group", ["place"]),
          claimantId: resolved(app.dataset, reply, q.claimant, "claimant", ["actor"]),
          administeredById: resolved(app.dataset, reply, q.administeredBy, "administeredBy", ["actor"]),
          locatedInId: resolved(app.dataset, reply, q.locatedIn, "locatedIn", ["place", "actor"]),
        },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = toPage(items, q.limit, (i) => i.id);
      linkNext(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    "/places/:id",
    {
      schema: {
        operationId: "getPlace",
        tags: ["entities"],
        summary: "Get a place",
        description: "One place. Example: `/v1/places/shikotan`.",
        params: collectionParams("shikotan"),
        response: { 200: PlaceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = ofKinds(memberOf(app.dataset, "place", request.params.id), PLACE_KINDS);
      if (!record) throw notInCollection(app.dataset, "places", request.params.id);
      return placeView(app.dataset, record);
    },
  );

  app.get(
    "/summits",
    {
      schema: {
        operationId: "listSummits",
        tags: ["entities"],
        summary: "List summits, meetings, visits and talks",
        description:
          "Summits, meetings, visits and talks (events of those kinds) in chronological order (undated ones last), with date, place, participants and outcome; forums, wars and other events are at /v1/events. Example: `/v1/summits?participant=mikhail-gorbachev`, `/v1/summits?year=1997`.",
        querystring: ListSummitsQuerySchema,
        response: { 200: SummitPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listSummits(
        app.dataset,
        {
          kinds: SUMMIT_KINDS,
          kind: q.kind,
          participantId: resolved(app.dataset, reply, q.participant, "participant", ["actor"]),
          year: q.year,
          placeId: resolved(app.dataset, reply, q.place, "place", ["place"]),
        },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = toPage(items, q.limit, summitKey);
      linkNext(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    "/summits/:id",
    {
      schema: {
        operationId: "getSummit",
        tags: ["entities"],
        summary: "Get a summit, meeting, visit or talks",
        description: "One summit, meeting, visit or talks. Example: `/v1/summits/abe-putin-summit-2013-04`.",
        params: collectionParams("abe-putin-summit-2013-04"),
        response: { 200: SummitSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = ofKinds(memberOf(app.dataset, "event", request.params.id), SUMMIT_KINDS);
      if (!record) throw notInCollection(app.dataset, "summits", request.params.id);
      return summitView(app.dataset, record);
    },
  );

  app.get(
    "/events",
    {
      schema: {
        operationId: "listEvents",
        tags: ["entities"],
        summary: "List events",
        description:
          "Every event: summits, meetings, visits, forums, talks, exercises, wars and other events, in chronological order (undated ones last), with date, place, participants and outcome. Example: `/v1/events?kind=war`, `/v1/events?participant=japan&year=2013`.",
        querystring: ListEventsQuerySchema,
        response: { 200: EventPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listEvents(
        app.dataset,
        {
          kinds: EVENT_KINDS,
          kind: q.kind,
          participantId: resolved(app.dataset, reply, q.participant, "participant", ["actor"]),
          year: q.year,
          placeId: resolved(app.dataset, reply, q.place, "place", ["place"]),
        },
        q.limit,
        decodeCursor<string>(q.cursor, "string"),
      );
      const page = toPage(items, q.limit, summitKey);
      linkNext(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    "/events/:id",
    {
      schema: {
        operationId: "getEvent",
        tags: ["entities"],
        summary: "Get an event",
        description: "One event. Example: `/v1/events/abe-putin-summit-2013-04`.",
        params: collectionParams("abe-putin-summit-2013-04"),
        response: { 200: EventSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = ofKinds(memberOf(app.dataset, "event", request.params.id), EVENT_KINDS);
      if (!record) throw notInCollection(app.dataset, "events", request.params.id);
      return eventView(app.dataset, record);
    },
  );
};

export default collectionsRoutes;
