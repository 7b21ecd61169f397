import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  CHANGELOG_PATHS,
  changelogSection,
  changelogVersions,
  syncLanguageChangelogs,
  withCatalogSection,
} from "./language-changelogs.js";

const CATALOG = `# @errata/catalog

## 1.1.0

### Minor Changes

- a1b2c3d: \`forbidden\` is sent by the RCS API.

## 1.0.0

### Major Changes

- First release.
`;

const PYTHON = `# Changelog

Versions follow the catalogue's.

## 1.0.0

- First release.
`;

describe("changelogSection", () => {
  it("returns the lines under a version's heading, up to the next heading", () => {
    expect(changelogSection(CATALOG, "1.1.0")).toBe(
      "### Minor Changes\n\n- a1b2c3d: `forbidden` is sent by the RCS API.",
    );
    expect(changelogSection(CATALOG, "1.0.0")).toBe("### Major Changes\n\n- First release.");
    expect(changelogSection(CATALOG, "2.0.0")).toBeUndefined();
  });
});

describe("withCatalogSection", () => {
  it("puts the catalogue's section above the newest version, under the same heading", () => {
    const after = withCatalogSection(PYTHON, CATALOG, "1.1.0");
    expect(changelogVersions(after)).toEqual(["1.1.0", "1.0.0"]);
    expect(changelogSection(after, "1.1.0")).toContain("`forbidden` is sent by the RCS API.");
    expect(after.startsWith("# Changelog\n\nVersions follow the catalogue's.\n\n## 1.1.0\n")).toBe(true);
    expect(changelogSection(after, "1.0.0")).toBe("- First release.");
  });

  it("adds nothing to a changelog that has the version already", () => {
    expect(withCatalogSection(PYTHON, CATALOG, "1.0.0")).toBe(PYTHON);
  });

  it("refuses a version the catalogue's changelog does not describe", () => {
    expect(() => withCatalogSection(PYTHON, CATALOG, "3.0.0")).toThrow(/no section for 3\.0\.0/);
  });

  it("appends to a changelog with no version yet", () => {
    const after = withCatalogSection("# Changelog\n", CATALOG, "1.0.0");
    expect(changelogVersions(after)).toEqual(["1.0.0"]);
  });

  it("is idempotent and keeps every earlier section, whatever the texts", () => {
    const line = fc.stringMatching(/^[a-z0-9 `.:-]{0,30}$/);
    const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join("."));
    fc.assert(
      fc.property(fc.uniqueArray(version, { minLength: 2, maxLength: 5 }), fc.array(line), (versions, lines) => {
        const [next, ...older] = versions as [string, ...string[]];
        const language = `# Changelog\n\n${older.map((v) => `## ${v}\n\n- ${lines.join(" ")}\n`).join("\n")}`;
        const catalog = `# @errata/catalog\n\n## ${next}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
        const once = withCatalogSection(language, catalog, next);
        expect(withCatalogSection(once, catalog, next)).toBe(once);
        expect(changelogVersions(once)).toEqual([next, ...older]);
        for (const v of older) expect(changelogSection(once, v)).toBe(changelogSection(language, v));
      }),
    );
  });
});

describe("syncLanguageChangelogs", () => {
  const dir = mkdtempSync(join(tmpdir(), "errata-changelogs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the languages that lack the version, and reports them", () => {
    const paths = { catalog: join(dir, "catalog.md"), languages: [join(dir, "python.md"), join(dir, "go.md")] };
    writeFileSync(paths.catalog, CATALOG);
    writeFileSync(paths.languages[0]!, PYTHON);
    writeFileSync(paths.languages[1]!, withCatalogSection(PYTHON, CATALOG, "1.1.0"));
    expect(syncLanguageChangelogs("1.1.0", paths)).toEqual([paths.languages[0]]);
    expect(changelogVersions(readFileSync(paths.languages[0]!, "utf8"))).toEqual(["1.1.0", "1.0.0"]);
    expect(syncLanguageChangelogs("1.1.0", paths)).toEqual([]);
  });

  it("skips an absent language, and reads no catalogue changelog when none is needed", () => {
    const paths = { catalog: join(dir, "absent-catalog.md"), languages: [join(dir, "absent.md")] };
    expect(syncLanguageChangelogs("1.1.0", paths)).toEqual([]);
    writeFileSync(join(dir, "current.md"), PYTHON);
    expect(syncLanguageChangelogs("1.0.0", { ...paths, languages: [join(dir, "current.md")] })).toEqual([]);
    expect(() => syncLanguageChangelogs("1.1.0", { ...paths, languages: [join(dir, "current.md")] })).toThrow(
      /absent-catalog\.md/,
    );
  });
});

describe("the repository's language changelogs", () => {
  const root = fileURLToPath(new URL("../../../../", import.meta.url));
  const { version } = JSON.parse(readFileSync(join(root, "schemas/catalog.json"), "utf8")) as { version: string };

  it.each(CHANGELOG_PATHS.languages)("%s names the catalogue's version as its newest", (path) => {
    expect(changelogVersions(readFileSync(join(root, path), "utf8"))[0]).toBe(version);
  });
});
