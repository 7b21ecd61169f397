/**
 * A changelog module for changesets (`"changelog": ["@errata/evolution/changelog", options]` in
 * `.changeset/config.json`). It writes each changeset as a bullet, like `@changesets/changelog-git`,
 * and appends to the catalogue package's entry the catalogue diff from the last release: the
 * added, removed, deprecated and changed codes.
 *
 * Changesets asks for one line per changeset and release without saying which package the line is
 * for. It does ask, for each release in turn, every line of that release and then its dependency
 * line, all in one synchronous pass; so the lines asked before a dependency line are one
 * release's. The catalogue's release is the group whose every changeset releases the catalogue
 * package with the bump asked, and that does not list the catalogue among its updated
 * dependencies (a package cannot depend on itself). Lines resolve when their group closes.
 *
 * @module
 */
import type { ChangelogFunctions, NewChangesetWithCommit, VersionType } from "@changesets/types";
import { bumpRank } from "./bump.js";
import { readCatalogFile } from "./catalog-file.js";
import { diffCatalogs } from "./diff/catalogs.js";
import { formatDiffMarkdown } from "./diff/format.js";
import { CATALOG_PACKAGE, DEFAULT_PATHS } from "./release/gate.js";

/** The options of the changelog module (the second item of `changelog` in the config). */
export interface CatalogChangelogOptions {
  /** The package whose entry gets the catalogue diff; `@errata/catalog` unless told. */
  readonly package?: string;
  /** The released catalogue, relative to the working directory. */
  readonly released?: string;
  /** The current catalogue, relative to the working directory. */
  readonly current?: string;
}

interface PendingLine {
  readonly changeset: NewChangesetWithCommit;
  readonly type: VersionType;
  readonly line: string;
  readonly resolve: (line: string) => void;
  readonly reject: (error: unknown) => void;
}

let group: PendingLine[] = [];
let closeScheduled = false;

/** The bullet of one changeset: its commit (when known) and summary. */
function changesetLine(changeset: NewChangesetWithCommit): string {
  const [first = "", ...rest] = changeset.summary.split("\n").map((line) => line.trimEnd());
  const head = `- ${changeset.commit ? `${changeset.commit.slice(0, 7)}: ` : ""}${first}`;
  return rest.length > 0 ? `${head}\n${rest.map((line) => (line === "" ? "" : `  ${line}`)).join("\n")}` : head;
}

/** The catalogue diff from the released catalogue to the current one, as Markdown ("" when equal). */
function catalogueSection(options: CatalogChangelogOptions | null | undefined): string {
  const released = readCatalogFile(options?.released ?? DEFAULT_PATHS.released);
  const current = readCatalogFile(options?.current ?? DEFAULT_PATHS.current);
  return formatDiffMarkdown(diffCatalogs(released, current));
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => (line === "" ? "" : `  ${line}`))
    .join("\n");

function closeGroup(
  dependencies: readonly { readonly name: string }[] | undefined,
  options: CatalogChangelogOptions | null,
): void {
  const lines = group;
  group = [];
  if (lines.length === 0) return;
  const pkg = options?.package ?? CATALOG_PACKAGE;
  const isCatalog =
    lines.every(({ changeset, type }) => changeset.releases.some((r) => r.name === pkg && r.type === type)) &&
    !(dependencies ?? []).some((d) => d.name === pkg);
  let section = "";
  try {
    section = isCatalog ? catalogueSection(options) : "";
  } catch (error) {
    for (const pending of lines) pending.reject(error);
    return;
  }
  // The section goes under the first line of the largest bump, the first one the entry shows.
  const target =
    section === "" ? undefined : lines.reduce((best, p) => (bumpRank(p.type) > bumpRank(best.type) ? p : best));
  for (const pending of lines)
    pending.resolve(pending === target ? `${pending.line}\n\n${indent(section)}` : pending.line);
}

/** One changeset's bullet; for the catalogue's release, the first bullet carries the catalogue diff. */
export const getReleaseLine: ChangelogFunctions["getReleaseLine"] = (changeset, type, options) =>
  new Promise<string>((resolve, reject) => {
    group.push({ changeset, type, line: changesetLine(changeset), resolve, reject });
    // Called alone (not by changesets), a group closes at the end of the current turn.
    if (!closeScheduled) {
      closeScheduled = true;
      queueMicrotask(() => {
        closeScheduled = false;
        closeGroup(undefined, options as CatalogChangelogOptions | null);
      });
    }
  });

/** Closes the current release's lines, and lists the updated dependencies, as changelog-git does. */
export const getDependencyReleaseLine: ChangelogFunctions["getDependencyReleaseLine"] = async (
  changesets,
  dependencies,
  options,
) => {
  closeGroup(dependencies, options as CatalogChangelogOptions | null);
  if (dependencies.length === 0) return "";
  const links = changesets.map((c) => `- Updated dependencies${c.commit ? ` [${c.commit.slice(0, 7)}]` : ""}`);
  return [...links, ...dependencies.map((d) => `  - ${d.name}@${d.newVersion}`)].join("\n");
};

const changelogFunctions: ChangelogFunctions = { getReleaseLine, getDependencyReleaseLine };
export default changelogFunctions;
