/**
 * `catalog.json`: the catalogue as data, for services in any language.
 *
 * @module
 */
import * as z from "zod";
import type { ErrorCode, ErrorDefinition, Source, TypeSource } from "./define.js";
import { catalog } from "./definition.js";
import { docUrlOf } from "./doc-url.js";
import { exampleBody } from "./examples.js";
import { CATALOG_VERSION, ERRORS, ERROR_CODE_LIST } from "./table.js";

/** The base of every emitted schema file's `$id`. */
export const SCHEMA_BASE_URL = "https://errata.dev/schemas/";

export type JsonSchema = Record<string, unknown>;

/** One field's JSON Schema, on its own (no `$schema`). */
export function fieldSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

export interface CatalogJson {
  readonly $id: string;
  readonly version: string;
  readonly types: Record<string, { status: number; retry: string; title: string; description: string; source: CatalogJsonSource }>;
  readonly errors: readonly CatalogJsonError[];
}

/**
 * Where an entry comes from: `seeds` quotes the reference documents' statements (`seed` is the
 * document's number, `gives` the parts of the entry it gives, `message` a body's verbatim message),
 * and `own` gives, part by part, the catalogue's reason for what no document gives.
 */
export interface CatalogJsonSource {
  readonly seeds: readonly { seed: string; says: string; gives: readonly string[]; message?: string }[];
  readonly own: Readonly<Record<string, string>>;
}

export interface CatalogJsonError {
  readonly code: string;
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly retry: string;
  readonly retry_after?: number;
  readonly owner_facing: boolean;
  readonly message: string;
  /** More specific templates, tried in order: the first whose placeholders all have values is used. */
  readonly message_variants?: readonly string[];
  /** A timestamp field Retry-After is derived from (the seconds until it) when the error carries it. */
  readonly retry_after_from?: string;
  readonly doc_url: string;
  readonly fields: Record<string, JsonSchema>;
  readonly required: readonly string[];
  readonly required_when?: { field: string; equals: string; required: readonly string[] };
  readonly deprecated?: { replacement?: string; reason: string };
  readonly example: unknown;
  readonly source: CatalogJsonSource;
}

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

function errorEntry(code: ErrorCode): CatalogJsonError {
  // Read as the general definition: optional members (requiredWhen, deprecated, ...) may be absent from every entry.
  const def: ErrorDefinition = catalog.errors[code];
  const info = ERRORS[code];
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
    ...(deprecated ? { deprecated: { ...deprecated } } : {}),
    example: exampleBody(code),
    source: sourceJson(def.source),
  };
}

/** The catalogue as data (`schemas/catalog.json`): what a service in any language reads. */
export function catalogJson(version: string = CATALOG_VERSION): CatalogJson {
  return {
    $id: `${SCHEMA_BASE_URL}catalog.json`,
    version,
    types: Object.fromEntries(
      Object.entries(catalog.types).map(([name, type]) => [
        name,
        { status: type.status, retry: type.retry, title: type.title, description: type.description, source: sourceJson(type.source) },
      ]),
    ),
    errors: ERROR_CODE_LIST.map(errorEntry),
  };
}
