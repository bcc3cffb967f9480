import { describe, expect, it } from "vitest";
import { directAnswer, sentenceOf } from "./answer.ts";
import type { IndexedClaim } from "./index.ts";

const claim = (id: string, quote: string, endnote: number | null, sentenceId = id): IndexedClaim =>
  ({ id, quote, endnote, sentenceId }) as IndexedClaim;

describe("the direct answer in the article's own words", () => {
  it.each([
    [
      "In 2001, Putin affirmed that the 1956 Declaration was still valid",
      16,
      "In 2001, Putin affirmed that the 1956 Declaration was still valid [16].",
    ],
    [
      "as it demands Moscow to recognize it as the rightful owner³",
      8,
      "As it demands Moscow to recognize it as the rightful owner [8].",
    ],
    [
      "Japan won't compromise on a stand that would leave them with minimal stake.",
      null,
      "Japan won't compromise on a stand that would leave them with minimal stake.",
    ],
  ])("%j [%s] → %j", (quote, endnote, expected) => {
    expect(sentenceOf(claim("c", quote, endnote))).toBe(expected);
  });

  it("joins at most two claims and drops a claim inside the first one's quote", () => {
    const a = claim("a", "For Russia, signing the peace treaty ends the dispute", 16, "s1");
    const inside = claim("b", "signing the peace treaty", 16, "s1");
    const c = claim("c", "For Japan, the return of two islands is a prelude", 16, "s2");
    const d = claim("d", "Another", 17, "s3");
    expect(directAnswer([a, inside, c, d])).toBe(
      "For Russia, signing the peace treaty ends the dispute [16]. For Japan, the return of two islands is a prelude [16].",
    );
  });

  it("names the cited works after the sentences, once per endnote, for a question about sources", () => {
    const a = {
      ...claim("a", "Japan's assets are very attractive", 24),
      noteText: "Kanwal Sibal, *Mail Today*, <http://x.example/a>",
    };
    const b = {
      ...claim("b", "Japan wants a bigger role", 24, "s9"),
      noteText: "Kanwal Sibal, *Mail Today*, <http://x.example/a>",
    };
    expect(directAnswer([a, b], true)).toBe(
      "Japan's assets are very attractive [24]. Japan wants a bigger role [24]. [24] Kanwal Sibal, Mail Today, http://x.example/a",
    );
    expect(directAnswer([a], false)).toBe("Japan's assets are very attractive [24].");
  });
});
