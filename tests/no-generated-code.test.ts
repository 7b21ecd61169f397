import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../packages/", import.meta.url).pathname;

/** Every JavaScript file of every package's built `dist/`. */
function builtFiles(): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync(root)) {
    const dist = join(root, pkg, "dist");
    let names: string[];
    try {
      names = readdirSync(dist, { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const name of names) if (/\.(c|m)?js$/.test(name)) files.push(join(dist, name));
  }
  return files;
}

describe("the built packages", () => {
  it("generate no code at run time: no eval and no Function constructor in any dist file (Workers and a strict CSP refuse both)", () => {
    const files = builtFiles();
    expect(files.length).toBeGreaterThan(6);
    const offending = files.filter((file) =>
      /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(readFileSync(file, "utf8")),
    );
    expect(offending).toEqual([]);
  });
});
