/**
 * Catalogue evolution: classify every change between two releases of the error catalogue
 * (`catalog.json`) with the semver bump it needs, and refuse a release whose changesets declare
 * less. The changesets changelog module is at `@errata/evolution/changelog`; the files are read with
 * `readCatalogFile` of `@errata/catalog/file`.
 *
 * @module
 */
export { BUMPS, type Bump, bumpRank, isBump, maxBump } from "./bump.js";
export { type CatalogChange, type CatalogDiff, type ChangeKind, diffCatalogs } from "./diff.js";
export { type SchemaChange, type SchemaChangeKind, compareSchemas, jsonEqual } from "./schema-diff.js";
export { retryAfterChangeBump, retryChangeBump, retryChangeReason } from "./retry-policy.js";
export { RENAME_THRESHOLD, likelyRenames, renameScore } from "./renames.js";
export { formatDiffMarkdown, formatDiffTable } from "./format.js";
export {
  CHANGELOG_PATHS,
  changelogSection,
  changelogVersions,
  syncLanguageChangelogs,
  withCatalogSection,
} from "./language-changelogs.js";
export {
  ChangesetReadError,
  type PendingChangeset,
  declaredBump,
  parseChangeset,
  readChangesets,
} from "./changesets.js";
export {
  CATALOG_PACKAGE,
  DEFAULT_PATHS,
  type ReleaseCheck,
  type ReleaseCheckOptions,
  checkRelease,
  formatReleaseCheck,
  snapshotRelease,
} from "./release-gate.js";
