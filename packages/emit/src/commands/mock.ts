/**
 * `errata mock`: the mock server of `@errata/server` on the command line, until SIGINT or SIGTERM.
 *
 * @module
 */
import { startMockServer } from "@errata/server/mock";
import { type Command, stringOption, UsageError } from "../command.js";

/** The `mock` subcommand of the `errata` command line. */
export const mockCommand: Command = {
  summary: "serve every catalogued error on loopback, for client tests",
  usage: "errata mock [--port N] [--host H]",
  options: {
    port: {
      type: "string",
      default: "4010",
      value: "N",
      description: "the port to listen on, 0 for any free one (4010 by default)",
    },
    host: {
      type: "string",
      default: "127.0.0.1",
      value: "H",
      description: "the address to listen on (127.0.0.1 by default)",
    },
  },
  async run(input) {
    const text = stringOption(input, "port");
    const port = Number(text);
    if (!/^[0-9]+$/.test(text) || port > 65535)
      throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}"`);
    const server = await startMockServer({ port, host: stringOption(input, "host") });
    process.stdout.write(`errata mock: listening on ${server.url} (/errors/<code> by any method, GET /catalog.json)\n`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    process.stdout.write(`errata mock: stopped (${signal})\n`);
    return 0;
  },
};
