/**
 * `catalog.json`: the catalogue as data, for services in any language.
 *
 * @module
 */
import * as z from "zod";
import { CATALOG_VERSION, ERROR_CODE_LIST, ERROR_INFO, GENERIC_CODES } from "../codes.js";
import { catalog } from "../definition.js";
import { docUrlOf, PROBLEM_INSTANCE_PREFIX } from "../doc-url.js";
import type {
  CatalogFile,
  CatalogFileChecks,
  CatalogFileDialect,
  CatalogFileEntry,
  CatalogFileSource,
  CatalogFileType,
  JsonSchema,
} from "../file.js";
import { FRAMEWORK_CODES } from "../framework-codes.js";
import { rulesOf } from "../generate/checks.js";
import { READING } from "../reading.js";
import { RETRY_GUIDANCE } from "../retry-guidance.js";
import { errorObjectSchemas } from "../schemas/standard.js";
import type { Dialect, ErrorCode, ErrorDefinition, Source, TypeSource } from "../types.js";
import { type DialectDefinition, dialectDefinitions } from "../wire/dialect-texts.js";
import { DIALECTS, LEGACY_DIALECTS, roleOf } from "../wire/dialects.js";
import { dialectExample, exampleBody } from "../wire/examples.js";

/** The base of every emitted schema file's `$id`. */
export const SCHEMA_BASE_URL = "https://errata.dev/schemas/";

export type { JsonSchema };

/** One field's JSON Schema, on its own (no `$schema`). */
export function fieldSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

/** `catalog.json` as written: the type its reader (`@errata/catalog/file`) returns. */
export type CatalogJson = Omit<CatalogFile, "types" | "errors" | "dialects"> & {
  readonly dialects: { readonly [name: string]: CatalogFileDialect };
  // As written now: every type and code carries its source, which older files may lack.
  readonly types: { readonly [name: string]: CatalogFileType & { readonly source: CatalogFileSource } };
  readonly errors: readonly CatalogJsonError[];
};
/** One code of `catalog.json`. */
export type CatalogJsonError = CatalogFileEntry & {
  readonly source: CatalogFileSource;
  readonly apis: readonly string[];
  readonly dialect_examples: { readonly [dialect: string]: { readonly [member: string]: unknown } };
};
/** Where an entry or a type comes from (see `CatalogFileSource`). */
export type CatalogJsonSource = CatalogFileSource;

function sourceJson(source: Source | TypeSource): CatalogJsonSource {
  return {
    seeds: source.seeds.map((claim) => ({
      seed: claim.seed,
      says: claim.says,
      gives: [...claim.gives],
      ...("message" in claim && claim.message !== undefined ? { message: claim.message } : {}),
    })),
    own: { ...(source.own as Record<string, string>) },
  };
}

function errorEntry(code: ErrorCode, checks: Readonly<Record<string, CatalogFileChecks>>): CatalogJsonError {
  // Read as the general definition: optional members (requiredWhen, deprecated, ...) may be absent from every entry.
  const def: ErrorDefinition = catalog.errors[code];
  const info = ERROR_INFO[code];
  const fields = Object.entries(def.fields);
  const rule = def.requiredWhen;
  const deprecated = def.deprecated;
  const variants = def.messageVariants;
  const from = def.retryAfterFrom;
  return {
    code,
    type: info.type,
    status: info.status,
    title: def.title,
    description: def.description,
    fix: def.fix,
    retry: info.retry,
    ...(info.retryAfter === undefined ? {} : { retry_after: info.retryAfter }),
    owner_facing: info.ownerFacing,
    message: def.message,
    ...(variants ? { message_variants: [...variants] } : {}),
    ...(from ? { retry_after_from: from } : {}),
    doc_url: docUrlOf(code),
    fields: Object.fromEntries(fields.map(([name, schema]) => [name, fieldSchema(schema)])),
    required: fields.filter(([, schema]) => !schema.safeParse(undefined).success).map(([name]) => name),
    ...(rule ? { required_when: { field: rule.field, equals: rule.equals, required: rule.fields } } : {}),
    ...(deprecated ? { deprecated } : {}),
    example: exampleBody(code) as CatalogJsonError["example"],
    apis: ["standard", ...(def.apis ?? [])],
    ...(def.withoutCode?.length ? { without_code: [...def.withoutCode] } : {}),
    checks: checks[code] as CatalogFileChecks,
    dialect_examples: Object.fromEntries(
      LEGACY_DIALECTS.filter((dialect) => def.apis?.includes(dialect)).map((dialect) => [
        dialect,
        dialectExample(code, dialect),
      ]),
    ),
    source: sourceJson(def.source),
  };
}

/** The catalogue as data (`schemas/catalog.json`): what a service in any language reads. */
export function catalogJson(version: string = CATALOG_VERSION): CatalogJson {
  const checks = rulesOf(errorObjectSchemas);
  return {
    $id: `${SCHEMA_BASE_URL}catalog.json`,
    version,
    types: Object.fromEntries(
      Object.entries(catalog.types).map(([name, type]) => [
        name,
        {
          status: type.status,
          retry: type.retry,
          title: type.title,
          description: type.description,
          source: sourceJson(type.source),
        },
      ]),
    ),
    dialects: Object.fromEntries(
      Object.entries(dialectDefinitions).map(([name, dialect]) => [name, dialectJson(name as Dialect, dialect)]),
    ),
    errors: ERROR_CODE_LIST.map((code) => errorEntry(code, checks)),
    retry_guidance: RETRY_GUIDANCE,
    reading: READING,
    problem_instance_prefix: PROBLEM_INSTANCE_PREFIX,
    framework_codes: { general: [...FRAMEWORK_CODES.general], legacy: [...FRAMEWORK_CODES.legacy] },
  };
}

/**
 * A dialect as data: besides where each part goes, the role of each envelope member and the codes
 * of its generic bodies, so that a reader in any language needs no rule written against a name.
 */
function dialectJson(name: Dialect, dialect: DialectDefinition): CatalogFileDialect {
  const envelope = DIALECTS[name];
  const generic = (GENERIC_CODES as Record<string, CatalogFileDialect["generic_codes"]>)[name];
  return {
    title: dialect.title,
    description: dialect.description,
    seeds: [...dialect.seeds],
    says: dialect.says,
    code: dialect.code,
    ...(dialect.type ? { type: dialect.type } : {}),
    fields: dialect.fields,
    ...(dialect.status ? { status: dialect.status } : {}),
    ...(dialect.constant ? { constant: { ...dialect.constant } } : {}),
    ...(dialect.requestId ? { request_id: dialect.requestId } : {}),
    doc_url: dialect.docUrl,
    code_optional: dialect.codeOptional,
    retry_after_member: dialect.retryAfterMember,
    members: [...dialect.members],
    roles: Object.fromEntries(dialect.members.map((member) => [member, roleOf(envelope, member)])),
    generic_codes: generic ?? {},
  };
}
