import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ChangesetReadError, declaredBump, parseChangeset, readChangesets } from "./changesets.js";

const dir = mkdtempSync(join(tmpdir(), "errata-changesets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pending changesets", () => {
  it("read the bump of each package from the frontmatter, quoted or not", () => {
    const { releases } = parseChangeset(
      "---\n\"@errata/catalog\": major\n'@errata/server': patch\n@errata/client: minor\n---\n\nText.\n",
      "x.md",
    );
    expect(Object.fromEntries(releases)).toEqual({
      "@errata/catalog": "major",
      "@errata/server": "patch",
      "@errata/client": "minor",
    });
  });

  it("declare the largest bump any of them gives a package, and none when none names it", () => {
    const sets = [
      parseChangeset('---\n"@errata/catalog": patch\n---\nA', "a.md"),
      parseChangeset('---\n"@errata/catalog": minor\n"@errata/server": major\n---\nB', "b.md"),
    ];
    expect(declaredBump(sets, "@errata/catalog")).toBe("minor");
    expect(declaredBump(sets, "@errata/server")).toBe("major");
    expect(declaredBump(sets, "@errata/client")).toBe("none");
  });

  it("refuse a frontmatter they cannot read, naming the file and the line", () => {
    expect(() => parseChangeset("no frontmatter", "a.md")).toThrowError(ChangesetReadError);
    expect(() => parseChangeset('---\n"@errata/catalog": huge\n---\n', "b.md")).toThrowError(
      /^b\.md: cannot read frontmatter line "\\"@errata\/catalog\\": huge"/,
    );
  });

  it("are the .md files of the folder other than its README", () => {
    writeFileSync(join(dir, "README.md"), "# Changesets\n");
    writeFileSync(join(dir, "config.json"), "{}");
    writeFileSync(join(dir, "one.md"), '---\n"@errata/catalog": minor\n---\n\nOne.\n');
    expect(readChangesets(dir).map((c) => c.file)).toEqual([join(dir, "one.md")]);
  });

  it("regression: a folder that does not exist is an error, not an empty list of changesets", () => {
    expect(() => readChangesets(join(dir, "missing"))).toThrow(ChangesetReadError);
    expect(() => readChangesets(join(dir, "missing"))).toThrow(/missing: no such folder/);
  });
});
