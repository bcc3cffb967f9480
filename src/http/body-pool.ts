// Reusable buffers for large response bodies.
//
// The server runs with MALLOC_MMAP_THRESHOLD_=32768 (package.json's start script, to give freed
// memory back), so every buffer of 32 KiB or more is a fresh mmap, page-faulted in as it is
// written and unmapped when collected: for the 60–90 KB answers of an entity or the timeline that
// cost more than writing the JSON itself. A body of that size is instead written into a buffer
// taken from a small pool of size classes (powers of two, 32 KiB to 1 MiB, at most four kept per
// class) and given back once the answer has been handed to the socket. Smaller and larger bodies
// get a buffer of their own, as before. No library fits: buffer pools on npm hand out slices of
// one shared slab, which cannot be given back one by one.

/** The smallest body kept in the pool: below it malloc serves from its heap, without a syscall. */
export const POOLED_MIN = 32 * 1024;
/** The largest class: bodies above it are rare (a 200-item page) and their buffers not kept. */
const POOLED_MAX = 1024 * 1024;
/** Buffers kept per class: answers in flight at once are few, as the event loop writes one at a time. */
const KEPT_PER_CLASS = 4;

/** Free buffers by class (log2 of the size). */
const free = new Map<number, ArrayBuffer[]>();
/**
 * The pooled ArrayBuffers lent out now: a body is given back once only, and a buffer the pool did
 * not lend (an answer of its own, zlib's output) is never taken in. Weak: a body never given back
 * (an answer cut short, or replaced by an error's) is collected as any other.
 */
const lent = new WeakSet<ArrayBuffer>();

function classOf(length: number): number {
  return Math.ceil(Math.log2(length));
}

/**
 * A buffer of exactly `length` bytes (contents undefined) to write a body into. For a pooled one
 * its owner calls giveBody once nothing reads it any more (the socket has it, or it was copied);
 * one never given back is simply collected.
 */
export function takeBody(length: number): Buffer {
  if (length < POOLED_MIN || length > POOLED_MAX) return Buffer.allocUnsafeSlow(length);
  const sizeClass = classOf(length);
  const memory = free.get(sizeClass)?.pop() ?? new ArrayBuffer(2 ** sizeClass);
  lent.add(memory);
  return Buffer.from(memory, 0, length);
}

/** Whether the body is lent by the pool (and not given back yet). */
export function isLent(body: Buffer): boolean {
  return lent.has(body.buffer as ArrayBuffer);
}

/** Gives a body taken with takeBody back to the pool; anything else is left alone. True if taken back. */
export function giveBody(body: Buffer): boolean {
  const memory = body.buffer as ArrayBuffer;
  if (!lent.delete(memory)) return false;
  const sizeClass = classOf(memory.byteLength);
  let list = free.get(sizeClass);
  if (list === undefined) {
    list = [];
    free.set(sizeClass, list);
  }
  if (list.length < KEPT_PER_CLASS) list.push(memory);
  return true;
}

/** The bytes of a body, in a buffer owned by no pool (for keeping, as the response cache does). */
export function ownCopy(body: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(body.length);
  body.copy(copy);
  return copy;
}
