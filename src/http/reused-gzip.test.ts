// The kept gzip compressor gives zlib.gzipSync's very bytes, whatever it compressed before: inputs
// of every size (below and above its 64 KiB window), text and binary, repetitive or not, one after
// another in any order, so that no earlier answer's bytes show in a later one.
import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { giveBody } from "./body-pool.ts";
import { gzipIsReused, gzipReused } from "./reused-gzip.ts";

/** `length` bytes from a small generator: a few letters (long matches) up to every byte (few). */
function bytesOf(seed: number, length: number, alphabet: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = 32 + (x % alphabet);
  }
  return bytes;
}

const input = fc.oneof(
  fc.record({
    seed: fc.integer(),
    length: fc.oneof(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 60_000, max: 200_000 })),
    alphabet: fc.integer({ min: 1, max: 224 }),
  }),
  fc.string({ unit: "grapheme", maxLength: 2000 }).map((text) => ({ text: text.repeat(20) })),
);
const bytesFrom = (i: { seed: number; length: number; alphabet: number } | { text: string }) =>
  "text" in i ? Buffer.from(i.text) : bytesOf(i.seed, i.length, i.alphabet);

describe("reused gzip", () => {
  it("is the kept compressor on this Node (else gzipSync answers, and the tests below test nothing)", () => {
    expect(gzipIsReused(1)).toBe(true);
    expect(gzipIsReused(6)).toBe(true);
  });

  it("gives gzipSync's bytes for any sequence of inputs, at levels 1 and 6", () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 6), (inputs, level) => {
        for (const i of inputs) {
          const bytes = bytesFrom(i);
          const body = gzipReused(bytes, level);
          expect(body.equals(zlib.gzipSync(bytes, { level }))).toBe(true);
          giveBody(body);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives each answer bytes of its own, which later answers leave intact", () => {
    const a = bytesOf(1, 90_000, 30);
    const b = bytesOf(2, 5_000, 200);
    const first = gzipReused(a, 1);
    const kept = Buffer.from(first);
    gzipReused(b, 1);
    gzipReused(a, 1);
    expect(first.equals(kept)).toBe(true);
    expect(zlib.gunzipSync(first).equals(a)).toBe(true);
  });
});
