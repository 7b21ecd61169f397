/**
 * Renders `generated/checks.ts`: each code's field checks, read from the catalogue's own zod
 * validators through their JSON Schema, written out as plain code that runs cheaply without zod
 * and without generating code at run time (no `eval`, no `new Function`: Cloudflare Workers and a
 * strict CSP refuse both). The server and the client use the same checks. Runs at build time only.
 *
 * A check passes only what zod passes; a field schema it cannot check exactly (a refinement, a
 * transform, a bound other than those below) stops the build, so nothing is checked loosely.
 *
 * A rule is a string: `i` a whole number from 0, `s` a non-empty string, `t` any string,
 * `/<pattern>` a string matching the pattern, `=a|b` one of the values, `d` a non-empty list of
 * `{field, message}`; a leading `?` makes the field optional. A field schema of any other shape
 * stops the build, so that a new kind of field cannot be checked loosely by mistake.
 *
 * @module
 */
import * as z from "zod";
import { base as commonMembers, errorObjectSchemas } from "../schemas/standard.js";

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  description?: string;
  additionalProperties?: unknown;
};

/** A code's rules (the intermediate form): field name to rule. */
export type Rules = Record<string, string>;

export const CHECKS_HEADER = "// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.\n";

const { description: _, ...DETAILS } = {
  minItems: 1,
  type: "array",
  items: {
    type: "object",
    properties: { field: { type: "string" }, message: { type: "string" } },
    required: ["field", "message"],
    additionalProperties: {},
  },
  description: "",
};

/** Keywords that describe a value without constraining it: a check ignores them. */
const ANNOTATIONS = new Set(["description", "title", "examples", "$comment", "$schema"]);

function strip(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strip);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [key, strip(value)]),
  );
}

/** The rule of one field's JSON Schema; throws on a shape the core cannot check. */
export function ruleOf(schema: JsonSchema, where: string): string {
  const s = strip(schema) as JsonSchema;
  const keys = Object.keys(s).sort().join(",");
  if (
    s.type === "integer" &&
    keys === "maximum,minimum,type" &&
    s.minimum === 0 &&
    s.maximum === Number.MAX_SAFE_INTEGER
  )
    return "i";
  if (s.type === "string" && keys === "minLength,type" && s.minLength === 1) return "s";
  if (s.type === "string" && keys === "type") return "t";
  if (s.type === "string" && keys === "pattern,type") return `/${s.pattern}`;
  const values = keys === "enum,type" ? s.enum : keys === "const,type" ? [s.const] : undefined;
  if (s.type === "string" && values?.every((v) => typeof v === "string" && v !== "" && !v.includes("|")))
    return `=${values.join("|")}`;
  if (JSON.stringify(strip(s)) === JSON.stringify(DETAILS)) return "d";
  throw new Error(`${where}: no check can be written for a field of this shape: ${JSON.stringify(schema)}`);
}

// zod schema kinds and checks whose JSON Schema says all there is to say. A refinement, a transform
// or anything else is left out of JSON Schema, so a schema that uses one cannot be checked from it.
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

