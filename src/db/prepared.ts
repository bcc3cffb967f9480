// Statements prepared once per opened database and reused: preparing (parsing and planning the
// SQL) cost as much as running the small queries of a request. Keyed by the SQL text, so that a
// query built from a few optional filters has one statement per combination; bounded anyway.
import type Database from "better-sqlite3";
import type { Db } from "./open.ts";

const MAX_STATEMENTS = 512;
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The database's statement for this SQL, prepared on first use. */
export function prepared(db: Db, sql: string): Database.Statement {
  const client = db.$client;
  let cache = statements.get(client);
  if (!cache) {
    cache = new Map();
    statements.set(client, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = client.prepare(sql);
    const oldest = cache.keys().next().value;
    if (cache.size >= MAX_STATEMENTS && oldest !== undefined) cache.delete(oldest);
    cache.set(sql, statement);
  }
  return statement;
}
