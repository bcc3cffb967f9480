// Writes a dataset to a new SQLite file in one transaction, then renames it over the target:
// readers see the old database or the new one, never half of one, and a failed seed leaves the
// old file untouched. The only step of the pipeline that touches the disk.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Db, openForWriting } from "../db/open.ts";
import * as t from "../db/schema.ts";
import { fold } from "../lib/text.ts";
import type { SeedData } from "./dataset.ts";

const CHUNK = 200;

function insertAll<T extends SQLiteTable>(db: Db, table: T, rows: T["$inferInsert"][]): void {
  for (let i = 0; i < rows.length; i += CHUNK)
    db.insert(table)
      .values(rows.slice(i, i + CHUNK))
      .run();
}

/** A sentence's citation scope: its own marker covers it, or the next one of its paragraph does. */
const SCOPE_OF_COVERAGE = { marker: "sentence", "paragraph-end": "paragraph", none: null } as const;

function writeRows(db: Db, data: SeedData): void {
  const { document: doc, notes, anchored } = data;
  insertAll(db, t.meta, [
    { key: "dataset_version", value: data.version },
    { key: "build_hash", value: data.buildHash },
    { key: "document_id", value: doc.id },
  ]);
  insertAll(db, t.documents, [
    {
      id: doc.id,
      title: doc.title,
      author: doc.author,
      affiliation: doc.affiliation,
      disclaimer: doc.disclaimer,
      byline: doc.byline,
      text: doc.text,
    },
  ]);
  insertAll(
    db,
    t.sections,
    doc.sections.map((s) => ({ ...s, documentId: doc.id })),
  );
  insertAll(
    db,
    t.paragraphs,
    doc.paragraphs.map((p) => ({ ...p, documentId: doc.id })),
  );
  insertAll(
    db,
    t.sentences,
    doc.sentences.map((s) => ({
      ...s,
      documentId: doc.id,
      citationScope: SCOPE_OF_COVERAGE[s.coverage],
    })),
  );
  insertAll(db, t.sources, notes.sources);
  const markerOf = new Map(doc.markers.map((m) => [m.n, m]));
  insertAll(
    db,
    t.endnotes,
    notes.endnotes.map((e) => ({
      n: e.n,
      text: e.text,
      kind: e.kind,
      refersTo: e.refersTo,
      pages: e.pages,
      note: e.note,
      accessed: e.accessed,
      markerSentenceId: markerOf.get(e.n)?.sentenceId ?? null,
      markerOffset: markerOf.get(e.n)?.offset ?? null,
      problems: e.problems,
    })),
  );
  insertAll(
    db,
    t.endnoteSources,
    notes.endnotes.flatMap((e) =>
      e.citations.map((c, ordinal) => ({
        endnoteN: e.n,
        sourceId: c.sourceId,
        ordinal,
        form: c.form,
        refersTo: c.refersTo,
        pages: c.pages,
      })),
    ),
  );
  insertAll(
    db,
    t.entities,
    anchored.entities.map(({ entity, period, details }) => ({
      id: entity.input.id,
      type: entity.type,
      kind: entity.input.kind,
      name: entity.input.name,
      description: entity.input.description ?? null,
      note: entity.input.note ?? null,
      details,
      dateStart: period?.start ?? null,
      dateEnd: period?.end ?? null,
      file: entity.file,
    })),
  );
  insertAll(
    db,
    t.aliases,
    anchored.entities.flatMap(({ entity }) => {
      const seen = new Set<string>();
      const forms: { alias: string; form: "name" | "alias" | "metonym" }[] = [
        { alias: entity.input.name, form: "name" },
        ...entity.input.aliases.map((alias) => ({ alias, form: "alias" as const })),
        ...entity.input.metonyms.map((alias) => ({ alias, form: "metonym" as const })),
      ];
      return forms.flatMap(({ alias, form }) => {
        const normalized = fold(alias);
        if (seen.has(normalized)) return [];
        seen.add(normalized);
        return [{ entityId: entity.input.id, alias, normalized, form }];
      });
    }),
  );
  insertAll(
    db,
    t.claims,
    anchored.claims.map((c) => ({
      id: c.input.id,
      kind: c.input.kind,
      direct: c.input.direct,
      speakerId: c.input.speaker,
      summary: c.input.summary,
      quote: c.input.quote,
      dateText: c.period?.text ?? null,
      dateStart: c.period?.start ?? null,
      dateEnd: c.period?.end ?? null,
      sentenceId: c.sentenceId,
      inEndnote: c.inEndnote,
      inByline: c.inByline,
      quoteStart: c.start,
      quoteEnd: c.end,
      endnoteN: c.endnoteN,
      citationRule: c.citationRule,
      citationReason: c.citationReason,
      citationScope: c.citationScope,
      note: c.input.note ?? null,
      file: c.file,
      ordinal: c.ordinal,
    })),
  );
  insertAll(
    db,
    t.claimAbout,
    anchored.claims.flatMap((c) =>
      [...new Set(c.input.about)].map((entityId, ordinal) => ({ claimId: c.input.id, entityId, ordinal })),
    ),
  );
  insertAll(
    db,
    t.relations,
    anchored.relations.map((r) => ({
      id: r.id,
      fromId: r.input.from,
      type: r.input.type,
      toId: r.input.to,
      claimId: r.claimId,
      quote: r.quote,
      sentenceId: r.sentenceId,
      inEndnote: r.inEndnote,
      inByline: r.inByline,
      quoteStart: r.start,
      quoteEnd: r.end,
      endnoteN: r.endnoteN,
      citationRule: r.citationRule,
      citationReason: r.citationReason,
      citationScope: r.citationScope,
      file: r.file,
    })),
  );
  insertAll(db, t.mentions, anchored.mentions);
}

/** Builds the database at `path` from the dataset, atomically. */
export function writeDatabase(path: string, data: SeedData): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  try {
    const db = openForWriting(temporary);
    try {
      db.$client.transaction(() => writeRows(db, data))();
      db.$client.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
      const broken = db.$client.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0)
        throw new Error(`foreign key check failed: ${JSON.stringify(broken.slice(0, 5))}`);
    } finally {
      db.$client.close();
    }
    renameSync(temporary, path);
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
  }
}
