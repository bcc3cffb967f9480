// Names as people type them, for entity filters and look-ups: when no name or alias matches
// exactly, the entities whose names are closest by spelling or sound (src/ask/fuzzy.ts).
import { type FuzzyMatch, FuzzyNames } from "../../ask/fuzzy.ts";
import type { Db } from "../../db/open.ts";
import { entityCatalog } from "./entities.catalog.ts";

const cache = new WeakMap<Db, FuzzyNames>();

function namesOf(db: Db): FuzzyNames {
  let names = cache.get(db);
  if (!names) {
    names = new FuzzyNames(
      entityCatalog(db).all.flatMap((r) => [
        { text: r.row.name, entityId: r.row.id },
        ...r.aliases.map((a) => ({ text: a.text, entityId: r.row.id })),
      ]),
    );
    cache.set(db, names);
  }
  return names;
}

/** The entities closest to a typed name (of these types), the closest first; never for a common English word. */
export function closeEntities(db: Db, value: string, types?: readonly string[]): FuzzyMatch[] {
  const catalog = entityCatalog(db);
  return namesOf(db)
    .match(value)
    .filter((m) => !types || types.includes(catalog.byId.get(m.entityId)!.row.type));
}
