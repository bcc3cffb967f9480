// The key-value facts the seed stores beside the data.
import { eq } from "drizzle-orm";
import type { Db } from "./open.ts";
import { meta } from "./schema.ts";

export function readMeta(db: Db, key: string): string | null {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, key)).get()?.value ?? null;
}

export function readDatasetVersion(db: Db): string {
  const version = readMeta(db, "dataset_version");
  if (!version) throw new Error("the database has no dataset version: rebuild it with `npm run db:seed`");
  return version;
}
