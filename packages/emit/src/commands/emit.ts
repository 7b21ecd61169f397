/**
 * `errata emit`: writes `schemas/` (JSON Schema and `catalog.json`) from the catalogue.
 *
 * @module
 */
import { schemaArtifacts, staleArtifacts, writeArtifacts } from "../artifacts.js";
import { type Command, stringOption } from "../command.js";

/** Exits 0 when written or current, 1 when stale (with `--check`). */
export const emitCommand: Command = {
  summary: "write schemas/ (JSON Schema and catalog.json) from the catalogue",
  usage: "errata emit [--out DIR] [--check]",
  options: {
    out: { type: "string", default: "schemas", value: "DIR", description: "the folder to write (schemas by default)" },
    check: { type: "boolean", default: false, description: "write nothing; exit 1 when the folder is stale" },
  },
  run(input) {
    const out = stringOption(input, "out");
    const files = schemaArtifacts();
    if (input.values.check) {
      const stale = staleArtifacts(out, files);
      if (stale.length > 0) {
        process.stderr.write(`errata emit --check: ${out}/ is stale: ${stale.join(", ")}. Run \`pnpm build\`.\n`);
        return 1;
      }
      process.stdout.write(`errata emit --check: ${files.size} files in ${out}/, all current\n`);
      return 0;
    }
    const changed = writeArtifacts(out, files);
    process.stdout.write(`errata emit: ${files.size} files in ${out}/, ${changed.length} changed\n`);
    return 0;
  },
};
