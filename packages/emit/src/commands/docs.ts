/**
 * `errata docs`: the reference generator of `@errata/docs` on the command line.
 *
 * @module
 */
import { join } from "node:path";
import { generateDocs, staleDocs, writeDocs } from "@errata/docs";
import { type Command, stringOption } from "../command.js";

/** Exits 0 when done, 1 when stale (with `--check`); throws on a folder it cannot read. */
export const docsCommand: Command = {
  summary:
    "write the error reference (docs/errors.md, docs/errors.html and docs/errors/<code>.html), schemas/openapi.json and each API's schemas/dialects/<name>/openapi.json from schemas/",
  usage: "errata docs [--schemas DIR] [--out DIR] [--openapi FILE] [--snippets DIR] [--check]",
  options: {
    schemas: {
      type: "string",
      default: "schemas",
      value: "DIR",
      description: "the schemas folder to read (schemas by default)",
    },
    out: {
      type: "string",
      default: "docs",
      value: "DIR",
      description: "where errors.md, errors.html and errors/<code>.html go (docs by default)",
    },
    openapi: {
      type: "string",
      value: "FILE",
      description:
        "where openapi.json goes (DIR/openapi.json of --schemas by default); each API's goes to dialects/<name>/openapi.json beside it",
    },
    snippets: {
      type: "string",
      value: "DIR",
      description:
        "the folder of the other languages' snippet files (<language>.json, from each package's generator), each shown in a tab beside TypeScript's (--out's snippets/ by default)",
    },
    check: { type: "boolean", default: false, description: "write nothing; exit 1 when a file is stale" },
  },
  run(input) {
    const schemas = stringOption(input, "schemas");
    const out = stringOption(input, "out");
    const openapi = input.values.openapi;
    const targets = { outDir: out, openapiFile: typeof openapi === "string" ? openapi : join(schemas, "openapi.json") };
    const given = input.values.snippets;
    const files = generateDocs({
      schemasDir: schemas,
      snippetsDir: typeof given === "string" ? given : join(out, "snippets"),
    });
    if (input.values.check) {
      const stale = staleDocs(files, targets);
      if (stale.length > 0) {
        process.stderr.write(`errata docs --check: stale: ${stale.join(", ")}. Run \`pnpm build\`.\n`);
        return 1;
      }
      process.stdout.write(`errata docs --check: ${files.size} files, all current\n`);
      return 0;
    }
    const changed = writeDocs(files, targets);
    const pages = [...files.keys()].filter((file) => file.startsWith("errors/")).length;
    const perApi = files.size - 3 - pages;
    process.stdout.write(
      `errata docs: ${files.size} files (${out}/errors.md, ${out}/errors.html, ${pages} pages in ${out}/errors/, ${targets.openapiFile}${perApi > 0 ? ` and ${perApi} more beside it` : ""}), ${changed.length} changed\n`,
    );
    return 0;
  },
};
