// /v1/documents: the documents of the dataset, each document's structure, and its endnotes and
// sentences by document. /v1/endnotes and the other unscoped paths answer for the article.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { notFound, problemResponses } from "../../http/problem.ts";
import { endnoteView } from "../endnotes/endnotes.repo.ts";
import { EndnoteSchema } from "../endnotes/endnotes.schemas.ts";
import { documentView, hasDocument, listDocuments, sentenceDetail } from "./documents.repo.ts";
import {
  DocumentEndnoteParamsSchema,
  DocumentListSchema,
  DocumentParamsSchema,
  DocumentSchema,
  DocumentSentenceParamsSchema,
  SentenceDetailSchema,
} from "./documents.schemas.ts";

const unknownDocument = (id: string) => notFound(`No document has the id "${id}"; see /v1/documents.`);

const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listDocuments",
        tags: ["text"],
        summary: "List documents",
        description:
          "The documents of the dataset, the original article first, each with its title, author, affiliation and links to its structure and claims. A document joins by adding its folder to `seed/documents/` (see the README).",
        response: { 200: DocumentListSchema, ...problemResponses },
      },
    },
    async () => ({ items: listDocuments(app.dataset), nextCursor: null }),
  );

  app.get(
    "/:id",
    {
      schema: {
        operationId: "getDocument",
        tags: ["text"],
        summary: "Get a document's structure",
        description:
          "Sections (with sub-sections), paragraphs (page-break splits re-joined) and every sentence with its endnote markers and covering endnote. Example: `/v1/documents/russia-japan-reset`.",
        params: DocumentParamsSchema,
        response: { 200: DocumentSchema, ...problemResponses },
      },
    },
    async (request) => {
      const doc = documentView(app.dataset, request.params.id);
      if (!doc) throw unknownDocument(request.params.id);
      return doc;
    },
  );

  app.get(
    "/:id/endnotes/:n",
    {
      schema: {
        operationId: "getDocumentEndnote",
        tags: ["text"],
        summary: "Get an endnote of a document",
        description:
          "One endnote of a document, with Ibid and op. cit. resolved to the cited work and the claims it backs. Example: `/v1/documents/russia-japan-reset/endnotes/16`.",
        params: DocumentEndnoteParamsSchema,
        response: { 200: EndnoteSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, n } = request.params;
      if (!hasDocument(app.dataset, id)) throw unknownDocument(id);
      const layer = app.dataset.text.of(id);
      const view = layer ? endnoteView(layer, n) : null;
      if (!view) throw notFound(`The document "${id}" has no endnote ${n}.`);
      return view;
    },
  );

  app.get(
    "/:id/sentences/:sentenceId",
    {
      schema: {
        operationId: "getDocumentSentence",
        tags: ["text"],
        summary: "Get a sentence of a document",
        description:
          "One sentence of a document with its section, the claims quoted from it and the endnote that covers it. Example: `/v1/documents/russia-japan-reset/sentences/s12`.",
        params: DocumentSentenceParamsSchema,
        response: { 200: SentenceDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, sentenceId } = request.params;
      if (!hasDocument(app.dataset, id)) throw unknownDocument(id);
      const sentence = sentenceDetail(app.dataset, id, sentenceId);
      if (!sentence) throw notFound(`The document "${id}" has no sentence "${sentenceId}".`);
      return sentence;
    },
  );
};

export default documentsRoutes;
