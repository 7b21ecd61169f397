/**
 * `errata docs`: the reference generator of `@errata/docs` on the command line.
 *
 * @module
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateDocs, staleDocs, writeDocs } from "@errata/docs";
import type { Command } from "../command.js";

/** Exits 0 when done, 1 when stale (with `--check`); throws on a folder it cannot read. */
export const docsCommand: Command = {
  summary: "write the error reference (docs/errors.md, docs/errors.html) and schemas/openapi.json from schemas/",
  usage: "errata docs [--schemas DIR] [--out DIR] [--openapi FILE] [--check]",
  run(args) {
    const { values } = parseArgs({
      args,
      options: {
        schemas: { type: "string", default: "schemas" },
        out: { type: "string", default: "docs" },
        openapi: { type: "string" },
        check: { type: "boolean", default: false },
      },
    });
    const targets = { outDir: values.out, openapiFile: values.openapi ?? join(values.schemas, "openapi.json") };
    const files = generateDocs({ schemasDir: values.schemas });
    if (values.check) {
      const stale = staleDocs(files, targets);
      if (stale.length === 0) return 0;
      process.stderr.write(`errata docs --check: stale: ${stale.join(", ")}. Run \`pnpm build\`.\n`);
      return 1;
    }
    const changed = writeDocs(files, targets);
    process.stdout.write(
      `errata docs: ${[...files.keys()].length} files (${values.out}/errors.md, ${values.out}/errors.html, ${targets.openapiFile}), ${changed.length} changed\n`,
    );
    return 0;
  },
};
