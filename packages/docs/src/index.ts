/**
 * Generates the error reference from the published schemas (`schemas/`): a Markdown page, a
 * self-contained HTML page with a filter, and OpenAPI 3.1 components. It reads only the schemas
 * folder (`catalog.json` through the catalogue's reader, `@errata/catalog/file`), so any team
 * holding it can run the generator.
 *
 * @module
 */
export {
  type DocFile,
  type DocTargets,
  type GenerateOptions,
  type GeneratedDocs,
  generateDocs,
  staleDocs,
  targetPath,
  writeDocs,
} from "./generate.js";
export { type DialectSchemaFiles, type SchemaSet, SchemaSetError, readSchemaSet } from "./schemas-dir.js";
export { type SnippetSet, readSnippetDir, readSnippetSet, typescriptSnippet } from "./snippets.js";
export { type ProblemDetails, problemSchema, problemSchemaOf, toProblemDetails } from "./problem.js";
export {
  type OpenApiDocument,
  componentNames,
  dialectComponentNames,
  dialectOpenApiDocument,
  openApiDocument,
  responseName,
} from "./openapi.js";
export {
  type ApiGroup,
  type NamedType,
  type Reference,
  buildReference,
  reasonOf,
  typeText,
} from "./reference.js";
