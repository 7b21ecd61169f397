/**
 * The catalogue's own rules. A definition that breaks one fails the build with a message that
 * names the code and the rule.
 *
 * @module
 */
import * as z from "zod";
import type { CatalogDefinition, ErrorDefinition, LegacyDialect, SourcePart, TypeDefinition } from "../types.js";
import { placeholdersOf, renderMessage, templateFor } from "../message.js";
import { CODE_PATTERN } from "../patterns.js";
import { DIALECTS, LEGACY_DIALECTS } from "../wire/dialects.js";

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
  | "deprecation-replacement"
  | "message-variant"
  | "retry-after-from"
  | "required-hedged"
  | "text-field-name"
  | "source-seed"
  | "source-part"
  | "source-complete"
  | "seed-message"
  | "api-known"
  | "without-code";

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
/** The reference documents an entry may cite. */
export const SEED_IDS: readonly string[] = ["000", "001", "002", "003", "004"];
// Members any error may carry, which a description or fix may name without the code defining them.
const COMMON = new Set(["param", "details", "doc_url", "request_id", "message", "code", "type", "retry_after"]);
// A required field is a promise about every body: a description that hedges contradicts it.
const HEDGES = /\b(when|whenever|may|might|if|unless|optional|optionally|sometimes)\b/i;
// A snake_case name in backticks: a field, unless the text calls it "the `name` parameter".
const NAMED = /`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`(?! parameter)/g;
const TIMESTAMP = "2026-01-01T00:00:00Z";

function describedAs(schema: z.ZodType): string | undefined {
  return (
    schema.description ?? (schema instanceof z.ZodOptional ? describedAs(schema.unwrap() as z.ZodType) : undefined)
  );
}

function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

