import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocs, staleDocs, targetPath, writeDocs } from "./generate.js";
import type { CatalogEntry } from "./schemas-dir.js";
import { DOCS_DIR, REFERENCE, readJson, SCHEMAS_DIR } from "./test/support.js";

const codes = readJson<{ errors: CatalogEntry[] }>(join(SCHEMAS_DIR, "catalog.json")).errors.map((entry) => entry.code);

const committed = { outDir: DOCS_DIR, openapiFile: join(SCHEMAS_DIR, "openapi.json") };

describe("the committed reference", () => {
  it("is what the generator makes from the committed schemas (run `pnpm build` when this fails)", () => {
    const files = generateDocs(REFERENCE);
    expect([...files.keys()].filter((file) => !file.startsWith("errors/")).sort()).toEqual([
      "dialects/imessage/openapi.json",
      "dialects/rcs/openapi.json",
      "dialects/sms/openapi.json",
      "errors.html",
      "errors.md",
      "openapi.json",
    ]);
    // A page per code, and none else.
    expect([...files.keys()].filter((file) => file.startsWith("errors/")).sort()).toEqual(
      codes.map((code) => `errors/${code}.html`).sort(),
    );
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

  it("flag the page of a code that no longer exists, and writeDocs removes it", () => {
    const out = mkdtempSync(join(tmpdir(), "errata-docs-out-"));
    const targets = { outDir: join(out, "docs"), openapiFile: join(out, "schemas", "openapi.json") };
    const files = generateDocs(REFERENCE);
    writeDocs(files, targets);
    const gone = join(targets.outDir, "errors", "a_code_since_removed.html");
    const page = join(targets.outDir, "errors", `${codes[0]}.html`);
    writeFileSync(gone, "<!doctype html>\n");
    writeFileSync(page, "edited by hand\n");
    expect(staleDocs(files, targets)).toEqual([page, gone]);
    expect(writeDocs(files, targets)).toEqual([page, gone]);
    expect(existsSync(gone)).toBe(false);
    expect(readFileSync(page, "utf8") === files.get(`errors/${codes[0]}.html`)).toBe(true);
    expect(staleDocs(files, targets)).toEqual([]);
  });
});
