// The pipeline from seed/ to an in-memory dataset: parse the article and its endnotes, load the
// curated graph, anchor it. Pure apart from reading the seed files.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type AnchoredGraph, anchorGraph, type DocumentText } from "../graph/anchor.ts";
import { type Graph, loadGraph, type SeedLayout, seedLayout } from "../graph/load.ts";
import { parseArticle } from "../ingest/parseArticle.ts";
import { parseEndnotes } from "../ingest/parseEndnotes.ts";
import { PROJECT_ROOT } from "../paths.ts";

export interface SeedData {
  /** Hash of the seed inputs (the article and the curated files): the basis of ETags. */
  version: string;
  /** Hash of the inputs and of the code and migrations that turn them into a database. */
  buildHash: string;
  /** Every document's parsed text, the original article first. */
  documents: DocumentText[];
  graph: Graph;
  anchored: AnchoredGraph;
}

/** The code whose change changes the database built from the same inputs. */
const BUILD_CODE_DIRS = ["src/ingest", "src/graph", "src/seed", "src/db", "migrations"];

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.name.endsWith(".test.ts"))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every seed input file, relative to the seed folder: the entity files, then each document's article and curated files. */
function inputFiles(seedDir: string, layout: SeedLayout): string[] {
  return [...layout.entityFiles, ...layout.documents.flatMap((d) => [d.article, ...d.files])].map((path) =>
    relative(seedDir, path),
  );
}

/** Hashes the seed inputs: every file of seed/entities/ and seed/documents/, by path and content. */
export function seedInputsHash(seedDir: string, layout: SeedLayout = seedLayout(seedDir)): string {
  const hash = createHash("sha256");
  for (const file of inputFiles(seedDir, layout))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(seedDir, file)))
      .update("\0");
  return hash.digest("hex");
}

/** The inputs' hash combined with the build code's: a database built with another one is stale. */
export function buildHashOf(seedDir: string, layout: SeedLayout = seedLayout(seedDir)): string {
  const hash = createHash("sha256").update(seedInputsHash(seedDir, layout));
  for (const dir of BUILD_CODE_DIRS) {
    for (const file of filesBelow(join(PROJECT_ROOT, dir)))
      hash.update(`\0${file.slice(PROJECT_ROOT.length)}\0`).update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** Reads every seed input: each document folder's article, the shared entities and every document's curated files. */
export function loadDataset(seedDir: string): SeedData {
  const layout = seedLayout(seedDir);
  const documents = layout.documents.map((folder): DocumentText => {
    const article = readFileSync(folder.article, "utf8");
    return { document: parseArticle(article, { id: folder.id }), notes: parseEndnotes(article) };
  });
  const graph = loadGraph(seedDir, layout);
  const anchored = anchorGraph(graph, documents);
  return {
    version: seedInputsHash(seedDir, layout).slice(0, 16),
    buildHash: buildHashOf(seedDir, layout),
    documents,
    graph,
    anchored,
  };
}
