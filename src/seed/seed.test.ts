// The seed as a user meets it: a real database file built from the real seed/, and small
// broken copies of the curated files that must fail naming the file, the item and the field,
// leaving the previous database as it was.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "../../test/helpers.ts";
import { nonEmpty } from "../../test/lists.ts";
import { SeedInputError } from "../graph/errors.ts";
import { coverageReport, ensureDatabase, isStale, seedDatabase } from "./seed.ts";

let dir: string;
let databasePath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kuril-kg-seed-"));
  databasePath = join(dir, "kuril-kg.sqlite");
  seedDatabase(databasePath, SEED_DIR);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileHash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Every row of every table, in a stable order: what "the same content" means. */
function contentOf(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[];
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]),
    );
  } finally {
    db.close();
  }
}

/** Where a curated file of the real seed lives: an entity file, or one of the article's files. */
const seedPath = (file: string): string =>
  /^(actors|treaties|islands|summits)/.test(file)
    ? join("entities", file)
    : join("documents", "russia-japan-reset", file);

/** A copy of seed/ with one curated file changed, for a broken-input case. */
function brokenSeed(file: string, change: (text: string) => string): string {
  const copy = mkdtempSync(join(dir, "seed-"));
  cpSync(SEED_DIR, copy, { recursive: true });
  const path = join(copy, seedPath(file));
  writeFileSync(path, change(readFileSync(path, "utf8")));
  return copy;
}

const claim = (fields: string) =>
  `\n- id: test-broken-claim\n  kind: fact\n  speaker: indrani-talukdar\n${fields}\n`;

