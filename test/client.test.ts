// A real client: types generated from the committed openapi/openapi.json by openapi-typescript,
// a client app (test/client/client.ts) type-checked against them by tsc, and that app calling
// a listening server through openapi-fetch. Proves the spec is usable by code nobody here wrote.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPENAPI_PATH } from "../src/openapi/write.ts";
import type { ClientModule, KurilClient } from "./client/contract.ts";
import { createTestApp, ROOT, type TestContext } from "./helpers.ts";
import { present } from "./lists.ts";

const CLIENT_DIR = join(ROOT, "test", "client");
const GENERATED_TYPES = join(CLIENT_DIR, ".generated", "api.d.ts");
// Loaded through a computed URL so that the project's own typecheck does not follow it into
// the generated file (which only exists once this test has run); tsc checks it below instead.
const CLIENT_MODULE_URL = pathToFileURL(join(CLIENT_DIR, "client.ts")).href;
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

async function runTsc(args: string[]): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [TSC, ...args], {
      cwd: ROOT,
      timeout: 120_000,
    });
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    const exitCode = typeof failed.code === "number" ? failed.code : -1;
    return { exitCode, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` || failed.message };
  }
}

describe("a client generated from openapi/openapi.json", () => {
  let ctx: TestContext;
  let client: KurilClient;

  beforeAll(async () => {
    const ast = await openapiTS(pathToFileURL(OPENAPI_PATH));
    mkdirSync(dirname(GENERATED_TYPES), { recursive: true });
    writeFileSync(
      GENERATED_TYPES,
      `// Generated from openapi/openapi.json by test/client.test.ts (openapi-typescript). Do not edit.\n${astToString(ast)}`,
    );

    ctx = await createTestApp();
    await ctx.app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = ctx.app.server.address() as AddressInfo;
    const { createKurilClient } = (await import(CLIENT_MODULE_URL)) as ClientModule;
    client = createKurilClient(`http://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it("type-checks the client app against the generated types", async () => {
    // Asynchronous on purpose: a blocking spawnSync would stall the event loop of the server
    // under test long enough for load shedding (@fastify/under-pressure) to answer 503.
    const tsc = await runTsc(["-p", join(CLIENT_DIR, "tsconfig.json")]);
    expect(tsc.output, "tsc -p test/client/tsconfig.json").toBe("");
    expect(tsc.exitCode).toBe(0);
  }, 150_000);

  it("asks the user's question and gets Putin's 2001 affirmation, cited to endnote 16", async () => {
    const asked = await client.ask("What did Putin say about the 1956 Declaration?");
    expect(asked.question).toBe("What did Putin say about the 1956 Declaration?");
    const first = present(asked.answers[0], "the first answer");
    expect(first.endnote).toBe(16);
    expect(first.evidenceText).toContain("Putin affirmed that the 1956 Declaration was still valid");
    expect(first.exact).toContain("1956 Declaration");
    expect(first.end).toBeGreaterThan(first.start);
    expect(first.sectionHeading).toBe("Background of the Bellicose Relationship");
    // Endnote 16 is "Ibid", resolved through 15 to Mark A Smith's "Russo-Japanese Relations".
    expect(first.citationText).toMatch(/^Ibid/);
    expect(first.sourceTitle).toBe("Russo-Japanese Relations");
  });

  it("lists Putin's claims about the 1956 Declaration", async () => {
    const claims = await client.claims({
      speaker: "vladimir-putin",
      about: "soviet-japanese-declaration-1956",
    });
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.speakerId).toBe("vladimir-putin");
      expect(claim.aboutIds).toContain("soviet-japanese-declaration-1956");
    }
    const affirmation = claims.find((c) => c.id === "bg-putin-1956-declaration-still-valid-2001");
    expect(affirmation).toMatchObject({
      kind: "statement",
      endnote: 16,
      quote: expect.stringContaining("In 2001, Putin affirmed that the 1956 Declaration was still valid"),
    });
  });

  it("finds Lavrov by the short name the article uses", async () => {
    const entities = await client.entities("Lavrov");
    expect(entities).toContainEqual(expect.objectContaining({ id: "sergei-lavrov", name: "Sergei Lavrov" }));
  });

  it("receives an invalid question as a typed RFC 9457 problem", async () => {
    const problem = await client.askExpectingProblem("");
    expect(problem).toMatchObject({ httpStatus: 400, status: 400, title: expect.any(String) });
    expect(problem.detail).toMatch(/q/);
  });
});
