/**
 * The dispatcher of `errata`: parses a command's arguments, answers `--help` and `--version`, and
 * reports bad input in one line with exit code 2. The commands are in `commands/`, one file each.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { CATALOG_VERSION } from "@errata/catalog";
import { CatalogReadError } from "@errata/catalog/file";
import { ChangesetReadError } from "@errata/evolution";
import { type Command, type CommandInput, UsageError } from "./command.js";

/** `errata <name> --help`: what it does, how to call it, and each option. */
export function helpOf(name: string, command: Command): string {
  const flags = Object.entries(command.options).map(([option, spec]) => [
    `--${option}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`,
    spec.description,
  ]);
  flags.push(["--help", "show this help"]);
  const width = Math.max(...flags.map(([flag]) => (flag as string).length)) + 2;
  const lines = flags.map(([flag, text]) => `  ${(flag as string).padEnd(width)}${text}`);
  return `errata ${name}: ${command.summary}\n\nusage: ${command.usage}\n\noptions:\n${lines.join("\n")}\n`;
}

function listOf(table: Record<string, Command>): string {
  const width = Math.max(...Object.keys(table).map((key) => key.length)) + 2;
  const list = Object.entries(table)
    .map(([key, c]) => `  ${key.padEnd(width)}${c.summary}\n      ${c.usage}`)
    .join("\n");
  return `usage: errata <command> [options]\n       errata <command> --help\n       errata --version\n\n${list}\n`;
}

/** The first sentence of a parse error: Node's own go on about `--` and positionals. */
const firstSentence = (message: string) => message.split(/(?<=\.) /)[0] ?? message;

/** Arguments as the command declares them; throws a UsageError for anything else. */
function parseInput(command: Command, args: string[]): CommandInput {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message));
  }
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const wanted = min === max ? `${min}` : `${min} to ${max}`;
    throw new UsageError(
      `takes ${wanted} argument${max === 1 ? "" : "s"}, got ${count}${count > 0 ? ` (${parsed.positionals.join(" ")})` : ""}`,
    );
  }
  return { values: parsed.values as CommandInput["values"], positionals: parsed.positionals };
}

/** An error thrown by a command, as one line: a missing file named plainly, anything else by its message. */
function oneLine(error: unknown): string {
  const fsError = error as NodeJS.ErrnoException;
  if (typeof fsError?.code === "string" && typeof fsError.path === "string") {
    const reasons: Record<string, string> = {
      ENOENT: "no such file or folder",
      EACCES: "permission denied",
      EISDIR: "a folder, not a file",
      ENOTDIR: "not a folder",
    };
    return `cannot read ${fsError.path}: ${reasons[fsError.code] ?? fsError.code}`;
  }
  // The readers' errors name the file first: "<file>: what is wrong".
  if (error instanceof CatalogReadError || error instanceof ChangesetReadError) {
    return `cannot read ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parses `args` as `command` declares them and runs it. Bad input, a missing file or an unreadable
 * catalogue is one line on stderr and exit code 2; a usage error also prints the command's usage.
 * Synchronous when the command is.
 */
export function invoke(name: string, command: Command, args: string[]): number | Promise<number> {
  const fail = (error: unknown): number => {
    const usage =
      error instanceof UsageError ? `\nusage: ${command.usage}\n(errata ${name} --help lists the options)` : "";
    process.stderr.write(`errata ${name}: ${oneLine(error)}${usage}\n`);
    return 2;
  };
  try {
    const result = command.run(parseInput(command, args));
    return result instanceof Promise ? result.catch(fail) : result;
  } catch (error) {
    return fail(error);
  }
}

/**
 * Runs `argv` against `table`: `--help` and `--version` (this package's `options.version` and the
 * catalogue's) at the top, `<command> --help`, and the command itself (see {@link invoke}).
 */
export async function runCli(
  argv: string[],
  table: Record<string, Command>,
  options: { readonly version?: string } = {},
): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-v" || name === "version") {
    process.stdout.write(`errata ${options.version ?? "(version unknown)"} (catalogue ${CATALOG_VERSION})\n`);
    return 0;
  }
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(listOf(table));
    return 0;
  }
  const command = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!command) {
    process.stderr.write(`errata: unknown command "${name}"\n${listOf(table)}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(helpOf(name, command));
    return 0;
  }
  return await invoke(name, command, args);
}