describe("seeding the real article", () => {
  it("is idempotent: the same inputs give the same content and dataset version", () => {
    const again = join(dir, "again.sqlite");
    const first = seedDatabase(again, SEED_DIR);
    const second = seedDatabase(join(dir, "again-2.sqlite"), SEED_DIR);
    expect(second.version).toBe(first.version);
    expect(contentOf(join(dir, "again-2.sqlite"))).toBe(contentOf(again));
  });

  it("records the dataset version, and is not stale until an input changes", () => {
    const db = new Database(databasePath, { readonly: true });
    const version = (
      db.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").get() as { value: string }
    ).value;
    db.close();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(isStale(databasePath, SEED_DIR)).toBe(false);
    expect(ensureDatabase(databasePath, SEED_DIR).built).toBe(false);
    const changed = brokenSeed("claims-conclusion.yaml", (t) => `${t}\n# a comment changes the inputs\n`);
    expect(isStale(databasePath, changed)).toBe(true);
    expect(isStale(join(dir, "missing.sqlite"), SEED_DIR)).toBe(true);
  });

  it("covers every body sentence with a claim and every endnote with a claim", () => {
    const report = coverageReport(seedDatabase(join(dir, "report.sqlite"), SEED_DIR));
    expect(report.share).toBeGreaterThanOrEqual(0.95);
    expect(report.endnotesWithoutClaim).toEqual([]);
    // The byline counts: the Indian Council of World Affairs and New Delhi are named only there.
    expect(report.entitiesWithoutMention).toEqual([]);
    expect(Object.keys(report.claimsByKind).sort()).toEqual([
      "assessment",
      "event",
      "fact",
      "position",
      "statement",
    ]);
  });

  it("reports the claims whose endnote's explanatory text shares no content word with the sentence, each noted", () => {
    const report = coverageReport(seedDatabase(join(dir, "report-endnotes.sqlite"), SEED_DIR));
    const listed = report.claimsWithUnrelatedEndnote;
    // Endnote 37 (naval war games) and endnote 2 (talks dissolved in 2003) are borrowed by sentences about other things.
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: "sec-russia-covert-concern-over-china",
          endnote: 37,
          scope: "paragraph",
        }),
        expect.objectContaining({
          id: "intro-high-level-diplomatic-exchanges",
          endnote: 2,
          scope: "paragraph",
        }),
      ]),
    );
    // Every claim the report lists says in its note how its endnote covers it.
    expect(listed.filter((c) => !c.noted)).toEqual([]);
    // A sentence and an endnote about the same thing share a content word.
    expect(listed.map((c) => c.id)).not.toContain("note-article-9-transfer-of-two-southernmost-islands");
  });

  it("stores the scope of every citation: sentence where the marker stands in the sentence, paragraph where it is borrowed", () => {
    const db = new Database(databasePath, { readonly: true });
    const rows = (table: string) =>
      db
        .prepare(
          `SELECT citation_rule AS rule, citation_scope AS scope, count(*) AS n FROM ${table} GROUP BY 1, 2`,
        )
        .all() as {
        rule: string;
        scope: string | null;
      }[];
    for (const table of ["claims", "relations"]) {
      for (const { rule, scope } of nonEmpty(rows(table))) {
        if (rule === "paragraph-end") expect(scope).toBe("paragraph");
        else if (rule === "uncited") expect(scope).toBeNull();
        else expect(scope).toBe("sentence");
      }
    }
    const sentences = db
      .prepare("SELECT coverage, citation_scope AS scope, count(*) AS n FROM sentences GROUP BY 1, 2")
      .all() as { coverage: string; scope: string | null }[];
    expect(sentences.map((s) => [s.coverage, s.scope]).sort()).toEqual([
      ["marker", "sentence"],
      ["none", null],
      ["paragraph-end", "paragraph"],
    ]);
    db.close();
  });

  it("derives each claim's endnote from where its quote sits", () => {
    const db = new Database(databasePath, { readonly: true });
    const cited = (id: string) =>
      db.prepare("SELECT endnote_n AS n, citation_rule AS rule FROM claims WHERE id = ?").get(id) as {
        n: number | null;
        rule: string;
      };
    // A paragraph-end citation: no marker ends the sentence; ¹⁶ ends the paragraph.
    expect(cited("bg-putin-1956-declaration-still-valid-2001")).toEqual({ n: 16, rule: "paragraph-end" });
    // A quote in an endnote's own text is cited to that endnote.
    const trade = db
      .prepare("SELECT endnote_n AS n, citation_rule AS rule FROM claims WHERE quote LIKE '%$32 billion%'")
      .get();
    expect(trade).toEqual({ n: 24, rule: "endnote-text" });
    // Every claim has an endnote or says why it has none.
    const unexplained = db
      .prepare(
        "SELECT count(*) AS n FROM claims WHERE endnote_n IS NULL AND (citation_reason IS NULL OR citation_rule <> 'uncited')",
      )
      .get() as { n: number };
    expect(unexplained.n).toBe(0);
    db.close();
  });
});

describe("reader questions (questions.yaml)", () => {
  it("stores every curated question under a claim of the article, in its file's order", () => {
    const db = new Database(databasePath, { readonly: true });
    try {
      const rows = db
        .prepare(
          "SELECT q.claim_id AS claim, q.question, c.document_id AS document FROM claim_questions q JOIN claims c ON c.id = q.claim_id ORDER BY q.claim_id, q.ordinal",
        )
        .all() as { claim: string; question: string; document: string }[];
      nonEmpty(rows);
      for (const r of rows) {
        expect(r.document).toBe("russia-japan-reset");
        expect(r.question).toMatch(/\?$/);
      }
      const wontCompromise = rows
        .filter((r) => r.claim === "concl-japan-wont-compromise")
        .map((r) => r.question);
      expect(wontCompromise).toContain("Will Japan back down on the Kuril Islands?");
      // Every claim of the article has its readers' questions.
      const claims = db
        .prepare("SELECT count(*) AS n FROM claims WHERE document_id = 'russia-japan-reset'")
        .get() as {
        n: number;
      };
      expect(new Set(rows.map((r) => r.claim)).size).toBe(claims.n);
    } finally {
      db.close();
    }
  });
});

