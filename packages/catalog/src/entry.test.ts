/**
 * Importing the constants or types must not load zod: the main entry is for bundles that only
 * branch on codes. Checked on the built files, as consumers import them.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** Every module specifier the ESM file imports, following relative imports. */
function esmImports(file: string, seen = new Set<string>()): Set<string> {
  const specifiers = new Set<string>();
  if (seen.has(file)) return specifiers;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']/g)) {
    if (specifier!.startsWith("."))
      for (const inner of esmImports(join(dirname(file), specifier!), seen)) specifiers.add(inner);
    else specifiers.add(specifier!);
  }
  for (const [, specifier] of source.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) specifiers.add(specifier!);
  return specifiers;
}

describe("the main entry", () => {
  it("imports nothing but its own chunks in ESM", () => {
    expect([...esmImports(join(DIST, "index.js"))]).toEqual([]);
  });

  it("loads no zod module when required from CommonJS", () => {
    const script = `require(${JSON.stringify(join(DIST, "index.cjs"))});
      const zod = Object.keys(require.cache).filter((path) => path.includes("node_modules") && path.includes("zod"));
      process.stdout.write(JSON.stringify(zod));`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it("while the zod entry does import zod", () => {
    expect([...esmImports(join(DIST, "zod.js"))]).toContain("zod");
  });
});
