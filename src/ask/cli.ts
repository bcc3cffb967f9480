// `npm run ask -- "question"`: the top answers with their sentence, endnote and source.
import { loadConfig } from "../config.ts";
import { openDataset } from "../dataset/dataset.ts";
import { openReadOnly } from "../db/open.ts";
import { claimRowsByIds, hydrateClaims } from "../modules/claims/claims.repo.ts";
import { ensureDatabase } from "../seed/seed.ts";
import { interpret, rankClaims } from "./engine.ts";

const question = process.argv.slice(2).join(" ").trim();
if (!question) {
  console.error('usage: npm run ask -- "What did Putin say about the 1956 Declaration?"');
  process.exit(2);
}
const config = loadConfig();
ensureDatabase(config.databasePath, config.seedDir);
const db = openReadOnly(config.databasePath);
const data = openDataset(db);
const { interpretation } = interpret(data, question.slice(0, 500));
const ranked = rankClaims(data, interpretation, 5);
const claims = hydrateClaims(
  data,
  claimRowsByIds(
    data,
    ranked.map((r) => r.claimId),
  ),
);

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);
console.log(`${bold("Q:")} ${question}`);
console.log(dim(`   ${interpretation.explanation}`));
if (claims.length === 0) console.log("\nNo answer found in the article.");
claims.forEach((c, i) => {
  const cite = c.citation;
  const source = cite.source
    ? `${cite.source.authors.join(", ")}${cite.source.authors.length ? ", " : ""}"${cite.source.title ?? "untitled"}"${cite.source.publication ? `, ${cite.source.publication}` : ""}${cite.source.dateText ? `, ${cite.source.dateText}` : ""}${cite.pages ? `, p. ${cite.pages}` : ""}`
    : null;
  console.log(
    `\n${bold(`${i + 1}. ${c.summary}`)}  ${dim(`[${c.kind}, ${c.speaker.name}${c.date ? `, ${c.date.text}` : ""}]`)}`,
  );
  console.log(`   “${c.evidence.text}”`);
  console.log(dim(`   — ${c.evidence.section.heading}`));
  if (cite.endnote === null) console.log(dim(`   no endnote (${cite.reason ?? "uncited"})`));
  else {
    const via = cite.chain.length > 1 ? ` (${cite.kind}: ${cite.chain.join(" → ")})` : "";
    console.log(`   endnote ${cite.endnote}${via}: ${cite.text}`);
    if (source && cite.chain.length > 1) console.log(`   source: ${source}`);
  }
});
db.$client.close();