describe("the seed layout", () => {
  it("reads every entity file: actors-<suffix>.yaml adds actors beside actors.yaml", () => {
    const seed = brokenSeed("actors.yaml", (t) => t);
    writeFileSync(
      join(seed, "entities", "actors-more.yaml"),
      "- id: test-added-actor\n  name: Test Added Actor\n  kind: person\n  description: added by a second actor file\n",
    );
    const path = join(dir, "layout.sqlite");
    const dataset = seedDatabase(path, seed);
    expect(dataset.graph.files).toContain(join("entities", "actors-more.yaml"));
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare("SELECT type, name, file FROM entities WHERE id = 'test-added-actor'").get()).toEqual(
        {
          type: "actor",
          name: "Test Added Actor",
          file: expect.stringMatching(/entities\/actors-more\.yaml$/),
        },
      );
      // The first file's actors are all still there.
      expect(db.prepare("SELECT type FROM entities WHERE id = 'vladimir-putin'").get()).toEqual({
        type: "actor",
      });
    } finally {
      db.close();
    }
  });

  it("reads the article and its curated files from the document's folder", () => {
    const files = seedDatabase(join(dir, "layout-2.sqlite"), SEED_DIR).graph.files;
    expect(files).toContain(join("entities", "actors.yaml"));
    expect(files).toContain(join("documents", "russia-japan-reset", "claims-conclusion.yaml"));
    expect(files).toContain(join("documents", "russia-japan-reset", "relations-actors.yaml"));
  });
});

