/**
 * Validators of the emitted schema files other than zod, for tests that prove the files work as
 * they are: Ajv (JavaScript) and Python's jsonschema.
 *
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readJson, schemaAjv, schemaFiles } from "../../../../tests/support/schemas.js";

type ValidateFunction = (instance: unknown) => boolean;

/** Ajv (draft 2020-12, strict) over every schema file of `dir`, by path under it. */
export function ajvValidators(dir: string): Map<string, ValidateFunction> {
  const ajv = schemaAjv(dir, { allErrors: false });
  return new Map(
    schemaFiles(dir).map((file) => {
      const path = relative(dir, file);
      const validate = ajv.getSchema((readJson(file) as { $id: string }).$id);
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

/** What Python's jsonschema tells a user about one instance: its best match, and how many errors in all. */
export interface PythonExplanation {
  readonly valid: boolean;
  readonly path: (string | number)[];
  readonly message: string;
  readonly errors: number;
}

/** Python jsonschema's best match and error count for each case, in one process. */
export function pythonExplanations(python: string, dir: string, cases: readonly Case[]): PythonExplanation[] {
  const script = fileURLToPath(new URL("./python-validate.py", import.meta.url));
  const output = execFileSync(python, [script], {
    input: JSON.stringify({ schemas_dir: dir, cases, explain: true }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as PythonExplanation[];
}
