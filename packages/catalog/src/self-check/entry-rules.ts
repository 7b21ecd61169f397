/**
 * The rules on one entry of the catalogue, one step a concern: its names and texts, its fields, its
 * message, its retry policy, its conditional requirement, its example, the APIs that send it, its
 * source and its deprecation.
 *
 * @module
 */
import * as z from "zod";
import { placeholdersOf } from "../message.js";
import { CODE_PATTERN } from "../patterns.js";
import type { CatalogDefinition, ErrorDefinition } from "../types.js";
import { DIALECTS, LEGACY_DIALECTS } from "../wire/dialects.js";
import type { AddProblem } from "./problems.js";
import { checkSource } from "./source-rules.js";
import { describedAs, enumValuesOf, isOptional } from "./zod-reading.js";

/** One entry, as each step reads it. */
interface Entry {
  readonly code: string;
  readonly def: ErrorDefinition;
  readonly fields: Readonly<Record<string, z.ZodType>>;
  readonly catalog: CatalogDefinition;
  readonly add: AddProblem;
}

// Members every error object has already, and the members of its RFC 9457 problem details form
// (where a code's fields become extension members beside them): a code's fields may not reuse them.
// `error` is the legacy dialects' envelope member (the code, or iMessage's "ApiError") beside the fields.
const RESERVED = new Set([
  "type",
  "code",
  "message",
  "doc_url",
  "request_id",
  "title",
  "status",
  "detail",
  "instance",
  "error",
]);
const LEGACY: readonly string[] = LEGACY_DIALECTS;
const TEXTS = ["title", "message", "description", "fix"] as const;
// Members any error may carry, which a description or fix may name without the code defining them.
const COMMON = new Set(["param", "details", "doc_url", "request_id", "message", "code", "type", "retry_after"]);
// A required field is a promise about every body: a description that hedges contradicts it.
const HEDGES = /\b(when|whenever|may|might|if|unless|optional|optionally|sometimes)\b/i;
// A snake_case name in backticks: a field, unless the text calls it "the `name` parameter".
const NAMED = /`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`(?! parameter)/g;
const TIMESTAMP = "2026-01-01T00:00:00Z";

/** Whether `status` is an HTTP error status; a problem of `add`'s code when not. */
export function checkStatus(status: unknown, add: AddProblem): void {
  if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) {
    add("status-range", `status ${String(status)} is not an HTTP error status (400 to 599).`);
  }
}

/** Whole seconds above zero, as `retryAfter` must be. */
const isDelay = (value: unknown): boolean => Number.isInteger(value) && (value as number) > 0;

function checkNamesAndTexts({ code, def, catalog, add }: Entry): void {
  if (!CODE_PATTERN.test(code)) add("code-format", `the code must match ${CODE_PATTERN}.`);
  if (!Object.hasOwn(catalog.types, def.type))
    add("known-type", `type "${def.type}" is not one of: ${Object.keys(catalog.types).join(", ")}.`);
  if (def.status !== undefined) checkStatus(def.status, add);
  for (const key of TEXTS) {
    if (typeof def[key] !== "string" || def[key].trim() === "") add("text-filled", `${key} is empty.`);
  }
}

function checkFields({ fields, add }: Entry): void {
  for (const [name, schema] of Object.entries(fields)) {
    if (!CODE_PATTERN.test(name)) add("field-format", `field "${name}" must be snake_case (${CODE_PATTERN}).`);
    if (RESERVED.has(name))
      add(
        "field-reserved",
        `field "${name}" is a member of every error or of its problem details, and cannot be redefined.`,
      );
    if (!describedAs(schema)) add("field-described", `field "${name}" has no description.`);
  }
}

function checkPlaceholders({ def, fields, add }: Entry): void {
  for (const name of placeholdersOf(def.message ?? "")) {
    const schema = fields[name];
    if (!schema) add("placeholder-field", `the message uses {${name}}, which is not a field of the code.`);
    else if (isOptional(schema)) add("placeholder-field", `the message uses {${name}}, which is an optional field.`);
  }
}

function checkRetryAfterDefault({ def, catalog, add }: Entry): void {
  const retry = def.retry ?? (Object.hasOwn(catalog.types, def.type) ? catalog.types[def.type]?.retry : undefined);
  if (retry === "retry_after" && !isDelay(def.retryAfter)) {
    add(
      "retry-after-default",
      "a code whose retry policy is retry_after needs a default retryAfter (whole seconds > 0).",
    );
  }
  if (def.retryAfter !== undefined && !isDelay(def.retryAfter)) {
    add("retry-after-default", `retryAfter ${def.retryAfter} is not a whole number of seconds > 0.`);
  }
}

function checkRequiredWhen({ def, fields, add }: Entry): void {
  const rule = def.requiredWhen;
  if (!rule) return;
  const on = fields[rule.field];
  const values = on instanceof z.ZodEnum ? (on.options as string[]) : undefined;
  if (!values?.includes(rule.equals)) {
    add("required-when", `requiredWhen needs "${rule.field}" to be an enum field with the value "${rule.equals}".`);
  }
  for (const name of rule.fields) {
    if (!fields[name]) add("required-when", `requiredWhen names "${name}", which is not a field of the code.`);
    else if (!isOptional(fields[name]))
      add("required-when", `requiredWhen names "${name}", which is required already.`);
  }
}

