/**
 * The catalogue's own rules. A definition that breaks one fails the build with a message that
 * names the code and the rule.
 *
 * @module
 */
import * as z from "zod";
import type { CatalogDefinition, ErrorDefinition } from "./define.js";
import { placeholdersOf } from "./message.js";
import { CODE_PATTERN } from "./patterns.js";

export type CatalogRule =
  | "code-format"
  | "type-format"
  | "known-type"
  | "status-range"
  | "text-filled"
  | "field-format"
  | "field-reserved"
  | "field-described"
  | "placeholder-field"
  | "retry-after-default"
  | "required-when"
  | "example-valid"
  | "deprecation-replacement";

export interface CatalogProblem {
  /** The code (or type) the problem is in. */
  readonly code: string;
  readonly rule: CatalogRule;
  readonly message: string;
}

/** Thrown by {@link assertCatalog}: lists every problem found. */
export class CatalogError extends Error {
  override readonly name = "CatalogError";
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(
      `The catalogue breaks ${problems.length} rule${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${p.code}: [${p.rule}] ${p.message}`).join("\n"),
    );
  }
}

// Members every error object has already, and the members of its RFC 9457 problem details form
// (where a code's fields become extension members beside them): a code's fields may not reuse them.
const RESERVED = new Set(["type", "code", "message", "doc_url", "request_id", "title", "status", "detail", "instance"]);
const TEXTS = ["title", "message", "description", "fix"] as const;

function describedAs(schema: z.ZodType): string | undefined {
  return schema.description ?? (schema instanceof z.ZodOptional ? describedAs(schema.unwrap() as z.ZodType) : undefined);
}

function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

function checkStatus(code: string, status: unknown, problems: CatalogProblem[]): void {
  if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) {
    problems.push({ code, rule: "status-range", message: `status ${String(status)} is not an HTTP error status (400 to 599).` });
  }
}

function checkError(code: string, def: ErrorDefinition, catalog: CatalogDefinition, problems: CatalogProblem[]): void {
  const add = (rule: CatalogRule, message: string) => problems.push({ code, rule, message });
  if (!CODE_PATTERN.test(code)) add("code-format", `the code must match ${CODE_PATTERN}.`);
  const type = Object.hasOwn(catalog.types, def.type) ? catalog.types[def.type] : undefined;
  if (!type) add("known-type", `type "${def.type}" is not one of: ${Object.keys(catalog.types).join(", ")}.`);
  if (def.status !== undefined) checkStatus(code, def.status, problems);
  for (const key of TEXTS) {
    if (typeof def[key] !== "string" || def[key].trim() === "") add("text-filled", `${key} is empty.`);
  }

  const fields = def.fields ?? {};
  for (const [name, schema] of Object.entries(fields)) {
    if (!CODE_PATTERN.test(name)) add("field-format", `field "${name}" must be snake_case (${CODE_PATTERN}).`);
    if (RESERVED.has(name)) add("field-reserved", `field "${name}" is a member of every error or of its problem details, and cannot be redefined.`);
    if (!describedAs(schema)) add("field-described", `field "${name}" has no description.`);
  }

  for (const name of placeholdersOf(def.message ?? "")) {
    const schema = fields[name];
    if (!schema) add("placeholder-field", `the message uses {${name}}, which is not a field of the code.`);
    else if (isOptional(schema)) add("placeholder-field", `the message uses {${name}}, which is an optional field.`);
  }

  const retry = def.retry ?? type?.retry;
  if (retry === "retry_after" && !(Number.isInteger(def.retryAfter) && (def.retryAfter as number) > 0)) {
    add("retry-after-default", "a code whose retry policy is retry_after needs a default retryAfter (whole seconds > 0).");
  }
  if (def.retryAfter !== undefined && !(Number.isInteger(def.retryAfter) && def.retryAfter > 0)) {
    add("retry-after-default", `retryAfter ${def.retryAfter} is not a whole number of seconds > 0.`);
  }

  const rule = def.requiredWhen;
  if (rule) {
    const on = fields[rule.field];
    const values = on instanceof z.ZodEnum ? (on.options as string[]) : undefined;
    if (!values?.includes(rule.equals)) {
      add("required-when", `requiredWhen needs "${rule.field}" to be an enum field with the value "${rule.equals}".`);
    }
    for (const name of rule.fields) {
      if (!fields[name]) add("required-when", `requiredWhen names "${name}", which is not a field of the code.`);
      else if (!isOptional(fields[name])) add("required-when", `requiredWhen names "${name}", which is required already.`);
    }
  }

  const example = z.looseObject(fields).safeParse(def.example);
  if (!example.success) {
    add("example-valid", `the example does not fit the fields: ${z.prettifyError(example.error).replaceAll("\n", " ")}`);
  } else if (rule && def.example[rule.field] === rule.equals) {
    for (const name of rule.fields) {
      if (def.example[name] === undefined) add("example-valid", `the example has ${rule.field} "${rule.equals}" but no "${name}".`);
    }
  }

  const deprecated = def.deprecated;
  if (deprecated?.replacement !== undefined) {
    const replacement = Object.hasOwn(catalog.errors, deprecated.replacement) ? catalog.errors[deprecated.replacement] : undefined;
    if (!replacement || deprecated.replacement === code || replacement.deprecated) {
      add("deprecation-replacement", `the replacement "${deprecated.replacement}" is not a current code of the catalogue.`);
    }
  }
  if (deprecated && !deprecated.reason?.trim()) add("deprecation-replacement", "a deprecation needs a reason.");
}

/** Every problem of a catalogue definition; an empty list when it keeps every rule. */
export function checkCatalog(catalog: CatalogDefinition): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const [name, type] of Object.entries(catalog.types)) {
    if (!CODE_PATTERN.test(name)) problems.push({ code: name, rule: "type-format", message: `the type must match ${CODE_PATTERN}.` });
    checkStatus(name, type.status, problems);
    if (!type.description?.trim()) problems.push({ code: name, rule: "text-filled", message: "the type's description is empty." });
  }
  for (const [code, def] of Object.entries(catalog.errors)) checkError(code, def, catalog, problems);
  return problems;
}

/** Throws a {@link CatalogError} naming every broken rule. */
export function assertCatalog(catalog: CatalogDefinition): void {
  const problems = checkCatalog(catalog);
  if (problems.length > 0) throw new CatalogError(problems);
}