describe("a broken seed input", () => {
  const cases: [string, string, (t: string) => string, RegExp][] = [
    [
      "a quote not in the article",
      "claims-conclusion.yaml",
      (t) =>
        t +
        claim(
          '  about: [russia]\n  quote: "Russia annexed the Moon in 1956."\n  summary: x\n  uncited: test',
        ),
      /claims-conclusion\.yaml, item 'test-broken-claim' \(#\d+\), field quote: not found in the article/,
    ],
    [
      "an unknown entity id",
      "claims-conclusion.yaml",
      (t) =>
        t +
        claim(
          '  about: [atlantis]\n  quote: "The growing relationship between Russia and Japan"\n  summary: x',
        ),
      /claims-conclusion\.yaml, item 'test-broken-claim' \(#\d+\), field about\.0: unknown entity id 'atlantis'/,
    ],
    [
      "reader questions of a claim that does not exist",
      "questions.yaml",
      (t) => `${t}\n- claim: no-such-claim\n  questions:\n    - What does it say?\n`,
      /questions\.yaml, item 'no-such-claim' \(#\d+\), field claim: unknown claim id 'no-such-claim'/,
    ],
    [
      "a claim's reader questions listed twice",
      "questions.yaml",
      (t) => `${t}\n- claim: concl-japan-wont-compromise\n  questions:\n    - Will Tokyo concede?\n`,
      /questions\.yaml, item 'concl-japan-wont-compromise' \(#\d+\), field claim: the questions of 'concl-japan-wont-compromise' are listed twice/,
    ],
    [
      "a reader question that is not a question",
      "questions.yaml",
      (t) => `${t}\n- claim: no-such-claim\n  questions:\n    - Japan will not concede\n`,
      /questions\.yaml, item 'no-such-claim' \(#\d+\), field questions\.0: a question ends with a question mark/,
    ],
    [
      "a duplicate id",
      "actors.yaml",
      (t) => `${t}\n- id: vladimir-putin\n  name: Another Putin\n  kind: person\n`,
      /actors\.yaml, item 'vladimir-putin' \(#\d+\), field id: duplicate id 'vladimir-putin'/,
    ],
    [
      "a date that does not parse",
      "claims-conclusion.yaml",
      (t) =>
        t +
        claim(
          '  about: [russia]\n  date: "2013-13"\n  quote: "The growing relationship between Russia and Japan"\n  summary: x',
        ),
      /claims-conclusion\.yaml, item 'test-broken-claim' \(#\d+\), field date: "2013-13" is not a date/,
    ],
    [
      "a claim with neither an endnote nor an uncited reason",
      "claims-conclusion.yaml",
      (t) =>
        t + claim('  about: [japan]\n  quote: "Likewise, Japan won\'t compromise on a stand"\n  summary: x'),
      /claims-conclusion\.yaml, item 'test-broken-claim' \(#\d+\), field uncited: no endnote covers the quote/,
    ],
    [
      "an override without a reason",
      "claims-conclusion.yaml",
      (t) =>
        t +
        claim(
          '  about: [japan]\n  quote: "Likewise, Japan won\'t compromise on a stand"\n  summary: x\n  endnote: 41',
        ),
      /field endnoteReason: an explicit endnote needs an endnoteReason/,
    ],
    [
      "a field the format does not know",
      "islands.yaml",
      (t) => `${t}\n- id: test-island\n  name: Test\n  kind: island\n  colour: blue\n`,
      /islands\.yaml, item 'test-island' \(#\d+\), field colour: /,
    ],
    [
      "YAML that does not parse",
      "summits.yaml",
      (t) => `${t}\n- id: [unclosed\n`,
      /summits\.yaml: not valid YAML/,
    ],
    // The curation rules of issue 9 (src/graph/checks.ts).
    [
      "an uncited reason that calls the claim the author's while Japan holds it",
      "claims-conclusion.yaml",
      (t) =>
        t.replace(
          '  speaker: indrani-talukdar\n  about: [japan, russia]\n  quote: "Similarly, for Japan, active relationship',
          '  speaker: japan\n  about: [japan, russia]\n  quote: "Similarly, for Japan, active relationship',
        ),
      /claims-conclusion\.yaml, item 'concl-russia-ties-boost-japan-economy-and-security' \(#\d+\), field uncited: the reason calls the claim the author's, but its speaker is 'japan'/,
    ],
    [
      "an uncited reason beside the endnote the sentence carries",
      "claims-change.yaml",
      (t) =>
        t.replace(
          "- id: change-japan-wants-help-with-south-korea-dispute\n",
          "- id: change-japan-wants-help-with-south-korea-dispute\n  uncited: no endnote\n",
        ),
      /claims-change\.yaml, item 'change-japan-wants-help-with-south-korea-dispute' \(#\d+\), field uncited: endnote 20 covers the quote \(sentence scope\)/,
    ],
    [
      "an alias shared by two entities",
      "actors.yaml",
      (t) =>
        t.replace(
          'aliases: ["Sergie Lavrov", "Russia\'s foreign minister Sergie Lavrov", "Lavrov"]',
          'aliases: ["Sergie Lavrov", "Russia\'s foreign minister Sergie Lavrov", "Lavrov", "Putin"]',
        ),
      /actors\.yaml, item 'sergei-lavrov' \(#\d+\), field aliases\.3: "Putin" also names 'vladimir-putin': an alias belongs to one entity/,
    ],
    // Known-as names (seed/README.md): names readers use that the article never does.
    [
      "a known-as name the article uses",
      "islands.yaml",
      (t) =>
        t.replace(
          'knownAs: ["Kunashiri", "Kunashiri Island", "Kunashir Island"]',
          'knownAs: ["Kunashiri", "Kunashiri Island", "Kunashir Island", "Habomai Rocks"]',
        ),
      /islands\.yaml, item 'kunashir' \(#\d+\), field knownAs\.3: "Habomai Rocks" is a name, alias or metonym of 'habomai'/,
    ],
    [
      "a known-as name that occurs in the article's words (any case)",
      "islands.yaml",
      (t) =>
        t.replace(
          'knownAs: ["Kunashiri", "Kunashiri Island", "Kunashir Island"]',
          'knownAs: ["Kunashiri", "Kunashiri Island", "Kunashir Island", "Shikotan, Iturup and habomai"]',
        ),
      /islands\.yaml, item 'kunashir' \(#\d+\), field knownAs\.3: "Shikotan, Iturup and habomai" occurs in the article russia-japan-reset: a form the article uses is an alias/,
    ],
    [
      "a known-as name shared by two entities",
      "actors.yaml",
      (t) => t.replace('knownAs: ["Pyongyang", "DPRK"', 'knownAs: ["Seoul", "Pyongyang", "DPRK"'),
      /actors\.yaml, item 'north-korea' \(#\d+\), field knownAs\.0: "Seoul" is also a known-as name of 'south-korea': a known-as name belongs to one entity/,
    ],
    [
      "a known-as name that is the entity's own alias",
      "actors.yaml",
      (t) => t.replace('knownAs: ["Seoul", "Republic of Korea", "ROK"]', 'knownAs: ["Seoul", "south korea"]'),
      /actors\.yaml, item 'south-korea' \(#\d+\), field knownAs\.1: "south korea" is already its name, an alias or a metonym/,
    ],
    [
      "a relation that disagrees with a treaty's parties",
      "relations-actors.yaml",
      (t) =>
        `${t}\n- from: china\n  type: party_to\n  to: tokyo-declaration-1993\n  quote: "issued the ‘Tokyo Declaration’"\n`,
      /relations-actors\.yaml, item #\d+, field from: 'china party_to tokyo-declaration-1993' disagrees with seed-\w+\/entities\/treaties\.yaml, 'tokyo-declaration-1993' field parties \[russia, japan\]/,
    ],
    [
      "a claimant without its relation",
      "islands.yaml",
      (t) =>
        t.replace(
          "  group: south-kurils\n  administeredBy: russia\n  claimedBy: [japan, russia]\n",
          "  group: south-kurils\n  administeredBy: russia\n  claimedBy: [japan, russia, china]\n",
        ),
      /islands\.yaml, item 'kunashir' \(#\d+\), field claimedBy\.2: 'china' has no claims relation to 'kunashir'/,
    ],
    [
      "an event held somewhere other than its place",
      "relations-places-events.yaml",
      (t) =>
        t.replace(
          "- from: abe-putin-summit-2013-04\n  type: held_in\n  to: moscow\n",
          "- from: abe-putin-summit-2013-04\n  type: held_in\n  to: tokyo\n",
        ),
      /relations-places-events\.yaml, item #\d+, field to: 'abe-putin-summit-2013-04 held_in tokyo' disagrees with seed-\w+\/entities\/summits\.yaml, 'abe-putin-summit-2013-04' field place 'moscow'/,
    ],
  ];

  it.each(cases)(
    "%s fails naming the file, the item and the field, and keeps the old database",
    (_, file, change, message) => {
      const before = fileHash(databasePath);
      const seed = brokenSeed(file, change);
      let error: unknown;
      try {
        seedDatabase(databasePath, seed);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SeedInputError);
      expect((error as Error).message).toMatch(message);
      expect(fileHash(databasePath)).toBe(before);
    },
  );

  it("names the file of an unknown kind of curated file", () => {
    const seed = brokenSeed("actors.yaml", (t) => t);
    appendFileSync(join(seed, "entities", "notes.yaml"), "[]\n");
    expect(() => seedDatabase(join(dir, "unused.sqlite"), seed)).toThrow(
      /seed-\w+\/entities\/notes\.yaml: unknown file: an entity file is named after its type/,
    );
    const other = brokenSeed("actors.yaml", (t) => t);
    appendFileSync(join(other, "documents", "russia-japan-reset", "actors.yaml"), "[]\n");
    expect(() => seedDatabase(join(dir, "unused.sqlite"), other)).toThrow(
      /russia-japan-reset\/actors\.yaml: unknown file: a document folder holds article\.md/,
    );
  });

  it("names a document folder without its article", () => {
    const seed = brokenSeed("actors.yaml", (t) => t);
    rmSync(join(seed, "documents", "russia-japan-reset", "article.md"));
    expect(() => seedDatabase(join(dir, "unused.sqlite"), seed)).toThrow(
      /russia-japan-reset\/article\.md: missing: every document folder holds its article\.md/,
    );
  });
});
