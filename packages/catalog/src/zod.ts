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
} from "./schemas.js";
export { type DialectDefinition, dialectDefinitions } from "./dialect-definitions.js";
export { dialectBodySchemas, type DialectErrorBody, type DialectSchemas } from "./dialect-schemas.js";
export {
  assertCatalog,
  CatalogError,
  checkCatalog,
  partsOf,
  SEED_IDS,
  type CatalogProblem,
  type CatalogRule,
} from "./check.js";
export { catalog, definitionOf } from "./definition.js";
export {
  catalogJson,
  fieldSchema,
  SCHEMA_BASE_URL,
  type CatalogJson,
  type CatalogJsonError,
  type CatalogJsonSource,
  type JsonSchema,
} from "./catalog-json.js";
export { EXAMPLE_REQUEST_ID, exampleBody } from "./examples.js";
export { resolveInfo, type ResolvedInfo } from "./resolve.js";
export * from "./index.js";
