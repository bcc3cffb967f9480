// The same-body ceiling of `npm run bench:http`: a bare Fastify server (no database, no
// validation, no plugins) answering, from memory, the very bytes the real server gave for the
// same URL and encoding: its body and its header lines, names and values as sent (X-Request-Id
// included, the one value the server sent when the body was fetched, so of the same length), so
// that a client spends on the ceiling's answer exactly what it spends on the server's. Node adds
// Date, Connection and Keep-Alive to both; Fastify sets Content-Length. Started by bench/http.ts
// with the bodies in a JSON file. With --bare-headers, only Content-Type and Content-Encoding.
import { readFileSync } from "node:fs";
import Fastify from "fastify";

export interface CeilingBody {
  url: string;
  /** "gzip" when fetched with `Accept-Encoding: gzip`, else "identity". */
  encoding: string;
  /** The header lines the server sent with it, but Date, Connection, Keep-Alive and Content-Length. */
  headers: Record<string, string>;
  base64: string;
}

const [bodiesFile, port, mode] = process.argv.slice(2);
if (!bodiesFile || !port) throw new Error("usage: ceiling.ts BODIES.json PORT [--bare-headers]");
const bare = mode === "--bare-headers";

const bodies = new Map<string, { body: Buffer; headers: Record<string, string> }>();
for (const b of JSON.parse(readFileSync(bodiesFile, "utf8")) as CeilingBody[]) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(b.headers))
    if (!bare || name === "content-type" || name === "content-encoding") headers[name] = value;
  bodies.set(`${b.encoding} ${b.url}`, { body: Buffer.from(b.base64, "base64"), headers });
}

const app = Fastify({ logger: false });
app.get("/*", (request, reply) => {
  const accepts = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const hit = bodies.get(`${accepts ? "gzip" : "identity"} ${request.url}`);
  if (!hit) return reply.code(404).send();
  reply.headers(hit.headers);
  return reply.send(hit.body);
});
await app.listen({ port: Number(port), host: "127.0.0.1" });
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
