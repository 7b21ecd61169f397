/**
 * `errata docs`: the generator on the command line. The `errata` CLI (in `@errata/emit`) lists it
 * in its command table; it has the same `{summary, usage, run}` shape as every other command.
 *
 * @module
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateDocs, staleDocs, writeDocs } from "./generate.js";

export interface DocsCommand {
  readonly summary: string;
  readonly usage: string;
  /** Returns the exit code: 0 done, 1 stale (with `--check`); throws on bad input. */
  run(args: string[]): number;
}

export const docsCommand: DocsCommand = {
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
