/**
 * The subcommands of `errata`, and a small dispatcher for them.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { schemaArtifacts, staleArtifacts, writeArtifacts } from "./artifacts.js";
import type { Command } from "./command.js";
import { docsCommand } from "./commands/docs.js";
import { checkReleaseCommand, diffCommand, releaseSnapshotCommand } from "./commands/evolution.js";
import { mockCommand } from "./commands/mock.js";
import { withCodeTable } from "./readme.js";

export type { Command };

export const emit: Command = {
  summary: "write schemas/ (JSON Schema and catalog.json) from the catalogue",
  usage: "errata emit [--out DIR] [--check]",
  run(args) {
    const { values } = parseArgs({
      args,
      options: { out: { type: "string", default: "schemas" }, check: { type: "boolean", default: false } },
    });
    const files = schemaArtifacts();
    if (values.check) {
      const stale = staleArtifacts(values.out, files);
      if (stale.length === 0) return 0;
      process.stderr.write(`errata emit --check: ${values.out}/ is stale: ${stale.join(", ")}. Run \`pnpm build\`.\n`);
      return 1;
    }
    const changed = writeArtifacts(values.out, files);
    process.stdout.write(`errata emit: ${files.size} files in ${values.out}/, ${changed.length} changed\n`);
    return 0;
  },
};

export const readme: Command = {
  summary: "rewrite the table of codes in a README's generated section",
  usage: "errata readme [--file README.md] [--check]",
  run(args) {
    const { values } = parseArgs({
      args,
      options: { file: { type: "string", default: "README.md" }, check: { type: "boolean", default: false } },
    });
    const before = readFileSync(values.file, "utf8");
    const after = withCodeTable(before);
    if (before === after) return 0;
    if (values.check) {
      process.stderr.write(`errata readme --check: the table of codes in ${values.file} is stale. Run \`pnpm build\`.\n`);
      return 1;
    }
    writeFileSync(values.file, after);
    process.stdout.write(`errata readme: updated the table of codes in ${values.file}\n`);
    return 0;
  },
};

export const commands: Record<string, Command> = {
  emit,
  readme,
  mock: mockCommand,
  diff: diffCommand,
  "check-release": checkReleaseCommand,
  "release-snapshot": releaseSnapshotCommand,
  docs: docsCommand,
};

export async function runCli(argv: string[], table: Record<string, Command>): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : table[name];
  if (!command) {
    const width = Math.max(...Object.keys(table).map((key) => key.length)) + 2;
    const list = Object.entries(table)
      .map(([key, c]) => `  ${key.padEnd(width)}${c.summary}\n      ${c.usage}`)
      .join("\n");
    const stream = name === undefined || name === "help" || name === "--help" ? process.stdout : process.stderr;
    if (name !== undefined && name !== "help" && name !== "--help") stream.write(`errata: unknown command "${name}"\n`);
    stream.write(`usage: errata <command> [options]\n\n${list}\n`);
    return name === undefined || name === "help" || name === "--help" ? 0 : 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    process.stderr.write(`errata ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
