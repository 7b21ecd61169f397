/**
 * What every package carries to npm besides its code: the licence it declares, and a README whose
 * links work on the registry's page, where the monorepo's folders do not exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { npmPackageFolders } from "./support/packages.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = npmPackageFolders().map((name) => join(ROOT, "packages", name));
const read = (path: string) => readFileSync(path, "utf8");

/** Markdown link targets, leaving out code spans and fenced blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((match) => match[1] as string);
}

describe.each(PACKAGES)("the package in %s", (dir) => {
  const manifest = JSON.parse(read(join(dir, "package.json"))) as { license?: string; files?: string[] };

  it("ships the repository's licence text, which npm packs from the package's folder", () => {
    expect(manifest.license).toBe("MIT");
    expect(read(join(dir, "LICENSE"))).toBe(read(join(ROOT, "LICENSE")));
    expect(read(join(ROOT, "LICENSE"))).toMatch(/^MIT License\n/);
  });

  it("links only to absolute URLs or anchors in its README, so the links work on npm", () => {
    const relative = linkTargets(read(join(dir, "README.md"))).filter((target) => !/^(https?:|mailto:|#)/.test(target));
    expect(relative).toEqual([]);
  });
});
