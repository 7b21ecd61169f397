/**
 * JSON Schema (draft 2020-12) of the wire body, converted from the catalogue's zod schemas with
 * zod's own converter. Every file stands on its own: a schema that uses another carries a copy of it
 * in `$defs`, so code generators and validators read any one file without fetching anything.
 *
 * @module
 */

import {
  anyErrorBodySchema,
  DIALECTS,
  definitionOf,
  dialectBodySchemas,
  ERROR_CODE_LIST,
  errorBodySchema,
  errorObjectSchema,
  errorObjectSchemas,
  type JsonSchema,
  LEGACY_DIALECTS,
  type LegacyDialect,
  SCHEMA_BASE_URL,
} from "@errata/catalog/zod";
import * as z from "zod";
import { byCode } from "./by-code.js";

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
  const byUri = new Map(Object.entries(schemas).map(([id, schema]) => [schemaId(id), schema as JsonSchema]));
  return new Map([
    ...Object.entries(schemas).map(
      ([id, schema]) => [`${id}.schema.json`, byCode(selfContained(schema as JsonSchema, byUri))] as const,
    ),
    ...LEGACY_DIALECTS.flatMap((dialect) => [...dialectJsonSchemas(dialect)]),
  ]);
}

/**
 * The two files of a legacy dialect, `dialects/<name>/error.schema.json` (strict) and
 * `error-any.schema.json` (lenient). Each code's body is a `$defs` entry named after the code; the
 * per-code schemas are registered only to be copied there, not written as files of their own.
 */
function dialectJsonSchemas(dialect: LegacyDialect): Map<string, JsonSchema> {
  const { title } = DIALECTS[dialect];
  const folder = `dialects/${dialect}`;
  const { body, any, codes, anyCodes } = dialectBodySchemas[dialect];
  const registry = z.registry<{ id: string; title?: string; description?: string }>();
  for (const code of ERROR_CODE_LIST) {
    const { description } = definitionOf(code);
    const strict = codes[code];
    if (strict) registry.add(strict, { id: `${folder}/errors/${code}`, title: code, description });
    registry.add(anyCodes[code], { id: `${folder}/errors-any/${code}`, title: code, description });
  }
  registry.add(body, {
    id: `${folder}/error`,
    title: `Error response (${title})`,
    description: `An error response body of the ${title} API: one of the codes it sends, in its envelope, with each code's fields and rules. A member of another dialect's envelope (request_id, type, ...) is refused; other members are allowed.`,
  });
  registry.add(any, {
    id: `${folder}/error-any`,
    title: `Error response, lenient (${title})`,
    description: `Any well-formed error response body in the ${title} API's envelope. Catalogued codes are checked fully; a code this version does not know needs only the envelope; other members are allowed.`,
  });
  const { schemas } = z.toJSONSchema(registry, { uri: schemaId, target: "draft-2020-12" });
  const byUri = new Map(Object.entries(schemas).map(([id, schema]) => [schemaId(id), schema as JsonSchema]));
  return new Map(
    ["error", "error-any"].map((name) => {
      const id = `${folder}/${name}`;
      return [`${id}.schema.json`, byCode(selfContained(schemas[id] as JsonSchema, byUri))];
    }),
  );
}

/** The `$defs` name of a schema file's copy: its file name without folder and suffix (`error-object`, a code). */
export function defName(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1).replace(/\.schema\.json$/, "");
}

/**
 * `schema` with every `$ref` to another file rewritten to a copy of that file under `$defs`. The
 * files' `$id`s are absolute URLs that nothing serves, so a tool that follows them would go to the
 * network and fail; within one document a local reference always resolves.
 */
function selfContained(schema: JsonSchema, byUri: ReadonlyMap<string, JsonSchema>): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => {
        if (key !== "$ref" || typeof member !== "string" || member.startsWith("#")) return [key, rewrite(member)];
        const [uri = "", fragment = ""] = member.split("#");
        const target = byUri.get(uri);
        if (target === undefined) throw new Error(`JSON Schema: \`$ref\` ${member} names no emitted schema`);
        const name = defName(uri);
        if (!(name in defs)) {
          defs[name] = {}; // Reserved first, so a schema that refers back to itself ends.
          const { $schema: _schema, $id: _id, ...copy } = target;
          defs[name] = rewrite(copy) as JsonSchema;
        }
        return [key, `#/$defs/${name}${fragment}`];
      }),
    );
  };
  const result = rewrite(schema) as JsonSchema;
  return Object.keys(defs).length === 0 ? result : { ...result, $defs: { ...(result.$defs as object), ...defs } };
}
