// The container files, checked without a Docker engine (none runs here): docker-compose.yml is
// parsed and its services, ports, healthchecks and hardening checked; the Dockerfile's stages,
// user, healthcheck and seed step are read; what it copies must exist and not be dockerignored;
// and both healthcheck commands are run against a listening server.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startEnv, startNodeFlags } from "../bench/start-flags.ts";
import { createTestApp, ROOT, type TestContext } from "./helpers.ts";

interface Healthcheck {
  test: string[] | string;
  interval?: string;
  timeout?: string;
  retries?: number;
}
interface Service {
  build?: string | { context: string };
  image?: string;
  ports?: string[];
  expose?: string[];
  profiles?: string[];
  read_only?: boolean;
  tmpfs?: string[];
  security_opt?: string[];
  cap_drop?: string[];
  healthcheck?: Healthcheck;
  deploy?: { replicas?: number };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}
interface ComposeFile {
  services: Record<string, Service>;
}

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
// Merge keys (`<<: *api`) share one hardened definition between the single API and its replicas.
const compose = parse(read("docker-compose.yml"), { merge: true }) as ComposeFile;
const dockerfile = read("Dockerfile");
const nginxConf = read("deploy/nginx.conf");
const dockerignore = read(".dockerignore")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

/** Dockerfile instructions, with line continuations joined. */
const instructions = dockerfile
  .replace(/\\\n/g, " ")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

