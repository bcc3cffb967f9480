// The server's start-up, loaded by src/server.ts once its signal handlers are in place: reads config, builds the database from seed/ when it is missing or stale,
// opens it read-only, listens, follows re-seeds of the database file, and shuts down gracefully
// on SIGTERM / SIGINT. Start-up failures a person can fix are one line naming the setting or the
// path and the fix, and a non-zero exit, never a stack trace.
import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { type Config, loadConfig } from "./config.ts";
import { readDatasetVersion } from "./db/meta.ts";
import { type Db, openReadOnly } from "./db/open.ts";
import { ensureDatabase, isOurDatabase } from "./seed/seed.ts";

/** What src/server.ts hands over: whether a SIGHUP came during start-up, and where to send the next. */
export interface Signals {
  reloadRequested: () => boolean;
  onReload: (handler: (reason: string) => void) => void;
}

export async function start(signals: Signals): Promise<void> {
  /** A start-up failure: one line for a person, then exit 1. */
  function fail(message: string): never {
    process.stderr.write(`kuril-kg: ${message}\n`);
    process.exit(1);
  }

  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(`${(error as Error).message}. Fix the variable in the environment or .env (see .env.example).`);
  }
  const started = performance.now();

  const logger = {
    level: config.logLevel,
    redact: ["req.headers.authorization", "req.headers.cookie"],
    // Readable lines in a terminal, JSON for machines (containers, log collectors).
    ...(process.stdout.isTTY
      ? {
          transport: {
            target: "pino-pretty",
            options: { translateTime: "HH:MM:ss", ignore: "pid,hostname" },
          },
        }
      : {}),
  };

  let seeded = { built: false, ms: 0 };
  let seedWarning: string | null = null;
  if (config.seedOnStart) {
    try {
      seeded = ensureDatabase(config.databasePath, config.seedDir);
    } catch (error) {
      // A good database in place is served; the seed's problem is said once, as a warning.
      if (!isOurDatabase(config.databasePath))
        fail(`could not build ${config.databasePath}: ${(error as Error).message}`);
      seedWarning = (error as Error).message;
    }
  }

  function openServed(path: string): Db {
    const db = openReadOnly(path);
    try {
      readDatasetVersion(db);
      return db;
    } catch (error) {
      db.$client.close();
      throw error;
    }
  }

  let db: Db;
  try {
    db = openServed(config.databasePath);
  } catch (error) {
    fail(
      `cannot open the database ${config.databasePath} (${(error as Error).message}): build it with \`npm run db:seed\`, set SEED_ON_START=true, or set DATABASE_PATH`,
    );
  }
  const app: FastifyInstance = await buildApp({ config, db, logger });
  if (seedWarning) {
    app.log.warn(
      { seedDir: config.seedDir, database: config.databasePath },
      `the seed failed, serving the database already in place: ${seedWarning}`,
    );
  }

  /**
   * Opens the file now at DATABASE_PATH, checks it is one of ours with a dataset, and swaps it in
   * (app.swapDatabase is the one entry point). The same dataset is a no-op; a file that cannot be
   * opened or checked leaves the current database in service and closes what was opened.
   */
  function doReload(reason: string): void {
    let next: Db | undefined;
    try {
      if (!isOurDatabase(config.databasePath)) throw new Error("not a kuril-kg database");
      next = openServed(config.databasePath);
      if (readDatasetVersion(next) === app.datasetVersion) {
        next.$client.close();
        return;
      }
      const previous = app.swapDatabase(next);
      if (previous !== next) previous.$client.close();
      app.log.info({ datasetVersion: app.datasetVersion, reason }, "database reloaded");
    } catch (error) {
      next?.$client.close();
      app.log.error(
        { err: error, reason },
        `could not reload ${config.databasePath}; still serving dataset ${app.datasetVersion}`,
      );
    }
  }

  // `npm run db:seed` renames a new file into place: watch the folder (a rename replaces the file,
  // so a watch on the file itself would be lost), and reload once the writes have settled.
  let watcher: FSWatcher | undefined;
  let debounce: NodeJS.Timeout | undefined;
  try {
    const name = basename(config.databasePath);
    watcher = watch(dirname(config.databasePath), (_event, file) => {
      if (file !== null && file !== name) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => doReload("file changed"), 250);
    });
    watcher.on("error", (error) => app.log.warn({ err: error }, "stopped watching the database folder"));
  } catch (error) {
    app.log.warn({ err: error }, "cannot watch the database folder; reload with SIGHUP");
  }

  let closing = false;
  async function shutdown(signal: string): Promise<void> {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    watcher?.close();
    clearTimeout(debounce);
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
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${config.host}:${config.port}`;
    if (code === "EADDRINUSE")
      fail(`port ${config.port} is in use on ${config.host}: set PORT to a free port`);
    if (code === "EACCES") fail(`not allowed to listen on ${where}: set PORT above 1023`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
      fail(`${config.host} is not an address of this machine: set HOST (127.0.0.1, or 0.0.0.0 for all)`);
    fail(`could not listen on ${where}: ${(error as Error).message}`);
  }
  signals.onReload((reason) => {
    if (!closing) doReload(reason);
  });
  if (signals.reloadRequested()) doReload("SIGHUP during start-up");
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
}
