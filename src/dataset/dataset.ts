// The dataset of one opened database: everything requests read from memory, built eagerly when
// the database is opened or swapped in (app.ts), so that no request pays for building it and a
// database that cannot be read is refused before it is served. Data flows one way:
// ingest → graph → seed → database → dataset (core, then the question index) → repos → routes.
import { type AskIndex, buildAskIndex } from "../ask/index.ts";
import type { Db } from "../db/open.ts";
import { type CoreDataset, loadCoreDataset } from "./core.ts";

export type { CoreDataset } from "./core.ts";

export interface Dataset extends CoreDataset {
  /** The question engine's index. */
  ask: AskIndex;
}

export function openDataset(db: Db): Dataset {
  const core = loadCoreDataset(db);
  return { ...core, ask: buildAskIndex(core) };
}
