// One place that opens the database and sets its pragmas: read-write for the seed (which
// builds a new file), read-only with query_only for the server, which never writes.
import { join } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { PROJECT_ROOT } from "../paths.ts";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_DIR = join(PROJECT_ROOT, "migrations");

/** Opens an existing database for reading only; fails when the file does not exist. */
export function openReadOnly(path: string): Db {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma("query_only = ON");
  sqlite.pragma("foreign_keys = ON");
  // Read-only files are never journalled by us; a larger cache keeps hot pages in memory.
  sqlite.pragma("cache_size = -16000");
  return drizzle(sqlite, { schema }) as Db;
}

/** Creates (or opens) a database for writing and brings it to the latest migration. */
export function openForWriting(path: string): Db {
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = DELETE");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}
