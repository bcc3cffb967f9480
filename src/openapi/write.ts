// `npm run openapi`: writes the OpenAPI document the server serves at /openapi.json to
// openapi/openapi.json, so that clients (and the drift test) have it without a running server.
// The app is built on a throwaway database seeded from seed/, so the script needs no data/ file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { openReadOnly } from "../db/open.ts";
import { seedDatabase } from "../seed/seed.ts";
import { applyExamples, captureExamples, type Examples } from "./examples.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const OPENAPI_PATH = join(ROOT, "openapi", "openapi.json");
export const EXAMPLES_PATH = join(ROOT, "openapi", "examples.json");

/** The document as committed: 2-space JSON and a trailing newline (what the drift test compares). */
export function formatOpenApi(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Builds the app on a temporary database and returns its OpenAPI document, with the answers
 * to the example requests (which the served document shows from openapi/examples.json).
 */
export async function generateOpenApi(): Promise<{ document: unknown; examples: Examples }> {
  const dir = mkdtempSync(join(tmpdir(), "kuril-kg-openapi-"));
  try {
    const databasePath = join(dir, "openapi.sqlite");
    const seedDir = join(ROOT, "seed");
    seedDatabase(databasePath, seedDir);
    const db = openReadOnly(databasePath);
    try {
      const config = loadConfig({ DATABASE_PATH: databasePath, SEED_DIR: seedDir });
      const app = await buildApp({ config, db });
      try {
        await app.ready();
        const document = app.swagger();
        return { document, examples: await captureExamples(app, document) };
      } finally {
        await app.close();
      }
    } finally {
      db.$client.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run only as a script, so that tests can import the helpers above.
// The examples are captured from this run's app and put into its document right away, so the
// two files agree (the server reads examples.json when it builds the document).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { document, examples } = await generateOpenApi();
  applyExamples(document as { paths?: unknown }, examples);
  mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
  writeFileSync(EXAMPLES_PATH, formatOpenApi(examples));
  writeFileSync(OPENAPI_PATH, formatOpenApi(document));
  console.log(`wrote ${relative(process.cwd(), OPENAPI_PATH)} and ${relative(process.cwd(), EXAMPLES_PATH)}`);
}
