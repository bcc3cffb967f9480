// utf8(): a serializer's string as the bytes Buffer.from gives, in a buffer of its own, whatever
// the string holds (two-byte characters, lone surrogates) and however large it is.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8 } from "./caching.ts";

describe("utf8", () => {
  it("gives Buffer.from's bytes for any string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (text) => {
        const bytes = utf8(text);
        expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
        // Its own memory: not a view into a pool or into the reused scratch buffer.
        expect(bytes.byteOffset).toBe(0);
        expect(bytes.buffer.byteLength).toBe(bytes.length);
      }),
    );
  });

  it("keeps earlier results intact when it encodes again, and handles answers larger than its scratch", () => {
    const first = utf8("Habomai — Shikotan, Kunashiri and Etorofu ".repeat(10));
    const copy = Buffer.from(first);
    const large = "Ōno: “the 1956 Declaration” ".repeat(120_000);
    expect(utf8(large).equals(Buffer.from(large, "utf8"))).toBe(true);
    expect(utf8("x").toString()).toBe("x");
    expect(first.equals(copy)).toBe(true);
  });
});
