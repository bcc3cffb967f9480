// Content negotiation on the resources that have an IRI: JSON stays the default; an Accept that
// prefers JSON-LD, Turtle or N-Triples gets the resource's triples in that syntax. The routes
// themselves are untouched: an onRoute hook adds the negotiation to the paths listed here.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import type { Quad } from "n3";
import Negotiator from "negotiator";
import { toJsonLd, toNTriples, toTurtle } from "../../linked-data/serialize.ts";
import type { Iris } from "../../linked-data/vocab.ts";

export const RDF_MEDIA_TYPES = ["application/ld+json", "text/turtle", "application/n-triples"] as const;
export type RdfMediaType = (typeof RDF_MEDIA_TYPES)[number];

/** The RDF syntax an Accept header prefers over JSON, or null for JSON. */
export function preferredRdf(accept: string | undefined): RdfMediaType | null {
  if (!accept) return null;
  const best = new Negotiator({ headers: { accept } }).mediaType(["application/json", ...RDF_MEDIA_TYPES]);
  return (RDF_MEDIA_TYPES as readonly string[]).includes(best ?? "") ? (best as RdfMediaType) : null;
}

export function serializeRdf(quads: Quad[], type: RdfMediaType, iris: Iris): string {
  if (type === "application/ld+json") return toJsonLd(quads, iris, "reference");
  if (type === "text/turtle") return toTurtle(quads, iris);
  return toNTriples(quads);
}

type Params = Record<string, string | number>;

/**
 * The API paths of described resources, and the IRI each request names. The document-scoped text
 * paths are negotiated as soon as their routes exist. The typed collections (/v1/actors/{id} …)
 * stay JSON: they answer only for their own type, the entity's IRI is /v1/entities/{id}.
 */
export const NEGOTIATED: Record<string, (p: Params, iris: Iris, documentId: string) => string> = {
  "/v1/entities/:id": (p, iris) => iris.entity(String(p.id)),
  "/v1/claims/:id": (p, iris) => iris.claim(String(p.id)),
  "/v1/sources/:id": (p, iris) => iris.source(String(p.id)),
  "/v1/documents/:id": (p, iris) => iris.document(String(p.id)),
  "/v1/endnotes/:n": (p, iris, doc) => iris.endnote(doc, Number(p.n)),
  "/v1/documents/:id/endnotes/:n": (p, iris) => iris.endnote(String(p.id), Number(p.n)),
  "/v1/documents/:id/sentences/:sentenceId": (p, iris) => iris.sentence(String(p.id), String(p.sentenceId)),
};

/** Appends to Vary, keeping what other hooks set. */
export function addVary(reply: FastifyReply, value: string): void {
  const current = String(reply.getHeader("Vary") ?? "");
  const parts = current
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!parts.some((p) => p.toLowerCase() === value.toLowerCase())) parts.push(value);
  reply.header("Vary", parts.join(", "));
}

export interface Describer {
  iris(): Iris;
  documentId(): string;
  describe(iri: string): Quad[] | null;
}

/** Adds negotiation to the listed GET routes as they are declared. */
export function negotiateOnRoutes(app: FastifyInstance, describer: Describer): void {
  app.addHook("onRoute", (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const iriOf = NEGOTIATED[route.url];
    if (!iriOf || !methods.includes("GET")) return;
    const preHandler = async (request: FastifyRequest, reply: FastifyReply) => {
      const type = preferredRdf(request.headers.accept);
      if (!type) return;
      const iris = describer.iris();
      const quads = describer.describe(iriOf(request.params as Params, iris, describer.documentId()));
      // Unknown resources fall through to the route, whose 404 is a problem document.
      if (!quads) return;
      const headers: Record<string, string> = { "content-type": `${type}; charset=utf-8` };
      if (type === "application/ld+json")
        headers.link = `<${iris.context()}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;
      return reply.headers(headers).send(serializeRdf(quads, type, iris));
    };
    // A callback hook: it runs on cache hits too, where a promise each would be most of the work.
    const onSend = (
      _request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      done: (error: null, payload: unknown) => void,
    ) => {
      addVary(reply, "Accept");
      done(null, payload);
    };
    route.preHandler = [...toArray(route.preHandler), preHandler];
    route.onSend = [...toArray(route.onSend), onSend];
  });
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
