// `npm run db:synth -- --scale N --out FILE`: a synthetic database N times the article's graph,
// for load tests (src/seed/synth.ts says how it is made). Never shipped as data.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { loadDataset } from "./dataset.ts";
import { synthesize } from "./synth.ts";
import { writeDatabase } from "./writeDatabase.ts";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "10" }, out: { type: "string" } },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  console.error("--scale must be a whole number from 1 to 1000");
  process.exit(2);
}
if (!values.out) {
  console.error("--out FILE is required (the synthetic database is never written over the real one)");
  process.exit(2);
}
const out = resolve(values.out);
const config = loadConfig();
if (out === config.databasePath) {
  console.error(`${out} is the served database (DATABASE_PATH): choose another --out`);
  process.exit(2);
}
const started = performance.now();
const data = synthesize(loadDataset(config.seedDir), scale);
writeDatabase(out, data);
console.log(
  `wrote ${out}: ×${scale} (${data.anchored.entities.length} entities, ${data.anchored.claims.length} claims, ${data.documents[0]?.document.sentences.length} sentences, ${data.documents[0]?.notes.endnotes.length} endnotes; dataset ${data.version}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
