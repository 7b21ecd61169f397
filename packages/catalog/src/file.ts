/**
 * `catalog.json`, the catalogue as data: its types, its JSON Schema, and the one reader of it that
 * every package uses (the reference generator, the release gate). Loads no zod, so it suits any
 * tool that holds only a `schemas/` folder.
 *
 * The reader accepts every `catalog.json` released so far and anything a newer catalogue adds
 * beside the members it knows (the format grows by adding members, never by changing one).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { ErrataBaseError } from "./base-error.js";
import { CODE_PATTERN } from "./patterns.js";
import type { Reading } from "./reading.js";
import type { RetryGuidance } from "./retry-guidance.js";
import type { Deprecation, RetryPolicy } from "./types.js";

/** A JSON Schema, as a file carries one. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Every retry policy of the catalogue. */
export const RETRY_POLICIES: readonly RetryPolicy[] = Object.freeze(["never", "backoff", "retry_after"] as const);

export { RETRY_GUIDANCE, type RetryGuidance } from "./retry-guidance.js";

/**
 * Where an entry or a type comes from: the reference documents' statements it rests on (`seed` is
 * the document's number, `gives` the parts of the entry the statement gives, `message` a body's
 * verbatim message), and, part by part, the catalogue's reason for what no document gives.
 */
export interface CatalogFileSource {
  readonly seeds: readonly {
    readonly seed: string;
    readonly says: string;
    readonly gives: readonly string[];
    readonly message?: string;
  }[];
  readonly own: { readonly [part: string]: string };
}

/** One type (category) of `catalog.json`. */
export interface CatalogFileType {
  readonly status: number;
  readonly retry: RetryPolicy;
  readonly title: string;
  readonly description: string;
  /** Absent from files written before sources were recorded. */
  readonly source?: CatalogFileSource;
}

/** Fields required when `field` equals `equals` (the per-code rule of `catalog.json`). */
export interface CatalogFileRule {
  readonly field: string;
  readonly equals: string;
  readonly required: readonly string[];
}

/** Where a dialect puts each part of an error (see `DialectEnvelope`), as `catalog.json` writes it. */
export interface CatalogFileDialect {
  readonly title: string;
  readonly description: string;
  readonly seeds: readonly string[];
  readonly says: string;
  /** `error.code`, or the top-level member that carries the code. */
  readonly code: string;
  readonly type?: string;
  /** `error` (inside the error object) or `body` (beside the envelope's members). */
  readonly fields: "error" | "body";
  readonly status?: string;
  readonly constant?: { readonly member: string; readonly value: string };
  readonly request_id?: string;
  readonly doc_url: boolean;
  readonly code_optional: boolean;
  /** Whether a body repeats the default delay in `retry_after` (the header always carries it). */
  readonly retry_after_member?: boolean;
  readonly members: readonly string[];
  /** What each of `members` holds: `constant`, `code`, `message`, `status` or `field`. */
  readonly roles?: { readonly [member: string]: "constant" | "code" | "message" | "status" | "field" };
  /**
   * The codes of the bodies the API sends without a code (its generic bodies): status → exact
   * message → code. Empty for an API that names every code.
   */
  readonly generic_codes?: { readonly [status: string]: { readonly [message: string]: string } };
}

/**
 * The checks of a code's members, one set for each way a body may fit the code (a `required_when`
 * rule gives two): member → rule. A rule is `i` (a whole number from 0 to 2^53 - 1), `s` (a
 * non-empty string), `t` (any string), `/<ECMAScript pattern>` (a string matching it), `=a|b` (one
 * of the values), `d` (a non-empty list of `{field, message}` strings); a leading `?` lets the member
 * be absent. A body fits the code when its members pass every rule of one of the sets.
 */
export type CatalogFileChecks = readonly { readonly [member: string]: string }[];

