/**
 * The one build every npm package of the repository makes with tsup: each package's
 * `tsup.config.ts` is a call to these with its entries.
 */
import type { Options } from "tsup";

/** Every build runs on the Node versions the packages support (`engines`: Node 20 and later). */
const COMMON = { sourcemap: true, target: "node20" } as const satisfies Options;

/**
 * An entry whose name starts with `_` is built but not exported: it only shapes the chunks. A
 * bundler splits chunks by file, and a module imported on demand shares a chunk with every module
 * reached from the same entries; an entry of its own reaching the modules that must load up front
 * keeps them in a chunk apart.
 */
export const CHUNK_ENTRY = /^_/;

/**
 * A library's entries: ESM and CommonJS in a freshly cleaned `dist/`, each exported entry with its
 * declarations (a chunk-shaping entry has no importer to type).
 */
export function libraryBuild(entry: Record<string, string>, options: Options = {}): Options {
  const exported = Object.fromEntries(Object.entries(entry).filter(([name]) => !CHUNK_ENTRY.test(name)));
  return { ...COMMON, entry, format: ["esm", "cjs"], dts: { entry: exported }, clean: true, ...options };
}

/** A program's entries (a command line, a testee): ESM only, run rather than imported, so no declarations. */
export function programBuild(entry: Record<string, string>, options: Options = {}): Options {
  return { ...COMMON, entry, format: ["esm"], ...options };
}
