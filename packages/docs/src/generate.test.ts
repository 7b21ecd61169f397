import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocs, staleDocs, targetPath, writeDocs } from "./generate.js";
import { DOCS_DIR, REFERENCE, SCHEMAS_DIR } from "./test-helpers.js";

const committed = { outDir: DOCS_DIR, openapiFile: join(SCHEMAS_DIR, "openapi.json") };

describe("the committed reference", () => {
  it("is what the generator makes from the committed schemas (run `pnpm build` when this fails)", () => {
    const files = generateDocs(REFERENCE);
    expect([...files.keys()].sort()).toEqual([
      "dialects/imessage/openapi.json",
      "dialects/rcs/openapi.json",
      "dialects/sms/openapi.json",
      "errors.html",
      "errors.md",
      "openapi.json",
    ]);
    for (const [file, content] of files) {
      const path = targetPath(file, committed);
      expect(readFileSync(path, "utf8") === content, `${path} is stale: run \`pnpm build\``).toBe(true);
    }
    expect(staleDocs(files, committed)).toEqual([]);
  });

  it("is the same on every run", () => {
    const [first, second] = [generateDocs(REFERENCE), generateDocs(REFERENCE)];
    for (const file of first.keys()) expect(second.get(file) === first.get(file), file).toBe(true);
  });
});

describe("writeDocs and staleDocs", () => {
  it("write only what changed, and report stale or missing files", () => {
    const out = mkdtempSync(join(tmpdir(), "errata-docs-out-"));
    const targets = { outDir: join(out, "docs"), openapiFile: join(out, "schemas", "openapi.json") };
    const files = generateDocs(REFERENCE);
    const all = [...files.keys()].map((file) => targetPath(file, targets)).sort();
    expect(staleDocs(files, targets).sort()).toEqual(all);
    expect(writeDocs(files, targets).sort()).toEqual(all);
    expect(writeDocs(files, targets)).toEqual([]);
    writeFileSync(targets.openapiFile, "{}\n");
    expect(staleDocs(files, targets)).toEqual([targets.openapiFile]);
  });
});
