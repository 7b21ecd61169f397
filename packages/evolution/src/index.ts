/**
 * Catalogue evolution: classify every change between two releases of the error catalogue
 * (`catalog.json`) with the semver bump it needs, and refuse a release whose changesets declare
 * less. The changesets changelog module is at `@errata/evolution/changelog`; the files are read with
 * `readCatalogFile` of `@errata/catalog/file`.
 *
 * @module
 */
export type { Bump } from "./bump.js";
export { type CatalogChange, type CatalogDiff, type ChangeKind, diffCatalogs } from "./diff/catalogs.js";
export { formatDiffMarkdown, formatDiffTable } from "./diff/format.js";
export { likelyRenames } from "./diff/renames.js";
export { retryAfterChangeBump, retryChangeBump } from "./diff/retry-policy.js";
export { compareSchemas, type SchemaChange, type SchemaChangeKind } from "./diff/schemas.js";
export {
  ChangesetReadError,
  declaredBump,
  type PendingChangeset,
  parseChangeset,
  readChangesets,
} from "./release/changesets.js";
export {
  CATALOG_PACKAGE,
  checkRelease,
  DEFAULT_PATHS,
  formatReleaseCheck,
  type ReleaseCheck,
  type ReleaseCheckOptions,
  snapshotRelease,
} from "./release/gate.js";
export {
  CHANGELOG_PATHS,
  changelogSection,
  changelogVersions,
  syncLanguageChangelogs,
  withCatalogSection,
} from "./release/language-changelogs.js";
