// The claims and the entities as flat tables a spreadsheet opens: one row each, lists joined
// with "; ", UTF-8 with a byte-order mark (so that spreadsheet programs read the accents and the
// article's typographic quotes right), and each row's IRI.
import { stringify } from "csv-stringify/sync";
import { asc } from "drizzle-orm";
import { loadEntityCatalog } from "../../dataset/entities.ts";
import { TextLayer } from "../../dataset/text.ts";
import type { Db } from "../../db/open.ts";
import * as t from "../../db/schema.ts";
import type { Iris } from "../../linked-data/vocab.ts";
import { WIKIDATA } from "../../linked-data/wikidata.ts";
import { evidenceOfRow } from "../provenance/provenance.repo.ts";

export const CSV_TABLES = ["claims", "entities"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const ROWS_PER_PIECE = 100;

function* write(columns: string[], rows: unknown[][]): Generator<string> {
  yield stringify([columns], { bom: true });
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
    yield stringify(rows.slice(i, i + ROWS_PER_PIECE), {
      cast: { boolean: (b) => (b ? "true" : "false") },
    });
  }
}

export function csvPieces(db: Db, iris: Iris, table: CsvTable): Generator<string> {
  return table === "claims" ? claimsCsv(db, iris) : entitiesCsv(db, iris);
}

function claimsCsv(db: Db, iris: Iris): Generator<string> {
  const provenance = new TextLayer(db);
  const catalog = loadEntityCatalog(db);
  const about = new Map<string, string[]>();
  for (const a of db.select().from(t.claimAbout).orderBy(asc(t.claimAbout.ordinal)).all()) {
    about.set(a.claimId, [...(about.get(a.claimId) ?? []), a.entityId]);
  }
  const rows = db
    .select()
    .from(t.claims)
    .orderBy(asc(t.claims.ordinal))
    .all()
    .map((c) => {
      const text = provenance.need(c.documentId);
      const evidence = evidenceOfRow(provenance, c);
      const sources = c.endnoteN == null ? [] : text.sourcesOf(c.endnoteN);
      return [
        c.id,
        c.kind,
        c.direct,
        c.speakerId,
        catalog.byId.get(c.speakerId)?.row.name ?? "",
        (about.get(c.id) ?? []).join("; "),
        c.dateText ?? "",
        c.dateStart ?? "",
        c.dateEnd ?? "",
        c.summary,
        c.quote,
        evidence.text,
        evidence.sentenceId ?? "",
        evidence.section.heading,
        c.documentId,
        c.endnoteN ?? "",
        c.endnoteN == null ? "" : (text.endnotes.get(c.endnoteN)?.text ?? ""),
        sources.map((s) => s.id).join("; "),
        sources.map((s) => s.title ?? "").join("; "),
        c.citationRule,
        c.note ?? "",
        iris.claim(c.id),
      ];
    });
  return write(
    [
      "id",
      "kind",
      "direct",
      "speaker_id",
      "speaker_name",
      "about_ids",
      "date",
      "date_start",
      "date_end",
      "summary",
      "quote",
      "sentence",
      "sentence_id",
      "section",
      "document_id",
      "endnote",
      "endnote_text",
      "source_ids",
      "source_titles",
      "citation_rule",
      "note",
      "iri",
    ],
    rows,
  );
}

function entitiesCsv(db: Db, iris: Iris): Generator<string> {
  const rows = loadEntityCatalog(db).all.map(({ row, aliases }) => [
    row.id,
    row.type,
    row.kind,
    row.name,
    aliases
      .filter((a) => a.form === "alias")
      .map((a) => a.text)
      .join("; "),
    row.description ?? "",
    row.dateStart ?? "",
    row.dateEnd ?? "",
    row.note ?? "",
    WIKIDATA[row.id]?.id ?? "",
    iris.entity(row.id),
  ]);
  return write(
    [
      "id",
      "type",
      "kind",
      "name",
      "aliases",
      "description",
      "date_start",
      "date_end",
      "note",
      "wikidata",
      "iri",
    ],
    rows,
  );
}
