/**
 * Precompiled field checks: a code's schema, read once through its JSON Schema, becomes a plain
 * predicate that runs in a fraction of zod's time. The predicate is conservative: when it says
 * yes, zod would too; when it says no (or a schema uses anything it does not know), `createError`
 * asks zod, which gives the verdict and the wording of every problem. So the run-time check keeps
 * zod's semantics exactly, and only the common, valid case is fast.
 *
 * @module
 */
import * as z from "zod";

type Predicate = (value: unknown) => boolean;
type JsonSchema = Record<string, unknown>;

/** Checks a code's fields and message together; the caller has set `type` and `code` itself. */
export type FieldCheck = (fields: Readonly<Record<string, unknown>>, message: string) => boolean;

// zod schema kinds and checks whose JSON Schema says all there is to say. A refinement, transform or
// anything else is left out of JSON Schema, so a code that uses one is always checked by zod.
const FAITHFUL_TYPES = new Set([
  "object",
  "literal",
  "string",
  "undefined",
  "optional",
  "array",
  "unknown",
  "enum",
  "number",
  "union",
]);
const FAITHFUL_CHECKS = new Set(["min_length", "max_length", "string_format/regex", "greater_than", "less_than"]);

interface ZodInternals {
  readonly _zod?: { readonly def?: Record<string, unknown> & { type?: string; checks?: unknown[] } };
}

function isFaithful(schema: unknown, seen = new Set<unknown>()): boolean {
  if (schema === null || typeof schema !== "object" || seen.has(schema)) return true;
  seen.add(schema);
  const def = (schema as ZodInternals)._zod?.def;
  if (def) {
    if (!FAITHFUL_TYPES.has(String(def.type))) return false;
    for (const check of def.checks ?? []) {
      const cdef = (check as ZodInternals)._zod?.def as { check?: string; format?: string } | undefined;
      const kind =
        cdef?.format && cdef.check === "string_format" ? `string_format/${cdef.format}` : String(cdef?.check);
      if (!FAITHFUL_CHECKS.has(kind)) return false;
    }
    return Object.values(def).every((value) => isFaithful(value, seen));
  }
  const values = Array.isArray(schema)
    ? schema
    : Object.getPrototypeOf(schema) === Object.prototype
      ? Object.values(schema)
      : [];
  return values.every((value) => isFaithful(value, seen));
}

