// /v1/actors, /v1/treaties, /v1/islands, /v1/summits: the typed collections, each with its own
// fields and filters. Filters take ids, or names resolved through aliases (400 when ambiguous).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { CoreDataset } from "../../dataset/core.ts";
import { decodeCursor, linkNext, toPage } from "../../http/pagination.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { resolveEntityId } from "../entities/entities.refs.ts";
import {
  actorView,
  islandView,
  listActors,
  listIslands,
  listSummits,
  listTreaties,
  memberOf,
  summitKey,
  summitView,
  treatyView,
} from "./collections.repo.ts";
import {
  ActorPageSchema,
  ActorSchema,
  collectionParams,
  IslandPageSchema,
  IslandSchema,
  ListActorsQuerySchema,
  ListIslandsQuerySchema,
  ListSummitsQuerySchema,
  ListTreatiesQuerySchema,
  SummitPageSchema,
  SummitSchema,
  TreatyPageSchema,
  TreatySchema,
} from "./collections.schemas.ts";

const PATHS = { actor: "actors", treaty: "treaties", island: "islands", summit: "summits" } as const;

/** A 404 that points to the right collection when the id belongs to another one. */
function notInCollection(data: CoreDataset, type: keyof typeof PATHS, id: string) {
  const other = data.entities.byId.get(id)?.row;
  const hint = other
    ? ` "${id}" is ${other.type === "actor" ? "an" : "a"} ${other.type}: see /v1/${PATHS[other.type]}/${id}.`
    : " Find ids with /v1/entities?q=…";
  return notFound(`No ${type} has the id "${id}".${hint}`);
}

/** A filter value as an id: undefined stays undefined, a name resolves through the aliases. */
function resolved(
  data: CoreDataset,
  value: string | undefined,
  parameter: string,
  types: ("actor" | "island")[],
): string | undefined {
  return value === undefined ? undefined : resolveEntityId(data, value, parameter, types);
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
        { kind: q.kind, countryId: resolved(app.dataset, q.country, "country", ["actor"]) },
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
      if (!record) throw notInCollection(app.dataset, "actor", request.params.id);
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
        { kind: q.kind, partyId: resolved(app.dataset, q.party, "party", ["actor"]), year: q.year },
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
      if (!record) throw notInCollection(app.dataset, "treaty", request.params.id);
      return treatyView(app.dataset, record);
    },
  );

  app.get(
    "/islands",
    {
      schema: {
        operationId: "listIslands",
        tags: ["entities"],
        summary: "List islands and places",
        description:
          "Islands, island groups, cities, regions, seas and other places, by id, with their group, who administers and who claims them. Example: `/v1/islands?claimant=japan`.",
        querystring: ListIslandsQuerySchema,
        response: { 200: IslandPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listIslands(
        app.dataset,
        {
          kind: q.kind,
          groupId: resolved(app.dataset, q.group, "group", ["island"]),
          claimantId: resolved(app.dataset, q.claimant, "claimant", ["actor"]),
          administeredById: resolved(app.dataset, q.administeredBy, "administeredBy", ["actor"]),
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
        summary: "Get an island or place",
        description: "One island or place. Example: `/v1/islands/shikotan`.",
        params: collectionParams("shikotan"),
        response: { 200: IslandSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = memberOf(app.dataset, "island", request.params.id);
      if (!record) throw notInCollection(app.dataset, "island", request.params.id);
      return islandView(app.dataset, record);
    },
  );

  app.get(
    "/summits",
    {
      schema: {
        operationId: "listSummits",
        tags: ["entities"],
        summary: "List summits and events",
        description:
          "Summits, meetings, visits, forums, talks, wars and other events in chronological order (undated ones last), with date, place, participants and outcome. Example: `/v1/summits?participant=mikhail-gorbachev`, `/v1/summits?year=1997`.",
        querystring: ListSummitsQuerySchema,
        response: { 200: SummitPageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = listSummits(
        app.dataset,
        {
          kind: q.kind,
          participantId: resolved(app.dataset, q.participant, "participant", ["actor"]),
          year: q.year,
          placeId: resolved(app.dataset, q.place, "place", ["island"]),
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
        summary: "Get a summit or event",
        description: "One summit or event. Example: `/v1/summits/abe-putin-summit-2013-04`.",
        params: collectionParams("abe-putin-summit-2013-04"),
        response: { 200: SummitSchema, ...problemResponses },
      },
    },
    async (request) => {
      const record = memberOf(app.dataset, "summit", request.params.id);
      if (!record) throw notInCollection(app.dataset, "summit", request.params.id);
      return summitView(app.dataset, record);
    },
  );
};

export default collectionsRoutes;
