/**
 * Renders `generated/rules.ts`: each code's field rules, read from the catalogue's own zod
 * validators through their JSON Schema, in a compact form the zod-free core can check cheaply.
 * Runs at build time only; the core bundle never loads zod.
 *
 * A rule is a string: `i` a whole number from 0, `s` a non-empty string, `t` any string,
 * `/<pattern>` a string matching the pattern, `=a|b` one of the values, `d` a non-empty list of
 * `{field, message}`; a leading `?` makes the field optional. A field schema of any other shape
 * stops the build, so that a new kind of field cannot be checked loosely by mistake.
 *
 * @module
 */
import * as z from "zod";
import { ERROR_CODE_LIST, errorObjectSchemas } from "@errata/catalog/zod";

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

/** A code's rules: field name to rule. */
export type Rules = Record<string, string>;

export const RULES_HEADER = "// Generated from @errata/catalog/zod by scripts/generate-rules.ts. Do not edit.\n";

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

function strip(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strip);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== "description").map(([key, value]) => [key, strip(value)]),
  );
}

/** The rule of one field's JSON Schema; throws on a shape the core cannot check. */
export function ruleOf(schema: JsonSchema, where: string): string {
  const { description: _d, ...s } = schema;
  const keys = Object.keys(s).sort().join(",");
  if (s.type === "integer" && keys === "maximum,minimum,type" && s.minimum === 0 && s.maximum === Number.MAX_SAFE_INTEGER)
    return "i";
  if (s.type === "string" && keys === "minLength,type" && s.minLength === 1) return "s";
  if (s.type === "string" && keys === "type") return "t";
  if (s.type === "string" && keys === "pattern,type") return `/${s.pattern}`;
  const values = keys === "enum,type" ? s.enum : keys === "const,type" ? [s.const] : undefined;
  if (s.type === "string" && values?.every((v) => typeof v === "string" && v !== "" && !v.includes("|")))
    return `=${values.join("|")}`;
  if (JSON.stringify(strip(s)) === JSON.stringify(DETAILS)) return "d";
  throw new Error(`${where}: the client cannot check a field of this shape: ${JSON.stringify(schema)}`);
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
      const json = z.toJSONSchema(schema, { io: "input" }) as JsonSchema;
      const variants = json.oneOf ?? [json];
      return [code, variants.map((variant, i) => variantRules(variant, `${code}[${i}]`))];
    }),
  );
}

/**
 * The source of `generated/rules.ts`: the members every code shares (`base`) once, then each
 * code's own (a list of variants when the code has a `requiredWhen` rule); codes with nothing
 * of their own are left out.
 */
export function renderRules(schemas: Readonly<Record<string, z.ZodType>> = errorObjectSchemas): string {
  const all = rulesOf(schemas);
  // The shared members: those of the first code, which has no fields of its own in any sane
  // catalogue; each code then lists only the members where it differs.
  const base: Rules = all[ERROR_CODE_LIST[0] as string]?.[0] ?? {};
  const own: Record<string, Rules | Rules[]> = {};
  for (const [code, variants] of Object.entries(all)) {
    const rest = variants.map((v) => {
      for (const name of Object.keys(base)) if (v[name] === undefined) throw new Error(`${code}: lacks the shared member ${name}`);
      return Object.fromEntries(Object.entries(v).filter(([name, rule]) => base[name] !== rule));
    });
    if (rest.every((v) => Object.keys(v).length === 0)) continue;
    own[code] = rest.length === 1 ? (rest[0] as Rules) : rest;
  }
  const lines = Object.entries(own).map(([code, rules]) => `  ${code}: ${JSON.stringify(rules)},`);
  return (
    RULES_HEADER +
    'import type { Rules } from "../fits.js";\n\n' +
    `export const base: Rules = ${JSON.stringify(base)};\n\n` +
    `export const rules: Readonly<Record<string, Rules | readonly Rules[]>> = {\n${lines.join("\n")}\n};\n`
  );
}
