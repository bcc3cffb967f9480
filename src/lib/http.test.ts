// Loading the application must not load undici (node's fetch): an ES module import of node:http
// reads its WebSocket getters, which do, for 14 MiB of resident memory (src/lib/http.ts).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../paths.ts";

describe("src/lib/http.ts", () => {
  it("the application loads without undici", { timeout: 60_000 }, () => {
    const loaded = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        "await import('./src/app.ts'); console.log(JSON.stringify(process.moduleLoadList.filter((m) => m.includes('undici'))))",
      ],
      { cwd: PROJECT_ROOT, encoding: "utf8" },
    );
    expect(JSON.parse(loaded.trim().split("\n").at(-1) ?? "null")).toEqual([]);
  });
});
