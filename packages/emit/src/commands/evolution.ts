/**
 * `errata diff`, `errata check-release` and `errata release-snapshot`: the release gate of
 * `@errata/evolution` on the command line.
 *
 * @module
 */
import { readCatalogFile } from "@errata/catalog/file";
import {
  CATALOG_PACKAGE,
  DEFAULT_PATHS,
  checkRelease,
  diffCatalogs,
  formatDiffTable,
  formatReleaseCheck,
  snapshotRelease,
  syncLanguageChangelogs,
} from "@errata/evolution";
import { type Command, stringOption } from "../command.js";

const released = {
  type: "string",
  default: DEFAULT_PATHS.released,
  value: "FILE",
  description: `the last released catalog.json (${DEFAULT_PATHS.released} by default)`,
} as const;
const current = {
  type: "string",
  default: DEFAULT_PATHS.current,
  value: "FILE",
  description: `the catalog.json being released (${DEFAULT_PATHS.current} by default)`,
} as const;

/** `errata diff OLD NEW [--json]`: classify every change between two `catalog.json` files. */
export const diffCommand: Command = {
  summary: "classify the changes between two catalog.json files (major, minor, patch)",
  usage: "errata diff OLD NEW [--json]",
  options: { json: { type: "boolean", default: false, description: "print the changes as JSON, for machines" } },
  positionals: { min: 2, max: 2 },
  run({ values, positionals }) {
    const [oldFile, newFile] = positionals as [string, string];
    const diff = diffCatalogs(readCatalogFile(oldFile), readCatalogFile(newFile));
    process.stdout.write(
      values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffTable(diff, { before: oldFile, after: newFile }),
    );
    return 0;
  },
};

/** `errata check-release`: fail when pending changesets under-declare the catalogue's changes. */
export const checkReleaseCommand: Command = {
  summary: `fail when the catalogue changed more than the pending changesets of ${CATALOG_PACKAGE} declare`,
  usage: "errata check-release [--released FILE] [--current FILE] [--changesets DIR]",
  options: {
    released,
    current,
    changesets: {
      type: "string",
      default: DEFAULT_PATHS.changesets,
      value: "DIR",
      description: `the pending changesets (${DEFAULT_PATHS.changesets} by default)`,
    },
  },
  run(input) {
    const check = checkRelease({
      released: stringOption(input, "released"),
      current: stringOption(input, "current"),
      changesets: stringOption(input, "changesets"),
    });
    (check.ok ? process.stdout : process.stderr).write(`errata check-release: ${formatReleaseCheck(check)}`);
    return check.ok ? 0 : 1;
  },
};

/** `errata release-snapshot`: record the current catalogue as the released one (the version step runs it). */
export const releaseSnapshotCommand: Command = {
  summary:
    "record the current catalog.json as the last released one, and carry its changelog to the Python and Go packages (run by the version step)",
  usage: "errata release-snapshot [--current FILE] [--released FILE]",
  options: { current, released },
  run(input) {
    const from = stringOption(input, "current");
    const to = stringOption(input, "released");
    snapshotRelease(from, to);
    process.stdout.write(`errata release-snapshot: ${from} recorded as ${to}\n`);
    // The Python and Go packages release under the catalogue's version, with its notes.
    const { version } = readCatalogFile(from);
    for (const path of syncLanguageChangelogs(version))
      process.stdout.write(`errata release-snapshot: ${path} gains the catalogue's ${version} notes\n`);
    return 0;
  },
};
