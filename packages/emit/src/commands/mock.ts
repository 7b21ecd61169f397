/**
 * `errata mock`: the mock server of `@errata/server` on the command line, until SIGINT or SIGTERM.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { startMockServer } from "@errata/server/mock";
import type { Command } from "../command.js";

/** The `mock` subcommand of the `errata` command line. */
export const mockCommand: Command = {
  summary: "serve every catalogued error on loopback, for client tests",
  usage: "errata mock [--port N] [--host H]",
  async run(args: string[]): Promise<number> {
    const { values } = parseArgs({
      args,
      options: { port: { type: "string", default: "4010" }, host: { type: "string", default: "127.0.0.1" } },
    });
    const port = Number(values.port);
    if (!/^[0-9]+$/.test(values.port) || port > 65535) {
      process.stderr.write(`errata mock: --port must be a whole number from 0 to 65535, not "${values.port}"\n`);
      return 2;
    }
    const server = await startMockServer({ port, host: values.host });
    process.stdout.write(`errata mock: listening on ${server.url} (GET /errors/<code>, GET /catalog.json)\n`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    process.stdout.write(`errata mock: stopped (${signal})\n`);
    return 0;
  },
};
