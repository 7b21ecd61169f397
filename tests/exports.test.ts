/**
 * One name, one thing: a service that imports two of the packages never gets two different values
 * under one name. Reads every built entry of every package through its `exports` map, as users do.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { npmPackageFolders } from "./support/packages.js";

const PACKAGES = fileURLToPath(new URL("../packages/", import.meta.url));

interface Entry {
  readonly pkg: string;
  readonly specifier: string;
  readonly module: Record<string, unknown>;
}

async function builtEntries(): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const folder of npmPackageFolders()) {
    const manifest = JSON.parse(readFileSync(`${PACKAGES}${folder}/package.json`, "utf8")) as {
      name: string;
      exports?: Record<string, string | { import: { default: string } }>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target === "string") continue; // ./package.json
      const file = pathToFileURL(`${PACKAGES}${folder}/${target.import.default}`).href;
      const specifier = subpath === "." ? manifest.name : `${manifest.name}${subpath.slice(1)}`;
      entries.push({ pkg: manifest.name, specifier, module: (await import(file)) as Record<string, unknown> });
    }
  }
  return entries;
}

/** Names that two packages export with different values: `name: a (pkg) ≠ b (pkg)`. */
function clashes(entries: readonly Entry[]): string[] {
  const seen = new Map<string, { value: unknown; pkg: string; specifier: string }>();
  const found: string[] = [];
  for (const { pkg, specifier, module } of entries) {
    for (const [name, value] of Object.entries(module)) {
      const first = seen.get(name);
      if (first === undefined) seen.set(name, { value, pkg, specifier });
      else if (first.pkg !== pkg && first.value !== value) found.push(`${name}: ${first.specifier} ≠ ${specifier}`);
    }
  }
  return found;
}

describe("the built packages", () => {
  it("never export different values under one name from two packages", async () => {
    const entries = await builtEntries();
    expect(entries.length).toBeGreaterThan(6);
    expect(clashes(entries)).toEqual([]);
  });

  it("would be caught exporting two values under one name (the check can fail)", () => {
    const fake = (pkg: string, module: Record<string, unknown>): Entry => ({ pkg, specifier: pkg, module });
    const shared = () => 1;
    expect(clashes([fake("a", { same: shared, other: 1 }), fake("b", { same: shared, other: 2 })])).toEqual([
      "other: a ≠ b",
    ]);
    expect(clashes([fake("a", { own: 1 }), fake("a", { own: 2 })])).toEqual([]);
  });
});
