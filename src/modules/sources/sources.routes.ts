// /v1/sources: the works the endnotes cite, each with the endnotes that cite it.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CoreDataset } from "../../dataset/core.ts";
import { decodeCursor, linkNext, PageQuerySchema, pageSchema, toPage } from "../../http/pagination.ts";
import { textParam } from "../../http/params.ts";
import { notFound, problemResponses } from "../../http/problem.ts";
import { type Source, SourceSchema } from "../provenance/provenance.schemas.ts";

const SourceWithEndnotesSchema = SourceSchema.extend({
  endnotes: z
    .array(
      z.object({
        n: z.number().int(),
        form: z.enum(["full", "ibid", "op-cit"]),
        pages: z.string().nullable(),
      }),
    )
    .describe("The endnotes that cite the work, and how."),
}).meta({ id: "SourceWithEndnotes" });

const ListSourcesQuerySchema = PageQuerySchema.extend({
  q: textParam(200)
    .optional()
    .describe("Words in the author, title or publication (any case).")
    .meta({ example: "smith" }),
});

function withEndnotes(data: CoreDataset, source: Source) {
  const p = data.text;
  const endnotes = [...p.endnoteSources.entries()]
    .flatMap(([n, rows]) =>
      rows.filter((r) => r.sourceId === source.id).map((r) => ({ n, form: r.form, pages: r.pages })),
    )
    .sort((a, b) => a.n - b.n);
  return { ...source, endnotes };
}

const sourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      schema: {
        operationId: "listSources",
        tags: ["text"],
        summary: "List cited works",
        description:
          "Every work the endnotes cite, shared by all endnotes that cite it. Example: `/v1/sources?q=smith`.",
        querystring: ListSourcesQuerySchema,
        response: {
          200: pageSchema(SourceWithEndnotesSchema).meta({ id: "SourcePage" }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { limit, cursor, q } = request.query;
      const after = decodeCursor<string>(cursor, "string");
      const words = q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
      const sources = [...app.dataset.text.sources.values()]
        .filter((s) => after === null || s.id > after)
        .filter((s) => {
          const hay = [...s.authors, s.title ?? "", s.publication ?? ""].join(" ").toLowerCase();
          return words.every((w) => hay.includes(w));
        })
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .slice(0, limit + 1);
      const page = toPage(sources, limit, (s) => s.id);
      linkNext(request, reply, page.nextCursor);
      return { items: page.items.map((s) => withEndnotes(app.dataset, s)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        operationId: "getSource",
        tags: ["text"],
        summary: "Get a cited work",
        description:
          "One cited work and the endnotes that cite it. Example: `/v1/sources/smith-2003-russo-japanese-relations`.",
        params: z.object({
          id: z
            .string()
            .min(1)
            .max(200)
            .describe("The source id.")
            .meta({ example: "smith-2003-russo-japanese-relations" }),
        }),
        response: { 200: SourceWithEndnotesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const source = app.dataset.text.sources.get(request.params.id);
      if (!source) throw notFound(`No cited work has the id "${request.params.id}".`);
      return withEndnotes(app.dataset, source);
    },
  );
};

export default sourcesRoutes;
