/**
 * `catalog.json` as the diff reads it: the catalogue's own reader (`@errata/catalog/file`), under
 * the names this package's modules use.
 *
 * @module
 */
export {
  CatalogReadError,
  parseCatalogFile,
  readCatalogFile,
  type CatalogFile,
  type CatalogFileType,
  type JsonSchema,
} from "@errata/catalog/file";
export type { CatalogFileEntry as CatalogFileError } from "@errata/catalog/file";
