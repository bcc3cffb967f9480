// Reads the curated YAML files of seed/ and validates their structure with zod.
// Pure apart from reading the files; cross-references and quotes are checked by anchorGraph.
//
// Layout: seed/entities/*.yaml holds the entities all documents share (`actors.yaml`, and any
// `actors-<suffix>.yaml` adds more of the same type); seed/documents/<document-id>/ holds one
// document: its `article.md` and its own `claims*.yaml` and `relations*.yaml`, and optionally
// `questions*.yaml` (reader questions each claim answers, retrieval aids for /v1/ask).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { type EntityType, PRIMARY_DOCUMENT_ID } from "../domain/enums.ts";
import { describeItem, SeedInputError } from "./errors.ts";
import {
  type ActorInput,
  ActorSchema,
  type AskedAsInput,
  AskedAsSchema,
  type ClaimInput,
  ClaimSchema,
  type EventInput,
  EventSchema,
  type PlaceInput,
  PlaceSchema,
  type RelationInput,
  RelationSchema,
  type TreatyInput,
  TreatySchema,
} from "./schemas.ts";

export type { EntityType };

export type CuratedEntity =
  | { type: "actor"; input: ActorInput; file: string; item: string }
  | { type: "treaty"; input: TreatyInput; file: string; item: string }
  | { type: "place"; input: PlaceInput; file: string; item: string }
  | { type: "event"; input: EventInput; file: string; item: string };

export interface Curated<T> {
  input: T;
  file: string;
  item: string;
}

/** A claim or relation, read from one document's folder: its quote is looked for in that document. */
export interface CuratedInDocument<T> extends Curated<T> {
  /** The id of the document whose folder holds the file. */
  document: string;
}

export interface Graph {
  entities: CuratedEntity[];
  relations: CuratedInDocument<RelationInput>[];
  claims: CuratedInDocument<ClaimInput>[];
  /** Reader questions the claims answer (questions*.yaml), for ranking /v1/ask. */
  askedAs: CuratedInDocument<AskedAsInput>[];
  /** The files read, relative to the seed folder, in the order read (for the dataset version). */
  files: string[];
}

/** One document's folder: seed/documents/<id>/ with its article and its curated files. */
export interface DocumentFolder {
  /** The folder's name, which is the document's id. */
  id: string;
  /** The article's path. */
  article: string;
  /** Its claims*.yaml, relations*.yaml and questions*.yaml, sorted. */
  files: string[];
}

/** The seed inputs as laid out on disk, every list sorted so that every run reads them alike. */
export interface SeedLayout {
  /** seed/entities/ */
  entitiesDir: string;
  /** The YAML files of seed/entities/, sorted. */
  entityFiles: string[];
  /** The document folders of seed/documents/: the original article first (PRIMARY_DOCUMENT_ID), then the others by id. */
  documents: DocumentFolder[];
}

/** The entity files and the collection each one fills; `actors-more.yaml` fills the same as `actors.yaml`. */
export const ENTITY_FILES = {
  "actors.yaml": "actor",
  "treaties.yaml": "treaty",
  "islands.yaml": "place",
  "summits.yaml": "event",
} as const satisfies Record<string, EntityType>;

const YAML_FILE = /\.ya?ml$/;
const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The YAML files of a folder, sorted so that every run reads them alike. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => YAML_FILE.test(f))
    .sort();
}

/** The entity type an entity file fills: `actors.yaml` and `actors-<suffix>.yaml` fill actors. */
export function entityTypeOfFile(name: string): EntityType | null {
  const stem = name.replace(YAML_FILE, "");
  for (const [file, type] of Object.entries(ENTITY_FILES)) {
    const typeStem = file.replace(YAML_FILE, "");
    if (stem === typeStem || stem.startsWith(`${typeStem}-`)) return type;
  }
  return null;
}

