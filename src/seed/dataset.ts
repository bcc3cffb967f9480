// The pipeline from seed/ to an in-memory dataset: parse the article and its endnotes, load the
// curated graph, anchor it. Pure apart from reading the seed files.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type AnchoredGraph, anchorGraph } from "../graph/anchor.ts";
import { type Graph, graphFiles, loadGraph } from "../graph/load.ts";
import { parseArticle } from "../ingest/parseArticle.ts";
import { parseEndnotes } from "../ingest/parseEndnotes.ts";
import type { ParsedDocument, ParsedEndnotes } from "../ingest/types.ts";
import { PROJECT_ROOT } from "../paths.ts";

export interface Dataset {
  /** Hash of the seed inputs (the article and the curated files): the basis of ETags. */
  version: string;
  /** Hash of the inputs and of the code and migrations that turn them into a database. */
  buildHash: string;
  document: ParsedDocument;
  notes: ParsedEndnotes;
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

/** Hashes the seed inputs: seed/article.md and every file of seed/graph/, by name and content. */
export function seedInputsHash(seedDir: string): string {
  const hash = createHash("sha256");
  hash.update("article.md\0").update(readFileSync(join(seedDir, "article.md")));
  const graphDir = join(seedDir, "graph");
  for (const name of graphFiles(graphDir))
    hash.update(`\0graph/${name}\0`).update(readFileSync(join(graphDir, name)));
  return hash.digest("hex");
}

/** The inputs' hash combined with the build code's: a database built with another one is stale. */
export function buildHashOf(seedDir: string): string {
  const hash = createHash("sha256").update(seedInputsHash(seedDir));
  for (const dir of BUILD_CODE_DIRS) {
    for (const file of filesBelow(join(PROJECT_ROOT, dir)))
      hash.update(`\0${file.slice(PROJECT_ROOT.length)}\0`).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function loadDataset(seedDir: string): Dataset {
  const article = readFileSync(join(seedDir, "article.md"), "utf8");
  const document = parseArticle(article);
  const notes = parseEndnotes(article);
  const graph = loadGraph(join(seedDir, "graph"), seedDir);
  const anchored = anchorGraph(graph, document, notes);
  return {
    version: seedInputsHash(seedDir).slice(0, 16),
    buildHash: buildHashOf(seedDir),
    document,
    notes,
    graph,
    anchored,
  };
}
