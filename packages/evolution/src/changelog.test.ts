import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ModCompWithPackage, NewChangesetWithCommit, VersionType } from "@changesets/types";
import { afterAll, describe, expect, it } from "vitest";
import { getDependencyReleaseLine, getReleaseLine } from "./changelog.js";
import { SEED_000, SEED_001 } from "./test/fixtures.js";

const temp = mkdtempSync(join(tmpdir(), "errata-changelog-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The seeds' two editions stand for the last release and the catalogue about to be released.
const options = { released: SEED_000, current: SEED_001 };
const SEED_001_ADDED = [
  "sandbox_requires_owner",
  "empty_file",
  "advanced_features_required",
  "contact_has_not_messaged",
  "file_not_found",
];

const changeset = (
  id: string,
  releases: Record<string, VersionType>,
  summary = `Summary of ${id}.`,
): NewChangesetWithCommit => ({
  id,
  summary,
  releases: Object.entries(releases).map(([name, type]) => ({ name, type })),
  commit: "abcdef1234567890",
});
const release = (name: string, version: string) => ({ name, newVersion: version }) as ModCompWithPackage;

describe("the changelog module, called directly", () => {
  it("writes a changeset as a bullet with its commit, and adds the catalogue diff to the catalogue's", async () => {
    const line = await getReleaseLine(
      changeset("add-codes", { "@errata/catalog": "minor" }, "Add the codes of the second edition.\n\nMore words."),
      "minor",
      options,
    );
    const [bullet, , more, , heading] = line.split("\n");
    expect(bullet).toBe("- abcdef1: Add the codes of the second edition.");
    expect(more).toBe("  More words.");
    expect(heading).toBe("  Catalogue changes (minor):");
    for (const code of SEED_001_ADDED) expect(line).toContain(`  - \`${code}\`: new `);
    expect(line).toContain("  **Added codes**");
    expect(line).toContain("  **Changed codes**");
    expect(line).toContain("`invalid_parameter_value` (patch): description reworded.");
    expect(line).not.toContain("**Removed codes**");
  });

  it("lists deprecated codes with their replacement", async () => {
    const deprecated = JSON.parse(readFileSync(SEED_001, "utf8")) as {
      errors: { code: string; deprecated?: object }[];
    };
    deprecated.errors.find((e) => e.code === "invalid_json")!.deprecated = {
      replacement: "invalid_parameter_value",
      reason: "One code for bad bodies.",
    };
    const current = join(temp, "deprecated.json");
    writeFileSync(current, JSON.stringify(deprecated));
    const line = await getReleaseLine(changeset("dep", { "@errata/catalog": "minor" }), "minor", {
      released: SEED_001,
      current,
    });
    expect(line).toContain(
      "**Deprecated codes**\n\n  - `invalid_json`: deprecated; use invalid_parameter_value instead: One code for bad bodies.",
    );
  });

  it("leaves other packages' changesets alone", async () => {
    expect(await getReleaseLine(changeset("server", { "@errata/server": "patch" }), "patch", options)).toBe(
      "- abcdef1: Summary of server.",
    );
  });

  it("rejects, naming the file, when a catalogue cannot be read", async () => {
    const missing = join(temp, "missing.json");
    await expect(
      getReleaseLine(changeset("x", { "@errata/catalog": "patch" }), "patch", { released: missing, current: SEED_001 }),
    ).rejects.toThrow(`${missing}: no such file.`);
  });

  it("lists updated dependencies like changelog-git", async () => {
    expect(
      await getDependencyReleaseLine(
        [changeset("a", { "@errata/catalog": "minor" })],
        [release("@errata/catalog", "0.2.0")],
        options,
      ),
    ).toBe("- Updated dependencies [abcdef1]\n  - @errata/catalog@0.2.0");
    expect(await getDependencyReleaseLine([], [], options)).toBe("");
  });
});

describe("the changelog module, called the way changeset version calls it", () => {
  // changeset version asks, release by release and in one pass, each changeset's line and then the dependency line.
  function version(releases: { name: string; dependsOnCatalog: boolean }[], changesets: NewChangesetWithCommit[]) {
    const entries = releases.map(({ name, dependsOnCatalog }) => {
      const lines = changesets.flatMap((cs) => {
        const own = cs.releases.find((r) => r.name === name);
        return own ? [{ type: own.type, line: getReleaseLine(cs, own.type, options) }] : [];
      });
      const catalogReleased = releases.some((r) => r.name === "@errata/catalog");
      const deps = dependsOnCatalog && catalogReleased ? [release("@errata/catalog", "0.2.0")] : [];
      const dependencyLine = getDependencyReleaseLine(dependsOnCatalog ? changesets : [], deps, options);
      return { name, lines, dependencyLine };
    });
    return Promise.all(
      entries.map(async ({ name, lines, dependencyLine }) => ({
        name,
        lines: await Promise.all(lines.map(async (l) => ({ type: l.type, text: await l.line }))),
        dependencyLine: await dependencyLine,
      })),
    );
  }
  const hasDiff = (text: string) => text.includes("Catalogue changes");

  it("puts the catalogue diff in the catalogue's entry only, when one changeset releases the catalogue and the server", async () => {
    const both = changeset("both", { "@errata/catalog": "minor", "@errata/server": "minor" });
    const [server, catalog] = await version(
      [
        { name: "@errata/server", dependsOnCatalog: true },
        { name: "@errata/catalog", dependsOnCatalog: false },
      ],
      [both],
    );
    expect(server!.lines.map((l) => hasDiff(l.text))).toEqual([false]);
    expect(catalog!.lines.map((l) => hasDiff(l.text))).toEqual([true]);
  });

  it("adds the diff once, under the catalogue's largest bump", async () => {
    const [catalog] = await version(
      [{ name: "@errata/catalog", dependsOnCatalog: false }],
      [changeset("fix", { "@errata/catalog": "patch" }), changeset("add", { "@errata/catalog": "minor" })],
    );
    expect(catalog!.lines.map((l) => [l.type, hasDiff(l.text)])).toEqual([
      ["patch", false],
      ["minor", true],
    ]);
  });
});

describe("changeset version with this module configured", () => {
  const changelogModule = fileURLToPath(new URL("../dist/changelog.cjs", import.meta.url));
  const cli = fileURLToPath(new URL("../../../node_modules/@changesets/cli/bin.js", import.meta.url));

  it.skipIf(!existsSync(changelogModule))(
    "writes the catalogue's added, changed and deprecated codes into its CHANGELOG.md, and not into others'",
    () => {
      const dir = join(temp, "workspace");
      const write = (path: string, text: string) => {
        mkdirSync(join(dir, path, ".."), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      write("package.json", JSON.stringify({ name: "root", private: true }));
      write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
      write("packages/catalog/package.json", JSON.stringify({ name: "@errata/catalog", version: "0.1.0" }));
      write(
        "packages/server/package.json",
        JSON.stringify({
          name: "@errata/server",
          version: "0.1.0",
          dependencies: { "@errata/catalog": "workspace:^" },
        }),
      );
      mkdirSync(join(dir, "schemas", "released"), { recursive: true });
      copyFileSync(SEED_000, join(dir, "schemas", "released", "catalog.json"));
      copyFileSync(SEED_001, join(dir, "schemas", "catalog.json"));
      write(
        ".changeset/config.json",
        JSON.stringify({
          changelog: [changelogModule, { released: "schemas/released/catalog.json", current: "schemas/catalog.json" }],
          commit: false,
          access: "public",
          baseBranch: "main",
          updateInternalDependencies: "patch",
        }),
      );
      write(
        ".changeset/second-edition.md",
        '---\n"@errata/catalog": minor\n"@errata/server": patch\n---\n\nThe second edition of the reference.\n',
      );
      const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
      git("init", "-q", "-b", "main");
      git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".");
      git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "start");
      execFileSync(process.execPath, [cli, "version"], { cwd: dir, stdio: "pipe" });

      const catalogLog = readFileSync(join(dir, "packages/catalog/CHANGELOG.md"), "utf8");
      const serverLog = readFileSync(join(dir, "packages/server/CHANGELOG.md"), "utf8");
      expect(catalogLog).toContain("## 0.2.0");
      expect(catalogLog).toContain("The second edition of the reference.");
      expect(catalogLog).toContain("Catalogue changes (minor):");
      for (const code of SEED_001_ADDED) expect(catalogLog).toContain(`\`${code}\``);
      expect(catalogLog).toContain("`message_not_found` (patch): description reworded.");
      expect(serverLog).toContain("The second edition of the reference.");
      expect(serverLog).not.toContain("Catalogue changes");
    },
  );
});

describe("the repository's changesets configuration", () => {
  it("uses this module for the catalogue, with the released and current catalogues of the repository", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const config = JSON.parse(readFileSync(join(root, ".changeset", "config.json"), "utf8")) as {
      changelog: [string, Record<string, string>];
    };
    const [module, moduleOptions] = config.changelog;
    expect(join(root, ".changeset", module)).toBe(fileURLToPath(new URL("../dist/changelog.cjs", import.meta.url)));
    expect(moduleOptions).toEqual({
      package: "@errata/catalog",
      released: "schemas/released/catalog.json",
      current: "schemas/catalog.json",
    });
    for (const file of [moduleOptions.released!, moduleOptions.current!])
      expect(existsSync(join(root, file))).toBe(true);
  });
});
