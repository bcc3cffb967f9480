// One dataset per opened database, built before the database is served: the app holds it when it
// is ready (no request builds anything), a swapped-in database brings its own, and a database
// whose dataset cannot be built is refused while the current one stays in service.
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openReadOnly } from "../src/db/open.ts";
import { seedDatabase } from "../src/seed/seed.ts";
import { SEED_DIR, useTestApp } from "./helpers.ts";

const api = useTestApp();

describe("the dataset of the served database", () => {
  it("is built when the app is ready, before any request", () => {
    const { app } = api.context();
    const data = app.dataset;
    expect(data.db).toBe(app.db);
    expect(data.version).toBe(app.datasetVersion);
    expect(data.entities.byId.get("vladimir-putin")?.row.type).toBe("actor");
    expect(data.text.primary.endnotes.size).toBe(41);
    expect(data.text.primary.claimsByEndnote.get(16)?.length).toBeGreaterThan(0);
    expect(data.relations.relations.length).toBeGreaterThan(0);
    expect(data.claimCount).toBeGreaterThan(0);
    expect(data.ask.linker).toBeDefined();
  });

  it("is the same object from request to request", async () => {
    const { app } = api.context();
    const before = app.dataset;
    expect((await api.get("/v1/ask?q=What%20did%20Putin%20say%3F")).statusCode).toBe(200);
    expect((await api.get("/v1/graph/neighbors/japan")).statusCode).toBe(200);
    expect(app.dataset).toBe(before);
  });

  it("readiness reports the built dataset", async () => {
    const { app } = api.context();
    const res = await api.get("/readyz");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: "ready",
      datasetVersion: app.dataset.version,
      claims: app.dataset.claimCount,
    });
  });

  it("comes with a swapped-in database, and a database that cannot be read is refused", async () => {
    const { app, config } = api.context();
    const original = app.db;
    const originalData = app.dataset;
    const dir = join(config.databasePath, "..");

    // A database without the seed's tables: its dataset cannot be built, so it is not served.
    const emptyPath = join(dir, "empty.sqlite");
    new Database(emptyPath).close();
    const empty = openReadOnly(emptyPath);
    expect(() => app.swapDatabase(empty)).toThrow();
    empty.$client.close();
    expect(app.dataset).toBe(originalData);
    expect((await api.get("/v1/endnotes/16")).statusCode).toBe(200);

    // A re-seeded database: served with its own dataset from the next request on.
    const nextPath = join(dir, "next.sqlite");
    seedDatabase(nextPath, SEED_DIR);
    const next = openReadOnly(nextPath);
    expect(app.swapDatabase(next)).toBe(original);
    try {
      expect(app.dataset).not.toBe(originalData);
      expect(app.dataset.db).toBe(next);
      expect((await api.get("/v1/endnotes/16")).json()).toMatchObject({ n: 16, chain: [16, 15, 8] });
    } finally {
      app.swapDatabase(original);
      next.$client.close();
    }
    expect(app.dataset.db).toBe(original);
  });
});
