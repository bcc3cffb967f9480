// Reads the curated YAML files of seed/graph/ and validates their structure with zod.
// Pure apart from reading the files; cross-references and quotes are checked by anchorGraph.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { describeItem, SeedInputError } from "./errors.ts";
import {
  type ActorInput,
  ActorSchema,
  type ClaimInput,
  ClaimSchema,
  type IslandInput,
  IslandSchema,
  type RelationInput,
  RelationSchema,
  type SummitInput,
  SummitSchema,
  type TreatyInput,
  TreatySchema,
} from "./schemas.ts";

export type EntityType = "actor" | "treaty" | "island" | "summit";

export type CuratedEntity =
  | { type: "actor"; input: ActorInput; file: string; item: string }
  | { type: "treaty"; input: TreatyInput; file: string; item: string }
  | { type: "island"; input: IslandInput; file: string; item: string }
  | { type: "summit"; input: SummitInput; file: string; item: string };

export interface Curated<T> {
  input: T;
  file: string;
  item: string;
}

export interface Graph {
  entities: CuratedEntity[];
  relations: Curated<RelationInput>[];
  claims: Curated<ClaimInput>[];
  /** The files read, relative to the seed folder, in the order read (for the dataset version). */
  files: string[];
}

/** The entity files and the collection each one fills. */
export const ENTITY_FILES = {
  "actors.yaml": "actor",
  "treaties.yaml": "treaty",
  "islands.yaml": "island",
  "summits.yaml": "summit",
} as const satisfies Record<string, EntityType>;

/** The YAML files of a graph folder that the seed reads, sorted so that every run reads them alike. */
export function graphFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort();
}

function readItems(path: string, file: string): unknown[] {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, "utf8"), { prettyErrors: true });
  } catch (error) {
    throw new SeedInputError(file, null, null, `not valid YAML: ${(error as Error).message}`);
  }
  if (doc == null) return [];
  if (!Array.isArray(doc)) throw new SeedInputError(file, null, null, "must be a list of items");
  return doc;
}

function parseItems<S extends z.ZodType>(schema: S, items: unknown[], file: string): Curated<z.output<S>>[] {
  return items.map((raw, index) => {
    const item = describeItem(raw, index);
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      // An unknown key names itself: "field colour: Unrecognized key".
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      const path = [...issue.path, ...(keys.length === 1 ? keys : [])];
      const field = path.length ? path.join(".") : null;
      throw new SeedInputError(file, item, field, issue.message);
    }
    return { input: result.data, file, item };
  });
}

export function loadGraph(graphDir: string, seedDir: string = join(graphDir, "..")): Graph {
  const graph: Graph = { entities: [], relations: [], claims: [], files: [] };
  for (const name of graphFiles(graphDir)) {
    const path = join(graphDir, name);
    const file = relative(join(seedDir, ".."), path);
    const items = readItems(path, file);
    graph.files.push(name);
    const entityType = ENTITY_FILES[name as keyof typeof ENTITY_FILES];
    if (entityType === "actor") {
      for (const e of parseItems(ActorSchema, items, file)) graph.entities.push({ type: "actor", ...e });
    } else if (entityType === "treaty") {
      for (const e of parseItems(TreatySchema, items, file)) graph.entities.push({ type: "treaty", ...e });
    } else if (entityType === "island") {
      for (const e of parseItems(IslandSchema, items, file)) graph.entities.push({ type: "island", ...e });
    } else if (entityType === "summit") {
      for (const e of parseItems(SummitSchema, items, file)) graph.entities.push({ type: "summit", ...e });
    } else if (name.startsWith("relations")) {
      graph.relations.push(...parseItems(RelationSchema, items, file));
    } else if (name.startsWith("claims")) {
      graph.claims.push(...parseItems(ClaimSchema, items, file));
    } else {
      throw new SeedInputError(
        file,
        null,
        null,
        "unknown file: name it actors, treaties, islands, summits, relations*.yaml or claims*.yaml",
      );
    }
  }
  return graph;
}
