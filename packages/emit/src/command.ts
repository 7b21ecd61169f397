/**
 * The shape every `errata` subcommand has: what it takes, described as data, and what it does with
 * it. The dispatcher parses the arguments, answers `--help`, and turns bad input into one line and
 * exit code 2, so no subcommand repeats that.
 *
 * @module
 */
import { ErrataBaseError } from "@errata/catalog";

/** One option of a subcommand. */
export interface CommandOption {
  readonly type: "string" | "boolean";
  /** What it is, for `--help`. */
  readonly description: string;
  readonly default?: string | boolean;
  /** The value's name in `--help` (`--out DIR`). */
  readonly value?: string;
}

/** What a subcommand's `run` receives: its options' values and its positional arguments. */
export interface CommandInput {
  readonly values: { readonly [name: string]: string | boolean | undefined };
  readonly positionals: readonly string[];
}

/** One subcommand of the `errata` command line. */
export interface Command {
  /** One line, for the command list. */
  readonly summary: string;
  /** How to call it. */
  readonly usage: string;
  readonly options: { readonly [name: string]: CommandOption };
  /** How many positional arguments it takes (none by default). */
  readonly positionals?: { readonly min: number; readonly max: number };
  /** Resolves to the exit code; throws a {@link UsageError} for bad input, anything else only on a bug. */
  run(input: CommandInput): Promise<number> | number;
}

/** Bad input: the dispatcher prints the message and the command's usage, and exits 2. */
export class UsageError extends ErrataBaseError {
  declare readonly name: "UsageError";
}
Object.defineProperty(UsageError.prototype, "name", { value: "UsageError", writable: true, configurable: true });

/** A string option's value (the dispatcher has applied defaults). */
export function stringOption(input: CommandInput, name: string): string {
  const value = input.values[name];
  if (typeof value !== "string") throw new UsageError(`--${name} needs a value`);
  return value;
}
