/**
 * CONTRIBUTING.md stays true to the repository: every path it names in backticks exists, every
 * `pnpm` command it names is a script of the package it runs in or one of pnpm's own, and the
 * README's links into it land on a heading.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** pnpm's own commands the guide uses. */
const PNPM_COMMANDS = new Set(["add", "exec", "install"]);
/** Flags of pnpm that take a value. */
const VALUE_FLAGS = new Set(["--dir", "--filter"]);

/** The text of every inline code span, white space collapsed. */
const spans = (markdown: string) => [...markdown.matchAll(/`([^`]+)`/g)].map(([, text]) => text!.replace(/\s+/g, " "));

/**
 * The repository paths a text names that do not exist. A path is a span under one of the top-level
 * folders, or the script of a `bash` span; in a template (`schemas/errors/<code>.schema.json`) the
 * folder before the placeholder must exist.
 */
function missingPaths(markdown: string): string[] {
  return spans(markdown)
    .map((span) => span.replace(/^bash /, ""))
    .filter((span) => /^(packages|scripts|tests|schemas|docs|\.changeset)\/\S*$/.test(span))
    .filter((path) => {
      const fixed = path.includes("<") ? path.slice(0, path.lastIndexOf("/", path.indexOf("<")) + 1) : path;
      return !existsSync(join(ROOT, fixed));
    });
}

/**
 * The `pnpm` commands a text names that are neither a script nor one of pnpm's own: `pnpm [flags] NAME`,
 * NAME looked up in the scripts of `--dir`'s package.json, or of the root's without it (`run NAME` alike).
 */
function unknownCommands(markdown: string): string[] {
  return spans(markdown)
    .filter((span) => span.startsWith("pnpm "))
    .filter((command) => {
      const words = command.split(" ").slice(1);
      let dir = ".";
      while (words[0]?.startsWith("-")) {
        const flag = words.shift()!;
        const value = VALUE_FLAGS.has(flag) ? words.shift() : undefined;
        if (flag === "--dir" && value !== undefined) dir = value;
      }
      if (words[0] === "run") words.shift();
      const name = words[0] ?? "";
      if (PNPM_COMMANDS.has(name)) return false;
      const manifest = join(dir, "package.json");
      const scripts = existsSync(join(ROOT, manifest)) ? JSON.parse(read(manifest)).scripts : {};
      return !Object.hasOwn(scripts ?? {}, name);
    });
}

/** A heading's anchor, as GitHub makes it. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");

describe("CONTRIBUTING.md", () => {
  const guide = read("CONTRIBUTING.md");

  it("names only paths that exist", () => {
    expect(spans(guide).filter((span) => span.startsWith("packages/")).length).toBeGreaterThan(50);
    expect(missingPaths(guide)).toEqual([]);
  });

  it("names only pnpm commands that exist: the root's scripts, a package's with --dir, and pnpm's own", () => {
    expect(spans(guide).filter((span) => span.startsWith("pnpm ")).length).toBeGreaterThan(10);
    expect(unknownCommands(guide)).toEqual([]);
  });

  it("has the sections the README links to", () => {
    const anchors = new Set([...guide.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => anchorOf(heading!)));
    const links = [...read("README.md").matchAll(/\(CONTRIBUTING\.md#([^)]+)\)/g)].map(([, anchor]) => anchor!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });

  it("would be caught naming a path, a template's folder or a command that does not exist (the checks can fail)", () => {
    const text = [
      "Edit `packages/catalog/src/catalog.ts` and `packages/catalog/src/nowhere.ts`, then read",
      "`schemas/errors/<code>.schema.json` and `schemas/nowhere/<code>.json`. Run `bash scripts/nowhere.sh`, `pnpm build`,",
      "`pnpm run version`, `pnpm exec vitest run`, `pnpm rebuild-everything`,",
      "`pnpm --dir packages/server run lint:package` and `pnpm --dir packages/server bench:scale`.",
    ].join("\n");
    expect(missingPaths(text)).toEqual([
      "packages/catalog/src/nowhere.ts",
      "schemas/nowhere/<code>.json",
      "scripts/nowhere.sh",
    ]);
    expect(unknownCommands(text)).toEqual(["pnpm rebuild-everything", "pnpm --dir packages/server bench:scale"]);
  });
});
