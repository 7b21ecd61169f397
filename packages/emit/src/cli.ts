/**
 * The `errata` command line: one subcommand a job, dispatched from a table.
 */
import { readFileSync } from "node:fs";
import { commands } from "./commands/index.js";
import { runCli } from "./dispatch.js";

// This entry is ESM only, so it can find the package's manifest beside dist/.
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

process.exitCode = await runCli(process.argv.slice(2), commands, { version });
