// Writes a dataset to a new SQLite file in one transaction, then renames it over the target:
// readers see the old database or the new one, never half of one, and a failed seed leaves the
// old file untouched. The only step of the pipeline that touches the disk.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { APPLICATION_ID, isOurDatabase } from "../db/meta.ts";
import { type Db, openForWriting } from "../db/open.ts";
import * as t from "../db/schema.ts";
import { type AliasForm, PRIMARY_DOCUMENT_ID } from "../domain/enums.ts";
import type { DocumentText } from "../graph/anchor.ts";
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

/** Writes one document's text layer: the document, its sections, paragraphs, sentences, works cited and endnotes. */
function writeDocument(db: Db, { document: doc, notes }: DocumentText): void {
  const documentId = doc.id;
  insertAll(db, t.documents, [
    {
      id: doc.id,
      title: doc.title,
      author: doc.author,
      affiliation: doc.affiliation,
      disclaimer: doc.disclaimer,
      disclaimerLine: doc.disclaimerLine,
      byline: doc.byline,
      text: doc.text,
    },
  ]);
  insertAll(
    db,
    t.sections,
    doc.sections.map((s) => ({ ...s, documentId })),
  );
  insertAll(
    db,
    t.paragraphs,
    doc.paragraphs.map((p) => ({ ...p, documentId })),
  );
  insertAll(
    db,
    t.sentences,
    doc.sentences.map((s) => ({
      ...s,
      documentId,
      citationScope: SCOPE_OF_COVERAGE[s.coverage],
    })),
  );
  insertAll(
    db,
    t.sources,
    notes.sources.map((s) => ({ ...s, documentId })),
  );
  const markerOf = new Map(doc.markers.map((m) => [m.n, m]));
  insertAll(
    db,
    t.endnotes,
    notes.endnotes.map((e) => ({
      documentId,
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
        documentId,
        endnoteN: e.n,
        sourceId: c.sourceId,
        ordinal,
        form: c.form,
        refersTo: c.refersTo,
        pages: c.pages,
      })),
    ),
  );
}

function writeRows(db: Db, data: SeedData): void {
  const { documents, anchored } = data;
  const primary = documents.find((d) => d.document.id === PRIMARY_DOCUMENT_ID) ?? documents[0];
  insertAll(db, t.meta, [
    { key: "dataset_version", value: data.version },
    { key: "build_hash", value: data.buildHash },
    // The document the unscoped paths (/v1/endnotes, /v1/sources) answer for.
    { key: "document_id", value: primary?.document.id ?? "" },
  ]);
  for (const document of documents) writeDocument(db, document);
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
      const forms: { alias: string; form: AliasForm }[] = [
        { alias: entity.input.name, form: "name" },
        ...entity.input.aliases.map((alias) => ({ alias, form: "alias" as const })),
        ...entity.input.metonyms.map((alias) => ({ alias, form: "metonym" as const })),
        // Names readers use that the article does not (the seed checks they are not the article's).
        ...entity.input.knownAs.map((alias) => ({ alias, form: "known-as" as const })),
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
      documentId: c.documentId,
      dateText: c.period?.text ?? null,
      dateStart: c.period?.start ?? null,
      dateEnd: c.period?.end ?? null,
      sentenceId: c.sentenceId,
      inEndnote: c.inEndnote,
      inByline: c.inByline,
      metadata: c.metadata,
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
    t.claimQuestions,
    data.graph.askedAs.flatMap((q) =>
      q.input.questions.map((question, ordinal) => ({
        claimId: q.input.claim,
        ordinal,
        question,
        file: q.file,
      })),
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
      documentId: r.documentId,
      sentenceId: r.sentenceId,
      inEndnote: r.inEndnote,
      inByline: r.inByline,
      metadata: r.metadata,
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

/** The temporary file a seed in process `pid` writes before renaming it over `path`. */
const temporaryOf = (path: string, pid: number) => `${path}.${pid}.tmp`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files (and their journals) of seeds that died before renaming them. */
export function removeDeadTemporaries(path: string): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  const removed: string[] = [];
  for (const file of readdirSync(dir)) {
    const m = file.startsWith(prefix) ? /^(\d+)\.tmp(-journal)?$/.exec(file.slice(prefix.length)) : null;
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(dir, file), { force: true });
    removed.push(file);
  }
  return removed;
}

/** Throws, naming the file, when `path` exists and is not a database of ours to replace. */
export function assertReplaceable(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isFile() && statSync(path).size === 0) return;
  if (!isOurDatabase(path)) {
    throw new ForeignFileError(
      `${path} is not a kuril-kg database (no application_id ${APPLICATION_ID.toString(16)}); refusing to replace it. Move it away or set DATABASE_PATH to another file.`,
    );
  }
}

export class ForeignFileError extends Error {
  override name = "ForeignFileError";
}

/**
 * Builds the database at `path` from the dataset, atomically. Refuses to replace a file that is
 * not one of ours, and first removes what dead seeds left behind.
 */
export function writeDatabase(path: string, data: SeedData): void {
  mkdirSync(dirname(path), { recursive: true });
  assertReplaceable(path);
  removeDeadTemporaries(path);
  const temporary = temporaryOf(path, process.pid);
  rmSync(temporary, { force: true });
  rmSync(`${temporary}-journal`, { force: true });
  try {
    const db = openForWriting(temporary);
    try {
      db.$client.pragma(`application_id = ${APPLICATION_ID}`);
      db.$client.transaction(() => writeRows(db, data))();
      db.$client.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
      const broken = db.$client.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0)
        throw new Error(`foreign key check failed: ${JSON.stringify(broken.slice(0, 5))}`);
    } finally {
      db.$client.close();
    }
    // Checked again just before the rename: the file may have appeared while we wrote.
    assertReplaceable(path);
    renameSync(temporary, path);
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
  }
}
