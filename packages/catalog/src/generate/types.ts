/**
 * Renders the source of `generated/types.ts`: the catalogue's TypeScript types as plain
 * declarations (one object type per code, maps keyed by code), read from each field's JSON Schema.
 * Types written out once check in time that grows with the catalogue, where types derived
 * through conditional types over zod's hit the compiler's depth limits at about a hundred codes.
 *
 * @module
 */
import * as z from "zod";
import { catalog as defined } from "../definition.js";
import * as f from "../fields.js";
import type { CatalogDefinition, ErrorDefinition } from "../types.js";
import { deprecatedDoc } from "./table.js";

export const TYPES_HEADER = "// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.\n";

interface JsonSchema {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly description?: string;
  readonly [keyword: string]: unknown;
}

/** The members every code's error object carries (a field of the code of the same name overrides one). */
const BASE: Readonly<Record<string, z.ZodType>> = {
  message: f.message,
  param: f.param.optional(),
  details: f.details.optional(),
  doc_url: f.docUrl.optional(),
};

const DETAIL = "{ readonly field: string; readonly message: string }";

/** The TypeScript type of a JSON Schema; throws on a shape this file cannot spell. */
export function typeOf(schema: JsonSchema, where: string): string {
  const values = schema.enum ?? ("const" in schema ? [schema.const] : undefined);
  if (values !== undefined) {
    if (!values.every((v) => ["string", "number", "boolean"].includes(typeof v) || v === null)) {
      throw new Error(`${where}: only primitive enum values can be typed`);
    }
    return values.map((v) => JSON.stringify(v)).join(" | ") || "never";
  }
  switch (schema.type) {
    case "string": {
      // An open string (no pattern) names its known values as examples; any other string is allowed.
      const known = schema.pattern === undefined && Array.isArray(schema.examples) ? schema.examples : [];
      return known.length > 0 && known.every((v) => typeof v === "string")
        ? `${known.map((v) => JSON.stringify(v)).join(" | ")} | (string & {})`
        : "string";
    }
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return schema.items === undefined
        ? "readonly unknown[]"
        : `readonly ${wrap(typeOf(schema.items, `${where}[]`))}[]`;
    case "object": {
      const required = new Set(schema.required ?? []);
      const members = Object.entries(schema.properties ?? {}).map(
        ([name, member]) => `readonly ${name}${required.has(name) ? "" : "?"}: ${typeOf(member, `${where}.${name}`)}`,
      );
      const type = members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
      return type === DETAIL ? "ErrorDetail" : type;
    }
    case undefined:
      if (Object.keys(schema).every((key) => key === "description")) return "unknown";
  }
  throw new Error(`${where}: the catalogue's types cannot spell this schema: ${JSON.stringify(schema)}`);
}

const wrap = (type: string) => (type.includes(" | ") ? `(${type})` : type);

/** `outbound_limit_reached` → `OutboundLimitReached`. */
export function pascal(name: string): string {
  return name
    .split(/_+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

interface Member {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
  readonly doc: string | undefined;
}

function membersOf(fields: Readonly<Record<string, z.ZodType>>, code: string): Member[] {
  return Object.entries(fields).map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "throw" }) as JsonSchema;
    return {
      name,
      optional: schema.safeParse(undefined).success,
      type: typeOf(json, `${code}.${name}`),
      doc: json.description,
    };
  });
}

/** The variants of a code's fields: one, or two when a `requiredWhen` rule makes some required. */
function variantsOf(def: ErrorDefinition, code: string): { readonly suffix: string; readonly members: Member[] }[] {
  const members = membersOf(def.fields, code);
  const rule = def.requiredWhen;
  if (!rule) return [{ suffix: "", members }];
  const on = members.find((m) => m.name === rule.field);
  if (!on) throw new Error(`${code}: requiredWhen names no field ${rule.field}`);
  const others = on.type
    .split(" | ")
    .filter((v) => v !== JSON.stringify(rule.equals))
    .join(" | ");
  const when = members.map((m) =>
    m.name === rule.field
      ? { ...m, type: JSON.stringify(rule.equals) }
      : rule.fields.includes(m.name)
        ? { ...m, optional: false }
        : m,
  );
  const otherwise = members.map((m) => (m.name === rule.field ? { ...m, type: others } : m));
  return [
    { suffix: pascal(rule.equals), members: when },
    { suffix: "Otherwise", members: otherwise },
  ];
}

