/**
 * `errata release-snapshot`: records the current catalogue as the released one.
 *
 * @module
 */
import { snapshotRelease } from "@errata/evolution";
import { type Command, stringOption } from "../command.js";
import { current, released } from "./release-paths.js";

/** `errata release-snapshot`: record the current catalogue as the released one (the version step runs it). */
export const releaseSnapshotCommand: Command = {
  summary: "record the current catalog.json as the last released one (run by the version step)",
  usage: "errata release-snapshot [--current FILE] [--released FILE]",
  options: { current, released },
  run(input) {
    const from = stringOption(input, "current");
    const to = stringOption(input, "released");
    snapshotRelease(from, to);
    process.stdout.write(`errata release-snapshot: ${from} recorded as ${to}\n`);
    return 0;
  },
};