function checkStatus(code: string, status: unknown, problems: CatalogProblem[]): void {
  if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) {
    problems.push({
      code,
      rule: "status-range",
      message: `status ${String(status)} is not an HTTP error status (400 to 599).`,
    });
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
    if (RESERVED.has(name))
      add(
        "field-reserved",
        `field "${name}" is a member of every error or of its problem details, and cannot be redefined.`,
      );
    if (!describedAs(schema)) add("field-described", `field "${name}" has no description.`);
  }

  for (const name of placeholdersOf(def.message ?? "")) {
    const schema = fields[name];
    if (!schema) add("placeholder-field", `the message uses {${name}}, which is not a field of the code.`);
    else if (isOptional(schema)) add("placeholder-field", `the message uses {${name}}, which is an optional field.`);
  }

  const retry = def.retry ?? type?.retry;
  if (retry === "retry_after" && !(Number.isInteger(def.retryAfter) && (def.retryAfter as number) > 0)) {
    add(
      "retry-after-default",
      "a code whose retry policy is retry_after needs a default retryAfter (whole seconds > 0).",
    );
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
      else if (!isOptional(fields[name]))
        add("required-when", `requiredWhen names "${name}", which is required already.`);
    }
  }

  const example = z.looseObject(fields).safeParse(def.example);
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

  if (def.retryAfterFrom !== undefined) {
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

  for (const [name, schema] of Object.entries(fields)) {
    const description = describedAs(schema);
    if (!isOptional(schema) && description && HEDGES.test(description)) {
      add(
        "required-hedged",
        `field "${name}" is required, but its description hedges ("${description.match(HEDGES)?.[0]}"): a required field is on every body.`,
      );
    }
  }
  const enumValues = new Set(
    Object.values(fields).flatMap((schema) => {
      const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
      return inner instanceof z.ZodEnum ? (inner.options as string[]) : [];
    }),
  );
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

  checkApis(def, add);
  checkSource(def, add);

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

/** What every claim must have, an entry's or a type's: a known document and a statement from it. */
function checkClaim(
  claim: { readonly seed: string; readonly says: string },
  add: (rule: CatalogRule, message: string) => void,
): void {
  if (!SEED_IDS.includes(claim.seed)) {
    add(
      "source-seed",
      `a claim cites "${claim.seed}", which is not one of the reference documents ${SEED_IDS.join(", ")}.`,
    );
  }
  if (typeof claim.says !== "string" || claim.says.trim() === "")
    add("source-seed", `a claim of ${claim.seed} quotes no statement.`);
}

/** The parts of an entry whose origin its source must give. */
export function partsOf(def: ErrorDefinition): SourcePart[] {
  const fields = Object.entries(def.fields ?? {});
  return [
    "code",
    "type",
    "status",
    "message",
    "description",
    "fix",
    ...(def.messageVariants?.length ? (["messageVariants"] as const) : []),
    ...(def.retry !== undefined ? (["retry"] as const) : []),
    ...(def.retryAfter !== undefined ? (["retryAfter"] as const) : []),
    ...(def.retryAfterFrom !== undefined ? (["retryAfterFrom"] as const) : []),
    ...(Array.isArray(def.apis) ? (def.apis as readonly LegacyDialect[]).map((api) => `api:${api}` as const) : []),
    ...fields.map(([name]) => `field:${name}` as const),
    ...fields.filter(([, schema]) => !isOptional(schema)).map(([name]) => `required:${name}` as const),
  ];
}

function checkSource(def: ErrorDefinition, add: (rule: CatalogRule, message: string) => void): void {
  const source = def.source;
  if (!source || !Array.isArray(source.seeds) || typeof source.own !== "object" || source.own === null) {
    add("source-complete", "the entry has no source: { seeds: [...], own: {...} }.");
    return;
  }
  const parts = partsOf(def);
  const known = new Set<string>(parts);
  const given = new Set<string>();
  for (const claim of source.seeds) {
    checkClaim(claim, add);
    if (!claim.gives?.length) add("source-seed", `the claim "${claim.says}" gives no part of the entry.`);
    for (const part of claim.gives ?? []) {
      if (!known.has(part))
        add("source-part", `seed ${claim.seed} is said to give "${part}", which is not a part of this entry.`);
      given.add(part);
    }
    if (claim.message !== undefined) {
      const example = def.example as Record<string, unknown>;
      const rendered = renderMessage(templateFor(def, example), example);
      if (rendered !== claim.message) {
        add(
          "seed-message",
          `seed ${claim.seed} shows the message "${claim.message}", but the example renders "${rendered}".`,
        );
      }
    }
  }
  const own = Object.entries(source.own) as [string, string | undefined][];
  for (const [part, reason] of own) {
    if (part === "entry") {
      if (source.seeds.length > 0)
        add("source-part", 'own "entry" is only for an entry no reference document mentions; name each part instead.');
    } else if (!known.has(part)) add("source-part", `own names "${part}", which is not a part of this entry.`);
    if (typeof reason !== "string" || reason.trim() === "") add("source-complete", `own "${part}" gives no reason.`);
    if (given.has(part))
      add("source-complete", `"${part}" is both given by a reference document and claimed as the catalogue's own.`);
  }
  if (Object.hasOwn(source.own, "entry") && source.seeds.length === 0) return;
  for (const part of parts) {
    if (!given.has(part) && !Object.hasOwn(source.own, part)) {
      add(
        "source-complete",
        `no reference document gives "${part}", and own does not say why the catalogue decided it.`,
      );
    }
  }
}

const TYPE_PARTS = ["type", "status", "retry", "description"] as const;

function checkTypeSource(name: string, type: TypeDefinition, problems: CatalogProblem[]): void {
  const add = (rule: CatalogRule, message: string) => problems.push({ code: name, rule, message });
  const source = type.source;
  if (!source || !Array.isArray(source.seeds) || typeof source.own !== "object" || source.own === null) {
    add("source-complete", "the type has no source: { seeds: [...], own: {...} }.");
    return;
  }
  const given = new Set<string>();
  for (const claim of source.seeds) {
    checkClaim(claim, add);
    for (const part of claim.gives ?? []) {
      if (!(TYPE_PARTS as readonly string[]).includes(part))
        add("source-part", `seed ${claim.seed} is said to give "${part}", which is not a part of a type.`);
      given.add(part);
    }
  }
  for (const [part, reason] of Object.entries(source.own) as [string, string | undefined][]) {
    if (!(TYPE_PARTS as readonly string[]).includes(part))
      add("source-part", `own names "${part}", which is not a part of a type.`);
    if (typeof reason !== "string" || reason.trim() === "") add("source-complete", `own "${part}" gives no reason.`);
    if (given.has(part))
      add("source-complete", `"${part}" is both given by a reference document and claimed as the catalogue's own.`);
  }
  for (const part of TYPE_PARTS) {
    if (!given.has(part) && !Object.hasOwn(source.own, part)) {
      add(
        "source-complete",
        `no reference document gives "${part}", and own does not say why the catalogue decided it.`,
      );
    }
  }
}

function checkApis(def: ErrorDefinition, add: (rule: CatalogRule, message: string) => void): void {
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

// A generic body names no code: its API's status and message must point at one code alone.
function checkGenericBodies(catalog: CatalogDefinition, problems: CatalogProblem[]): void {
  const seen = new Map<string, string>();
  for (const [code, def] of Object.entries(catalog.errors)) {
    const status = def.status ?? catalog.types[def.type]?.status;
    for (const api of def.withoutCode ?? []) {
      const key = `${api} ${status} ${def.message}`;
      const other = seen.get(key);
      if (other !== undefined)
        problems.push({
          code,
          rule: "without-code",
          message: `${api} sends ${other} and ${code} without a code, with the same status ${status} and message: a client cannot tell them apart.`,
        });
      else seen.set(key, code);
    }
  }
}

/** Every problem of a catalogue definition; an empty list when it keeps every rule. */
export function checkCatalog(catalog: CatalogDefinition): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const [name, type] of Object.entries(catalog.types)) {
    if (!CODE_PATTERN.test(name))
      problems.push({ code: name, rule: "type-format", message: `the type must match ${CODE_PATTERN}.` });
    checkStatus(name, type.status, problems);
    if (!type.description?.trim())
      problems.push({ code: name, rule: "text-filled", message: "the type's description is empty." });
    checkTypeSource(name, type, problems);
  }
  for (const [code, def] of Object.entries(catalog.errors)) checkError(code, def, catalog, problems);
  checkGenericBodies(catalog, problems);
  return problems;
}

/** Throws a {@link CatalogError} naming every broken rule. */
export function assertCatalog(catalog: CatalogDefinition): void {
  const problems = checkCatalog(catalog);
  if (problems.length > 0) throw new CatalogError(problems);
}