/** One code of `catalog.json`. */
export interface CatalogFileEntry {
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
  /** More specific templates, tried in order: the first whose placeholders all have values is used. */
  readonly message_variants?: readonly string[];
  /** A timestamp field Retry-After is derived from (the seconds until it) when the error carries it. */
  readonly retry_after_from?: string;
  /** Absent from files written before sources were recorded. */
  readonly source?: CatalogFileSource;
  readonly doc_url: string;
  /** Field name → JSON Schema of the field. */
  readonly fields: { readonly [name: string]: JsonSchema };
  /** The fields a body of this code always carries. */
  readonly required: readonly string[];
  readonly required_when?: CatalogFileRule;
  readonly deprecated?: Deprecation;
  /** A full example body, `{error, request_id}`. */
  readonly example: { readonly error: { readonly [key: string]: unknown }; readonly request_id: string };
  /**
   * The APIs (dialects) that send the code, `standard` first; absent from files written before
   * dialects, whose codes are all the standard API's.
   */
  readonly apis?: readonly string[];
  /** The APIs that send the code without its code member (their generic bodies). */
  readonly without_code?: readonly string[];
  /** The example in the dialect of each legacy API that sends the code. */
  readonly dialect_examples?: { readonly [dialect: string]: { readonly [member: string]: unknown } };
  /** The checks a reader runs to tell whether a body fits the code; absent from older files. */
  readonly checks?: CatalogFileChecks;
}

/** A whole `catalog.json`. */
export interface CatalogFile {
  readonly $id?: string;
  readonly version: string;
  /** Type name → type. */
  readonly types: { readonly [name: string]: CatalogFileType };
  readonly errors: readonly CatalogFileEntry[];
  /** How clients retry; absent from files written before it was published. */
  readonly retry_guidance?: Omit<RetryGuidance, "idempotent_methods" | "keyed_methods"> &
    Partial<Pick<RetryGuidance, "idempotent_methods" | "keyed_methods">>;
  /** Dialect name → its envelope; absent from files written before dialects (all standard). */
  readonly dialects?: { readonly [name: string]: CatalogFileDialect };
  /** The limits of every reader of a body; absent from older files. */
  readonly reading?: Reading;
  /** What a problem details body's `instance` starts with, before the request ID; absent from older files. */
  readonly problem_instance_prefix?: string;
  /** The codes a framework's own client errors are sent as; absent from older files. */
  readonly framework_codes?: { readonly general: readonly string[]; readonly legacy: readonly string[] };
}

/** The APIs that send an entry's code: `standard` alone for files written before dialects. */
export function apisOf(entry: CatalogFileEntry): readonly string[] {
  return entry.apis ?? ["standard"];
}

/** The `$id` of `catalog.schema.json`. */
export const CATALOG_SCHEMA_ID = "https://errata.dev/schemas/catalog.schema.json";

// The form of one rule of `checks` (see `CatalogFileChecks`).
const CHECK_RULE = /^\??(?:i|s|t|d|\/.+|=.+)$/;
const nonEmpty = { type: "string", minLength: 1 } as const;
const status = { type: "integer", minimum: 400, maximum: 599 } as const;
const retry = { enum: RETRY_POLICIES } as const;
const names = { type: "array", items: { type: "string" } } as const;

/**
 * The JSON Schema of `catalog.json` (published as `schemas/catalog.schema.json`). Objects are open
 * to members a newer catalogue adds; the members listed are those every released file has.
 */
