// The held-out question sets in eval/ are data the README's scores stand on: each answerable
// question's must_include strings are the article's words as the scorer compares them, its endnotes are the article's,
// ids are unique within a set's directory, and every file parses in the scorers' shape.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { asScorerCompares } from "../src/lib/text.ts";
import { ROOT } from "./helpers.ts";

const norm = asScorerCompares;
const ARTICLE = readFileSync(join(ROOT, "seed", "documents", "russia-japan-reset", "article.md"), "utf8");
const ARTICLE_NORM = norm(ARTICLE);
/** The endnote numbers the article gives: its lines that open with a superscript number ("²³Kanwal …", "- ⁴⁰…"). */
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const ENDNOTES = new Set(
  [...ARTICLE.matchAll(/^(?:- )?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gmu)].map((m) =>
    Number([...(m[1] ?? "")].map((d) => SUPERSCRIPT.indexOf(d)).join("")),
  ),
);

/** Every directory under eval/ that holds question files. */
function setDirectories(dir: string): string[] {
  const entries = readdirSync(dir).map((name) => join(dir, name));
  const here = entries.some((p) => p.endsWith(".json")) ? [dir] : [];
  return [...here, ...entries.filter((p) => statSync(p).isDirectory()).flatMap(setDirectories)];
}

interface Question {
  id: string;
  question: string;
  must_include?: string[];
  endnotes?: (number | string)[];
}

const directories = setDirectories(join(ROOT, "eval"));

describe("eval/ question sets", () => {
  it("the article gives its endnotes", () => {
    expect(ENDNOTES.size).toBeGreaterThan(40);
  });

  it("holds the sets the README reports", () => {
    const names = directories.map((d) => relative(join(ROOT, "eval"), d));
    expect(names).toEqual(
      expect.arrayContaining(["heldout-lead", "heldout-2026-12/policy", "heldout-2026-12b/teenager"]),
    );
  });

  describe.each(directories.map((d) => [relative(ROOT, d), d]))("%s", (_name, dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    const questions = files.flatMap((f) =>
      (JSON.parse(readFileSync(join(dir, f), "utf8")) as Question[]).map((q) => ({ ...q, file: f })),
    );

    it("has unique ids and a question in each item", () => {
      const ids = questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of questions) expect(q.question.trim().length, q.id).toBeGreaterThan(0);
    });

    it("quotes the article (as the scorer compares text) and cites its endnotes", () => {
      for (const q of questions.filter((x) => x.file !== "unanswerable.json")) {
        expect(q.must_include?.length, `${q.file} ${q.id}: must_include`).toBeGreaterThan(0);
        for (const s of q.must_include ?? [])
          expect(ARTICLE_NORM.includes(norm(s)), `${q.file} ${q.id}: “${s}”`).toBe(true);
        for (const n of q.endnotes ?? [])
          expect(ENDNOTES.has(Number(n)), `${q.file} ${q.id}: endnote ${n}`).toBe(true);
      }
    });
  });
});
