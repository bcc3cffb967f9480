// The body pool: a body of 32 KiB to 1 MiB is lent from a class of reusable buffers and taken
// back once only; any other buffer is never taken in, and a copy owns its bytes.
import { describe, expect, it } from "vitest";
import { giveBody, isLent, ownCopy, POOLED_MIN, takeBody } from "./body-pool.ts";

describe("body pool", () => {
  it("lends bodies of 32 KiB to 1 MiB, of exactly the length asked, and no others", () => {
    for (const length of [0, 100, POOLED_MIN - 1, 2 * 1024 * 1024]) {
      const body = takeBody(length);
      expect(body.length).toBe(length);
      expect(isLent(body)).toBe(false);
      expect(giveBody(body)).toBe(false);
    }
    for (const length of [POOLED_MIN, 40_000, 65_536, 1024 * 1024]) {
      const body = takeBody(length);
      expect(body.length).toBe(length);
      expect(isLent(body)).toBe(true);
      expect(giveBody(body)).toBe(true);
    }
  });

  it("takes a body back once, and lends its memory again only after", () => {
    const first = takeBody(50_000);
    const second = takeBody(50_000);
    // Two bodies lent at once never share memory.
    expect(second.buffer).not.toBe(first.buffer);
    first.fill(1);
    second.fill(2);
    expect(first.every((b) => b === 1)).toBe(true);
    expect(giveBody(first)).toBe(true);
    expect(giveBody(first)).toBe(false);
    expect(isLent(first)).toBe(false);
    const third = takeBody(60_000);
    expect(third.buffer).toBe(first.buffer);
    expect(second.every((b) => b === 2)).toBe(true);
    giveBody(second);
    giveBody(third);
  });

  it("never takes in a buffer it did not lend, nor a copy of a lent one", () => {
    expect(giveBody(Buffer.alloc(50_000))).toBe(false);
    const lent = takeBody(50_000).fill(7);
    const copy = ownCopy(lent);
    expect(copy.equals(lent)).toBe(true);
    expect(copy.buffer).not.toBe(lent.buffer);
    expect(copy.buffer.byteLength).toBe(copy.length);
    expect(giveBody(copy)).toBe(false);
    expect(giveBody(lent)).toBe(true);
  });
});
