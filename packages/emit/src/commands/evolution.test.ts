import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCatalogFile } from "@errata/catalog/file";
import { diffCatalogs } from "@errata/evolution";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
// The release gate's fixtures: the seeds' editions and a frozen copy of the catalogue.
import { BASE_CATALOG, editCode, REPO_CATALOG, SEED_000, SEED_001 } from "../../../evolution/src/test/fixtures.js";
import type { Command } from "../command.js";
import { invoke } from "../dispatch.js";
import { checkReleaseCommand } from "./check-release.js";
import { diffCommand } from "./diff.js";
import { commands } from "./index.js";
import { releaseSnapshotCommand } from "./release-snapshot.js";

const temp = mkdtempSync(join(tmpdir(), "errata-commands-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs a command (these are synchronous) and captures what it prints. */
function run(command: Command, args: string[]) {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const name = Object.keys(commands).find((key) => commands[key] === command) as string;
  const code = invoke(name, command, args) as number;
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe("errata diff", () => {
  it("prints a table with the overall bump and one row per change, and exits 0", () => {
    const { code, stdout, stderr } = run(diffCommand, [SEED_000, SEED_001]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const [head, , columns, ...rows] = stdout.trimEnd().split("\n");
    expect(head).toBe(`${SEED_000} → ${SEED_001}: bump: minor (7 changes: 5 minor, 2 patch)`);
    expect(columns).toMatch(/^BUMP +CODE +KIND +DETAIL$/);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatch(/^minor +sandbox_requires_owner +code-added +new authorization_error code/);
  });

  it("prints {bump, changes} with --json, the same as the library's diff", () => {
    const { code, stdout } = run(diffCommand, ["--json", SEED_000, SEED_001]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as {
      bump: string;
      changes: { code: string; kind: string; bump: string; detail: string }[];
    };
    expect(printed).toEqual(diffCatalogs(readCatalogFile(SEED_000), readCatalogFile(SEED_001)));
    expect(Object.keys(printed.changes[0]!).sort()).toEqual(["bump", "code", "detail", "kind"]);
  });

  it("exits 0 for a major too, and says none for identical catalogues", () => {
    expect(run(diffCommand, [SEED_001, SEED_000]).code).toBe(0);
    const same = run(diffCommand, [REPO_CATALOG, REPO_CATALOG]);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe(`${REPO_CATALOG} → ${REPO_CATALOG}: no changes (bump: none)\n`);
  });

  it("exits 2 naming the file when one is missing, is not JSON, or is not a catalogue", () => {
    const missing = join(temp, "missing.json");
    const notJson = join(temp, "not.json");
    const notCatalog = join(temp, "package.json");
    writeFileSync(notJson, "{");
    writeFileSync(notCatalog, '{"name": "x"}');
    for (const [file, problem] of [
      [missing, "no such file."],
      [notJson, "not valid JSON"],
      [notCatalog, "not a catalogue: `version` must be a non-empty string"],
    ] as const) {
      const result = run(diffCommand, [SEED_000, file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`errata diff: cannot read ${file}: ${problem}`);
    }
  });

  it("exits 2 with its usage when not given two files", () => {
    const result = run(diffCommand, [SEED_000]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: errata diff OLD NEW [--json]");
  });
});

describe("errata check-release", () => {
  let n = 0;
  /** A repository in a temp dir: a released catalogue, a current one, and changesets. */
  function repo(current: object, changesets: Record<string, string>) {
    const dir = join(temp, `repo-${n++}`);
    mkdirSync(join(dir, ".changeset"), { recursive: true });
    copyFileSync(BASE_CATALOG, join(dir, "released.json"));
    writeFileSync(join(dir, "current.json"), JSON.stringify(current));
    writeFileSync(join(dir, ".changeset", "config.json"), "{}");
    for (const [name, text] of Object.entries(changesets)) writeFileSync(join(dir, ".changeset", name), text);
    return [
      "--released",
      join(dir, "released.json"),
      "--current",
      join(dir, "current.json"),
      "--changesets",
      join(dir, ".changeset"),
    ];
  }
  const released = readCatalogFile(BASE_CATALOG);
  const withoutCode = editCode(released, "webhook_not_found", () => undefined);
  const changeset = (bump: string) => `---\n"@errata/catalog": ${bump}\n---\n\nDrop webhook_not_found.\n`;

  it("fails a code removed under a minor changeset, naming the change that needs a major", () => {
    const result = run(checkReleaseCommand, repo(withoutCode, { "drop-code.md": changeset("minor") }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("needs a major release, but pending changesets declare minor for @errata/catalog");
    expect(result.stderr).toContain("- webhook_not_found [code-removed, major]");
  });

  it("passes the same change under a major changeset", () => {
    const result = run(checkReleaseCommand, repo(withoutCode, { "drop-code.md": changeset("major") }));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("(needs major); pending changesets declare major for @errata/catalog: covered.");
  });

  it("fails a changed catalogue with no changeset for the catalogue at all", () => {
    const result = run(
      checkReleaseCommand,
      repo(withoutCode, { "server.md": '---\n"@errata/server": major\n---\n\nOther.\n' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no pending changeset declares a bump of @errata/catalog");
  });

  it("names only the changes above the declared bump", () => {
    const current = editCode(withoutCode, "invalid_json", (e) => ({ ...e, title: "Bad JSON" }));
    const result = run(checkReleaseCommand, repo(current, { "a.md": changeset("patch") }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("webhook_not_found");
    expect(result.stderr).not.toContain("invalid_json");
  });

  it("passes an unchanged catalogue without any changeset", () => {
    const result = run(checkReleaseCommand, repo(released, {}));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("has not changed since the last release");
  });

  it("exits 2 naming a changeset it cannot read", () => {
    const args = repo(withoutCode, { "broken.md": "no frontmatter" });
    const result = run(checkReleaseCommand, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`broken.md: no frontmatter`);
  });

  it("passes on the repository itself (what the test script runs)", () => {
    const root = join(REPO_CATALOG, "..", "..");
    const result = run(checkReleaseCommand, [
      "--released",
      join(root, "schemas", "released", "catalog.json"),
      "--current",
      REPO_CATALOG,
      "--changesets",
      join(root, ".changeset"),
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("errata release-snapshot", () => {
  it("copies the current catalogue over the released one, making a folder if needed", () => {
    const target = join(temp, "snap", "released", "catalog.json");
    const result = run(releaseSnapshotCommand, ["--current", REPO_CATALOG, "--released", target]);
    expect(result.code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(readFileSync(REPO_CATALOG, "utf8"));
  });

  it("refuses to record a file that is not a catalogue", () => {
    const bad = join(temp, "bad-snap.json");
    writeFileSync(bad, "[]");
    const result = run(releaseSnapshotCommand, ["--current", bad, "--released", join(temp, "never.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: not a catalogue`);
  });
});
