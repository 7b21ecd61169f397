/**
 * The size of a browser bundle of the client, as two bundlers make it, minified and gzipped (-9):
 * - rollup, then esbuild's minifier, as Vite builds for production: a module reached by an import
 *   nothing uses is left out of the chunk that imports it (`"sideEffects": false`), so the parse
 *   core that `fromResponse` imports on demand is a chunk of its own, loaded with the first body;
 * - esbuild alone: one file, everything reached in it. esbuild splits chunks by file and keeps a
 *   file reached by an unused import in the importer's chunk, so `@errata/client`'s `fromBody`
 *   keeps the parse core up front there (a split would change nothing).
 *
 * Used by `pnpm bench` and by `pnpm bench:scale` (on its grown copy of the repository).
 *
 * @module
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform } from "esbuild";
import { type OutputChunk, rollup } from "rollup";

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

/** The minified chunks of a split bundle: those a page loads up front, and the others. */
export interface SplitChunks {
  readonly upFront: readonly string[];
  readonly onDemand: readonly string[];
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
  const chunks = new Map(
    output.filter((file): file is OutputChunk => file.type === "chunk").map((chunk) => [chunk.fileName, chunk]),
  );
  const upFront = new Set<string>();
  const visit = (name: string) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const minified = await Promise.all(
    [...chunks.values()].map(async (chunk) => {
      const { code } = await transform(chunk.code, { minify: true, format: "esm", loader: "js" });
      return [chunk.fileName, code] as const;
    }),
  );
  return {
    upFront: minified.filter(([name]) => upFront.has(name)).map(([, code]) => code),
    onDemand: minified.filter(([name]) => !upFront.has(name)).map(([, code]) => code),
  };
}

/** {@link rollupChunks}' sizes, each chunk gzipped on its own (each is a request of its own). */
export async function rollupSize(contents: string, resolveDir: string): Promise<SplitSize> {
  const { upFront, onDemand } = await rollupChunks(contents, resolveDir);
  return { upFront: sum(upFront.map(sizeOf)), onDemand: sum(onDemand.map(sizeOf)) };
}
