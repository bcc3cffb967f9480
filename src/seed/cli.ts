// `npm run db:seed [-- --report] [-- --if-stale]`: builds the database from seed/ atomically.
// A bad seed input exits 1 naming the file, the item and the field; the old database stays.
import { loadConfig } from "../config.ts";
import { SeedInputError } from "../graph/errors.ts";
import { coverageReport, formatReport, isStale, seedDatabase } from "./seed.ts";
import { ForeignFileError } from "./writeDatabase.ts";

const args = new Set(process.argv.slice(2));
const config = loadConfig();

try {
  if (args.has("--if-stale") && !isStale(config.databasePath, config.seedDir)) {
    console.log(`${config.databasePath} is up to date`);
  } else {
    const started = performance.now();
    const dataset = seedDatabase(config.databasePath, config.seedDir);
    const ms = performance.now() - started;
    console.log(`seeded ${config.databasePath} (dataset ${dataset.version}) in ${ms.toFixed(0)} ms`);
    if (args.has("--report")) console.log(formatReport(coverageReport(dataset)));
  }
} catch (error) {
  if (error instanceof SeedInputError) {
    console.error(`seed failed: ${error.message}`);
    console.error("the previous database was left as it was");
    process.exit(1);
  }
  if (error instanceof ForeignFileError) {
    console.error(`seed refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
