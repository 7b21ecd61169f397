/**
 * `errata readme`: rewrites the table of codes in a README's generated section.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type Command, stringOption } from "../command.js";
import { withCodeTable } from "../readme-table.js";

/** Exits 0 when written or current, 1 when stale (with `--check`). */
export const readmeCommand: Command = {
  summary: "rewrite the table of codes in a README's generated section",
  usage: "errata readme [--file README.md] [--check]",
  options: {
    file: {
      type: "string",
      default: "README.md",
      value: "FILE",
      description: "the README to update (README.md by default)",
    },
    check: { type: "boolean", default: false, description: "write nothing; exit 1 when the table is stale" },
  },
  run(input) {
    const file = stringOption(input, "file");
    const before = readFileSync(file, "utf8");
    const after = withCodeTable(before);
    if (before === after) {
      process.stdout.write(`errata readme: the table of codes in ${file} is current\n`);
      return 0;
    }
    if (input.values.check) {
      process.stderr.write(`errata readme --check: the table of codes in ${file} is stale. Run \`pnpm build\`.\n`);
      return 1;
    }
    writeFileSync(file, after);
    process.stdout.write(`errata readme: updated the table of codes in ${file}\n`);
    return 0;
  },
};
