// A real browser: headless Chromium (Debian's package) driven by playwright-core opens Swagger UI
// at /docs on a listening server, tries the ask operation with the user's question, and reads
// the answer in the response panel, under the server's real security headers (CSP included).
import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, createTestApp, ROOT, type TestContext } from "./helpers.ts";

const QUESTION = "What did Putin say about the 1956 Declaration?";
const SCREENSHOT = join(ROOT, "test", ".tmp", "browser-docs.png");

/**
 * Operations whose documented 200 response a person must be able to read without trying them:
 * the fields (in the Example Value and in the Schema tab) and a value from the real data.
 */
const DOCUMENTED = [
  {
    id: "operations-ask-ask",
    fields: ["question", "interpretation", "answers"],
    nested: ["evidence", "citation", "endnote"],
    value: "1956 Declaration",
  },
  {
    id: "operations-claims-listClaims",
    fields: ["items", "nextCursor"],
    nested: ["quote", "speaker", "evidence"],
    value: "vladimir-putin",
  },
  {
    id: "operations-entities-getEntity",
    fields: ["id", "type", "name", "aliases", "mentions", "relations", "claimCount"],
    nested: ["sentenceId"],
    value: "Vladimir Putin",
  },
  {
    id: "operations-text-getEndnote",
    fields: ["n", "text", "kind", "refersTo", "chain", "source", "markerContext"],
    nested: ["authors", "title"],
    value: "Russo-Japanese Relations",
  },
] as const;

// Skipped only on a developer machine without Chromium; CI installs it and must run this.
// Generous timeouts: the whole suite runs beside Chromium on two shared cores.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  "Swagger UI in headless Chromium",
  { timeout: 120_000 },
  () => {
    let ctx: TestContext;
    let browser: Browser;
    let page: Page;
    let baseUrl: string;
    const browserErrors: string[] = [];

    beforeAll(async () => {
      ctx = await createTestApp();
      await ctx.app.listen({ host: "127.0.0.1", port: 0 });
      baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
      page.on("pageerror", (error) => browserErrors.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        // A Content-Security-Policy refusal is reported as a console error starting with "Refused".
        if (message.type() === "error" && /Refused|Content Security Policy/i.test(message.text())) {
          browserErrors.push(`console: ${message.text()}`);
        }
      });
    });
    afterAll(async () => {
      await browser?.close();
      await ctx?.close();
    });

    it("renders the API's operations under the server's CSP", async () => {
      const response = await page.goto(`${baseUrl}/docs`, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
      await page.locator("#operations-ask-ask").waitFor({ state: "visible", timeout: 60_000 });
      await expect(page.locator(".info .title").textContent()).resolves.toContain("kuril-kg");
      expect(browserErrors).toEqual([]);
    });

    for (const op of DOCUMENTED) {
      it(`shows the fields of ${op.id}'s 200 response in the example and the schema`, async () => {
        const operation = page.locator(`#${op.id}`);
        await operation.waitFor({ state: "visible", timeout: 60_000 });
        if (!(await operation.locator(".responses-wrapper").isVisible())) {
          await operation.locator(".opblock-summary").first().click();
        }
        const ok = operation.locator('.responses-wrapper tr.response[data-code="200"]');
        await ok.waitFor({ state: "visible", timeout: 30_000 });

        const example = ok.locator(".model-example");
        await example.getByRole("tab", { name: "Example Value" }).click();
        const exampleText = (await example.locator(".example, pre").first().textContent()) ?? "";
        expect(exampleText, "the Example Value is not a bare string").not.toMatch(/^\s*"string"\s*$/);
        for (const field of [...op.fields, ...op.nested]) expect(exampleText).toContain(`"${field}"`);
        expect(exampleText).toContain(op.value);
        mkdirSync(join(ROOT, "test", ".tmp"), { recursive: true });
        await ok.screenshot({ path: join(ROOT, "test", ".tmp", `browser-${op.id}-example.png`) });

        await example.getByRole("tab", { name: "Schema" }).click();
        const schema = example.locator(".model-box").first();
        await schema.waitFor({ state: "visible", timeout: 30_000 });
        const schemaText = (await schema.textContent()) ?? "";
        expect(schemaText, "the Schema tab resolves its $ref").not.toContain("$ref");
        expect(schemaText).not.toMatch(/^\s*any\b/);
        for (const field of op.fields) expect(schemaText).toContain(field);

        await ok.screenshot({ path: join(ROOT, "test", ".tmp", `browser-${op.id}-schema.png`) });
        // Leave the example tab selected for the next visitor of this operation.
        await example.getByRole("tab", { name: "Example Value" }).click();
        expect(browserErrors).toEqual([]);
      });
    }

    it("tries the ask operation and shows the 1956 Declaration answer cited to endnote 16", async () => {
      const operation = page.locator("#operations-ask-ask");
      await expect(operation.locator(".opblock-summary-path").textContent()).resolves.toBe("/v1/ask");
      if (!(await operation.locator(".opblock-body").isVisible())) {
        await operation.locator(".opblock-summary").first().click();
      }

      // With tryItOutEnabled the parameters may already be editable; otherwise press "Try it out".
      const tryItOut = operation.getByRole("button", { name: "Try it out" });
      if (await tryItOut.isVisible()) await tryItOut.click();

      const questionInput = operation.locator('tr[data-param-name="q"] input');
      await questionInput.fill(QUESTION);
      await operation.getByRole("button", { name: "Execute" }).click();

      const responseBody = operation.locator(".live-responses-table .response-col_description pre").first();
      await expect
        .poll(async () => (await responseBody.textContent()) ?? "", { timeout: 60_000 })
        .toContain("1956 Declaration");
      const text = (await responseBody.textContent()) ?? "";
      const answer = JSON.parse(text) as { answers: { citation: { endnote: number | null } }[] };
      expect(answer.answers[0]?.citation.endnote).toBe(16);
      expect(text).toContain('"endnote": 16');
      await expect(
        operation.locator(".live-responses-table tr.response .response-col_status").first().textContent(),
      ).resolves.toContain("200");

      mkdirSync(join(ROOT, "test", ".tmp"), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
      expect(browserErrors).toEqual([]);
    });
  },
);
