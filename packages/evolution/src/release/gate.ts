/**
 * The release gate: the catalogue may change between releases only as much as the pending
 * changesets of `@errata/catalog` declare.
 *
 * @module
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type Bump, bumpRank } from "../bump.js";
import { readCatalogFile } from "../catalog-file.js";
import { type CatalogChange, type CatalogDiff, diffCatalogs } from "../diff/catalogs.js";
import { declaredBump, readChangesets } from "./changesets.js";

/** The package whose version the catalogue's changes bump. */
export const CATALOG_PACKAGE = "@errata/catalog";

/** Where the repository keeps its catalogues and changesets, relative to its root. */
export const DEFAULT_PATHS = Object.freeze({
  released: "schemas/released/catalog.json",
  current: "schemas/catalog.json",
  changesets: ".changeset",
});

export interface ReleaseCheckOptions {
  /** The catalogue of the last release. */
  readonly released?: string;
  /** The catalogue as it is now. */
  readonly current?: string;
  /** The folder of pending changesets. */
  readonly changesets?: string;
  /** The package the changesets must name; `@errata/catalog` unless told. */
  readonly package?: string;
}

export interface ReleaseCheck {
  /** Whether the declared bump covers the required one. */
  readonly ok: boolean;
  /** The bump the catalogue's changes need. */
  readonly required: Bump;
  /** The largest bump the pending changesets declare for the package. */
  readonly declared: Bump;
  readonly diff: CatalogDiff;
  /** The changes that need more than the declared bump; empty when `ok`. */
  readonly uncovered: readonly CatalogChange[];
  /** The changeset files that name the package. */
  readonly changesetFiles: readonly string[];
}

/**
 * Compares the released catalogue with the current one and the bump the pending changesets
 * declare. Throws (a `CatalogReadError` or `ChangesetReadError`) when a file cannot be read.
 */
export function checkRelease(options: ReleaseCheckOptions = {}): ReleaseCheck {
  const pkg = options.package ?? CATALOG_PACKAGE;
  const released = readCatalogFile(options.released ?? DEFAULT_PATHS.released);
  const current = readCatalogFile(options.current ?? DEFAULT_PATHS.current);
  const changesets = readChangesets(options.changesets ?? DEFAULT_PATHS.changesets);
  const diff = diffCatalogs(released, current);
  const declared = declaredBump(changesets, pkg);
  const uncovered = diff.changes.filter((change) => bumpRank(change.bump) > bumpRank(declared));
  return {
    ok: uncovered.length === 0,
    required: diff.bump,
    declared,
    diff,
    uncovered,
    changesetFiles: changesets.filter((c) => c.releases.has(pkg)).map((c) => c.file),
  };
}

/** A report of a release check, for the terminal. */
export function formatReleaseCheck(check: ReleaseCheck, pkg: string = CATALOG_PACKAGE): string {
  if (check.required === "none") return "The catalogue has not changed since the last release.\n";
  const declared =
    check.declared === "none"
      ? `no pending changeset declares a bump of ${pkg}`
      : `pending changesets declare ${check.declared} for ${pkg}`;
  if (check.ok) {
    return `The catalogue changed since the last release (needs ${check.required}); ${declared}: covered.\n`;
  }
  const lines = check.uncovered.map((c) => `  - ${c.code} [${c.kind}, ${c.bump}] ${c.detail}`);
  return (
    `The catalogue changed since the last release and needs a ${check.required} release, but ${declared}.\n` +
    `These changes need more than ${check.declared}:\n${lines.join("\n")}\n` +
    `Add a changeset (\`pnpm changeset\`) declaring "${pkg}": ${check.required}, or undo the changes.\n`
  );
}

/**
 * Records `current` as the released catalogue (run by the version step, after the build).
 * Checks first that `current` reads as a catalogue.
 */
export function snapshotRelease(
  current: string = DEFAULT_PATHS.current,
  released: string = DEFAULT_PATHS.released,
): void {
  readCatalogFile(current);
  mkdirSync(dirname(released), { recursive: true });
  copyFileSync(current, released);
}
