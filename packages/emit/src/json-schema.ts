/**
 * JSON Schema (draft 2020-12) of the wire body, converted from the catalogue's zod schemas with
 * zod's own converter. Files refer to each other by `$id`.
 *
 * @module
 */
import * as z from "zod";
import {
  ERROR_CODE_LIST,
  anyErrorBodySchema,
  definitionOf,
  errorBodySchema,
  errorObjectSchema,
  errorObjectSchemas,
  SCHEMA_BASE_URL,
  type JsonSchema,
} from "@errata/catalog/zod";


/** The `$id` of a schema file, from its path under `schemas/` without `.schema.json`. */
export function schemaId(id: string): string {
  return `${SCHEMA_BASE_URL}${id}.schema.json`;
}

/** Every schema file: path under `schemas/` → schema. */
export function jsonSchemas(): Map<string, JsonSchema> {
  const registry = z.registry<{ id: string; title?: string; description?: string }>();
  for (const code of ERROR_CODE_LIST) {
    const def = definitionOf(code);
    registry.add(errorObjectSchemas[code], { id: `errors/${code}`, title: code, description: def.description });
  }
  registry.add(errorObjectSchema, {
    id: "error-object",
    title: "Error object",
    description: "The `error` member of an error response of any catalogued code, discriminated on `code`.",
  });
  registry.add(errorBodySchema, {
    id: "error",
    title: "Error response",
    description: "An error response body of a catalogued code, with each code's fields and rules.",
  });
  registry.add(anyErrorBodySchema, {
    id: "error-any",
    title: "Error response (lenient)",
    description:
      "Any well-formed error response body. Catalogued codes are checked fully; a code this version does not know needs only the common members.",
  });
  const { schemas } = z.toJSONSchema(registry, { uri: schemaId, target: "draft-2020-12" });
  return new Map(Object.entries(schemas).map(([id, schema]) => [`${id}.schema.json`, schema as JsonSchema]));
}

