// The web explorer in headless Chromium (Debian's package, driven by playwright-core) on a
// listening server with the real seeded database: each view loads without console errors, the
// user's question is answered with the 2001 affirmation and endnote 16, a marked sentence shows
// its claim and endnote, Putin's page, the graph (at least 50 nodes) and the timeline (1956,
// 2013). Screenshots at desktop and phone width go to test/.tmp/explorer/ (not committed).
/// <reference lib="dom" />
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, createTestApp, ROOT, type TestContext } from "./helpers.ts";

const QUESTION = "What did Putin say about the 1956 Declaration?";
const SHOTS = join(ROOT, "test", ".tmp", "explorer");
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

// Generous timeouts: the graph's layout and a dozen page loads share two cores with everything else.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  "the web explorer in headless Chromium",
  { timeout: 120_000 },
  () => {
    let ctx: TestContext;
    let browser: Browser;
    let desktop: BrowserContext;
    let phone: BrowserContext;
    let baseUrl: string;
    const problems: string[] = [];
    const paints: Record<string, number> = {};

    /** A page that records every console error, uncaught exception and failed request. */
    async function open(context: BrowserContext, path: string): Promise<Page> {
      const page = await context.newPage();
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning")
          problems.push(`${path}: console ${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`${path}: page error: ${e.message}`));
      page.on("requestfailed", (r) => problems.push(`${path}: request failed: ${r.url()}`));
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`${path}: ${r.status()} ${r.url()}`);
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
      return page;
    }

    async function shot(page: Page, name: string, fullPage = false): Promise<void> {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
    }

    async function firstPaint(page: Page): Promise<number> {
      return page.evaluate(
        () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      );
    }

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      ctx = await createTestApp();
      await ctx.app.listen({ host: "127.0.0.1", port: 0 });
      baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      desktop = await browser.newContext({ viewport: DESKTOP });
      phone = await browser.newContext({
        viewport: PHONE,
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
    });
    afterAll(async () => {
      // Figures for the report (first contentful paint per view, ms), not assertions: the machine is shared.
      if (Object.keys(paints).length)
        writeFileSync(join(SHOTS, "first-paint.json"), JSON.stringify(paints, null, 2));
      await browser?.close();
      await ctx?.close();
    });

    it("opens at / with the question box and the views", async () => {
      const page = await open(desktop, "/");
      await expect(page.locator("h1").textContent()).resolves.toContain("Reset");
      await page
        .getByRole("link", { name: /Reader/ })
        .first()
        .waitFor();
      await expect(page.getByRole("searchbox", { name: "Ask the article" }).count()).resolves.toBe(1);
      await page.locator(".counts").waitFor();
      paints.home = await firstPaint(page);
      await shot(page, "home-desktop");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("answers the user's question with Putin's 2001 affirmation, its sentence highlighted and endnote 16", async () => {
      const page = await open(desktop, "/");
      const box = page.getByRole("searchbox", { name: "Ask the article" });
      await box.fill(QUESTION);
      await box.press("Enter");
      await page.waitForURL(/\/ask\?q=/);
      const answer = page.getByTestId("direct-answer");
      await answer.waitFor();
      await expect(answer.textContent()).resolves.toMatch(/2001.*1956 Declaration/);
      // The answer's endnote reference links to endnote 16.
      await expect(answer.locator("a[href$='/note/16']").count()).resolves.toBeGreaterThan(0);
      const evidence = page.getByTestId("evidence-sentence");
      await expect(evidence.textContent()).resolves.toContain(
        "In 2001, Putin affirmed that the 1956 Declaration was still valid",
      );
      // The highlighted sentence: a marked background, and the quote itself in <mark>.
      await expect(evidence.locator("mark").count()).resolves.toBeGreaterThan(0);
      const citation = page.locator(".answer .citation").first();
      await expect(citation.locator(".note-link").textContent()).resolves.toBe("Endnote 16");
      await expect(citation.textContent()).resolves.toContain("Russo-Japanese Relations");
      await expect(citation.locator(".chain").textContent()).resolves.toMatch(
        /Endnote 16.*Endnote 15.*Endnote 8/,
      );
      paints.ask = await firstPaint(page);
      await shot(page, "ask-desktop", true);

      // Its link opens the reader on that sentence.
      await page.getByRole("link", { name: "Open this sentence in the reader" }).click();
      await page.waitForURL(/\/read\/russia-japan-reset\/s29\?claim=/);
      await page.locator("#s29.selected mark").first().waitFor();
      await shot(page, "ask-in-reader-desktop");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("says the article does not say when it does not", async () => {
      const page = await open(desktop, `/ask?q=${encodeURIComponent("What did Napoleon say about Brexit?")}`);
      await page.locator(".answer").waitFor();
      await expect(page.locator(".answer.unanswerable h2").textContent()).resolves.toBe(
        "The article does not say.",
      );
      await expect(page.getByTestId("direct-answer").count()).resolves.toBe(0);
      await shot(page, "ask-unanswerable-desktop");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("reader: selecting a marked sentence shows its claim and its endnote with the resolved work", async () => {
      const page = await open(desktop, "/read");
      await page.locator("#s29").waitFor();
      await expect(page.locator(".s.marked").count()).resolves.toBeGreaterThan(50);
      paints.reader = await firstPaint(page);
      await page.locator("#s29 .s-link").first().click();
      await page.waitForURL(/\/read\/russia-japan-reset\/s29$/);
      const panel = page.locator(".sentence-panel");
      await expect(panel.locator(".claim-summary").first().textContent()).resolves.toContain(
        "In 2001 Putin affirmed that the 1956 Declaration was still valid",
      );
      await expect(panel.locator(".claim-meta").first().textContent()).resolves.toMatch(
        /Statement.*Vladimir Putin.*2001/,
      );
      await expect(panel.locator(".note-link").textContent()).resolves.toBe("Endnote 16");
      await expect(panel.locator(".citation").textContent()).resolves.toContain("Mark A Smith");
      await shot(page, "reader-selected-desktop");

      // An endnote marker opens its note, with the Ibid chain resolved.
      await page.locator("#s34 sup.marker a").click();
      await page.waitForURL(/\/read\/russia-japan-reset\/note\/16$/);
      await expect(page.locator(".note-panel h2").textContent()).resolves.toContain("Endnote 16");
      await expect(page.locator(".note-panel").textContent()).resolves.toContain("Russo-Japanese Relations");
      await shot(page, "reader-endnote-desktop");

      // The article's own errors are flagged where the data notes them (s30: "six points" but five).
      await page.goto(`${baseUrl}/read/russia-japan-reset/s30`);
      await page.locator(".sentence-panel .article-note").first().waitFor();
      await expect(page.locator("#s30 .flag").count()).resolves.toBe(1);
      await expect(page.locator(".sentence-panel .article-note").first().textContent()).resolves.toContain(
        "five",
      );
      expect(problems).toEqual([]);
      await page.close();
    });

    it("opens Putin's page with details, claims by and about him, mentions linking into the reader, relations", async () => {
      const page = await open(desktop, "/entities/vladimir-putin");
      await expect(page.locator("h1").textContent()).resolves.toContain("Vladimir Putin");
      await expect(page.locator(".details").textContent()).resolves.toContain("President Putin");
      await expect(page.locator("#by-h").textContent()).resolves.toMatch(/Claims by Vladimir Putin \(\d+\)/);
      await expect(page.locator("section[aria-labelledby=by-h] .claim").count()).resolves.toBeGreaterThan(3);
      await expect(page.locator("#relations-h").textContent()).resolves.toMatch(/Relations \(\d+\)/);
      await expect(page.locator(".relations a", { hasText: "Russia" }).count()).resolves.toBeGreaterThan(0);
      const mention = page.locator(".mentions a[href^='/read/']").first();
      await shot(page, "entity-putin-desktop");
      await mention.click();
      await page.waitForURL(/\/read\/russia-japan-reset\/s\d+$/);
      await page.locator(".s.selected").first().waitFor();
      expect(problems).toEqual([]);
      await page.close();
    });

    it("draws the graph with at least 50 nodes and its edges; a relation shows its evidence and endnote", async () => {
      const page = await open(desktop, "/graph");
      const cy = page.locator(".cy");
      await expect
        .poll(async () => Number(await cy.getAttribute("data-nodes")), { timeout: 20_000 })
        .toBeGreaterThanOrEqual(50);
      await expect(cy.getAttribute("data-edges").then(Number)).resolves.toBeGreaterThanOrEqual(50);
      // Drawn, not only counted: the canvas has coloured pixels.
      const inked = await page.evaluate(() => {
        const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>(".cy canvas"));
        return canvases.some((c) => {
          const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data;
          if (!data) return false;
          for (let i = 0; i < data.length; i += 4)
            if ((data[i + 3] ?? 0) > 0 && (data[i + 2] ?? 0) > (data[i] ?? 0) + 40) return true;
          return false;
        });
      });
      expect(inked).toBe(true);
      paints.graph = await firstPaint(page);
      await shot(page, "graph-desktop");

      // A filter by relation type redraws fewer edges.
      const before = Number(await cy.getAttribute("data-edges"));
      await page.getByRole("checkbox", { name: "participated in" }).uncheck();
      await expect.poll(async () => Number(await cy.getAttribute("data-edges"))).toBeLessThan(before);
      await page.getByRole("checkbox", { name: "participated in" }).check();

      // The relations table (the keyboard's way in) selects an edge: its evidence and endnote show.
      await page.locator(".rel-table summary").click();
      await page.locator(".rel-table a", { hasText: "show" }).first().click();
      await page.waitForURL(/\/graph\?edge=/);
      await page.locator(".edge-panel .evidence").waitFor();
      await expect(page.locator(".edge-panel").textContent()).resolves.toMatch(/Endnote|No endnote/);
      await shot(page, "graph-edge-desktop");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("draws the timeline with items from 1956 and 2013, filterable by actor", async () => {
      const page = await open(desktop, "/timeline");
      await page.locator(".years").waitFor();
      await expect(page.locator(".item[data-year='1956']").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator(".item[data-year='2013']").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator(".axis circle[data-year='1956']").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator(".axis circle[data-year='2013']").count()).resolves.toBeGreaterThan(0);
      const all = await page.locator(".item").count();
      paints.timeline = await firstPaint(page);
      await shot(page, "timeline-desktop");
      await page.getByLabel("Actor").selectOption("vladimir-putin");
      await page.waitForURL(/actor=vladimir-putin/);
      await expect.poll(() => page.locator(".item").count()).toBeLessThan(all);
      await expect(page.locator(".item[data-year='2001']").count()).resolves.toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("loads the entity index and a claim's page without errors", async () => {
      const page = await open(desktop, "/entities");
      await expect.poll(() => page.locator(".entity-list li").count()).toBeGreaterThan(50);
      await page.goto(`${baseUrl}/claims/bg-putin-1956-declaration-still-valid-2001`);
      await page.locator(".claim-page .citation").first().waitFor();
      await expect(page.locator(".claim-page").textContent()).resolves.toContain("Endnote 16");
      await shot(page, "claim-desktop");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("is usable at phone width: the reader's selection, the answer, the graph and the timeline", {
      timeout: 180_000,
    }, async () => {
      const reader = await open(phone, "/read/russia-japan-reset/s29");
      await reader.locator(".sentence-panel .claim").first().waitFor();
      await expect(reader.locator(".panel").isVisible()).resolves.toBe(true);
      // Nothing wider than the screen.
      await expect(reader.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        PHONE.width,
      );
      await shot(reader, "reader-selected-phone");
      await reader.close();

      const ask = await open(phone, `/ask?q=${encodeURIComponent(QUESTION)}`);
      await ask.getByTestId("direct-answer").waitFor();
      await expect(ask.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        PHONE.width,
      );
      await shot(ask, "ask-phone");
      await ask.close();

      for (const [path, name, ready] of [
        ["/graph", "graph-phone", ".cy[data-nodes]"],
        ["/timeline", "timeline-phone", ".years"],
        ["/entities/vladimir-putin", "entity-putin-phone", ".mentions"],
        ["/", "home-phone", ".counts"],
      ] as const) {
        const page = await open(phone, path);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
        await expect(
          page.evaluate(() => document.documentElement.scrollWidth),
          path,
        ).resolves.toBeLessThanOrEqual(PHONE.width);
        await shot(page, name);
        await page.close();
      }
      expect(problems).toEqual([]);
    });

    it("can be used from the keyboard: skip link, the question box, a sentence", async () => {
      const page = await open(desktop, "/read");
      await page.locator("#s1").waitFor();
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
      await page.keyboard.press("Enter");
      // Tab into the article and select a sentence with Enter.
      await page.locator("#s29 .s-link").first().focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/s29$/);
      await page.locator(".sentence-panel").waitFor();
      // Every form control has an accessible name.
      const unnamed = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll("input, select, button")).filter((el) => {
            const id = el.getAttribute("id");
            const labelled = el.closest("label") || (id && document.querySelector(`label[for="${id}"]`));
            return !labelled && !el.getAttribute("aria-label") && !(el.textContent ?? "").trim();
          }).length,
      );
      expect(unnamed).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