function checkExample({ def, fields, add }: Entry): void {
  const example = z.looseObject(fields).safeParse(def.example);
  const rule = def.requiredWhen;
  if (!example.success) {
    add(
      "example-valid",
      `the example does not fit the fields: ${z.prettifyError(example.error).replaceAll("\n", " ")}`,
    );
  } else if (rule && def.example[rule.field] === rule.equals) {
    for (const name of rule.fields) {
      if (def.example[name] === undefined)
        add("example-valid", `the example has ${rule.field} "${rule.equals}" but no "${name}".`);
    }
  }
}

function checkMessageVariants({ def, fields, add }: Entry): void {
  for (const variant of def.messageVariants ?? []) {
    const names = placeholdersOf(variant);
    const unknown = names.filter((name) => !fields[name]);
    if (unknown.length > 0)
      add(
        "message-variant",
        `the variant "${variant}" uses ${unknown.map((n) => `{${n}}`).join(", ")}, not fields of the code.`,
      );
    else if (!names.some((name) => isOptional(fields[name] as z.ZodType))) {
      add(
        "message-variant",
        `the variant "${variant}" names no optional field, so it would always replace the message.`,
      );
    }
  }
}

function checkRetryAfterFrom({ def, fields, add }: Entry): void {
  if (def.retryAfterFrom === undefined) return;
  const from = fields[def.retryAfterFrom];
  if (!from?.safeParse(TIMESTAMP).success || from.safeParse("soon").success) {
    add(
      "retry-after-from",
      `retryAfterFrom names "${def.retryAfterFrom}", which is not an RFC 3339 timestamp field of the code.`,
    );
  }
  if (def.retryAfter === undefined)
    add("retry-after-from", "retryAfterFrom needs a default retryAfter for errors that do not carry the time.");
}

function checkRequiredHedges({ fields, add }: Entry): void {
  for (const [name, schema] of Object.entries(fields)) {
    const description = describedAs(schema);
    if (!isOptional(schema) && description && HEDGES.test(description)) {
      add(
        "required-hedged",
        `field "${name}" is required, but its description hedges ("${description.match(HEDGES)?.[0]}"): a required field is on every body.`,
      );
    }
  }
}

function checkNamesInTexts({ def, fields, add }: Entry): void {
  const enumValues = new Set(Object.values(fields).flatMap(enumValuesOf));
  for (const key of ["message", "description", "fix"] as const) {
    for (const [, name] of (def[key] ?? "").matchAll(NAMED)) {
      if (!fields[name as string] && !COMMON.has(name as string) && !enumValues.has(name as string)) {
        add(
          "text-field-name",
          `the ${key} names \`${name}\`, which is not a field of the code (name a request parameter as "the \`${name}\` parameter").`,
        );
      }
    }
  }
}

function checkApis({ def, add }: Entry): void {
  if (def.apis !== undefined && !Array.isArray(def.apis)) {
    add("api-known", `apis must list the legacy APIs that send the code (${LEGACY.join(", ")}).`);
    return;
  }
  const apis = def.apis ?? [];
  for (const [key, list] of [
    ["apis", apis],
    ["withoutCode", def.withoutCode ?? []],
  ] as const) {
    for (const [index, api] of list.entries()) {
      if (!LEGACY.includes(api)) add("api-known", `${key} names "${api}", which is not one of: ${LEGACY.join(", ")}.`);
      else if (list.indexOf(api) !== index) add("api-known", `${key} names "${api}" twice.`);
    }
  }
  for (const api of def.withoutCode ?? []) {
    // An unknown API is reported above (api-known); it has no dialect to ask.
    if (!LEGACY.includes(api)) continue;
    if (!apis.includes(api)) add("without-code", `withoutCode names "${api}", which is not in apis.`);
    else if (!DIALECTS[api].codeOptional)
      add("without-code", `the ${api} dialect always sends the code: it has no generic bodies.`);
  }
  if (def.withoutCode?.length) {
    if (placeholdersOf(def.message ?? "").length > 0 || def.messageVariants?.length)
      add(
        "without-code",
        "a generic body is read back by its exact message: the message cannot have placeholders or variants.",
      );
  }
}

function checkDeprecation({ code, def, catalog, add }: Entry): void {
  const deprecated = def.deprecated;
  if (deprecated?.replacement !== undefined) {
    const replacement = Object.hasOwn(catalog.errors, deprecated.replacement)
      ? catalog.errors[deprecated.replacement]
      : undefined;
    if (!replacement || deprecated.replacement === code || replacement.deprecated) {
      add(
        "deprecation-replacement",
        `the replacement "${deprecated.replacement}" is not a current code of the catalogue.`,
      );
    }
  }
  if (deprecated && !deprecated.reason?.trim()) add("deprecation-replacement", "a deprecation needs a reason.");
}

// In the order their problems are listed.
const STEPS: readonly ((entry: Entry) => void)[] = [
  checkNamesAndTexts,
  checkFields,
  checkPlaceholders,
  checkRetryAfterDefault,
  checkRequiredWhen,
  checkExample,
  checkMessageVariants,
  checkRetryAfterFrom,
  checkRequiredHedges,
  checkNamesInTexts,
  checkApis,
  ({ def, add }) => checkSource(def, add),
  checkDeprecation,
];

/** Every rule on the entry of `code`, each problem passed to `add`. */
export function checkEntry(code: string, def: ErrorDefinition, catalog: CatalogDefinition, add: AddProblem): void {
  const entry: Entry = { code, def, fields: def.fields ?? {}, catalog, add };
  for (const step of STEPS) step(entry);
}
