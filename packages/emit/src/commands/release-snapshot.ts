/**
 * `errata release-snapshot`: records the current catalogue as the released one, and carries its
 * changelog section to the Python and Go packages, which release under its version.
 *
 * @module
 */
import { readCatalogFile } from "@errata/catalog/file";
import { snapshotRelease, syncLanguageChangelogs } from "@errata/evolution";
import { type Command, stringOption } from "../command.js";
import { current, released } from "./release-paths.js";

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
    const { version } = readCatalogFile(from);
    for (const path of syncLanguageChangelogs(version))
      process.stdout.write(`errata release-snapshot: ${path} gains the catalogue's ${version} notes\n`);
    return 0;
  },
};
