// One error handler and one not-found handler: every 4xx and 5xx leaves as
// application/problem+json. 5xx details (stack traces, SQL) are logged, never sent.

import type { Duplex } from "node:stream";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { HttpProblem, type Problem, problemType } from "../http/problem.ts";
import { STATUS_CODES } from "../lib/http.ts";

type ValidationContext = "querystring" | "params" | "body" | "headers";
const CONTEXT_POINTER: Record<ValidationContext, string> = {
  querystring: "/query",
  params: "/path",
  body: "/body",
  headers: "/headers",
};

function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  extra: Partial<Pick<Problem, "errors" | "matches">> = {},
): FastifyReply {
  const { type, title } = problemType(status);
  const body: Problem = {
    type,
    title,
    status,
    // Never echo a hostile 10k-character URL back in full.
    detail: clip(detail, 500),
    instance: clip(request.url.split("?")[0] ?? request.url, 200),
    requestId: String(request.id),
    ...extra,
  };
  return (
    reply
      .code(status)
      .header("x-request-id", String(request.id))
      // Errors raised before routing skip the CORS hook; a browser client must still read them.
      .header("access-control-allow-origin", "*")
      .type("application/problem+json; charset=utf-8")
      .send(body)
  );
}

function validationErrors(error: FastifyError): Problem["errors"] {
  const context = (error.validationContext ?? "querystring") as ValidationContext;
  const base = CONTEXT_POINTER[context] ?? "";
  if (hasZodFastifySchemaValidationErrors(error)) {
    return error.validation.map((v) => {
      const path = (v.params?.issue?.path ?? []) as (string | number)[];
      const fromInstance = v.instancePath && v.instancePath !== "/" ? v.instancePath : "";
      const pointer = path.length ? `${base}/${path.map(escapePointer).join("/")}` : `${base}${fromInstance}`;
      return { pointer, message: v.message ?? "is invalid" };
    });
  }
  return (error.validation ?? []).map((v) => ({
    pointer: `${base}${v.instancePath ?? ""}`,
    message: v.message ?? "is invalid",
  }));
}

/**
 * Requests Node's HTTP parser rejects (a malformed or oversized header) never reach Fastify's
 * handlers: answer them on the socket, still as a problem.
 */
export function clientErrorProblem(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  const status =
    error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const details: Record<number, string> = {
    408: "The request headers did not arrive in time.",
    431: "The request headers are too large.",
    400: "The request is not valid HTTP.",
  };
  const { type, title } = problemType(status);
  const body = JSON.stringify({
    type,
    title,
    status,
    detail: details[status],
    instance: "/",
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export default fp(
  async function errors(app: FastifyInstance) {
    // HTTP/1.1 requires a Host header; Node's own check answers a bare 400, so the server is
    // created without it (app.ts) and the check is made here, as a problem.
    // Hooks that run on every request take a callback: no promise each.
    app.addHook("onRequest", (request, reply, done) => {
      if (request.raw.httpVersion === "1.1" && !request.headers.host) {
        reply.header("connection", "close");
        sendProblem(request, reply, 400, "HTTP/1.1 requests must carry a Host header.", {
          errors: [{ pointer: "/headers/host", message: "is required" }],
        });
        return;
      }
      done();
    });

    // The last guard: an error a plugin answers by itself (a CORS preflight without its headers,
    // a static file outside the docs folder) leaves as a problem too, with its own words as detail.
    app.addHook("onSend", (request, reply, payload, done) => {
      if (reply.statusCode < 400) return done(null, payload);
      if (String(reply.getHeader("content-type") ?? "").startsWith("application/problem+json"))
        return done(null, payload);
      const status = reply.statusCode;
      const { type, title } = problemType(status);
      // Serializers may hand over bytes (src/http/serializer.ts): read them as the text they are.
      const text =
        Buffer.isBuffer(payload) && payload.length < 64 * 1024 ? payload.toString("utf8") : payload;
      let detail = typeof text === "string" && text.length < 500 ? text : title;
      try {
        const parsed = typeof text === "string" ? (JSON.parse(text) as { message?: string }) : null;
        if (parsed?.message) detail = parsed.message;
      } catch {
        // plain text: used as it is
      }
      const body: Problem = {
        type,
        title,
        status,
        detail: clip(detail || title, 500),
        instance: clip(request.url.split("?")[0] ?? request.url, 200),
        requestId: String(request.id),
      };
      reply.header("content-type", "application/problem+json; charset=utf-8");
      reply.removeHeader("content-length");
      done(null, JSON.stringify(body));
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof HttpProblem) {
        return sendProblem(request, reply, error.status, error.detail, error.extra);
      }
      if (error.validation) {
        const errors = validationErrors(error);
        const detail = errors?.length
          ? errors.map((e) => `${e.pointer}: ${e.message}`).join("; ")
          : "The request is not valid.";
        return sendProblem(request, reply, 400, detail, { errors });
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, "request failed");
        return sendProblem(
          request,
          reply,
          status === 503 ? 503 : 500,
          "The server could not answer this request.",
        );
      }
      // Fastify's own 4xx (bad JSON, URI too long, unsupported media type …) keep their status.
      return sendProblem(request, reply, status, error.message);
    });

    app.setNotFoundHandler(
      // Rate-limited so that scanning unknown paths costs the scanner, not us.
      { preHandler: app.rateLimit ? app.rateLimit() : undefined },
      (request, reply) =>
        sendProblem(
          request,
          reply,
          404,
          `No route ${request.method} ${request.url.split("?")[0]}. See /docs.`,
        ),
    );
  },
  { name: "errors", dependencies: ["@fastify/rate-limit"] },
);
