// Names as people type them, for entity filters and look-ups: when no name or alias matches
// exactly, the entities whose names are closest by spelling or sound (src/ask/fuzzy.ts).
import { type FuzzyMatch, FuzzyNames, fuzzySafe } from "../../ask/fuzzy.ts";
import type { CoreDataset } from "../../dataset/core.ts";
import type { EntityCatalog } from "../../dataset/entities.ts";

const cache = new WeakMap<EntityCatalog, FuzzyNames>();

function namesOf(catalog: EntityCatalog): FuzzyNames {
  let names = cache.get(catalog);
  if (!names) {
    names = new FuzzyNames(
      catalog.all.flatMap((r) => [
        { text: r.row.name, entityId: r.row.id },
        ...r.aliases.map((a) => ({ text: a.text, entityId: r.row.id })),
        ...r.knownAs.filter((k) => fuzzySafe(k.text)).map((k) => ({ text: k.text, entityId: r.row.id })),
      ]),
    );
    cache.set(catalog, names);
  }
  return names;
}

/** The entities closest to a typed name (of these types), the closest first; never for a common English word. */
export function closeEntities(data: CoreDataset, value: string, types?: readonly string[]): FuzzyMatch[] {
  const catalog = data.entities;
  return namesOf(catalog)
    .match(value)
    .filter((m) => !types || types.includes(catalog.byId.get(m.entityId)?.row.type ?? ""));
}