/** Finds the seed inputs: the entity files and the document folders. */
export function seedLayout(seedDir: string): SeedLayout {
  const entitiesDir = join(seedDir, "entities");
  const documentsDir = join(seedDir, "documents");
  const where = (path: string) => relative(join(seedDir, ".."), path);
  if (!existsSync(entitiesDir)) throw new SeedInputError(where(entitiesDir), null, null, "missing folder");
  if (!existsSync(documentsDir)) throw new SeedInputError(where(documentsDir), null, null, "missing folder");
  const documents = readdirSync(documentsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    // The original article first, so that its claims keep their reading-order numbers.
    .sort((a, b) => Number(b === PRIMARY_DOCUMENT_ID) - Number(a === PRIMARY_DOCUMENT_ID) || (a < b ? -1 : 1))
    .map((id): DocumentFolder => {
      const dir = join(documentsDir, id);
      if (!DOCUMENT_ID.test(id))
        throw new SeedInputError(
          where(dir),
          null,
          null,
          "a document folder's name is its id: a lowercase slug",
        );
      const article = join(dir, "article.md");
      if (!existsSync(article))
        throw new SeedInputError(
          where(article),
          null,
          null,
          "missing: every document folder holds its article.md",
        );
      return { id, article, files: yamlFiles(dir).map((name) => join(dir, name)) };
    });
  if (documents.length === 0)
    throw new SeedInputError(where(documentsDir), null, null, "holds no document folder");
  return {
    entitiesDir,
    entityFiles: yamlFiles(entitiesDir).map((name) => join(entitiesDir, name)),
    documents,
  };
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
      const [issue] = result.error.issues;
      if (!issue) throw new SeedInputError(file, item, null, "not valid");
      // An unknown key names itself: "field colour: Unrecognized key".
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      const path = [...issue.path, ...(keys.length === 1 ? keys : [])];
      const field = path.length ? path.join(".") : null;
      throw new SeedInputError(file, item, field, issue.message);
    }
    return { input: result.data, file, item };
  });
}

function loadEntityFile(graph: Graph, name: string, items: unknown[], file: string): void {
  const entityType = entityTypeOfFile(name);
  if (entityType === "actor") {
    for (const e of parseItems(ActorSchema, items, file)) graph.entities.push({ type: "actor", ...e });
  } else if (entityType === "treaty") {
    for (const e of parseItems(TreatySchema, items, file)) graph.entities.push({ type: "treaty", ...e });
  } else if (entityType === "place") {
    for (const e of parseItems(PlaceSchema, items, file)) graph.entities.push({ type: "place", ...e });
  } else if (entityType === "event") {
    for (const e of parseItems(EventSchema, items, file)) graph.entities.push({ type: "event", ...e });
  } else {
    const names = Object.keys(ENTITY_FILES)
      .map((f) => f.replace(YAML_FILE, ""))
      .join(", ");
    throw new SeedInputError(
      file,
      null,
      null,
      `unknown file: an entity file is named after its type (${names}), optionally with a suffix (actors-more.yaml)`,
    );
  }
}

function loadDocumentFile(
  graph: Graph,
  name: string,
  items: unknown[],
  file: string,
  document: string,
): void {
  if (name.startsWith("relations")) {
    graph.relations.push(...parseItems(RelationSchema, items, file).map((r) => ({ ...r, document })));
  } else if (name.startsWith("claims")) {
    graph.claims.push(...parseItems(ClaimSchema, items, file).map((c) => ({ ...c, document })));
  } else if (name.startsWith("questions")) {
    graph.askedAs.push(...parseItems(AskedAsSchema, items, file).map((q) => ({ ...q, document })));
  } else {
    throw new SeedInputError(
      file,
      null,
      null,
      "unknown file: a document folder holds article.md, claims*.yaml, relations*.yaml and questions*.yaml (entities go in seed/entities/)",
    );
  }
}

/** Reads every curated file of the seed folder: the shared entities, then each document's claims and relations. */
export function loadGraph(seedDir: string, layout: SeedLayout = seedLayout(seedDir)): Graph {
  const graph: Graph = { entities: [], relations: [], claims: [], askedAs: [], files: [] };
  const read = (path: string, load: (graph: Graph, name: string, items: unknown[], file: string) => void) => {
    const file = relative(join(seedDir, ".."), path);
    const name = basename(path);
    load(graph, name, readItems(path, file), file);
    graph.files.push(relative(seedDir, path));
  };
  for (const path of layout.entityFiles) read(path, loadEntityFile);
  for (const document of layout.documents)
    for (const path of document.files)
      read(path, (g, name, items, file) => loadDocumentFile(g, name, items, file, document.id));
  return graph;
}
