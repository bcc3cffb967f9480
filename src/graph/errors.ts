// A seed input that is wrong: the message names the file, the item and the field, so that a
// person editing YAML can find and fix it.

export class SeedInputError extends Error {
  constructor(
    readonly file: string,
    readonly item: string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    const where = [file, item && `item ${item}`, field && `field ${field}`].filter(Boolean).join(", ");
    super(`${where}: ${problem}`);
    this.name = "SeedInputError";
  }
}

/**
 * "id 'vladimir-putin' (#3)" or "#3" when the item has no readable id; an item that names the
 * claim it is about (questions*.yaml) by that claim's id.
 */
export function describeItem(raw: unknown, index: number): string {
  const record = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const id = record.id ?? record.claim;
  return typeof id === "string" ? `'${id}' (#${index + 1})` : `#${index + 1}`;
}
