// The web explorer at `/`: the page app that `npm run build` bundles from web/ into dist/web,
// served by this server (no CDN). Assets have content-hashed names, so they are cached for a year
// as immutable; the page itself is revalidated with its ETag on every visit. Brotli and gzip twins
// written at build time are sent to clients that accept them. Every explorer URL (a sentence, an
// entity, a claim, a question) answers with the same page, which reads its view from the URL.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PROJECT_ROOT } from "../../paths.ts";
import { sendProblem } from "../../plugins/errors.ts";

export const EXPLORER_DIR = join(PROJECT_ROOT, "dist", "web");

/** The explorer's own paths; everything else (/v1, /docs, /healthz …) stays the API's. */
export const EXPLORER_PATHS = [
  "/",
  "/ask",
  "/read",
  "/read/:doc",
  "/read/:doc/:sentence",
  "/read/:doc/note/:n",
  "/entities",
  "/entities/:id",
  "/claims/:id",
  "/graph",
  "/timeline",
] as const;

export default async function explorerRoutes(app: FastifyInstance, opts: { dir?: string }) {
  const dir = opts.dir ?? EXPLORER_DIR;
  // The same URL answers in brotli, gzip or plain bytes: shared caches must key on the encoding.
  app.addHook("onSend", async (_request, reply, payload) => {
    const vary = String(reply.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary))
      reply.header("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    return payload;
  });
  await app.register(fastifyStatic, {
    root: join(dir, "assets"),
    prefix: "/assets/",
    preCompressed: true,
    immutable: true,
    maxAge: "365d",
    index: false,
    // A missing asset is a 404 problem from the not-found handler, like any unknown path.
    wildcard: true,
  });

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!existsSync(join(dir, "index.html"))) {
      return sendProblem(request, reply, 503, "The web explorer is not built: run `npm run build`.");
    }
    return reply.sendFile("index.html", dir, { maxAge: 0, immutable: false });
  };
  for (const url of EXPLORER_PATHS) {
    // The page is a file with its own ETag: the response cache (built for API answers) stays out of it.
    app.get(url, { schema: { hide: true }, config: { responseCache: false } }, page);
  }
}
