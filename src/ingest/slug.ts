// Readable, stable ids derived from the data: "Background of the Bellicose Relationship" →
// "background-of-the-bellicose-relationship".

/** Lower case, accents and apostrophes dropped, every other run of non-alphanumerics a hyphen. */
export function slugify(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .slice(0, maxWords)
    .join("-");
}
