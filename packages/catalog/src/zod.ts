/**
 * Validators of the catalogue, built with zod from its one definition.
 * Import from `@errata/catalog/zod`; the main entry stays free of zod.
 *
 * @module
 */
export {
  anyErrorBodySchema,
  anyErrorObjectSchema,
  errorBodySchema,
  errorBodySchemaOf,
  errorObjectSchema,
  errorObjectSchemas,
  requestIdSchema,
} from "./schemas/standard.js";
export { dialectBodySchemas, type DialectErrorBody, type DialectSchemas } from "./schemas/dialects.js";
export {
  assertCatalog,
  CatalogError,
  checkCatalog,
  type CatalogProblem,
  type CatalogRule,
} from "./self-check/check-catalog.js";
export { catalog, definitionOf } from "./definition.js";
export {
  catalogJson,
  SCHEMA_BASE_URL,
  type CatalogJson,
  type CatalogJsonError,
  type CatalogJsonSource,
  type JsonSchema,
} from "./catalog-json/write.js";
export { EXAMPLE_REQUEST_ID, exampleBody } from "./wire/examples.js";
export * from "./index.js";
