/**
 * `errata check-release`: the release gate of `@errata/evolution` on the command line.
 *
 * @module
 */
import { CATALOG_PACKAGE, checkRelease, DEFAULT_PATHS, formatReleaseCheck } from "@errata/evolution";
import { type Command, stringOption } from "../command.js";
import { current, released } from "./release-paths.js";

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
