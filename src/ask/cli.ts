// `npm run ask -- "question"`: the direct answer first, then each answer's sentence, endnote and
// source, with the endnotes' Markdown (*…*, <http…>) shown as plain text.
import { loadConfig } from "../config.ts";
import { openDataset } from "../dataset/dataset.ts";
import { openReadOnly } from "../db/open.ts";
import { plainMarkdown } from "../lib/text.ts";
import { askResponse } from "../modules/ask/ask.routes.ts";
import { ensureDatabase } from "../seed/seed.ts";

const question = process.argv.slice(2).join(" ").trim();
if (!question) {
  console.error('usage: npm run ask -- "What did Putin say about the 1956 Declaration?"');
  process.exit(2);
}
const config = loadConfig();
ensureDatabase(config.databasePath, config.seedDir);
const db = openReadOnly(config.databasePath);
const body = askResponse(openDataset(db), question.slice(0, 500), 5);

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);
console.log(`${bold("Q:")} ${question}`);
console.log(`${bold("A:")} ${plainMarkdown(body.answer)}`);
console.log(dim(`   ${body.status}; ${body.interpretation.explanation}`));
body.answers.forEach((a, i) => {
  const cite = a.citation;
  const s = cite.source;
  const source = s
    ? `${s.authors.join(", ")}${s.authors.length ? ", " : ""}"${s.title ?? "untitled"}"${s.publication ? `, ${s.publication}` : ""}${s.dateText ? `, ${s.dateText}` : ""}${cite.pages ? `, p. ${cite.pages}` : ""}`
    : null;
  console.log(
    `\n${bold(`${i + 1}. ${a.claim.summary}`)}  ${dim(`[${a.claim.kind}, ${a.claim.speaker.name}${a.claim.date ? `, ${a.claim.date.text}` : ""}; confidence ${a.confidence}]`)}`,
  );
  console.log(`   “${plainMarkdown(a.evidence.text)}”`);
  console.log(dim(`   — ${a.evidence.section.heading}`));
  if (cite.endnote === null) console.log(dim(`   no endnote (${cite.reason ?? "uncited"})`));
  else {
    const via = cite.chain.length > 1 ? ` (${cite.kind}: ${cite.chain.join(" → ")})` : "";
    console.log(`   endnote ${cite.endnote}${via}: ${plainMarkdown(cite.text ?? "")}`);
    if (source) console.log(`   source: ${plainMarkdown(source)}`);
  }
});
if (body.related.length) {
  console.log(`\n${dim("Related claims (not answers):")}`);
  for (const r of body.related)
    console.log(dim(`   - ${r.claim.summary}${r.endnote ? ` [${r.endnote}]` : ""}`));
}
db.$client.close();