function doc(text: string | undefined, indent: string): string {
  if (!text) return "";
  // The text sits inside a block comment: keep it on one line and never close the comment early.
  return `${indent}/** ${text.replace(/\s+/g, " ").trim().replaceAll("*/", "*\\/")} */\n`;
}

function memberLines(members: readonly Member[], indent: string): string {
  return members
    .map((m) => `${doc(m.doc, indent)}${indent}readonly ${m.name}${m.optional ? "?" : ""}: ${m.type};\n`)
    .join("");
}

// Object type aliases rather than interfaces: like the types they replace, they are assignable
// to `Record<string, unknown>` (an interface has no implicit index signature).
const fieldsLiteral = (members: readonly Member[]) =>
  members.length === 0
    ? "{}"
    : `{ ${members.map((m) => `readonly ${m.name}${m.optional ? "?" : ""}: ${m.type}`).join("; ")} }`;

/** The source of `generated/types.ts`. */
export function renderTypes(catalog: CatalogDefinition = defined): string {
  const base = membersOf(BASE, "error");
  const objects: string[] = [];
  const objectMap: string[] = [];
  const fieldsMap: string[] = [];
  const needs: string[] = [];
  const byType = new Map<string, string[]>(Object.keys(catalog.types).map((type) => [type, []]));
  for (const [code, def] of Object.entries(catalog.errors)) {
    byType.get(def.type)?.push(code);
    const name = `${pascal(code)}Object`;
    const deprecated = def.deprecated ? `  ${deprecatedDoc(def.deprecated)}\n` : "";
    const variants = variantsOf(def, code);
    const names: string[] = [];
    for (const variant of variants) {
      const own = new Map(variant.members.map((m) => [m.name, m]));
      const all = [...base.map((m) => own.get(m.name) ?? m), ...variant.members.filter((m) => !(m.name in BASE))];
      const title =
        variants.length === 1
          ? def.title
          : `${def.title}, ${variant.suffix === "Otherwise" ? `${def.requiredWhen?.field} not ${JSON.stringify(def.requiredWhen?.equals)}` : `${def.requiredWhen?.field} ${JSON.stringify(def.requiredWhen?.equals)}`}`;
      const interfaceName = `${name}${variants.length === 1 ? "" : variant.suffix}`;
      names.push(interfaceName);
      objects.push(
        `${doc(`The \`error\` object of \`${code}\`: ${title}.`, "")}` +
          `export type ${interfaceName} = {\n` +
          `  /** The error's type (category). */\n  readonly type: ${JSON.stringify(def.type)};\n` +
          `  /** The machine-readable error code. Branch on it. */\n  readonly code: ${JSON.stringify(code)};\n` +
          memberLines(all, "  ") +
          "};\n",
      );
    }
    if (variants.length > 1) objects.push(`export type ${name} = ${names.join(" | ")};\n`);
    objectMap.push(`${deprecated}  readonly ${code}: ${name};`);
    fieldsMap.push(`  readonly ${code}: ${variants.map((v) => fieldsLiteral(v.members)).join(" | ")};`);
    const required = variants.some((v) => v.members.some((m) => !m.optional));
    needs.push(`  readonly ${code}: ${required ? '"required"' : '"optional"'};`);
  }
  const typeLines = [...byType].map(
    ([type, codes]) => `  readonly ${type}: ${codes.map((c) => JSON.stringify(c)).join(" | ") || "never"};`,
  );
  return (
    TYPES_HEADER +
    'import type { ErrorDetail } from "../types.js";\n\n' +
    objects.join("\n") +
    "\n/** Code → its `error` object. */\nexport interface ErrorObjectMap {\n" +
    objectMap.join("\n") +
    "\n}\n\n/** Code → its own fields, as they stand inside `error`. */\nexport interface ErrorFieldsMap {\n" +
    fieldsMap.join("\n") +
    "\n}\n\n/** Code → whether a caller must pass some field (`required`) or may pass none (`optional`). */\n" +
    "export interface ErrorFieldsNeed {\n" +
    needs.join("\n") +
    "\n}\n\n/** Type → the codes of that type. */\nexport interface CodesOfType {\n" +
    typeLines.join("\n") +
    "\n}\n"
  );
}