function service(name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** The JavaScript of a `node -e` healthcheck, from compose's exec form. */
function healthcheckScript(check: Healthcheck | undefined): string {
  const test = Array.isArray(check?.test) ? check.test : [];
  expect(test.slice(0, 3)).toEqual(["CMD", "node", "-e"]);
  return test[3] ?? "";
}

/** Runs a healthcheck asynchronously: a blocking child would stall the server it probes. */
async function runHealthcheck(script: string, env: Record<string, string> = {}): Promise<number> {
  try {
    await promisify(execFile)(process.execPath, ["-e", script], {
      env: { ...process.env, ...env },
      timeout: 10_000,
    });
    return 0;
  } catch (error) {
    const code = (error as { code?: number | string }).code;
    return typeof code === "number" ? code : -1;
  }
}

function expectHardened(name: string): void {
  const s = service(name);
  expect(s.read_only, `${name}: read_only`).toBe(true);
  expect(s.tmpfs, `${name}: tmpfs`).toContain("/tmp");
  expect(s.security_opt, `${name}: security_opt`).toContain("no-new-privileges:true");
  expect(s.cap_drop, `${name}: cap_drop`).toEqual(["ALL"]);
}

describe("docker-compose.yml", () => {
  it("runs one API on port 3000, built from this repository, with a readiness healthcheck", () => {
    const api = service("api");
    expect(api.build).toBe(".");
    expect(api.profiles).toBeUndefined();
    expect(api.ports).toEqual(["3000:3000"]);
    expect(healthcheckScript(api.healthcheck)).toContain("http://127.0.0.1:3000/readyz");
    expect(api.healthcheck).toMatchObject({ interval: expect.any(String), retries: expect.any(Number) });
  });

  it("runs the API with a read-only root file system, no privileges and no capabilities", () => {
    expectHardened("api");
    expectHardened("api-replica");
  });

  it("has a `scaled` profile: three replicas behind nginx, which alone publishes a port", () => {
    const replicas = service("api-replica");
    expect(replicas.profiles).toEqual(["scaled"]);
    expect(replicas.deploy?.replicas).toBe(3);
    // A replicated service cannot publish a fixed host port; nginx is the way in.
    expect(replicas.ports).toBeUndefined();
    expect(replicas.healthcheck).toEqual(service("api").healthcheck);

    const nginx = service("nginx");
    expect(nginx.profiles).toEqual(["scaled"]);
    expect(nginx.image).toMatch(/^nginx:1\.(2[89]|[3-9]\d)/);
    expect(nginx.ports).toEqual(["8080:80"]);
    expect(nginx.volumes).toContain("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
    expect(nginx.depends_on).toEqual({ "api-replica": { condition: "service_healthy" } });
    expect(nginx.healthcheck?.test).toEqual(expect.arrayContaining(["CMD"]));
    expect(nginx.read_only).toBe(true);
  });

  it("mounts an nginx.conf that balances over the replicas and passes conditional requests", () => {
    expect(nginxConf).toMatch(/upstream kuril_kg \{[^}]*server api-replica:3000 resolve/);
    expect(nginxConf).toContain("resolver 127.0.0.11");
    expect(nginxConf).toContain("proxy_pass http://kuril_kg;");
    expect(nginxConf).toContain("proxy_set_header If-None-Match $http_if_none_match;");
    expect(nginxConf).toContain("proxy_pass_header ETag;");
    expect(nginxConf).toContain("proxy_set_header X-Forwarded-For");
    // gzip at the proxy would weaken the API's strong ETags.
    expect(nginxConf).not.toMatch(/^\s*gzip on;/m);
  });
});

describe("Dockerfile", () => {
  it("builds on node:24-slim in two stages and runs as the non-root node user", () => {
    const from = instructions.filter((line) => line.startsWith("FROM "));
    expect(from).toEqual(["FROM node:24-slim AS build", "FROM node:24-slim AS runtime"]);
    const users = instructions.filter((line) => line.startsWith("USER "));
    expect(users.at(-1)).toBe("USER node");
    const runtime = instructions.slice(instructions.indexOf("FROM node:24-slim AS runtime"));
    expect(runtime.some((line) => line.startsWith("RUN "))).toBe(false);
  });

  it("compiles better-sqlite3, seeds the database at build time and keeps production dependencies only", () => {
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends python3 make g\+\+/);
    expect(instructions).toContain("RUN npm run db:seed");
    expect(dockerfile).toMatch(/RUN npm ci\b/);
    expect(instructions).toContain("RUN npm prune --omit=dev");
    expect(dockerfile).toContain("COPY --from=build /app/data/kuril-kg.sqlite ./data/kuril-kg.sqlite");
    // The server runs as the bundle `npm run build` writes, copied into the runtime stage.
    expect(instructions).toContain("RUN npm run build");
    expect(dockerfile).toContain("COPY --from=build /app/dist ./dist");
  });

  it("serves from the built database without seeding or writing, on 0.0.0.0:3000", () => {
    const env = instructions.filter((line) => line.startsWith("ENV ")).join(" ");
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
    expect(env).toMatch(/SEED_ON_START=false/);
    expect(env).toMatch(/DATABASE_PATH=\/app\/data\/kuril-kg\.sqlite/);
    expect(instructions).toContain("EXPOSE 3000");
    // node itself, with the flags `npm start` gives it (the memory bound among them).
    const flags = startNodeFlags();
    expect(flags).toEqual(["--max-semi-space-size=2", "--heap-growing-percent=50"]);
    // and the environment it sets for node (the malloc arenas among it).
    expect(startEnv()).toMatchObject({ MALLOC_ARENA_MAX: "2" });
    for (const [name, value] of Object.entries(startEnv())) expect(env).toContain(`${name}=${value}`);
    expect(instructions.find((line) => line.startsWith("CMD "))).toBe(
      `CMD [${["node", ...flags, "dist/server.js"].map((part) => JSON.stringify(part)).join(", ")}]`,
    );
  });

  it("copies only files that exist and that .dockerignore lets through", () => {
    const sources = instructions
      .filter((line) => line.startsWith("COPY ") && !line.includes("--from="))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources).toEqual(
      expect.arrayContaining(["package.json", "package-lock.json", "src", "migrations", "seed"]),
    );
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), `${source} exists`).toBe(true);
      expect(dockerignore, `${source} is not dockerignored`).not.toContain(source);
    }
    for (const heavy of ["node_modules", "data", ".git"]) expect(dockerignore).toContain(heavy);
  });

  // The image builds the server bundle from its context: a file of the project the bundle reads
  // that is left out of it (openapi/examples.json was, as openapi/ is dockerignored) fails
  // `RUN npm run build` in the image only.
  it("copies every file of the project that the server bundle reads", async () => {
    const { metafile } = await esbuild.build({
      entryPoints: [join(ROOT, "src", "server.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      write: false,
      metafile: true,
      logLevel: "silent",
      absWorkingDir: ROOT,
    });
    const copied = instructions
      .filter((line) => line.startsWith("COPY ") && !line.includes("--from="))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    const inputs = Object.keys(metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
    expect(inputs).toContain("src/server.ts");
    for (const file of inputs) {
      expect(
        copied.some((source) => file === source || file.startsWith(`${source}/`)),
        `${file} is copied into the image`,
      ).toBe(true);
      expect(dockerignored(file), `${file} is not dockerignored`).toBe(false);
    }
  });
});

/**
 * Whether .dockerignore leaves a path (relative to the context) out: the last pattern that
 * matches it decides, "!" letting it back in. Patterns are paths or a root-level "*.ext".
 */
function dockerignored(file: string): boolean {
  let out = false;
  for (const line of dockerignore) {
    const negated = line.startsWith("!");
    const pattern = negated ? line.slice(1) : line;
    const matches = pattern.startsWith("*.")
      ? !file.includes("/") && file.endsWith(pattern.slice(1))
      : file === pattern || file.startsWith(`${pattern}/`);
    if (matches) out = !negated;
  }
  return out;
}

describe("the healthcheck commands", () => {
  let ctx: TestContext;
  let port: number;

  beforeAll(async () => {
    ctx = await createTestApp();
    await ctx.app.listen({ host: "127.0.0.1", port: 0 });
    port = (ctx.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it("compose's passes against a ready server and fails when nothing listens", async () => {
    const script = healthcheckScript(service("api").healthcheck);
    expect(await runHealthcheck(script.replace("127.0.0.1:3000", `127.0.0.1:${port}`))).toBe(0);
    expect(await runHealthcheck(script.replace("127.0.0.1:3000", "127.0.0.1:9"))).toBe(1);
  });

  it("the Dockerfile's passes against a ready server on $PORT", async () => {
    const healthcheck = instructions.find((line) => line.startsWith("HEALTHCHECK "));
    const exec = healthcheck?.match(/CMD (\[.*\])$/)?.[1];
    const [node, flag, script] = JSON.parse(exec ?? "[]") as string[];
    expect([node, flag]).toEqual(["node", "-e"]);
    expect(script).toContain("/readyz");
    expect(await runHealthcheck(script ?? "", { PORT: String(port) })).toBe(0);
  });
});
