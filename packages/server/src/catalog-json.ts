/**
 * The catalogue as `catalog.json`, built at run time from `@errata/catalog/zod`, for the mock
 * server. `@errata/emit` writes the same document to `schemas/catalog.json`; this package cannot
 * import it (emit depends on this package for its `mock` command), so a test holds the two equal.
 *
 * @module
 */
import {
  CATALOG_VERSION,
  ERROR_CODE_LIST,
  ERRORS,
  catalog,
  docUrlOf,
  exampleBody,
  type ErrorCode,
} from "@errata/catalog/zod";
import * as z from "zod";

const SCHEMA_BASE_URL = "https://errata.dev/schemas/";

function fieldSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return rest;
}

function errorEntry(code: ErrorCode): Record<string, unknown> {
  const def = catalog.errors[code];
  const info = ERRORS[code];
  const fields = Object.entries(def.fields as Record<string, z.ZodType>);
  const rule = "requiredWhen" in def ? def.requiredWhen : undefined;
  const deprecated = "deprecated" in def ? def.deprecated : undefined;
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
    doc_url: docUrlOf(code),
    fields: Object.fromEntries(fields.map(([name, schema]) => [name, fieldSchema(schema)])),
    required: fields.filter(([, schema]) => !schema.safeParse(undefined).success).map(([name]) => name),
    ...(rule ? { required_when: { field: rule.field, equals: rule.equals, required: rule.fields } } : {}),
    ...(deprecated ? { deprecated } : {}),
    example: exampleBody(code),
  };
}

let cached: string | undefined;

/** `catalog.json` as served: the same document as `schemas/catalog.json`, two-space indented. */
export function catalogJsonText(): string {
  cached ??= `${JSON.stringify(
    {
      $id: `${SCHEMA_BASE_URL}catalog.json`,
      version: CATALOG_VERSION,
      types: Object.fromEntries(
        Object.entries(catalog.types).map(([name, type]) => [
          name,
          { status: type.status, retry: type.retry, title: type.title, description: type.description },
        ]),
      ),
      errors: ERROR_CODE_LIST.map(errorEntry),
    },
    null,
    2,
  )}\n`;
  return cached;
}
