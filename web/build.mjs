// @ts-check
// Builds the web explorer into dist/web: esbuild bundles web/src (code-split, so the graph
// library loads only on the graph page) into content-hashed files under assets/, index.html is
// written with their names, and every text file gets .br and .gz twins that the server sends
// to clients that accept them (no compression work per request).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import * as esbuild from "esbuild";

const WEB = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUTDIR = join(WEB, "..", "dist", "web");

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * @param {{ outdir?: string }} [options]
 * @returns {Promise<{ outdir: string, files: string[] }>}
 */
export async function buildExplorer({ outdir = DEFAULT_OUTDIR } = {}) {
  // A fresh staging folder renamed into place would race with a server reading it; the names
  // are content-hashed, so writing over the old build is safe.
  await rm(join(outdir, "assets"), { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { app: join(WEB, "src", "main.tsx") },
    bundle: true,
    splitting: true,
    format: "esm",
    target: ["es2022"],
    minify: true,
    sourcemap: "linked",
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: join(outdir, "assets"),
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    metafile: true,
    legalComments: "linked",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint?.endsWith("main.tsx") && !o.entryPoint.endsWith(".css"));
  if (!entry) throw new Error("web build: no entry output");
  const [entryJs, entryMeta] = entry;
  const entryCss = entryMeta.cssBundle;
  const toUrl = (/** @type {string} */ file) => `/assets/${basename(file)}`;

  // The chunks the entry imports statically are fetched at once, not after the entry is parsed.
  const preloads = entryMeta.imports
    .filter((i) => i.kind === "import-statement" && !i.external)
    .map((i) => `<link rel="modulepreload" href="${toUrl(i.path)}">`);
  const template = await readFile(join(WEB, "index.html"), "utf8");
  const html = template
    .replace("<!--css-->", entryCss ? `<link rel="stylesheet" href="${toUrl(entryCss)}">` : "")
    .replace(
      "<!--js-->",
      [`<script type="module" src="${toUrl(entryJs)}"></script>`, ...preloads].join("\n"),
    );
  await mkdir(outdir, { recursive: true });
  await writeFile(join(outdir, "index.html"), html);

  const files = [join(outdir, "index.html"), ...outputs.map(([file]) => file)];
  await Promise.all(
    files
      .filter((file) => /\.(html|js|css|svg)$/.test(file))
      .map(async (file) => {
        const bytes = await readFile(file);
        const [br, gzipped] = await Promise.all([
          brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          gz(bytes, { level: 9 }),
        ]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
      }),
  );
  return { outdir, files: files.map((file) => relative(outdir, file)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { files } = await buildExplorer();
  console.log(`web explorer: ${files.length} files in ${Math.round(performance.now() - started)} ms`);
}
