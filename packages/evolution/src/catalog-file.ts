/**
 * Reads a `catalog.json` (the emitted catalogue) and checks that it is one, so that a diff never
 * runs on a file it would misread.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { CODE_PATTERN } from "@errata/catalog";

/** A JSON Schema, as `catalog.json` carries one for each field. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** One type (category) of a `catalog.json`. */
export interface CatalogFileType {
  readonly status: number;
  readonly retry: string;
  readonly title?: string;
  readonly description?: string;
}

/** One code of a `catalog.json`, as far as a diff reads it. */
export interface CatalogFileError {
  readonly code: string;
  readonly type: string;
  readonly status: number;
  readonly retry: string;
  readonly retry_after?: number;
  readonly owner_facing?: boolean;
  readonly title?: string;
  readonly description?: string;
  readonly fix?: string;
  readonly message?: string;
  readonly doc_url?: string;
  readonly fields: { readonly [name: string]: JsonSchema };
  readonly required: readonly string[];
  readonly required_when?: { readonly field: string; readonly equals: string; readonly required: readonly string[] };
  readonly deprecated?: { readonly replacement?: string; readonly reason: string };
  readonly example?: unknown;
}

/** A `catalog.json`, as emitted by `errata emit`. */
export interface CatalogFile {
  readonly version?: string;
  readonly types: { readonly [name: string]: CatalogFileType };
  readonly errors: readonly CatalogFileError[];
}

/** Thrown when a file cannot be read as a catalogue; the message names the file and the problem. */
export class CatalogReadError extends Error {
  override readonly name = "CatalogReadError";
  constructor(
    readonly file: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks that `value` has the shape of a `catalog.json` and returns it typed.
 * Throws a {@link CatalogReadError} naming `file` and the first member that is wrong.
 */
export function parseCatalog(value: unknown, file: string): CatalogFile {
  const fail = (problem: string): never => {
    throw new CatalogReadError(file, `not a catalogue: ${problem}`);
  };
  if (!isObject(value)) return fail("expected a JSON object with `types` and `errors`.");
  if (value.version !== undefined && typeof value.version !== "string") fail("`version` is not a string.");
  if (!isObject(value.types)) fail("`types` is not an object.");
  for (const [name, type] of Object.entries(value.types as Record<string, unknown>)) {
    if (!isObject(type)) fail(`types.${name} is not an object.`);
    const t = type as Record<string, unknown>;
    if (!Number.isInteger(t.status)) fail(`types.${name}.status is not an integer.`);
    if (typeof t.retry !== "string") fail(`types.${name}.retry is not a string.`);
  }
  if (!Array.isArray(value.errors)) fail("`errors` is not an array.");
  const seen = new Set<string>();
  (value.errors as unknown[]).forEach((entry, i) => {
    const at = `errors[${i}]`;
    if (!isObject(entry)) return fail(`${at} is not an object.`);
    if (typeof entry.code !== "string" || entry.code === "") return fail(`${at}.code is not a non-empty string.`);
    const named = `${at} (${entry.code})`;
    if (!CODE_PATTERN.test(entry.code)) fail(`${at}.code ${JSON.stringify(entry.code)} does not match ${CODE_PATTERN}.`);
    if (seen.has(entry.code)) fail(`${named}: the code appears twice.`);
    seen.add(entry.code);
    if (typeof entry.type !== "string") fail(`${named}.type is not a string.`);
    if (!Number.isInteger(entry.status)) fail(`${named}.status is not an integer.`);
    if (typeof entry.retry !== "string") fail(`${named}.retry is not a string.`);
    if (entry.retry_after !== undefined && typeof entry.retry_after !== "number") fail(`${named}.retry_after is not a number.`);
    if (!isObject(entry.fields)) fail(`${named}.fields is not an object.`);
    for (const [field, schema] of Object.entries(entry.fields as Record<string, unknown>)) {
      if (!isObject(schema) && typeof schema !== "boolean") fail(`${named}.fields.${field} is not a JSON Schema.`);
    }
    if (!Array.isArray(entry.required) || entry.required.some((name) => typeof name !== "string")) {
      fail(`${named}.required is not an array of field names.`);
    }
    const rule = entry.required_when;
    if (
      rule !== undefined &&
      !(isObject(rule) && typeof rule.field === "string" && typeof rule.equals === "string" && Array.isArray(rule.required))
    ) {
      fail(`${named}.required_when is not {field, equals, required}.`);
    }
    const deprecated = entry.deprecated;
    if (deprecated !== undefined && !(isObject(deprecated) && typeof deprecated.reason === "string")) {
      fail(`${named}.deprecated is not {replacement?, reason}.`);
    }
  });
  return value as unknown as CatalogFile;
}

/**
 * Reads and checks a `catalog.json`. Throws a {@link CatalogReadError} when the file is missing,
 * unreadable, not JSON, or not a catalogue.
 */
export function readCatalogFile(file: string): CatalogFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT" ? "no such file." : code === "EISDIR" ? "is a directory, not a file." : `cannot be read (${code ?? String(error)}).`;
    throw new CatalogReadError(file, problem, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CatalogReadError(file, `not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseCatalog(value, file);
}
