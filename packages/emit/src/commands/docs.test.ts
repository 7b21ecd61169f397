import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DocFile, generateDocs } from "@errata/docs";
import { describe, expect, it, vi } from "vitest";
import { SCHEMAS_DIR } from "../../../../tests/support/schemas.js";
import { scratchSchemas } from "../../../docs/src/test/support.js";
import { invoke } from "../dispatch.js";
import { docsCommand } from "./docs.js";

describe("errata docs", () => {
  function run(args: string[]): { code: number; stdout: string; stderr: string } {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const code = invoke("docs", docsCommand, args) as number; // synchronous
      return { code, stdout: out.mock.calls.join(""), stderr: err.mock.calls.join("") };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it("writes docs into --out and openapi.json into the --schemas folder, and --check tells fresh from stale", () => {
    const schemas = scratchSchemas();
    rmSync(join(schemas, "openapi.json"), { force: true });
    const out = join(mkdtempSync(join(tmpdir(), "errata-docs-cli-")), "reference");
    const files = generateDocs({ schemasDir: schemas });
    expect(run(["--schemas", schemas, "--out", out, "--check"]).code).toBe(1);
    const written = run(["--schemas", schemas, "--out", out]);
    expect(written.code).toBe(0);
    const pages = [...files.keys()].filter((file) => file.startsWith("errors/"));
    expect(pages.length).toBeGreaterThan(0);
    expect(written.stdout).toContain(`${3 + pages.length} changed`);
    for (const file of ["errors.md", "errors.html", ...pages] as DocFile[]) {
      expect(readFileSync(join(out, file), "utf8") === files.get(file), file).toBe(true);
    }
    expect(readFileSync(join(schemas, "openapi.json"), "utf8") === files.get("openapi.json")).toBe(true);
    expect(run(["--schemas", schemas, "--out", out, "--check"]).code).toBe(0);
    writeFileSync(join(out, "errors.md"), "# edited by hand\n");
    const stale = run(["--schemas", schemas, "--out", out, "--check"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(join(out, "errors.md"));
  });

  it("puts openapi.json where --openapi says", () => {
    const out = mkdtempSync(join(tmpdir(), "errata-docs-cli-"));
    expect(run(["--schemas", SCHEMAS_DIR, "--out", out, "--openapi", join(out, "api", "errors.json")]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "api", "errors.json"), "utf8")).openapi).toMatch(/^3\.1/);
  });

  it("fails with the file at fault when the schemas folder is not one", () => {
    const empty = mkdtempSync(join(tmpdir(), "errata-docs-empty-"));
    const result = run(["--schemas", empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^errata docs: cannot read \S*catalog\.json: no such file/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
