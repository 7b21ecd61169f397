/**
 * Validators of the emitted schema files other than zod, for tests that prove the files work as
 * they are: Ajv (JavaScript) and Python's jsonschema.
 *
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

type ValidateFunction = (instance: unknown) => boolean;

function schemaFiles(dir: string): Map<string, Record<string, unknown>> {
  const files = new Map<string, Record<string, unknown>>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== "released") walk(path);
      else if (entry.name.endsWith(".schema.json")) files.set(relative(dir, path), JSON.parse(readFileSync(path, "utf8")));
    }
  };
  walk(dir);
  return files;
}

/** Ajv (draft 2020-12, strict) over every schema file of `dir`, by path under it. */
export function ajvValidators(dir: string): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  const files = schemaFiles(dir);
  for (const schema of files.values()) ajv.addSchema(schema);
  return new Map(
    [...files].map(([path, schema]) => {
      const validate = ajv.getSchema(schema.$id as string);
      if (!validate) throw new Error(`Ajv could not compile ${path}`);
      return [path, (instance: unknown) => validate(instance) as boolean];
    }),
  );
}

/** The Python interpreter that has jsonschema: Debian's first (python3-jsonschema), then PATH's. */
export function findPython(): string | undefined {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import jsonschema"], { stdio: "ignore" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

export interface Case {
  readonly schema: string;
  readonly instance: unknown;
}

/** Python jsonschema's verdict on each case, in one process. */
export function pythonVerdicts(python: string, dir: string, cases: readonly Case[]): boolean[] {
  const script = fileURLToPath(new URL("./python-validate.py", import.meta.url));
  const output = execFileSync(python, [script], {
    input: JSON.stringify({ schemas_dir: dir, cases }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as boolean[];
}
