/**
 * Everything `errata emit` writes, as a table of small emitters keyed by the file they make.
 *
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CATALOG_FILE_SCHEMA } from "@errata/catalog/file";
import { catalogJson } from "@errata/catalog/zod";
import { jsonSchemas } from "./json-schema.js";

/** Path under the output folder → file content. */
export type Artifacts = Map<string, string>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file of `schemas/`, from the catalogue as it is now. */
export function schemaArtifacts(): Artifacts {
  const files: Artifacts = new Map();
  for (const [path, schema] of jsonSchemas()) files.set(path, json(schema));
  files.set("catalog.json", json(catalogJson()));
  files.set("catalog.schema.json", json(CATALOG_FILE_SCHEMA));
  return files;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function listOrEmpty(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/**
 * The paths under `dir` that differ from `files`: changed or missing files, and, in every
 * subfolder the artifacts write into (such as `errors/`), schema files that are not artifacts any
 * more. Other files there are left alone: `errata docs` writes each dialect's `openapi.json` beside
 * its schemas.
 */
export function staleArtifacts(dir: string, files: Artifacts): string[] {
  const stale = [...files].filter(([path, content]) => readOrUndefined(join(dir, path)) !== content).map(([p]) => p);
  const folders = new Set([...files.keys()].map(dirname).filter((folder) => folder !== "."));
  for (const folder of folders) {
    for (const name of listOrEmpty(join(dir, folder))) {
      if (name.endsWith(".schema.json") && !files.has(`${folder}/${name}`)) stale.push(`${folder}/${name}`);
    }
  }
  return stale;
}

/** Brings `dir` up to date with `files`; returns the paths it wrote or removed. */
export function writeArtifacts(dir: string, files: Artifacts): string[] {
  const stale = staleArtifacts(dir, files);
  for (const path of stale) {
    const content = files.get(path);
    const target = join(dir, path);
    if (content === undefined) {
      rmSync(target);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return stale;
}
