/**
 * The subcommands of `errata`, by name: one file each in this folder.
 *
 * @module
 */
import type { Command } from "../command.js";
import { checkReleaseCommand } from "./check-release.js";
import { diffCommand } from "./diff.js";
import { docsCommand } from "./docs.js";
import { emitCommand } from "./emit.js";
import { mockCommand } from "./mock.js";
import { readmeCommand } from "./readme.js";
import { releaseSnapshotCommand } from "./release-snapshot.js";

/** Name → command, in the order `errata --help` lists them. */
export const commands: Record<string, Command> = {
  emit: emitCommand,
  readme: readmeCommand,
  mock: mockCommand,
  diff: diffCommand,
  "check-release": checkReleaseCommand,
  "release-snapshot": releaseSnapshotCommand,
  docs: docsCommand,
};
