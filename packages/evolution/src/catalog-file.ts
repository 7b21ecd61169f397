/**
 * `catalog.json` as the diff reads it: the catalogue's own reader (`@errata/catalog/file`), under
 * the names this package's modules use.
 *
 * @module
 */

export type { CatalogFileEntry as CatalogFileError } from "@errata/catalog/file";
export {
  type CatalogFile,
  type CatalogFileType,
  CatalogReadError,
  type JsonSchema,
  parseCatalogFile,
  readCatalogFile,
} from "@errata/catalog/file";
