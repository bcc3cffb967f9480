// Turning user input into FTS5 queries. By default every word is a quoted string, so quotes,
// "*", "-", ":", "NEAR(" and brackets are plain text and can never be a syntax error.

/** The words of the input, as FTS5 sees words (letters and digits), lower-cased. */
export function ftsWords(input: string): string[] {
  return (
    input
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 64);
}

/**
 * An FTS5 query from plain text: `all` requires every word, `any` ranks by any of them.
 * Returns null when the input has no word at all.
 */
export function plainFtsQuery(input: string, mode: "all" | "any" = "all"): string | null {
  const words = ftsWords(input);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(mode === "all" ? " " : " OR ");
}
