/**
 * Test code stays with the tests: a package's own modules never import the repository's `tests/`
 * nor a package's `src/test/` helpers, so that nothing built or shipped depends on them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = join(ROOT, "packages");

/** Whether a path under `packages/` is test code: a test, or a helper in a `test/` folder. */
const isTestCode = (path: string) => /\.test(-d)?\.ts$/.test(path) || /(^|\/)src\/test\//.test(path);

/** The relative specifiers of a module that reach test code: `tests/` at the root, or a `src/test/` folder. */
function testImports(file: string, source: string): string[] {
  const found: string[] = [];
  for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = relative(ROOT, resolve(dirname(file), specifier as string));
    if (target.startsWith("tests/") || /(^|\/)src\/test\//.test(target)) found.push(specifier as string);
  }
  return found;
}

function moduleFiles(): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync(PACKAGES)) {
    let names: string[];
    try {
      names = readdirSync(join(PACKAGES, pkg, "src"), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join("packages", pkg, "src", name);
      if (/\.(c|m)?ts$/.test(name) && !isTestCode(path)) files.push(join(ROOT, path));
    }
  }
  return files;
}

describe("the packages' own modules", () => {
  it("import no test code", () => {
    const files = moduleFiles();
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      testImports(file, readFileSync(file, "utf8")).map((specifier) => `${relative(ROOT, file)}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("would be caught importing the root tests/ or a src/test/ helper (the check can fail)", () => {
    const file = join(PACKAGES, "emit", "src", "artifacts.ts");
    const source = [
      'import { readJson } from "../../../tests/support/schemas.js";',
      'import { valid } from "./test/arbitraries.js";',
      'import { jsonSchemas } from "./json-schema.js";',
      'const later = await import("../../../tests/support/fields.js");',
    ].join("\n");
    expect(testImports(file, source)).toEqual([
      "../../../tests/support/schemas.js",
      "./test/arbitraries.js",
      "../../../tests/support/fields.js",
    ]);
  });
});
