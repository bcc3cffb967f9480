// Liveness (the process answers) and readiness (the database is open and holds a dataset).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../../http/problem.ts";

/** @fastify/under-pressure's per-route handler: returning nothing lets the request through. */
const neverShed = () => undefined;

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/healthz",
    {
      // Never rate-limited nor shed: a busy replica is still alive and ready, and an orchestrator
      // that read a 503 here would restart it.
      config: { rateLimit: false, pressureHandler: neverShed },
      schema: {
        operationId: "getHealth",
        tags: ["health"],
        summary: "Liveness",
        description: "200 while the process is up. Not rate-limited; for orchestrators.",
        response: { 200: z.object({ status: z.literal("ok") }), ...problemResponses },
      },
    },
    async (_request, reply) => {
      reply.header("Cache-Control", "no-store");
      return { status: "ok" as const };
    },
  );

  app.get(
    "/readyz",
    {
      config: { rateLimit: false, pressureHandler: neverShed },
      schema: {
        operationId: "getReadiness",
        tags: ["health"],
        summary: "Readiness",
        description:
          "200 when the database is open and answers, with the dataset version (the basis of ETags).",
        response: {
          200: z.object({ status: z.literal("ready"), datasetVersion: z.string(), claims: z.number().int() }),
          ...problemResponses,
        },
      },
    },
    async (_request, reply) => {
      // The dataset is built before a database is served, so ready means built.
      const { version, claimCount } = app.dataset;
      reply.header("Cache-Control", "no-store");
      return { status: "ready" as const, datasetVersion: version, claims: claimCount };
    },
  );
};

export default healthRoutes;
