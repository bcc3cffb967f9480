// Strong ETags from the dataset version and the representation, Cache-Control, and 304 on
// If-None-Match. The data only changes with a new seed, so responses are safely cacheable.
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

export default fp(
  async function caching(app: FastifyInstance, opts: { maxAge: number }) {
    app.addHook("onSend", async (request, reply, payload) => {
      if (request.method !== "GET" && request.method !== "HEAD") return payload;
      // A 304 a route answered itself (a streamed export) keeps the headers it set.
      if (reply.statusCode === 304) return payload;
      if (reply.statusCode !== 200) {
        reply.header("Cache-Control", "no-store");
        return payload;
      }
      if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
      const digest = createHash("sha256").update(payload).digest("base64url").slice(0, 22);
      const etag = `"${app.datasetVersion}-${digest}"`;
      reply.header("ETag", etag);
      if (!reply.getHeader("Cache-Control")) reply.header("Cache-Control", `public, max-age=${opts.maxAge}`);
      reply.header("Vary", "Accept-Encoding, Origin");
      const ifNoneMatch = request.headers["if-none-match"];
      if (ifNoneMatch && matches(ifNoneMatch, etag)) {
        reply.code(304);
        reply.removeHeader("Content-Type");
        reply.removeHeader("Content-Length");
        return "";
      }
      return payload;
    });
  },
  { name: "caching" },
);
