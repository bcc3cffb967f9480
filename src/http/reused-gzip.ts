// A gzip compressor kept and reused, for answers compressed afresh on every request (the response
// cache off).
//
// zlib.gzipSync makes a new zlib stream per call: deflateInit allocates some 270 KB of window,
// hash chains and buffers, which with MALLOC_MMAP_THRESHOLD_=32768 (the start script) are fresh
// mmaps, page-faulted in and unmapped again on every answer; for the timeline that was most of the
// time gzip took. Here one stream per level is created once and driven synchronously through its
// native handle (writeSync with Z_FINISH, then reset, which is deflateReset), as gzipSync itself
// drives it. Node has no public API for a reusable synchronous compressor (its _processChunk
// closes the handle after one call), and no library can give Node's own zlib bytes, which the
// answers must keep. So the handle is used as Node's zlib.js uses it, checked once per level: a
// compressor whose output differs from gzipSync's on a sample (or whose handle is not shaped as
// expected) is never used, and gzipSync answers instead.
//
// deflateReset keeps the window's bytes. A fresh stream zeroes the MAX_MATCH bytes after the
// input's end before it looks for matches there (zlib's WIN_INIT), and match lengths are cut at
// the end only after candidates are compared, so bytes left there by an earlier, longer answer
// can change which match is chosen: a valid stream, but not gzipSync's bytes (8 answers in 200
// random ones). So the compressor remembers which parts of its window hold an earlier answer's
// bytes and, when they lie just past the next input's end, overwrites them first by compressing
// zeros (a stream that is thrown away). Repeating one answer never needs it.
import zlib from "node:zlib";
import { takeBody } from "./body-pool.ts";

/** The native zlib handle's methods gzipSync drives (node/lib/zlib.js, processChunkSync). */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  reset(): void;
}

/** Output buffers larger than this are not kept between answers. */
const OUTPUT_KEEP = 4 * 1024 * 1024;

/**
 * The window's size in bytes (two of deflate's 32 KiB windows, as gzip's windowBits 15 gives):
 * an input as long fills it whole, and nothing of an earlier one is left past its end.
 */
const WINDOW = 64 * 1024;
/**
 * How far past an input's end its window must hold zeros, as a fresh stream's does: MAX_MATCH
 * (258) and MIN_LOOKAHEAD (262) with room to spare; zeros further on change nothing.
 */
const ZEROED_TAIL = 1024;
const zeros = new Uint8Array(WINDOW);

/**
 * zlib's deflateBound for parameters other than the defaults (level 1 included): the most bytes
 * deflate writes for `length` bytes, plus the gzip header and trailer. An output buffer this large
 * takes the whole answer in one writeSync.
 */
function gzipBound(length: number): number {
  return length + ((length + 7) >> 3) + ((length + 63) >> 6) + 5 + 18;
}

class ReusedGzip {
  private readonly stream: zlib.Gzip;
  private readonly handle: ZlibHandle;
  /** Where the handle reports what is left: [output bytes, input bytes]. */
  private readonly state: Uint32Array;
  private output = Buffer.allocUnsafeSlow(64 * 1024);
  /**
   * What the window holds, from its start: runs of [end, whether they may hold other bytes than
   * zeros], ends increasing. Every write starts at 0. Bytes never written count as dirty: zlib
   * allocates the window with malloc, and the first answer's zeros settle it.
   */
  private window: [end: number, dirty: boolean][] = [[WINDOW, true]];

  constructor(level: number) {
    // No output chunks of its own are needed: Z_MIN_CHUNK keeps the stream's unused buffer small.
    this.stream = zlib.createGzip({ level, chunkSize: zlib.constants.Z_MIN_CHUNK });
    // An error destroys the stream (checked after each write) and is emitted later: not thrown again.
    this.stream.on("error", () => {});
    const internals = this.stream as unknown as { _handle?: Partial<ZlibHandle>; _writeState?: unknown };
    const handle = internals._handle;
    if (
      typeof handle?.writeSync !== "function" ||
      typeof handle.reset !== "function" ||
      !(internals._writeState instanceof Uint32Array)
    )
      throw new Error("zlib's handle is not shaped as this code expects");
    this.handle = handle as ZlibHandle;
    this.state = internals._writeState;
  }

