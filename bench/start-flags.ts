// The node flags `npm start` runs the server with (package.json's start script), so that the
// benches measure the server as it is run, memory settings included.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/paths.ts";

export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/server\.js\b/.exec(pkg.scripts.start ?? "");
  if (!match) throw new Error("package.json's start script does not run `node … dist/server.js`");
  return (match[1] ?? "").split(/\s+/).filter(Boolean);
}