const KNOWN_KEYWORDS = new Set([
  "$schema",
  "description",
  "title",
  "examples",
  "$comment",
  "type",
  "const",
  "enum",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "oneOf",
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isPrimitive = (value: unknown) =>
  value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** Generated source, with the regexes it refers to as `R[i]`. */
interface Generator {
  readonly regexes: RegExp[];
  vars: number;
}

const TYPE_TESTS: Record<string, (v: string) => string> = {
  string: (v) => `typeof ${v} === "string"`,
  integer: (v) => `Number.isSafeInteger(${v})`,
  number: (v) => `(typeof ${v} === "number" && Number.isFinite(${v}))`,
  boolean: (v) => `typeof ${v} === "boolean"`,
  array: (v) => `Array.isArray(${v})`,
  object: (v) => `(typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v}))`,
};

const isEmptyOrAbsent = (value: unknown) =>
  value === undefined || (isPlainObject(value) && Object.keys(value).length === 0);

/** A JavaScript expression true when `v` satisfies `schema`, or null for a keyword not known here. */
function generate(schema: JsonSchema, v: string, gen: Generator, skip?: ReadonlySet<string>): string | null {
  for (const key of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(key)) return null;
  if (!isEmptyOrAbsent(schema.additionalProperties)) return null;
  const tests: string[] = [];
  if (schema.type !== undefined) {
    const test = TYPE_TESTS[String(schema.type)];
    if (!test) return null;
    tests.push(test(v));
  }
  if ("const" in schema) {
    if (!isPrimitive(schema.const)) return null;
    tests.push(`${v} === ${JSON.stringify(schema.const)}`);
  }
  if (Array.isArray(schema.enum)) {
    if (!schema.enum.every(isPrimitive)) return null;
    tests.push(`(${schema.enum.map((value) => `${v} === ${JSON.stringify(value)}`).join(" || ") || "false"})`);
  }
  const number = (bound: unknown, op: string) => {
    if (typeof bound === "number") tests.push(`(typeof ${v} === "number" && ${v} ${op} ${bound})`);
  };
  number(schema.minimum, ">=");
  number(schema.maximum, "<=");
  const length = (bound: unknown, kind: string, op: string) => {
    if (typeof bound === "number") tests.push(`(${TYPE_TESTS[kind]!(v)} && ${v}.length ${op} ${bound})`);
  };
  length(schema.minLength, "string", ">=");
  length(schema.maxLength, "string", "<=");
  length(schema.minItems, "array", ">=");
  length(schema.maxItems, "array", "<=");
  if (typeof schema.pattern === "string") {
    gen.regexes.push(new RegExp(schema.pattern));
    tests.push(`(typeof ${v} === "string" && R[${gen.regexes.length - 1}].test(${v}))`);
  }
  if (schema.items !== undefined) {
    if (!isPlainObject(schema.items)) return null;
    const x = `x${gen.vars++}`;
    const item = generate(schema.items, x, gen);
    if (item === null) return null;
    tests.push(`(Array.isArray(${v}) && ${v}.every(function (${x}) { return ${item}; }))`);
  }
  if (schema.properties !== undefined || schema.required !== undefined) {
    const properties = (isPlainObject(schema.properties) ? schema.properties : {}) as Record<string, JsonSchema>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const members: string[] = [TYPE_TESTS.object!(v)];
    // Required members first: a discriminating value (a const, an enum) fails fast.
    const names = Object.keys(properties).sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
    for (const name of names) {
      if (skip?.has(name)) continue;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
      const member = `${v}.${name}`;
      const test = generate(properties[name] as JsonSchema, member, gen);
      if (test === null) return null;
      members.push(
        required.has(name) ? `(${member} !== undefined && ${test})` : `(${member} === undefined || ${test})`,
      );
    }
    for (const name of required) {
      if (skip?.has(name) || name in properties) continue;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
      members.push(`${v}.${name} !== undefined`);
    }
    tests.push(`(${members.join(" && ")})`);
  }
  if (schema.oneOf !== undefined) {
    if (!Array.isArray(schema.oneOf)) return null;
    const branches: string[] = [];
    for (const branch of schema.oneOf) {
      if (!isPlainObject(branch)) return null;
      const test = generate(branch, v, gen, skip);
      if (test === null) return null;
      branches.push(`(${test} ? 1 : 0)`);
    }
    tests.push(`(${branches.join(" + ")}) === 1`);
  }
  return tests.length === 0 ? "true" : tests.join(" && ");
}

/** Members `createError` sets itself, so the check leaves them out. */
const SET_BY_CALLER = new Set(["type", "code", "message"]);

/** The schema of `message` in every branch must be the same for the check to test it once. */
function messageSchemaOf(json: JsonSchema): JsonSchema | null {
  const branches = Array.isArray(json.oneOf) ? (json.oneOf as JsonSchema[]) : [json];
  const schemas = branches.map((branch) =>
    JSON.stringify((branch.properties as Record<string, unknown> | undefined)?.message ?? {}),
  );
  return schemas.every((text) => text === schemas[0]) ? (JSON.parse(schemas[0] as string) as JsonSchema) : null;
}

/**
 * The fast check of a code's `error` object schema, over its fields and message, or undefined
 * when the schema cannot be compiled faithfully or the platform forbids generated code (then zod
 * alone checks).
 */
export function compileFieldCheck(schema: z.ZodType): FieldCheck | undefined {
  try {
    if (!isFaithful(schema)) return undefined;
    const json = z.toJSONSchema(schema, { target: "draft-2020-12" }) as JsonSchema;
    const messageSchema = messageSchemaOf(json);
    if (messageSchema === null) return undefined;
    const gen: Generator = { regexes: [], vars: 0 };
    const fields = generate(json, "f", gen, SET_BY_CALLER);
    const message = generate(messageSchema, "m", gen);
    if (fields === null || message === null) return undefined;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the source is generated from the catalogue's own schemas.
    const build = new Function("R", `return function check(f, m) { return ${message} && ${fields}; };`);
    return build(gen.regexes) as FieldCheck;
  } catch {
    return undefined;
  }
}