  /** The gzip bytes of `input`, as zlib.gzipSync(input, { level }) gives them, in a body buffer. */
  compress(input: Uint8Array): Buffer {
    const tail = Math.min(WINDOW, input.length + ZEROED_TAIL);
    if (input.length < WINDOW && this.dirtyBetween(input.length, tail)) {
      this.deflate(zeros.subarray(0, tail));
      this.wrote(tail, false);
    }
    const length = this.deflate(input);
    this.wrote(Math.min(WINDOW, input.length), true);
    const body = takeBody(length);
    this.output.copy(body, 0, 0, length);
    if (this.output.length > OUTPUT_KEEP) this.output = Buffer.allocUnsafeSlow(64 * 1024);
    return body;
  }

  /** One whole gzip stream of `input` into this.output, the stream reset after it; its length. */
  private deflate(input: Uint8Array): number {
    const bound = gzipBound(input.length);
    if (this.output.length < bound) this.output = Buffer.allocUnsafeSlow(bound);
    this.handle.writeSync(
      zlib.constants.Z_FINISH,
      input,
      0,
      input.length,
      this.output,
      0,
      this.output.length,
    );
    const [outputLeft = 0, inputLeft = 0] = this.state;
    // With room for the bound, one call ends the stream; anything else is not understood.
    if (this.stream.destroyed || inputLeft !== 0 || outputLeft === 0)
      throw new Error("the reused gzip stream did not end in one write");
    this.handle.reset();
    return this.output.length - outputLeft;
  }

  /** Whether any of the window's bytes from `from` to `to` hold an earlier input's. */
  private dirtyBetween(from: number, to: number): boolean {
    let start = 0;
    for (const [end, dirty] of this.window) {
      if (dirty && start < to && end > from) return true;
      start = end;
    }
    return false;
  }

  /** Records that the window's first `end` bytes were written, with an input's bytes or zeros. */
  private wrote(end: number, dirty: boolean): void {
    const rest = this.window.filter(([e]) => e > end);
    const next = rest[0];
    // A run of the same kind right after is one with this.
    if (next?.[1] === dirty) this.window = [[next[0], dirty], ...rest.slice(1)];
    else this.window = [[end, dirty], ...rest];
  }
}

/** A sample to check a compressor against gzipSync: JSON-like text, repetitive and not. */
function sample(): Buffer {
  let text = "";
  for (let i = 0; i < 400; i++)
    text += `{"id":"claim-${i * 7919}","text":"Sentence ${(i * 31) % 97} – ‘quoted’ ${i}"},`;
  return Buffer.from(text);
}

/** One compressor per level, or null where it failed its check (gzipSync is used). */
const compressors = new Map<number, ReusedGzip | null>();

function compressorFor(level: number): ReusedGzip | null {
  let compressor = compressors.get(level);
  if (compressor !== undefined) return compressor;
  try {
    const candidate = new ReusedGzip(level);
    const input = sample();
    const expected = zlib.gzipSync(input, { level });
    // Twice: the second checks that reset leaves nothing of the first behind.
    const same = candidate.compress(input).equals(expected) && candidate.compress(input).equals(expected);
    compressor = same ? candidate : null;
  } catch {
    compressor = null;
  }
  compressors.set(level, compressor);
  return compressor;
}

/**
 * gzip at `level` with a compressor kept for the level: the bytes zlib.gzipSync gives. The result
 * is a body buffer (src/http/body-pool.ts: lent by the pool when 32 KiB or more).
 */
export function gzipReused(input: Uint8Array, level: number): Buffer {
  const compressor = compressorFor(level);
  if (compressor) {
    try {
      return compressor.compress(input);
    } catch {
      // Its state is unknown now, and what failed once may fail again: gzipSync from now on.
      compressors.set(level, null);
    }
  }
  return zlib.gzipSync(input, { level });
}

/** Whether gzip at `level` is made by a kept compressor (it passed its check), not by gzipSync. */
export function gzipIsReused(level: number): boolean {
  return compressorFor(level) !== null;
}
