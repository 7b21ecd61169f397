import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commands } from "./commands.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const errata = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

describe("the errata command line (built)", () => {
  it("emits schemas into a folder, then finds them current with --check", () => {
    const out = mkdtempSync(join(tmpdir(), "errata-cli-"));
    expect(errata("emit", "--check", "--out", out).status).toBe(1);
    const written = errata("emit", "--out", out);
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(/errata emit: \d+ files/);
    expect(errata("emit", "--check", "--out", out).status).toBe(0);
    writeFileSync(join(out, "catalog.json"), "{}");
    const stale = errata("emit", "--check", "--out", out);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("catalog.json");
  });

  it("lists its commands, and exits 2 naming an unknown one", () => {
    const help = errata("--help");
    expect(help.status).toBe(0);
    for (const command of ["emit", "readme", "mock", "docs", "diff", "check-release", "release-snapshot"]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
      expect(help.stdout).toContain(`errata ${command}`);
    }
    const unknown = errata("frobnicate");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it("exits 2 with a clear message on a bad option", () => {
    const bad = errata("emit", "--outt", "x");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/errata emit: .*--outt/);
  });

  it("prints its version and the catalogue's with --version", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    const result = errata("--version");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^errata ${manifest.version.replace(/\./g, "\\.")} \\(catalogue \\S+\\)\\n$`),
    );
  });

  it("answers --help on every subcommand with its usage and each of its options, and exits 0", () => {
    for (const [name, command] of Object.entries(commands)) {
      const result = errata(name, "--help");
      expect(result.status, name).toBe(0);
      expect(result.stderr, name).toBe("");
      expect(result.stdout, name).toContain(`usage: ${command.usage}`);
      for (const option of Object.keys(command.options))
        expect(result.stdout, `${name} --${option}`).toContain(`--${option}`);
    }
  });

  it("regression: a mistyped flag prints the usage and exits 2", () => {
    const result = errata("mock", "--prot", "1");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("errata mock: Unknown option '--prot'.");
    expect(result.stderr).toContain("usage: errata mock [--port N] [--host H]");
  });

  it("regression: readme --check without a README says so in one line, not a raw ENOENT", () => {
    const empty = mkdtempSync(join(tmpdir(), "errata-cli-readme-"));
    const result = spawnSync(process.execPath, [CLI, "readme", "--check"], { cwd: empty, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("errata readme: cannot read README.md: no such file or folder\n");
  });

  it("regression: check-release with a changesets folder that does not exist is an error, not 'no pending changesets'", () => {
    const result = errata("check-release", "--changesets", "/nonexistent/changesets");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^errata check-release: cannot read \/nonexistent\/changesets: no such folder/);
  });

  it("regression: readme prints what it did, like its siblings, when there is nothing to change", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-cli-readme-"));
    // The repository's own README, whose table the build keeps current.
    writeFileSync(join(dir, "README.md"), readFileSync(new URL("../../../README.md", import.meta.url)));
    const result = spawnSync(process.execPath, [CLI, "readme"], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("errata readme: the table of codes in README.md is current\n");
  });

  it("exits 2 with one line and the usage on a wrong number of arguments", () => {
    const result = errata("diff", "only-one.json");
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("errata diff: takes 2 arguments, got 1 (only-one.json)");
  });
});