/** The first zod kind or check of `schema` that its JSON Schema does not fully say, if any. */
export function unfaithfulPart(schema: unknown, seen = new Set<unknown>()): string | undefined {
  if (schema === null || typeof schema !== "object" || seen.has(schema)) return undefined;
  seen.add(schema);
  const def = (schema as ZodInternals)._zod?.def;
  if (def) {
    if (!FAITHFUL_TYPES.has(String(def.type))) return String(def.type);
    for (const check of def.checks ?? []) {
      const cdef = (check as ZodInternals)._zod?.def as { check?: string; format?: string } | undefined;
      const kind =
        cdef?.format && cdef.check === "string_format" ? `string_format/${cdef.format}` : String(cdef?.check);
      if (!FAITHFUL_CHECKS.has(kind)) return kind;
    }
    for (const value of Object.values(def)) {
      const part = unfaithfulPart(value, seen);
      if (part !== undefined) return part;
    }
    return undefined;
  }
  const values = Array.isArray(schema)
    ? schema
    : Object.getPrototypeOf(schema) === Object.prototype
      ? Object.values(schema)
      : [];
  for (const value of values) {
    const part = unfaithfulPart(value, seen);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** The rules of one variant of an error object: every member but `type` and `code`. */
function variantRules(variant: JsonSchema, where: string): Rules {
  if (variant.type !== "object" || !variant.properties) throw new Error(`${where}: not an object schema`);
  const required = new Set(variant.required ?? []);
  const rules: Rules = {};
  for (const [name, field] of Object.entries(variant.properties)) {
    if (name === "type" || name === "code") continue;
    rules[name] = (required.has(name) ? "" : "?") + ruleOf(field, `${where}.${name}`);
  }
  return rules;
}

/** Each code's variants of rules (one, or one per branch of a `requiredWhen` rule). */
export function rulesOf(schemas: Readonly<Record<string, z.ZodType>>): Record<string, Rules[]> {
  return Object.fromEntries(
    Object.entries(schemas).map(([code, schema]) => {
      const part = unfaithfulPart(schema);
      if (part !== undefined) throw new Error(`${code}: a check cannot be written for a schema that uses ${part}`);
      const json = z.toJSONSchema(schema, { io: "input" }) as JsonSchema;
      const variants = json.oneOf ?? [json];
      return [code, variants.map((variant, i) => variantRules(variant, `${code}[${i}]`))];
    }),
  );
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A check expression of one member, reading it as `e.<name>` (the message as `m`). */
function expressionOf(name: string, rule: string, patterns: Map<string, string>): string {
  if (!IDENTIFIER.test(name)) throw new Error(`${name}: not a field name a check can read`);
  const optional = rule.startsWith("?");
  const body = optional ? rule.slice(1) : rule;
  const value = name === "message" ? "m" : `e.${name}`;
  let test: string;
  if (body === "i") test = `count(${value})`;
  else if (body === "s") test = `nonEmpty(${value})`;
  else if (body === "t") test = `typeof ${value} === "string"`;
  else if (body === "d") test = `details(${value})`;
  else if (body.startsWith("="))
    test = body
      .slice(1)
      .split("|")
      .map((v) => `${value} === ${JSON.stringify(v)}`)
      .join(" || ");
  else if (body.startsWith("/")) {
    const source = body.slice(1);
    if (!patterns.has(source)) patterns.set(source, `p${patterns.size}`);
    test = `${patterns.get(source)}(${value})`;
  } else throw new Error(`${name}: unknown rule ${rule}`);
  return optional ? `(${value} === undefined || ${test})` : test.includes(" || ") ? `(${test})` : test;
}

/**
 * One variant's conjunction: the members where it differs from the shared ones first (they tell
 * variants apart soonest), then `base(e)`, or the shared members it does not override.
 */
function conjunctionOf(variant: Rules, base: Rules, patterns: Map<string, string>): string {
  const own = Object.entries(variant).filter(([name, rule]) => base[name] !== rule);
  const overrides = own.some(([name]) => base[name] !== undefined);
  const rest = overrides ? Object.entries(base).filter(([name]) => !own.some(([n]) => n === name)) : [];
  const terms = [...own, ...rest].map(([name, rule]) => expressionOf(name, rule, patterns));
  return [...terms, ...(overrides ? [] : ["base(e, m)"])].join(" && ");
}

/**
 * The source of `generated/checks.ts`: for each code, a function that tells whether an error
 * object's members (its message passed apart, so that a server need not build the object) fit the
 * code's schema, written out as plain property reads. Codes whose members are the shared ones
 * only use `base`, which keeps a bundle small; a code with a `requiredWhen` rule checks its
 * variants in turn.
 */
export function renderChecks(schemas: Readonly<Record<string, z.ZodType>> = errorObjectSchemas): string {
  const all = rulesOf(schemas);
  const base = variantRules(z.toJSONSchema(z.looseObject(commonMembers), { io: "input" }) as JsonSchema, "base");
  const patterns = new Map<string, string>();
  const baseCheck = Object.entries(base)
    .map(([name, rule]) => expressionOf(name, rule, patterns))
    .join(" && ");
  const lines: string[] = [];
  for (const [code, variants] of Object.entries(all)) {
    for (const v of variants)
      for (const name of Object.keys(base))
        if (v[name] === undefined) throw new Error(`${code}: lacks the shared member ${name}`);
    if (variants.every((v) => Object.entries(v).every(([name, rule]) => base[name] === rule))) continue;
    const body = variants.map((v) => conjunctionOf(v, base, patterns));
    lines.push(
      `  ${code}: (e, m) =>\n    ${body.length === 1 ? body[0] : body.map((b) => `(${b})`).join(" ||\n    ")},`,
    );
  }
  // Marked pure, so that a bundle which uses no check drops them.
  const regexes = [...patterns]
    .map(([source, name]) => `const ${name} = /* @__PURE__ */ matcher(${JSON.stringify(source)});\n`)
    .join("");
  return (
    CHECKS_HEADER +
    'import { count, details, matcher, nonEmpty, type FieldCheck } from "../field-checks/values.js";\n\n' +
    regexes +
    `\n/** The members every code shares. */\nexport const base: FieldCheck = (e, m) => ${baseCheck};\n\n` +
    `/** Each code whose members differ from the shared ones. */\n` +
    `export const fieldChecks: Readonly<Record<string, FieldCheck>> = {\n${lines.join("\n")}\n};\n`
  );
}
