/**
 * The shape every `errata` subcommand has.
 *
 * @module
 */

/** One subcommand of the `errata` command line. */
export interface Command {
  /** One line, for the command list. */
  readonly summary: string;
  /** How to call it. */
  readonly usage: string;
  /** Resolves to the exit code; throws only on a bug (the dispatcher reports it and exits 2). */
  run(args: string[]): Promise<number> | number;
}
