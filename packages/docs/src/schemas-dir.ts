/**
 * Reads a published `schemas/` folder (catalog.json and the JSON Schema files) and checks that it
 * has the shape the generator relies on, so a broken or foreign folder fails with a message that
 * names the file and the member instead of producing a wrong reference.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A JSON Schema, as read from a file. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The retry policies this generator can describe. */
export const RETRY_POLICIES = ["never", "backoff", "retry_after"] as const;
export type RetryPolicy = (typeof RETRY_POLICIES)[number];

/**
 * Where an entry comes from: the reference documents' statements it rests on (`seed` is the
 * document, `gives` the parts of the entry the statement gives), and the catalogue's reason for
 * each part no document gives.
 */
export interface Source {
  readonly seeds: readonly { readonly seed: string; readonly says: string; readonly gives: readonly string[] }[];
  readonly own: { readonly [part: string]: string };
}

/** One type (category) of `catalog.json`. */
export interface CatalogType {
  readonly name: string;
  readonly status: number;
  readonly retry: RetryPolicy;
  readonly title: string;
  readonly description: string;
  /** Absent from catalogues written before sources were recorded. */
  readonly source?: Source;
}

/** The `required_when` rule of a code: these fields are required when `field` equals `equals`. */
export interface RequiredWhen {
  readonly field: string;
  readonly equals: string;
  readonly required: readonly string[];
}

/** One error of `catalog.json`. */
export interface CatalogEntry {
  readonly code: string;
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly retry: RetryPolicy;
  /** Default `Retry-After`, in whole seconds, when the code has one. */
  readonly retry_after?: number;
  readonly owner_facing: boolean;
  /** The message template, with `{field}` placeholders. */
  readonly message: string;
  /** More specific templates, used when every field they name has a value. */
  readonly message_variants?: readonly string[];
  /** The timestamp field Retry-After is derived from when the error carries it. */
  readonly retry_after_from?: string;
  /** Absent from catalogues written before sources were recorded. */
  readonly source?: Source;
  readonly doc_url: string;
  /** Field name → JSON Schema of the field. */
  readonly fields: { readonly [name: string]: JsonSchema };
  readonly required: readonly string[];
  readonly required_when?: RequiredWhen;
  readonly deprecated?: { readonly replacement?: string; readonly reason: string };
  /** A full example body, `{error, request_id}`. */
  readonly example: { readonly error: { readonly [key: string]: unknown }; readonly request_id: string };
}

export interface Catalog {
  readonly version: string;
  readonly types: readonly CatalogType[];
  readonly errors: readonly CatalogEntry[];
}

/** Everything the generator reads from a schemas folder. */
export interface SchemaSet {
  readonly catalog: Catalog;
  /** `error.schema.json`: the body of any catalogued code. */
  readonly body: JsonSchema;
  /** `error-object.schema.json`: the `error` member. */
  readonly object: JsonSchema;
  /** `error-any.schema.json`: the lenient body. */
  readonly any: JsonSchema;
  /** Code → `errors/<code>.schema.json`. */
  readonly codes: ReadonlyMap<string, JsonSchema>;
}

/** A schemas folder the generator cannot describe; the message names the file and the member. */
export class SchemaSetError extends Error {
  override readonly name = "SchemaSetError";
}

const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

type Json = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Small checkers that throw a SchemaSetError naming where the value sits. */
function expect(where: string) {
  const fail = (what: string): never => {
    throw new SchemaSetError(`${where}: ${what}`);
  };
  return {
    fail,
    object(value: unknown, name: string): Json {
      return isObject(value) ? value : fail(`\`${name}\` must be an object`);
    },
    string(value: unknown, name: string): string {
      return typeof value === "string" && value.length > 0 ? value : fail(`\`${name}\` must be a non-empty string`);
    },
    status(value: unknown, name: string, min: number): number {
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= 599
        ? (value as number)
        : fail(`\`${name}\` must be an HTTP status from ${min} to 599, got ${JSON.stringify(value)}`);
    },
    retry(value: unknown, name: string): RetryPolicy {
      return RETRY_POLICIES.includes(value as RetryPolicy)
        ? (value as RetryPolicy)
        : fail(`\`${name}\` is ${JSON.stringify(value)}; this generator knows ${RETRY_POLICIES.join(", ")}`);
    },
    strings(value: unknown, name: string): string[] {
      return Array.isArray(value) && value.every((item) => typeof item === "string")
        ? (value as string[])
        : fail(`\`${name}\` must be an array of strings`);
    },
  };
}

function parseSource(check: ReturnType<typeof expect>, value: unknown): Source | undefined {
  if (value === undefined) return undefined;
  const source = check.object(value, "source");
  if (!Array.isArray(source.seeds)) check.fail("`source.seeds` must be an array");
  const seeds = (source.seeds as unknown[]).map((claim, i) => {
    const item = check.object(claim, `source.seeds[${i}]`);
    return {
      seed: check.string(item.seed, `source.seeds[${i}].seed`),
      says: check.string(item.says, `source.seeds[${i}].says`),
      gives: check.strings(item.gives, `source.seeds[${i}].gives`),
    };
  });
  const own = check.object(source.own, "source.own");
  for (const [part, reason] of Object.entries(own)) check.string(reason, `source.own.${part}`);
  return { seeds, own: own as Source["own"] };
}

