/**
 * The size of a browser bundle of the client, as two bundlers make it, minified and gzipped (-9):
 * - rollup, then esbuild's minifier, as Vite builds for production: a module reached by an import
 *   nothing uses is left out of the chunk that imports it (`"sideEffects": false`), so the parse
 *   core that `fromResponse` imports on demand is a chunk of its own, loaded with the first body;
 * - esbuild with `splitting`: esbuild assigns whole files to chunks, and a file reached by an import
 *   nothing uses still counts, so `@errata/client`'s `fromBody` keeps the parse core up front there;
 *   `@errata/client/fetch`, without `fromBody`, leaves it to the chunk loaded with the first body;
 * - esbuild alone: one file, everything reached in it, the parse core imported on demand included.
 *
 * Used by `pnpm bench` and by `pnpm bench:scale` (on its grown copy of the repository).
 *
 * @module
 */
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform } from "esbuild";
import { rollup } from "rollup";

/** The core, as a consumer imports it from the built package: `fromResponse` + `retryDecision`. */
export const CORE = 'export { fromResponse, retryDecision } from "@errata/client";';
/** The core from the entry without `fromBody`, which leaves the parse core out of esbuild's up-front chunks. */
export const CORE_FETCH = 'export { fromResponse, retryDecision } from "@errata/client/fetch";';

/** Bytes of a bundle: minified, and gzipped at level 9. */
export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

/** A split bundle: what a page loads up front, and what it loads on demand. */
export interface SplitSize {
  readonly upFront: Size;
  readonly onDemand: Size;
}

/** The minified chunks of a split bundle: those a page loads up front, and the others. */
export interface SplitChunks {
  readonly upFront: readonly string[];
  readonly onDemand: readonly string[];
}

const sizeOf = (code: string | Uint8Array): Size => ({
  raw: typeof code === "string" ? Buffer.byteLength(code) : code.length,
  gzip: gzipSync(code, { level: 9 }).length,
});

const sum = (sizes: readonly Size[]): Size => ({
  raw: sizes.reduce((total, size) => total + size.raw, 0),
  gzip: sizes.reduce((total, size) => total + size.gzip, 0),
});

/** `contents`, a module in `resolveDir`, bundled by esbuild into one minified file. */
export async function esbuildBundle(contents: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  return (result.outputFiles[0] as { text: string }).text;
}

/** {@link esbuildBundle}'s size. */
export async function esbuildSize(contents: string, resolveDir: string): Promise<Size> {
  return sizeOf(await esbuildBundle(contents, resolveDir));
}

/** The chunk files of a bundle, with the files each imports statically and whether it is the entry. */
interface Chunk {
  readonly code: string;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
}

/** The chunks a page loads up front (the entry, and what it imports statically), and the others. */
function splitChunks(chunks: ReadonlyMap<string, Chunk>): SplitChunks {
  const upFront = new Set<string>();
  const visit = (name: string) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
  const all = [...chunks];
  return {
    upFront: all.filter(([name]) => upFront.has(name)).map(([, chunk]) => chunk.code),
    onDemand: all.filter(([name]) => !upFront.has(name)).map(([, chunk]) => chunk.code),
  };
}

/**
 * `contents`, a module in `resolveDir`, bundled by esbuild for a browser with `splitting`, minified:
 * the entry chunk with the chunks it imports statically, and every other chunk.
 */
export async function esbuildChunks(contents: string, resolveDir: string): Promise<SplitChunks> {
  const entry = join(resolveDir, "bundle-entry.js");
  const result = await build({
    entryPoints: [entry],
    plugins: [
      {
        // Not a file: served here, and imports in it resolve from `resolveDir`.
        name: "entry",
        setup(plugin) {
          plugin.onResolve({ filter: /bundle-entry\.js$/ }, (args) =>
            args.path === entry ? { path: entry, namespace: "entry" } : undefined,
          );
          plugin.onLoad({ filter: /.*/, namespace: "entry" }, () => ({ contents, resolveDir, loader: "ts" }));
        },
      },
    ],
    bundle: true,
    splitting: true,
    minify: true,
    write: false,
    metafile: true,
    outdir: join(resolveDir, "bundle-out"),
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  const outputs = result.metafile?.outputs ?? {};
  const chunks = new Map<string, Chunk>();
  for (const file of result.outputFiles) {
    // The metafile names outputs relative to the working directory.
    const [name, meta] = Object.entries(outputs).find(([path]) => resolve(path) === file.path) ?? [];
    if (name === undefined || meta === undefined)
      throw new Error(`esbuild wrote ${file.path}, which its metafile does not list`);
    chunks.set(name, {
      code: file.text,
      imports: meta.imports.filter((i) => i.kind === "import-statement").map((i) => i.path),
      // esbuild counts each file imported on demand as an entry point too: only ours is the page's.
      isEntry: meta.entryPoint === `entry:${entry}`,
    });
  }
  return splitChunks(chunks);
}

/** {@link esbuildChunks}' sizes, each chunk gzipped on its own (each is a request of its own). */
export async function esbuildSplitSize(contents: string, resolveDir: string): Promise<SplitSize> {
  const { upFront, onDemand } = await esbuildChunks(contents, resolveDir);
  return { upFront: sum(upFront.map(sizeOf)), onDemand: sum(onDemand.map(sizeOf)) };
}

/**
 * `contents`, a module in `resolveDir`, bundled by rollup for a browser with each chunk minified by
 * esbuild: the entry chunk with the chunks it imports statically, and every other chunk.
 */
export async function rollupChunks(contents: string, resolveDir: string): Promise<SplitChunks> {
  // Not a file: the plugin below serves it, and imports in it resolve from `resolveDir`.
  const entry = join(resolveDir, "bundle-entry.js");
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: "entry", resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? contents : null) },
      nodeResolve({ browser: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  const chunks = new Map<string, Chunk>();
  for (const chunk of output) {
    if (chunk.type !== "chunk") continue;
    const { code } = await transform(chunk.code, { minify: true, format: "esm", loader: "js" });
    chunks.set(chunk.fileName, { code, imports: chunk.imports, isEntry: chunk.isEntry });
  }
  return splitChunks(chunks);
}

/** {@link rollupChunks}' sizes, each chunk gzipped on its own (each is a request of its own). */
export async function rollupSize(contents: string, resolveDir: string): Promise<SplitSize> {
  const { upFront, onDemand } = await rollupChunks(contents, resolveDir);
  return { upFront: sum(upFront.map(sizeOf)), onDemand: sum(onDemand.map(sizeOf)) };
}
