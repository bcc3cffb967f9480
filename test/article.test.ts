// seed/documents/russia-japan-reset/article.md is the article byte for byte: everything the API says is anchored in it.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const ARTICLE_SHA256 = "7914f88f82d45667d44f2bbbf25652bad7e3b0bc3990d058264308bca4a1ee41";
const CORPUS = join(ROOT, "..", "shared", "corpus", "russia-japan-reset.md");
const ARTICLE = join(ROOT, "seed", "documents", "russia-japan-reset", "article.md");
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("seed/documents/russia-japan-reset/article.md", () => {
  it("is the byte-exact article (sha256)", () => {
    expect(sha256(ARTICLE)).toBe(ARTICLE_SHA256);
  });

  // Beside ../shared it is checked; in CI a missing ../shared is a failure, not a skip.
  it.skipIf(!existsSync(CORPUS) && !process.env.CI)("is identical to the shared corpus copy", () => {
    expect(existsSync(CORPUS), `${CORPUS} is missing: CI must check the article against it`).toBe(true);
    expect(readFileSync(ARTICLE).equals(readFileSync(CORPUS))).toBe(true);
  });
});
