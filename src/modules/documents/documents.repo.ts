// Document queries: the list, one document's structure, and one sentence with its claims and
// covering endnote. The text layer is read from the dataset; paragraphs and claims in SQL.
import { and, asc, eq } from "drizzle-orm";
import type { CoreDataset } from "../../dataset/core.ts";
import type { SentenceRow } from "../../dataset/text.ts";
import * as t from "../../db/schema.ts";
import { badRequest } from "../../http/problem.ts";
import { hydrateClaims } from "../claims/claims.repo.ts";
import { endnoteView } from "../endnotes/endnotes.repo.ts";
import type { DocumentSummary, DocumentView, SentenceDetail, SentenceView } from "./documents.schemas.ts";

/** Every document, the original article first. */
export function listDocuments(data: CoreDataset): DocumentSummary[] {
  return [...data.text.documents.values()].map(({ document: d }) => ({
    id: d.id,
    title: d.title,
    author: d.author,
    affiliation: d.affiliation,
    primary: d.id === data.text.primaryId,
    links: {
      self: `/v1/documents/${encodeURIComponent(d.id)}`,
      claims: `/v1/claims?document=${encodeURIComponent(d.id)}`,
    },
  }));
}

/** Whether the dataset holds this document. */
export function hasDocument(data: CoreDataset, id: string): boolean {
  return data.text.documents.has(id);
}

/** A `document` filter's value when the dataset holds it; a 400 naming the parameter when not. */
export function knownDocument(data: CoreDataset, id: string, parameter = "document"): string {
  if (!hasDocument(data, id))
    throw badRequest(`No document has the id "${id}": pass an id from /v1/documents.`, {
      errors: [{ pointer: `/query/${parameter}`, message: "no document has this id" }],
    });
  return id;
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
  const layer = data.text.of(id);
  if (!layer) return null;
  const doc = layer.document;
  const sections = [...layer.sections.values()];
  const sentences = [...layer.sentences.values()];
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
      endnotes: layer.endnotes.size,
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
  const layer = data.text.of(documentId);
  const s = layer?.sentences.get(sentenceId);
  if (!layer || !s) return null;
  const section = layer.sections.get(s.sectionId);
  const claimRows = data.db
    .select()
    .from(t.claims)
    .where(and(eq(t.claims.documentId, documentId), eq(t.claims.sentenceId, s.id)))
    .orderBy(asc(t.claims.ordinal))
    .all();
  return {
    ...sentenceView(s),
    document: s.documentId,
    section: { id: s.sectionId, heading: section?.heading ?? s.sectionId },
    paragraphId: s.paragraphId,
    claims: hydrateClaims(data, claimRows),
    covering: s.coveringEndnote === null ? null : endnoteView(layer, s.coveringEndnote),
  };
}
