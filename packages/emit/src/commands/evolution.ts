/**
 * `errata diff`, `errata check-release` and `errata release-snapshot`: the release gate of
 * `@errata/evolution` on the command line.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { CatalogReadError, readCatalogFile } from "@errata/catalog/file";
import {
  CATALOG_PACKAGE,
  ChangesetReadError,
  DEFAULT_PATHS,
  checkRelease,
  diffCatalogs,
  formatDiffTable,
  formatReleaseCheck,
  snapshotRelease,
} from "@errata/evolution";
import type { Command } from "../command.js";

// Unreadable input is exit 2, with a message that names the file; anything else is a bug and throws.
function unreadable(command: string, error: unknown): number {
  if (error instanceof CatalogReadError || error instanceof ChangesetReadError) {
    process.stderr.write(`errata ${command}: cannot read ${error.message}\n`);
    return 2;
  }
  throw error;
}

function usageError(command: Command, name: string, message: string): number {
  process.stderr.write(`errata ${name}: ${message}\nusage: ${command.usage}\n`);
  return 2;
}

/** `errata diff OLD NEW [--json]`: classify every change between two `catalog.json` files. */
export const diffCommand: Command = {
  summary: "classify the changes between two catalog.json files (major, minor, patch)",
  usage: "errata diff OLD NEW [--json]",
  run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false } } });
    } catch (error) {
      return usageError(diffCommand, "diff", (error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 2) return usageError(diffCommand, "diff", `expected two files, got ${positionals.length}.`);
    const [oldFile, newFile] = positionals as [string, string];
    let diff;
    try {
      diff = diffCatalogs(readCatalogFile(oldFile), readCatalogFile(newFile));
    } catch (error) {
      return unreadable("diff", error);
    }
    process.stdout.write(values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffTable(diff, { before: oldFile, after: newFile }));
    return 0;
  },
};

/** `errata check-release`: fail when pending changesets under-declare the catalogue's changes. */
export const checkReleaseCommand: Command = {
  summary: `fail when the catalogue changed more than the pending changesets of ${CATALOG_PACKAGE} declare`,
  usage: `errata check-release [--released FILE] [--current FILE] [--changesets DIR] (defaults: ${DEFAULT_PATHS.released}, ${DEFAULT_PATHS.current}, ${DEFAULT_PATHS.changesets})`,
  run(args) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          released: { type: "string", default: DEFAULT_PATHS.released },
          current: { type: "string", default: DEFAULT_PATHS.current },
          changesets: { type: "string", default: DEFAULT_PATHS.changesets },
        },
      }));
    } catch (error) {
      return usageError(checkReleaseCommand, "check-release", (error as Error).message);
    }
    let check;
    try {
      check = checkRelease(values);
    } catch (error) {
      return unreadable("check-release", error);
    }
    (check.ok ? process.stdout : process.stderr).write(`errata check-release: ${formatReleaseCheck(check)}`);
    return check.ok ? 0 : 1;
  },
};

/** `errata release-snapshot`: record the current catalogue as the released one (the version step runs it). */
export const releaseSnapshotCommand: Command = {
  summary: "record the current catalog.json as the last released one (run by the version step)",
  usage: `errata release-snapshot [--current FILE] [--released FILE] (defaults: ${DEFAULT_PATHS.current}, ${DEFAULT_PATHS.released})`,
  run(args) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          current: { type: "string", default: DEFAULT_PATHS.current },
          released: { type: "string", default: DEFAULT_PATHS.released },
        },
      }));
    } catch (error) {
      return usageError(releaseSnapshotCommand, "release-snapshot", (error as Error).message);
    }
    try {
      snapshotRelease(values.current, values.released);
    } catch (error) {
      return unreadable("release-snapshot", error);
    }
    process.stdout.write(`errata release-snapshot: ${values.current} recorded as ${values.released}\n`);
    return 0;
  },
};
