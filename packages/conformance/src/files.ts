/**
 * The suite's files: the vectors and their schema as the build writes them, and the lists of
 * testees and vectors as the runner reads them.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ErrataBaseError } from "@errata/catalog";
import type { VectorsFile } from "./protocol.js";
import type { Testee } from "./runner.js";
import { buildVectors } from "./vectors.js";
import { VECTORS_SCHEMA } from "./vectors-schema.js";

/** Where the build writes the vectors, under the repository's `schemas/`. */
export const VECTORS_DIR = "conformance";

/** The files of `schemas/conformance/`: name → content. */
export async function vectorArtifacts(): Promise<Map<string, string>> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    ["vectors.json", json(await buildVectors())],
    ["vectors.schema.json", json(VECTORS_SCHEMA)],
  ]);
}

/** A problem with a file the runner was given. */
export class ConformanceFileError extends ErrataBaseError {
  declare readonly name: "ConformanceFileError";
}
Object.defineProperty(ConformanceFileError.prototype, "name", {
  value: "ConformanceFileError",
  writable: true,
  configurable: true,
});

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConformanceFileError(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads a vectors file, checking its outline (the schema says the rest). */
export function readVectors(file: string): VectorsFile {
  const value = readJson(file) as Partial<VectorsFile>;
  if (!Array.isArray(value?.vectors)) throw new ConformanceFileError(`${file}: no "vectors" array: not a vectors file`);
  if (value.protocol !== 1)
    throw new ConformanceFileError(`${file}: protocol ${String(value.protocol)}; this runner speaks protocol 1`);
  return value as VectorsFile;
}

/**
 * Reads `testees.json`: language → `{command, cwd}`, `cwd` relative to the repository's root (the
 * folder above the file's `packages/conformance/`).
 */
export function readTestees(file: string, root = resolve(dirname(file), "../..")): Testee[] {
  const value = readJson(file);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ConformanceFileError(`${file}: must map each language to {"command": [...], "cwd": "..."}`);
  return Object.entries(value as Record<string, { command?: unknown; cwd?: unknown }>).map(([name, entry]) => {
    const { command, cwd } = entry ?? {};
    if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === "string"))
      throw new ConformanceFileError(`${file}: ${name}.command must be a non-empty list of strings`);
    if (cwd !== undefined && typeof cwd !== "string")
      throw new ConformanceFileError(`${file}: ${name}.cwd must be a string`);
    return { name, command: command as string[], cwd: resolve(root, cwd ?? ".") };
  });
}
