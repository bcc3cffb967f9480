// Loaded into the server by `npm run bench:memory` only (node --import, with an IPC channel),
// never by `npm start`: answers a message { type: "memory" } with where the process's memory
// is (process.memoryUsage, V8's heap spaces, /proc/self/smaps_rollup), after a full garbage
// collection when asked ({ gc: true }), and writes a heap snapshot when asked ({ type:
// "snapshot", path }). The server itself has no debug endpoint.
import { readFileSync } from "node:fs";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

if (process.send) {
  process.on("message", (message) => {
    if (message?.type === "memory") {
      if (message.gc) {
        v8.setFlagsFromString("--expose-gc");
        runInNewContext("gc")();
      }
      process.send({
        type: "memory",
        usage: process.memoryUsage(),
        heap: v8.getHeapStatistics(),
        spaces: v8.getHeapSpaceStatistics(),
        smaps: readFileSync("/proc/self/smaps_rollup", "utf8"),
        mappings: anonymousMappings(),
      });
    } else if (message?.type === "snapshot") {
      process.send({ type: "snapshot", path: v8.writeHeapSnapshot(message.path) });
    }
  });
  // The channel must not keep the server alive once it is asked to stop.
  process.channel?.unref();
}

/**
 * The resident kibibytes of anonymous memory by kind of mapping: glibc's main arena ([heap]),
 * the 64 MiB-aligned heaps of its other arenas, and everything else (V8's pages, large
 * allocations malloc maps on their own, thread stacks, WebAssembly).
 */
function anonymousMappings() {
  const out = { brk: 0, arenas: 0, other: 0, file: 0 };
  let kind = "file";
  for (const line of readFileSync("/proc/self/smaps", "utf8").split("\n")) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (head) {
      const size = (Number.parseInt(head[2], 16) - Number.parseInt(head[1], 16)) / 1024;
      const name = head[4];
      if (name === "[heap]") kind = "brk";
      else if (name !== "" && !name.startsWith("[anon")) kind = "file";
      // A glibc arena heap reserves 64 MiB (HEAP_MAX_SIZE), aligned, and grows within it.
      else if (size === 65536 || Number.parseInt(head[1], 16) % (64 * 1048576) === 0) kind = "arenas";
      else kind = "other";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]);
  }
  return out;
}
