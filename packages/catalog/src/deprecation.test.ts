import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { deprecatedDoc, renderTable } from "./generate/table.js";
import { OWN_SOURCE, TYPE_SOURCE } from "./test/fixtures.js";
import type { CatalogDefinition } from "./types.js";

// A small catalogue with one code on its way out.
const fixture: CatalogDefinition = {
  types: {
    not_found_error: {
      status: 404,
      retry: "never",
      title: "Not found",
      description: "Nothing there.",
      source: TYPE_SOURCE,
    },
  },
  errors: {
    resource_missing: {
      type: "not_found_error",
      title: "Resource missing",
      message: "No {kind} with that ID.",
      description: "The resource does not exist.",
      fix: "Check the ID.",
      fields: { kind: z.string().describe("What was looked for.") },
      example: { kind: "line" },
      source: OWN_SOURCE,
    },
    line_gone: {
      type: "not_found_error",
      title: "Line gone",
      message: "No line with that handle.",
      description: "The line does not exist.",
      fix: "Check the handle.",
      fields: {},
      example: {},
      deprecated: {
        replacement: "resource_missing",
        reason: "One code now covers every missing resource; */ stays inside the comment.",
      },
      source: OWN_SOURCE,
    },
  },
};

const temp = mkdtempSync(join(tmpdir(), "errata-deprecation-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Compiles `use` against the real codes.ts over the fixture's generated table; returns TypeScript's deprecation notes. */
function deprecationNotes(use: string): string[] {
  const dir = mkdtempSync(join(temp, "case-"));
  mkdirSync(join(dir, "generated"));
  writeFileSync(join(dir, "generated", "table.ts"), renderTable("1.0.0", fixture));
  writeFileSync(join(dir, "codes.ts"), readFileSync(new URL("./codes.ts", import.meta.url), "utf8"));
  writeFileSync(
    join(dir, "types.ts"),
    'export type ErrorCode = "resource_missing" | "line_gone";\nexport type ErrorType = "not_found_error";\nexport type RetryPolicy = "never" | "backoff" | "retry_after";\n',
  );
  writeFileSync(join(dir, "use.ts"), use);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const files = ["use.ts", "codes.ts", "types.ts", "generated/table.ts"].map((f) => join(dir, f));
  const service = ts.createLanguageService({
    getCompilationSettings: () => options,
    getScriptFileNames: () => files,
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) =>
      ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)!) : undefined,
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  });
  const useFile = join(dir, "use.ts");
  const errors = service
    .getSemanticDiagnostics(useFile)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(errors).toEqual([]);
  return service
    .getSuggestionDiagnostics(useFile)
    .filter((d) => d.reportsDeprecated)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("deprecated codes in the generated table", () => {
  const source = renderTable("1.0.0", fixture);

  it("carry a @deprecated JSDoc naming the replacement and the reason, in the codes and the names", () => {
    const doc =
      "/** @deprecated Use `resource_missing` instead. One code now covers every missing resource; *\\/ stays inside the comment. */";
    expect(source).toContain(`  ${doc}\n  line_gone: { type: "not_found_error"`);
    expect(source).toContain(`  ${doc}\n  readonly line_gone: "line_gone";`);
    expect(source.match(/@deprecated/g)).toHaveLength(2);
  });

  it("leave current codes without a note", () => {
    expect(source).toMatch(/= \{\n {2}resource_missing: \{ type/);
    expect(source).toMatch(/= \{\n {2}readonly resource_missing: "resource_missing";/);
  });

  it("are reported as deprecated by TypeScript where ERROR_CODES and ERRORS name them, and the others are not", () => {
    const notes = deprecationNotes(
      'import { ERROR_CODES, ERRORS } from "./codes.js";\n' +
        "export const a = ERROR_CODES.line_gone;\n" +
        "export const b = ERRORS.line_gone.status;\n" +
        "export const c = ERROR_CODES.resource_missing;\n" +
        "export const d = ERRORS.resource_missing.status;\n",
    );
    expect(notes).toEqual(["'line_gone' is deprecated.", "'line_gone' is deprecated."]);
  });

  it("never close the comment early, whatever the reason says", () => {
    for (const reason of ["ends */ here", "*/", "a\nb */ */ c"]) {
      const doc = deprecatedDoc({ reason });
      expect(doc.slice(3, -2)).not.toContain("*/");
      expect(doc).not.toContain("\n");
    }
    expect(deprecatedDoc({ reason: "Gone." })).toBe("/** @deprecated Gone. */");
  });
});
