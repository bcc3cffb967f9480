// `npm run calibrate [-- FILE.json …]`: measures what an answer's `confidence` means. Asks every
// answerable question of the labelled sets through the API (the real app on a freshly seeded
// database) and counts, per cell of CONFIDENCE_TABLE (the answer's coverage of the question and
// its place in the list), the share of answers whose text holds one of the question's expected
// passages (`must_include`, compared as the scorer ../shared/eval/score-ask.mjs compares them).
// Prints the measured table beside the one in src/ask/answerability.ts, to paste when ranking
// changes. Default sets: test/fixtures/ask/{questions,answerable-focus}.json and
// ../shared/eval/dev-questions.json; other files of the same shape may be given instead.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/app.ts";
import { CONFIDENCE_TABLE } from "../src/ask/answerability.ts";
import { loadConfig } from "../src/config.ts";
import { openReadOnly } from "../src/db/open.ts";
import { asScorerCompares } from "../src/lib/text.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { seedDatabase } from "../src/seed/seed.ts";

interface Labelled {
  id: string;
  question: string;
  must_include?: string[];
}

const defaults = [
  join(PROJECT_ROOT, "test/fixtures/ask/questions.json"),
  join(PROJECT_ROOT, "test/fixtures/ask/answerable-focus.json"),
  join(PROJECT_ROOT, "../shared/eval/dev-questions.json"),
];
const files = process.argv.slice(2).filter((a) => a !== "--");
const sets = (files.length ? files : defaults).filter((f) => {
  if (existsSync(f)) return true;
  console.error(`skipped (missing): ${f}`);
  return false;
});

// As ../shared/eval/score-ask.mjs normalises.
const norm = asScorerCompares;
const leaves = (x: unknown): string[] =>
  typeof x === "string" ? [x] : x && typeof x === "object" ? Object.values(x).flatMap(leaves) : [];

const dir = mkdtempSync(join(tmpdir(), "kuril-kg-calibrate-"));
const databasePath = join(dir, "calibrate.sqlite");
seedDatabase(databasePath, join(PROJECT_ROOT, "seed"));
const app = await buildApp({
  config: loadConfig({ DATABASE_PATH: databasePath, RATE_LIMIT_MAX: "1000000", MAX_EVENT_LOOP_DELAY: "0" }),
  db: openReadOnly(databasePath),
});
await app.ready();

// An answer's row is read back from its confidence, so each place's values must differ by row.
for (const place of ["first", "second", "rest"] as const)
  if (new Set(CONFIDENCE_TABLE.map((r) => r[place])).size !== CONFIDENCE_TABLE.length)
    throw new Error(`CONFIDENCE_TABLE: two rows share a ${place} value; the rows cannot be told apart`);

type Cell = { right: number; all: number };
const cells = CONFIDENCE_TABLE.map(() => ({
  first: { right: 0, all: 0 },
  second: { right: 0, all: 0 },
  rest: { right: 0, all: 0 },
}));
let questions = 0;
for (const file of sets) {
  const labelled = JSON.parse(readFileSync(file, "utf8")) as Labelled[];
  for (const q of labelled) {
    const expected = q.must_include ?? [];
    if (expected.length === 0) continue;
    questions++;
    const res = await app.inject({ url: `/v1/ask?q=${encodeURIComponent(q.question)}&limit=5` });
    const body = res.json() as { answers: { confidence: number }[] };
    body.answers.forEach((answer, i) => {
      const text = norm(leaves(answer).join(" | "));
      const right = expected.some((m) => text.includes(norm(m)));
      // The answer's row: the first whose confidences it carries at its place.
      const place = i === 0 ? "first" : i < 3 ? "second" : "rest";
      const row = CONFIDENCE_TABLE.findIndex((r) => r[place] === answer.confidence);
      const cell: Cell | undefined = row >= 0 ? cells[row]?.[place] : undefined;
      if (!cell) return;
      cell.all++;
      if (right) cell.right++;
    });
  }
}
await app.close();
rmSync(dir, { recursive: true, force: true });

const share = (c: Cell) => (c.all ? (c.right / c.all).toFixed(2) : "–");
console.log(`${questions} answerable questions from ${sets.length} file(s)`);
console.log("coverage ≥ | place 1 (now / measured, n) | places 2–3 | places 4–5");
CONFIDENCE_TABLE.forEach((r, i) => {
  const c = cells[i];
  if (!c) return;
  console.log(
    `${r.coverage.toFixed(2)}      | ${r.first} / ${share(c.first)} (${c.first.all}) | ${r.second} / ${share(c.second)} (${c.second.all}) | ${r.rest} / ${share(c.rest)} (${c.rest.all})`,
  );
});
