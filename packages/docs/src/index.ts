/**
 * Generates the error reference from the published schemas (`schemas/`): a Markdown page, an
 * HTML index with a filter and a page per code, and OpenAPI 3.1 components. It reads only the schemas
 * folder (`catalog.json` through the catalogue's reader, `@errata/catalog/file`), so any team
 * holding it can run the generator.
 *
 * @module
 */
export {
  type DocFile,
  type DocTargets,
  type GeneratedDocs,
  type GenerateOptions,
  generateDocs,
  staleDocs,
  targetPath,
  writeDocs,
} from "./generate.js";
export {
  componentNames,
  dialectComponentNames,
  dialectOpenApiDocument,
  type OpenApiDocument,
  openApiDocument,
  responseName,
} from "./openapi.js";
export { type ProblemDetails, problemSchema, problemSchemaOf, toProblemDetails } from "./problem.js";
export {
  type ApiGroup,
  buildReference,
  type NamedType,
  type Reference,
  reasonOf,
  typeText,
} from "./reference.js";
export { type DialectSchemaFiles, readSchemaSet, type SchemaSet, SchemaSetError } from "./schemas-dir.js";
export { readSnippetDir, readSnippetSet, type SnippetSet, typescriptSnippet } from "./snippets.js";
