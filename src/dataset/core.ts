// What every request reads from memory, built once from an opened database: the text layer,
// the entity catalogue and the relation graph. The question engine builds its index on it
// (see dataset.ts); route modules read it through their repos.
import { readDatasetVersion } from "../db/meta.ts";
import type { Db } from "../db/open.ts";
import { type ClaimIndex, loadClaimIndex } from "./claims.ts";
import { type EntityCatalog, loadEntityCatalog } from "./entities.ts";
import { loadRelationGraph, type RelationGraph } from "./relations.ts";
import { TextLayer } from "./text.ts";

export interface CoreDataset {
  /** The database it was read from, for the queries that run in SQL. */
  db: Db;
  /** The dataset version stored by the seed: the basis of ETags. */
  version: string;
  text: TextLayer;
  entities: EntityCatalog;
  relations: RelationGraph;
  /** The claims in reading order with their subjects, by speaker and subject; the entities' mentions. */
  claimIndex: ClaimIndex;
  /** How many claims the database holds. */
  claimCount: number;
}

export function loadCoreDataset(db: Db): CoreDataset {
  const claimIndex = loadClaimIndex(db);
  return {
    db,
    version: readDatasetVersion(db),
    text: new TextLayer(db),
    entities: loadEntityCatalog(db),
    relations: loadRelationGraph(db),
    claimIndex,
    claimCount: claimIndex.rows.length,
  };
}