export const CATALOG_FILE_SCHEMA: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: CATALOG_SCHEMA_ID,
  title: "catalog.json",
  description:
    "The error catalogue as data: every type and every code, with its status, retry policy, texts, fields and example.",
  type: "object",
  required: ["version", "types", "errors"],
  properties: {
    $id: { type: "string" },
    version: nonEmpty,
    types: {
      type: "object",
      propertyNames: { type: "string", pattern: CODE_PATTERN.source },
      additionalProperties: {
        type: "object",
        required: ["status", "retry", "title", "description"],
        properties: { status, retry, title: nonEmpty, description: nonEmpty },
      },
    },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: [
          "code",
          "type",
          "status",
          "title",
          "description",
          "fix",
          "retry",
          "owner_facing",
          "message",
          "doc_url",
          "fields",
          "required",
          "example",
        ],
        properties: {
          code: { type: "string", pattern: CODE_PATTERN.source },
          type: nonEmpty,
          status,
          title: nonEmpty,
          description: nonEmpty,
          fix: nonEmpty,
          retry,
          retry_after: { type: "integer", minimum: 0 },
          owner_facing: { type: "boolean" },
          message: nonEmpty,
          doc_url: nonEmpty,
          fields: { type: "object", additionalProperties: { anyOf: [{ type: "object" }, { type: "boolean" }] } },
          required: names,
          required_when: {
            type: "object",
            required: ["field", "equals", "required"],
            properties: { field: nonEmpty, equals: nonEmpty, required: names },
          },
          deprecated: {
            type: "object",
            required: ["reason"],
            properties: { reason: nonEmpty, replacement: nonEmpty },
          },
          example: {
            type: "object",
            required: ["error", "request_id"],
            properties: { error: { type: "object" }, request_id: nonEmpty },
          },
          apis: { ...names, minItems: 1, uniqueItems: true },
          without_code: { ...names, uniqueItems: true },
          dialect_examples: { type: "object", additionalProperties: { type: "object" } },
          checks: {
            type: "array",
            minItems: 1,
            items: { type: "object", additionalProperties: { type: "string", pattern: CHECK_RULE.source } },
          },
        },
      },
    },
    dialects: {
      type: "object",
      propertyNames: { type: "string", pattern: CODE_PATTERN.source },
      additionalProperties: {
        type: "object",
        required: ["title", "description", "seeds", "says", "code", "fields", "doc_url", "code_optional", "members"],
        properties: {
          title: nonEmpty,
          description: nonEmpty,
          seeds: names,
          says: nonEmpty,
          code: nonEmpty,
          type: nonEmpty,
          fields: { enum: ["error", "body"] },
          status: nonEmpty,
          constant: {
            type: "object",
            required: ["member", "value"],
            properties: { member: nonEmpty, value: nonEmpty },
          },
          request_id: nonEmpty,
          doc_url: { type: "boolean" },
          code_optional: { type: "boolean" },
          retry_after_member: { type: "boolean" },
          members: names,
          roles: { type: "object", additionalProperties: { enum: ["constant", "code", "message", "status", "field"] } },
          generic_codes: {
            type: "object",
            propertyNames: { pattern: "^[45][0-9]{2}$" },
            additionalProperties: {
              type: "object",
              additionalProperties: { type: "string", pattern: CODE_PATTERN.source },
            },
          },
        },
      },
    },
    retry_guidance: {
      type: "object",
      required: ["max_attempts", "base_delay_ms", "max_delay_ms", "jitter"],
      properties: {
        max_attempts: { type: "integer", minimum: 1 },
        base_delay_ms: { type: "integer", minimum: 0 },
        max_delay_ms: { type: "integer", minimum: 0 },
        jitter: { const: "full" },
        idempotent_methods: names,
        keyed_methods: names,
      },
    },
    problem_instance_prefix: nonEmpty,
    framework_codes: {
      type: "object",
      required: ["general", "legacy"],
      properties: { general: names, legacy: names },
    },
    reading: {
      type: "object",
      required: ["max_bytes", "max_depth", "code_pattern", "request_id_pattern"],
      properties: {
        max_bytes: { type: "integer", minimum: 1 },
        max_depth: { type: "integer", minimum: 1 },
        code_pattern: nonEmpty,
        request_id_pattern: nonEmpty,
      },
    },
  },
};

