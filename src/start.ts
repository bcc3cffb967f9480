// Starts the API: reads config, builds the database from seed/ when it is missing or stale,
// opens it read-only, listens, and shuts down gracefully on SIGTERM / SIGINT.
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { type Db, openReadOnly } from "./db/open.ts";
import { ensureDatabase } from "./seed/seed.ts";

const config = loadConfig();
const started = performance.now();

const seeded = config.seedOnStart
  ? ensureDatabase(config.databasePath, config.seedDir)
  : { built: false, ms: 0 };
const db: Db = openReadOnly(config.databasePath);
const app: FastifyInstance = await buildApp({
  config,
  db,
  logger: {
    level: config.logLevel,
    redact: ["req.headers.authorization", "req.headers.cookie"],
  },
});

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, "shutting down");
  const force = setTimeout(() => {
    app.log.error("graceful shutdown timed out; exiting");
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await app.close();
    app.db.$client.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, "error while shutting down");
    process.exit(1);
  }
}
/**
 * SIGHUP picks up a re-seeded database without a restart: `npm run db:seed` renames a new file
 * into place, and the server opens it, serves it from the next request on, and closes the old
 * one (queries are synchronous, so none is running on it). A file that cannot be opened leaves
 * the current one in service.
 */
function reload(): void {
  try {
    const next = openReadOnly(config.databasePath);
    const previous = app.swapDatabase(next);
    if (previous !== next) previous.$client.close();
    app.log.info({ datasetVersion: app.datasetVersion }, "database reloaded");
  } catch (error) {
    app.log.error({ err: error }, "could not reload the database; still serving the previous one");
  }
}
process.on("SIGHUP", reload);
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

try {
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      datasetVersion: app.datasetVersion,
      seeded: seeded.built,
      seedMs: Math.round(seeded.ms),
      readyMs: Math.round(performance.now() - started),
      docs: `http://${config.host}:${config.port}/docs`,
    },
    "kuril-kg ready",
  );
} catch (error) {
  app.log.error({ err: error }, "could not start");
  process.exit(1);
}
