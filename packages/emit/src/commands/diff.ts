/**
 * `errata diff`: the catalogue diff of `@errata/evolution` on the command line.
 *
 * @module
 */
import { readCatalogFile } from "@errata/catalog/file";
import { diffCatalogs, formatDiffTable } from "@errata/evolution";
import type { Command } from "../command.js";

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
