// The node flags and environment `npm start` runs the server with (package.json's start script),
// so that the benches measure the server as it is run, memory settings included.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/paths.ts";

interface StartCommand {
  /** Variables set for node on the command line (`NAME=value node …`). */
  env: Record<string, string>;
  flags: string[];
}

function startCommand(): StartCommand {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const match = /((?:\b[A-Z][A-Z0-9_]*=\S+\s+)*)\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/server\.js\b/.exec(
    pkg.scripts.start ?? "",
  );
  if (!match) throw new Error("package.json's start script does not run `node … dist/server.js`");
  const env: Record<string, string> = {};
  for (const assignment of (match[1] ?? "").split(/\s+/).filter(Boolean)) {
    const [name = "", ...value] = assignment.split("=");
    env[name] = value.join("=");
  }
  return { env, flags: (match[2] ?? "").split(/\s+/).filter(Boolean) };
}

export function startNodeFlags(): string[] {
  return startCommand().flags;
}

/** The environment variables the start script sets for node (MALLOC_ARENA_MAX). */
export function startEnv(): Record<string, string> {
  return startCommand().env;
}
