// The same-body ceiling of `npm run bench:http`: a bare Fastify server (no database, no
// validation, no plugins) answering, from memory, the very bodies the real server gave for the
// same URL and encoding. Started by bench/http.ts with the bodies in a JSON file.
import { readFileSync } from "node:fs";
import Fastify from "fastify";

export interface CeilingBody {
  url: string;
  /** "gzip" when fetched with `Accept-Encoding: gzip`, else "identity". */
  encoding: string;
  contentType: string;
  contentEncoding: string | null;
  base64: string;
}

const [bodiesFile, port] = process.argv.slice(2);
if (!bodiesFile || !port) throw new Error("usage: ceiling.ts BODIES.json PORT");

const bodies = new Map<string, { body: Buffer; contentType: string; contentEncoding: string | null }>();
for (const b of JSON.parse(readFileSync(bodiesFile, "utf8")) as CeilingBody[])
  bodies.set(`${b.encoding} ${b.url}`, {
    body: Buffer.from(b.base64, "base64"),
    contentType: b.contentType,
    contentEncoding: b.contentEncoding,
  });

const app = Fastify({ logger: false });
app.get("/*", (request, reply) => {
  const accepts = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const hit = bodies.get(`${accepts ? "gzip" : "identity"} ${request.url}`);
  if (!hit) return reply.code(404).send();
  reply.header("content-type", hit.contentType);
  if (hit.contentEncoding) reply.header("content-encoding", hit.contentEncoding);
  return reply.send(hit.body);
});
await app.listen({ port: Number(port), host: "127.0.0.1" });
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