function readJson(dir: string, path: string): unknown {
  const file = join(dir, path);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not found" : String(error);
    throw new SchemaSetError(`${file}: ${reason} (is ${dir} a schemas folder written by \`errata emit\`?)`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SchemaSetError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function parseType(name: string, value: unknown): CatalogType {
  const check = expect(`catalog.json: types.${name}`);
  const type = check.object(value, name);
  return {
    name,
    status: check.status(type.status, "status", 400),
    retry: check.retry(type.retry, "retry"),
    title: check.string(type.title, "title"),
    description: check.string(type.description, "description"),
    ...optional("source", parseSource(check, type.source)),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function parseEntry(value: unknown, index: number, types: ReadonlySet<string>): CatalogEntry {
  const head = isObject(value) && typeof value.code === "string" ? ` (${value.code})` : "";
  const check = expect(`catalog.json: errors[${index}]${head}`);
  const entry = check.object(value, "errors[]");
  const code = check.string(entry.code, "code");
  if (!CODE_PATTERN.test(code)) check.fail(`\`code\` must match ${CODE_PATTERN}`);
  const type = check.string(entry.type, "type");
  if (!types.has(type)) check.fail(`\`type\` ${JSON.stringify(type)} is not one of catalog.json's types`);
  const fields = check.object(entry.fields, "fields");
  for (const [name, schema] of Object.entries(fields)) check.object(schema, `fields.${name}`);
  const required = check.strings(entry.required, "required");
  for (const name of required) if (!(name in fields)) check.fail(`required field \`${name}\` is not in \`fields\``);
  if (typeof entry.owner_facing !== "boolean") check.fail("`owner_facing` must be a boolean");
  if (entry.retry_after !== undefined && !(Number.isInteger(entry.retry_after) && (entry.retry_after as number) >= 0)) {
    check.fail("`retry_after` must be a whole number of seconds");
  }
  const example = check.object(entry.example, "example");
  check.object(example.error, "example.error");
  check.string(example.request_id, "example.request_id");
  let requiredWhen: RequiredWhen | undefined;
  if (entry.required_when !== undefined) {
    const rule = check.object(entry.required_when, "required_when");
    requiredWhen = {
      field: check.string(rule.field, "required_when.field"),
      equals: check.string(rule.equals, "required_when.equals"),
      required: check.strings(rule.required, "required_when.required"),
    };
    for (const name of [requiredWhen.field, ...requiredWhen.required]) {
      if (!(name in fields)) check.fail(`\`required_when\` names \`${name}\`, which is not in \`fields\``);
    }
  }
  let deprecated: CatalogEntry["deprecated"];
  if (entry.deprecated !== undefined) {
    const note = check.object(entry.deprecated, "deprecated");
    deprecated = {
      reason: check.string(note.reason, "deprecated.reason"),
      ...(note.replacement === undefined ? {} : { replacement: check.string(note.replacement, "deprecated.replacement") }),
    };
  }
  return {
    code,
    type,
    status: check.status(entry.status, "status", 400),
    title: check.string(entry.title, "title"),
    description: check.string(entry.description, "description"),
    fix: check.string(entry.fix, "fix"),
    retry: check.retry(entry.retry, "retry"),
    ...(entry.retry_after === undefined ? {} : { retry_after: entry.retry_after as number }),
    owner_facing: entry.owner_facing as boolean,
    message: check.string(entry.message, "message"),
    ...optional(
      "message_variants",
      entry.message_variants === undefined ? undefined : check.strings(entry.message_variants, "message_variants"),
    ),
    ...optional(
      "retry_after_from",
      entry.retry_after_from === undefined ? undefined : check.string(entry.retry_after_from, "retry_after_from"),
    ),
    ...optional("source", parseSource(check, entry.source)),
    doc_url: check.string(entry.doc_url, "doc_url"),
    fields: fields as CatalogEntry["fields"],
    required,
    ...(requiredWhen ? { required_when: requiredWhen } : {}),
    ...(deprecated ? { deprecated } : {}),
    example: example as CatalogEntry["example"],
  };
}

/** Checks `catalog.json`'s content; throws a SchemaSetError naming the member at fault. */
export function parseCatalog(value: unknown): Catalog {
  const check = expect("catalog.json");
  const root = check.object(value, "(root)");
  const version = check.string(root.version, "version");
  const types = Object.entries(check.object(root.types, "types")).map(([name, type]) => parseType(name, type));
  if (!Array.isArray(root.errors) || root.errors.length === 0) check.fail("`errors` must be a non-empty array");
  const typeNames = new Set(types.map((type) => type.name));
  const errors = (root.errors as unknown[]).map((entry, index) => parseEntry(entry, index, typeNames));
  const seen = new Set<string>();
  for (const { code } of errors) {
    if (seen.has(code)) check.fail(`code \`${code}\` is listed twice`);
    seen.add(code);
  }
  for (const { code, deprecated } of errors) {
    if (deprecated?.replacement !== undefined && !seen.has(deprecated.replacement)) {
      check.fail(`\`${code}\` is deprecated in favour of \`${deprecated.replacement}\`, which is not a listed code`);
    }
  }
  return { version, types, errors };
}

function schemaFile(dir: string, path: string): JsonSchema {
  const schema = readJson(dir, path);
  if (!isObject(schema) || typeof schema.$id !== "string") {
    throw new SchemaSetError(`${join(dir, path)}: not a JSON Schema with an \`$id\``);
  }
  return schema;
}

/** Reads and checks a schemas folder (as written by `errata emit`). */
export function readSchemaSet(dir: string): SchemaSet {
  const catalog = parseCatalog(readJson(dir, "catalog.json"));
  return {
    catalog,
    body: schemaFile(dir, "error.schema.json"),
    object: schemaFile(dir, "error-object.schema.json"),
    any: schemaFile(dir, "error-any.schema.json"),
    codes: new Map(catalog.errors.map(({ code }) => [code, schemaFile(dir, `errors/${code}.schema.json`)])),
  };
}
