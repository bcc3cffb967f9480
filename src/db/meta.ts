// The key-value facts the seed stores beside the data.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
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

/** SQLite's application_id of every database the seed writes ("KKG1"): how we know our files. */
export const APPLICATION_ID = 0x4b4b4731;

/**
 * Whether the file at `path` is a database this project wrote: marked with APPLICATION_ID, or
 * (built before the mark) unmarked with our meta table and a dataset version. False for a
 * missing file, another application's database, or anything that is not SQLite.
 */
export function isOurDatabase(path: string): boolean {
  if (!existsSync(path)) return false;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const id = sqlite.pragma("application_id", { simple: true }) as number;
    if (id === APPLICATION_ID) return true;
    if (id !== 0) return false;
    const row = sqlite.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").get() as
      | { value: string }
      | undefined;
    return Boolean(row?.value);
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}
