/**
 * Reads a published `schemas/` folder (catalog.json and the JSON Schema files) and checks that it
 * has the shape the generator relies on, so a broken or foreign folder fails with a message that
 * names the file and the member instead of producing a wrong reference.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ErrataBaseError } from "@errata/catalog";
import {
  type CatalogFile,
  type CatalogFileEntry,
  type CatalogFileSource,
  type JsonSchema,
  readCatalogFile,
} from "@errata/catalog/file";

export type { JsonSchema };
/** Where an entry or a type comes from. */
export type Source = CatalogFileSource;
/** One code of `catalog.json`. */
export type CatalogEntry = CatalogFileEntry;

/** Everything the generator reads from a schemas folder. */
export interface SchemaSet {
  /** `catalog.json`, read and checked by the catalogue's own reader. */
  readonly catalog: CatalogFile;
  /** `error.schema.json`: the body of any catalogued code. */
  readonly body: JsonSchema;
  /** `error-object.schema.json`: the `error` member. */
  readonly object: JsonSchema;
  /** `error-any.schema.json`: the lenient body. */
  readonly any: JsonSchema;
  /** Code → `errors/<code>.schema.json`. */
  readonly codes: ReadonlyMap<string, JsonSchema>;
  /**
   * Each legacy dialect of `catalog.json` → `dialects/<name>/error.schema.json` (`body`) and
   * `error-any.schema.json` (`any`); empty for a folder written before dialects.
   */
  readonly dialects?: ReadonlyMap<string, DialectSchemaFiles>;
}

/** The schemas of one legacy dialect's bodies. */
export interface DialectSchemaFiles {
  readonly body: JsonSchema;
  readonly any: JsonSchema;
}

/** The dialect whose schemas are the folder's top-level ones. */
export const STANDARD_DIALECT = "standard";

/** A schemas folder the generator cannot describe; the message names the file and the member. */
export class SchemaSetError extends ErrataBaseError {
  declare readonly name: "SchemaSetError";
}
Object.defineProperty(SchemaSetError.prototype, "name", {
  value: "SchemaSetError",
  writable: true,
  configurable: true,
});

type Json = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readJson(dir: string, path: string): unknown {
  const file = join(dir, path);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not found" : String(error);
    throw new SchemaSetError(`${file}: ${reason} (is ${dir} a schemas folder written by \`errata emit\`?)`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SchemaSetError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function schemaFile(dir: string, path: string): JsonSchema {
  const schema = readJson(dir, path);
  if (!isObject(schema) || typeof schema.$id !== "string") {
    throw new SchemaSetError(`${join(dir, path)}: not a JSON Schema with an \`$id\``);
  }
  return schema;
}

/**
 * Reads and checks a schemas folder (as written by `errata emit`). A `catalog.json` that is not one
 * throws the reader's `CatalogReadError`; a missing or broken schema file, a `SchemaSetError`.
 */
export function readSchemaSet(dir: string): SchemaSet {
  const catalog = readCatalogFile(join(dir, "catalog.json"));
  if (catalog.errors.length === 0) throw new SchemaSetError(`${join(dir, "catalog.json")}: lists no codes to describe`);
  return {
    catalog,
    body: schemaFile(dir, "error.schema.json"),
    object: schemaFile(dir, "error-object.schema.json"),
    any: schemaFile(dir, "error-any.schema.json"),
    codes: new Map(catalog.errors.map(({ code }) => [code, schemaFile(dir, `errors/${code}.schema.json`)])),
    dialects: new Map(
      Object.keys(catalog.dialects ?? {})
        .filter((name) => name !== STANDARD_DIALECT)
        .map((name) => [
          name,
          {
            body: schemaFile(dir, `dialects/${name}/error.schema.json`),
            any: schemaFile(dir, `dialects/${name}/error-any.schema.json`),
          },
        ]),
    ),
  };
}
