// Every JSON operation of the API, called with its documented example parameters, answers a body
// that its route's own zod response schema parses, and no field the schema does not declare: the
// contract a client reads in openapi/openapi.json is the one the tests hold the code to. A new
// GET operation fails the first test until it is added to SCHEMAS (or to NOT_JSON, saying why).
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AskResponseSchema } from "../src/modules/ask/ask.schemas.ts";
import { ClaimDetailSchema, ClaimPageSchema } from "../src/modules/claims/claims.schemas.ts";
import {
  ActorPageSchema,
  ActorSchema,
  EventPageSchema,
  EventSchema,
  IslandPageSchema,
  IslandSchema,
  PlacePageSchema,
  PlaceSchema,
  SummitPageSchema,
  SummitSchema,
  TreatyPageSchema,
  TreatySchema,
} from "../src/modules/collections/collections.schemas.ts";
import {
  DocumentListSchema,
  DocumentSchema,
  SentenceDetailSchema,
} from "../src/modules/documents/documents.schemas.ts";
import { EndnotePageSchema, EndnoteSchema } from "../src/modules/endnotes/endnotes.schemas.ts";
import { EntityDetailSchema, EntityPageSchema } from "../src/modules/entities/entities.schemas.ts";
import { NeighborsSchema, PathSchema } from "../src/modules/graph/graph.schemas.ts";
import { SearchPageSchema } from "../src/modules/search/search.schemas.ts";
import { SourcePageSchema, SourceWithEndnotesSchema } from "../src/modules/sources/sources.schemas.ts";
import { TimelinePageSchema } from "../src/modules/timeline/timeline.schemas.ts";
import { useTestApp } from "./helpers.ts";
import { nonEmpty } from "./lists.ts";

/** Each JSON operation's 200 response schema, as its route declares it. */
const SCHEMAS: Record<string, z.ZodType> = {
  ask: AskResponseSchema,
  search: SearchPageSchema,
  listClaims: ClaimPageSchema,
  getClaim: ClaimDetailSchema,
  listEntities: EntityPageSchema,
  getEntity: EntityDetailSchema,
  listActors: ActorPageSchema,
  getActor: ActorSchema,
  listTreaties: TreatyPageSchema,
  getTreaty: TreatySchema,
  listIslands: IslandPageSchema,
  getIsland: IslandSchema,
  listPlaces: PlacePageSchema,
  getPlace: PlaceSchema,
  listSummits: SummitPageSchema,
  getSummit: SummitSchema,
  listEvents: EventPageSchema,
  getEvent: EventSchema,
  getNeighbors: NeighborsSchema,
  getPath: PathSchema,
  getTimeline: TimelinePageSchema,
  listDocuments: DocumentListSchema,
  getDocument: DocumentSchema,
  getDocumentEndnote: EndnoteSchema,
  getDocumentSentence: SentenceDetailSchema,
  listEndnotes: EndnotePageSchema,
  getEndnote: EndnoteSchema,
  listSources: SourcePageSchema,
  getSource: SourceWithEndnotesSchema,
};

/** GET operations whose body is not one JSON schema of ours, and where they are tested. */
const NOT_JSON: Record<string, string> = {
  getJsonLdContext: "JSON-LD context (src/modules/linked-data/linked-data.test.ts)",
  getVocabulary: "RDF vocabulary (linked-data.test.ts)",
  exportDataset: "RDF and CSV dumps (linked-data.test.ts)",
  querySparql: "SPARQL results formats (src/modules/sparql/sparql.test.ts)",
  getHealth: "liveness, inline schema (test/server.test.ts, test/operations.test.ts)",
  getReadiness: "readiness, inline schema (test/dataset.test.ts)",
};

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  schema?: { example?: unknown };
}
type Operation = { operationId: string; parameters?: Parameter[] };

const api = useTestApp();

async function operations(): Promise<{ id: string; url: string }[]> {
  const spec = (await api.get("/openapi.json")).json() as { paths: Record<string, { get?: Operation }> };
  return Object.entries(spec.paths).flatMap(([path, item]) => {
    const op = item.get;
    if (!op) return [];
    const example = (p: Parameter) => String(p.example ?? p.schema?.example ?? "");
    let url = path;
    const query = new URLSearchParams();
    for (const p of op.parameters ?? []) {
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(example(p)));
      else if (p.in === "query" && p.required) query.set(p.name, example(p));
    }
    return [{ id: op.operationId, url: query.size ? `${url}?${query}` : url }];
  });
}

describe("every JSON operation's response", () => {
  it("has its route's response schema here, or a reason it is not JSON", async () => {
    const ids = nonEmpty(await operations()).map((o) => o.id);
    const unknown = ids.filter((id) => !(id in SCHEMAS) && !(id in NOT_JSON));
    expect(unknown).toEqual([]);
    expect(Object.keys(SCHEMAS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("parses with that schema, with no undeclared field, at the documented examples", async () => {
    const checked: string[] = [];
    for (const { id, url } of nonEmpty(await operations())) {
      const schema = SCHEMAS[id];
      if (!schema) continue;
      const res = await api.get(url);
      expect(res.statusCode, `${id} ${url}: ${res.body}`).toBe(200);
      const body = res.json();
      const parsed = schema.safeParse(body);
      expect(parsed.success, `${id} ${url}: ${parsed.error?.message}`).toBe(true);
      // zod drops undeclared keys: the parsed body equals the served one only when there were none.
      expect(parsed.data, `${id} ${url}`).toEqual(body);
      checked.push(id);
    }
    expect(checked.sort()).toEqual(Object.keys(SCHEMAS).sort());
  });
});
