// Document queries: the list, one document's structure, and one sentence with its claims and
// covering endnote. The text layer is read from the dataset; paragraphs and claims in SQL.
import { asc, eq } from "drizzle-orm";
import type { CoreDataset } from "../../dataset/core.ts";
import type { SentenceRow } from "../../dataset/text.ts";
import * as t from "../../db/schema.ts";
import { hydrateClaims } from "../claims/claims.repo.ts";
import { endnoteView } from "../endnotes/endnotes.repo.ts";
import type { DocumentSummary, DocumentView, SentenceDetail, SentenceView } from "./documents.schemas.ts";

export function listDocuments(data: CoreDataset): DocumentSummary[] {
  const doc = data.text.document;
  return doc ? [{ id: doc.id, title: doc.title, author: doc.author, affiliation: doc.affiliation }] : [];
}

/** Whether the dataset holds this document. */
export function hasDocument(data: CoreDataset, id: string): boolean {
  return data.text.document?.id === id;
}

function sentenceView(s: SentenceRow): SentenceView {
  return {
    id: s.id,
    text: s.text,
    plainText: s.plainText,
    start: s.start,
    end: s.end,
    markers: s.markers,
    endnote: s.coveringEndnote,
    coverage: s.coverage,
    scope: s.citationScope,
  };
}

export function documentView(data: CoreDataset, id: string): DocumentView | null {
  const doc = data.text.document;
  if (!doc || doc.id !== id) return null;
  const sections = [...data.text.sections.values()];
  const sentences = [...data.text.sentences.values()];
  const paragraphs = data.db
    .select()
    .from(t.paragraphs)
    .where(eq(t.paragraphs.documentId, id))
    .orderBy(asc(t.paragraphs.ordinal))
    .all();
  const sentencesOf = new Map<string, SentenceView[]>();
  for (const s of sentences) {
    const list = sentencesOf.get(s.paragraphId);
    if (list) list.push(sentenceView(s));
    else sentencesOf.set(s.paragraphId, [sentenceView(s)]);
  }
  return {
    id: doc.id,
    title: doc.title,
    author: doc.author,
    affiliation: doc.affiliation,
    disclaimer: doc.disclaimer,
    datasetVersion: data.version,
    counts: {
      sections: sections.length,
      paragraphs: paragraphs.length,
      sentences: sentences.length,
      endnotes: data.text.endnotes.size,
    },
    sections: sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      level: s.level,
      parentId: s.parentId,
      paragraphs: paragraphs
        .filter((p) => p.sectionId === s.id)
        .map((p) => ({ id: p.id, start: p.start, end: p.end, sentences: sentencesOf.get(p.id) ?? [] })),
    })),
  };
}

/** A sentence of a document with the claims quoted from it and the endnote that covers it. */
export function sentenceDetail(
  data: CoreDataset,
  documentId: string,
  sentenceId: string,
): SentenceDetail | null {
  const s = data.text.sentences.get(sentenceId);
  if (!s || s.documentId !== documentId) return null;
  const section = data.text.sections.get(s.sectionId);
  const claimRows = data.db
    .select()
    .from(t.claims)
    .where(eq(t.claims.sentenceId, s.id))
    .orderBy(asc(t.claims.ordinal))
    .all();
  return {
    ...sentenceView(s),
    document: s.documentId,
    section: { id: s.sectionId, heading: section?.heading ?? s.sectionId },
    paragraphId: s.paragraphId,
    claims: hydrateClaims(data, claimRows),
    covering: s.coveringEndnote === null ? null : endnoteView(data, s.coveringEndnote),
  };
}
