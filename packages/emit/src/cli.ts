/**
 * The `errata` command line: one subcommand a job, dispatched from a table.
 */
import { commands, runCli } from "./commands.js";

process.exitCode = await runCli(process.argv.slice(2), commands);
