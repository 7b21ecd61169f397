/**
 * Test support shared by every package: where the repository's `schemas/` folder is, and one Ajv
 * (draft 2020-12, strict) holding its schema files, found by `$id`.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMAS_DIR = join(ROOT, "schemas");

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Every schema file of a schemas folder, at any depth, leaving out released snapshots. */
export function schemaFiles(dir: string = SCHEMAS_DIR): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "released") walk(path);
      } else if (entry.name.endsWith(".schema.json")) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** An Ajv (draft 2020-12, strict) holding every schema file of the folder, found by `$id`. */
export function schemaAjv(dir: string = SCHEMAS_DIR, options: { allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: options.allErrors ?? true });
  for (const file of schemaFiles(dir)) ajv.addSchema(readJson(file) as object);
  return ajv;
}
