/**
 * Validators of the catalogue, built with zod from its one definition.
 * Import from `@errata/catalog/zod`; the main entry stays free of zod.
 *
 * @module
 */

export {
  type CatalogJson,
  type CatalogJsonError,
  type CatalogJsonSource,
  catalogJson,
  type JsonSchema,
  SCHEMA_BASE_URL,
} from "./catalog-json/write.js";
export { catalog, definitionOf } from "./definition.js";
export * from "./index.js";
export { type DialectErrorBody, type DialectSchemas, dialectBodySchemas } from "./schemas/dialects.js";
export {
  anyErrorBodySchema,
  anyErrorObjectSchema,
  errorBodySchema,
  errorBodySchemaOf,
  errorObjectSchema,
  errorObjectSchemas,
  requestIdSchema,
} from "./schemas/standard.js";
export {
  assertCatalog,
  CatalogError,
  type CatalogProblem,
  type CatalogRule,
  checkCatalog,
} from "./self-check/check-catalog.js";
export { EXAMPLE_REQUEST_ID, exampleBody } from "./wire/examples.js";