/** A file that is not a `catalog.json` this reader can use; the message names the file and the member. */
export class CatalogReadError extends ErrataBaseError {
  declare readonly name: "CatalogReadError";
  constructor(
    /** The file (or the name given for a value read elsewhere). */
    readonly file: string,
    /** What is wrong, naming the member. */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}
Object.defineProperty(CatalogReadError.prototype, "name", {
  value: "CatalogReadError",
  writable: true,
  configurable: true,
});

type Json = { readonly [key: string]: unknown };

/** A value its parser has checked member by member, as the type those checks establish. */
function checked<T>(value: Json): T {
  // The checks are statements TypeScript cannot follow to the interface: the one cast of the reader.
  return value as unknown as T;
}
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Small checkers that throw a CatalogReadError naming where the value sits. */
function checker(file: string, where: string) {
  const fail = (what: string): never => {
    throw new CatalogReadError(file, `not a catalogue: ${where}${where === "" ? "" : ": "}${what}`);
  };
  return {
    fail,
    object(value: unknown, name: string): Json {
      return isObject(value) ? value : fail(`\`${name}\` must be an object`);
    },
    string(value: unknown, name: string): string {
      return typeof value === "string" && value.length > 0 ? value : fail(`\`${name}\` must be a non-empty string`);
    },
    status(value: unknown, name: string): number {
      return Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599
        ? (value as number)
        : fail(`\`${name}\` must be an HTTP status from 400 to 599, got ${JSON.stringify(value)}`);
    },
    retry(value: unknown, name: string): RetryPolicy {
      return RETRY_POLICIES.includes(value as RetryPolicy)
        ? (value as RetryPolicy)
        : fail(`\`${name}\` is ${JSON.stringify(value)}; the policies are ${RETRY_POLICIES.join(", ")}`);
    },
    strings(value: unknown, name: string): string[] {
      return Array.isArray(value) && value.every((item) => typeof item === "string")
        ? (value as string[])
        : fail(`\`${name}\` must be an array of strings`);
    },
    whole(value: unknown, name: string, min: number): number {
      return Number.isInteger(value) && (value as number) >= min
        ? (value as number)
        : fail(`\`${name}\` must be a whole number from ${min}`);
    },
  };
}

function parseSource(check: ReturnType<typeof checker>, value: unknown): void {
  if (value === undefined) return;
  const source = check.object(value, "source");
  if (!Array.isArray(source.seeds)) check.fail("`source.seeds` must be an array");
  (source.seeds as unknown[]).forEach((claim, i) => {
    const item = check.object(claim, `source.seeds[${i}]`);
    check.string(item.seed, `source.seeds[${i}].seed`);
    check.string(item.says, `source.seeds[${i}].says`);
    check.strings(item.gives, `source.seeds[${i}].gives`);
    if (item.message !== undefined) check.string(item.message, `source.seeds[${i}].message`);
  });
  for (const [part, reason] of Object.entries(check.object(source.own, "source.own")))
    check.string(reason, `source.own.${part}`);
}

function parseType(file: string, name: string, value: unknown): CatalogFileType {
  const check = checker(file, `types.${name}`);
  if (!CODE_PATTERN.test(name)) check.fail(`the name must match ${CODE_PATTERN}`);
  const type = check.object(value, name);
  check.status(type.status, "status");
  check.retry(type.retry, "retry");
  check.string(type.title, "title");
  check.string(type.description, "description");
  parseSource(check, type.source);
  return checked<CatalogFileType>(type);
}

function parseEntry(file: string, value: unknown, index: number, types: Json): CatalogFileEntry {
  const head = isObject(value) && typeof value.code === "string" ? ` (${value.code})` : "";
  const check = checker(file, `errors[${index}]${head}`);
  const entry = check.object(value, "errors[]");
  const code = check.string(entry.code, "code");
  if (!CODE_PATTERN.test(code)) check.fail(`\`code\` must match ${CODE_PATTERN}`);
  const type = check.string(entry.type, "type");
  if (!Object.hasOwn(types, type)) check.fail(`\`type\` ${JSON.stringify(type)} is not one of the file's types`);
  check.status(entry.status, "status");
  for (const name of ["title", "description", "fix", "message", "doc_url"]) check.string(entry[name], name);
  check.retry(entry.retry, "retry");
  if (entry.retry_after !== undefined) check.whole(entry.retry_after, "retry_after", 0);
  if (typeof entry.owner_facing !== "boolean") check.fail("`owner_facing` must be a boolean");
  const fields = check.object(entry.fields, "fields");
  for (const [name, schema] of Object.entries(fields)) {
    if (!isObject(schema) && typeof schema !== "boolean") check.fail(`\`fields.${name}\` must be a JSON Schema`);
  }
  for (const name of check.strings(entry.required, "required")) {
    if (!(name in fields)) check.fail(`required field \`${name}\` is not in \`fields\``);
  }
  if (entry.required_when !== undefined) {
    const rule = check.object(entry.required_when, "required_when");
    const names = [
      check.string(rule.field, "required_when.field"),
      ...check.strings(rule.required, "required_when.required"),
    ];
    check.string(rule.equals, "required_when.equals");
    for (const name of names)
      if (!(name in fields)) check.fail(`\`required_when\` names \`${name}\`, which is not in \`fields\``);
  }
  if (entry.message_variants !== undefined) check.strings(entry.message_variants, "message_variants");
  if (entry.retry_after_from !== undefined && !(check.string(entry.retry_after_from, "retry_after_from") in fields)) {
    check.fail("`retry_after_from` names a field that is not in `fields`");
  }
  parseSource(check, entry.source);
  if (entry.deprecated !== undefined) {
    const note = check.object(entry.deprecated, "deprecated");
    check.string(note.reason, "deprecated.reason");
    if (note.replacement !== undefined) check.string(note.replacement, "deprecated.replacement");
  }
  const example = check.object(entry.example, "example");
  check.object(example.error, "example.error");
  check.string(example.request_id, "example.request_id");
  if (entry.apis !== undefined) {
    const apis = check.strings(entry.apis, "apis");
    if (apis.length === 0) check.fail("`apis` must name at least one API");
    for (const name of check.strings(entry.without_code ?? [], "without_code"))
      if (!apis.includes(name)) check.fail(`\`without_code\` names \`${name}\`, which is not in \`apis\``);
  }
  if (entry.dialect_examples !== undefined) {
    for (const [name, body] of Object.entries(check.object(entry.dialect_examples, "dialect_examples")))
      check.object(body, `dialect_examples.${name}`);
  }
  if (entry.checks !== undefined) {
    if (!Array.isArray(entry.checks) || entry.checks.length === 0) check.fail("`checks` must be a non-empty array");
    (entry.checks as unknown[]).forEach((rules, i) => {
      for (const [name, rule] of Object.entries(check.object(rules, `checks[${i}]`)))
        if (typeof rule !== "string" || !CHECK_RULE.test(rule)) check.fail(`\`checks[${i}].${name}\` is not a rule`);
    });
  }
  return checked<CatalogFileEntry>(entry);
}

/**
 * Checks that `value` is a `catalog.json` and returns it typed (the same object: members this
 * reader does not know are kept). Throws a {@link CatalogReadError} naming `file` and the first
 * member at fault.
 */
export function parseCatalogFile(value: unknown, file = "catalog.json"): CatalogFile {
  const check = checker(file, "");
  const root = check.object(value, "(root)");
  check.string(root.version, "version");
  const types = check.object(root.types, "types");
  for (const [name, type] of Object.entries(types)) parseType(file, name, type);
  if (!Array.isArray(root.errors)) check.fail("`errors` must be an array");
  const errors = (root.errors as unknown[]).map((entry, index) => parseEntry(file, entry, index, types));
  const seen = new Set<string>();
  errors.forEach(({ code }, index) => {
    if (seen.has(code)) checker(file, `errors[${index}] (${code})`).fail("the code is listed twice");
    seen.add(code);
  });
  for (const { code, deprecated } of errors) {
    if (deprecated?.replacement !== undefined && !seen.has(deprecated.replacement)) {
      check.fail(`\`${code}\` is deprecated in favour of \`${deprecated.replacement}\`, which is not a listed code`);
    }
  }
  if (root.dialects !== undefined) {
    for (const [name, value] of Object.entries(check.object(root.dialects, "dialects"))) {
      const dialect = checker(file, `dialects.${name}`);
      const given = dialect.object(value, name);
      for (const member of ["title", "description", "says", "code"]) dialect.string(given[member], member);
      dialect.strings(given.members, "members");
      dialect.strings(given.seeds, "seeds");
      if (given.fields !== "error" && given.fields !== "body") dialect.fail('`fields` must be "error" or "body"');
      if (typeof given.doc_url !== "boolean" || typeof given.code_optional !== "boolean")
        dialect.fail("`doc_url` and `code_optional` must be booleans");
    }
    for (const { code, apis } of errors) {
      for (const api of apis ?? [])
        if (!Object.hasOwn(root.dialects as Json, api))
          checker(file, `errors (${code})`).fail(`\`apis\` names \`${api}\`, which is not one of the file's dialects`);
    }
  }
  if (root.retry_guidance !== undefined) {
    const guidance = checker(file, "retry_guidance");
    const given = guidance.object(root.retry_guidance, "retry_guidance");
    guidance.whole(given.max_attempts, "max_attempts", 1);
    guidance.whole(given.base_delay_ms, "base_delay_ms", 0);
    guidance.whole(given.max_delay_ms, "max_delay_ms", 0);
    if (given.jitter !== "full") guidance.fail('`jitter` must be "full"');
  }
  return checked<CatalogFile>(root);
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
      code === "ENOENT"
        ? "no such file."
        : code === "EISDIR"
          ? "is a directory, not a file."
          : `cannot be read (${code ?? String(error)}).`;
    throw new CatalogReadError(file, problem, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CatalogReadError(file, `not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseCatalogFile(value, file);
}
