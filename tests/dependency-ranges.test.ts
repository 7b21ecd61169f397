/**
 * One version range per dependency across the repository's manifests, so that two packages never
 * ask for different versions of one library (and a bump is made once, everywhere).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { npmPackageFolders } from "./support/packages.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const KINDS = ["dependencies", "devDependencies", "optionalDependencies"] as const;

type Manifest = Partial<Record<(typeof KINDS)[number], Record<string, string>>>;

const manifests = (): [string, Manifest][] => [
  ["package.json", JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as Manifest],
  ...npmPackageFolders().map((folder): [string, Manifest] => [
    `packages/${folder}/package.json`,
    JSON.parse(readFileSync(`${ROOT}packages/${folder}/package.json`, "utf8")) as Manifest,
  ]),
];

/** `name: range (file), range (file)` for every dependency asked for with more than one range. */
function drift(list: readonly [string, Manifest][]): string[] {
  const ranges = new Map<string, Map<string, string[]>>();
  for (const [file, manifest] of list) {
    for (const kind of KINDS) {
      for (const [name, range] of Object.entries(manifest[kind] ?? {})) {
        if (range.startsWith("workspace:")) continue;
        const byRange = ranges.get(name) ?? new Map<string, string[]>();
        byRange.set(range, [...(byRange.get(range) ?? []), file]);
        ranges.set(name, byRange);
      }
    }
  }
  return [...ranges]
    .filter(([, byRange]) => byRange.size > 1)
    .map(
      ([name, byRange]) =>
        `${name}: ${[...byRange].map(([range, files]) => `${range} (${files.join(", ")})`).join(", ")}`,
    );
}

describe("the manifests", () => {
  it("ask for each dependency with one version range", () => {
    expect(drift(manifests())).toEqual([]);
  });

  it("would be caught asking for one library with two ranges (the check can fail)", () => {
    expect(
      drift([
        ["a", { dependencies: { zod: "^4.1.12", x: "workspace:^" } }],
        ["b", { devDependencies: { zod: "^4.6.7", x: "workspace:*" } }],
      ]),
    ).toEqual(["zod: ^4.1.12 (a), ^4.6.7 (b)"]);
  });
});
