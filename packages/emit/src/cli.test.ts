import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commands } from "./commands/index.js";

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

describe("the errata bin, as installed", () => {
  const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
  const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
  const manifest = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")) as {
    name: string;
    version: string;
    type: string;
    bin: Record<string, string>;
    files: string[];
  };

  it("regression: installing links the errata bin before the build, with no warning", { timeout: 30_000 }, () => {
    // A workspace of two packages, offline: this package as a fresh clone has it (its committed
    // files, no dist/), and one that depends on it, as the repository's root does.
    const workspace = mkdtempSync(join(tmpdir(), "errata-bin-"));
    const emit = join(workspace, "emit");
    const app = join(workspace, "app");
    mkdirSync(app, { recursive: true });
    for (const target of Object.values(manifest.bin)) {
      expect(target.startsWith("./dist/"), `${target} is built, so missing at install`).toBe(false);
      mkdirSync(dirname(join(emit, target)), { recursive: true });
      copyFileSync(join(PACKAGE, target), join(emit, target));
      expect(
        manifest.files.some((f) => target.startsWith(`./${f}/`)),
        `${target} is published`,
      ).toBe(true);
    }
    const { name, version, type, bin } = manifest;
    writeFileSync(join(emit, "package.json"), JSON.stringify({ name, version, type, bin }));
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ name: "app", private: true, dependencies: { [name]: "workspace:^" } }),
    );
    writeFileSync(join(workspace, "package.json"), JSON.stringify({ name: "root", private: true }));
    writeFileSync(join(workspace, "pnpm-workspace.yaml"), "packages:\n  - emit\n  - app\n");
    const install = spawnSync("pnpm", ["install", "--offline", "--ignore-scripts"], {
      cwd: workspace,
      encoding: "utf8",
      env: { ...process.env, CI: "1" },
    });
    expect(install.status, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/Failed to create bin/);
    const linked = join(app, "node_modules", ".bin", "errata");
    expect(existsSync(linked)).toBe(true);
    // Before the build, the bin says what is missing rather than throwing a stack.
    const early = spawnSync(linked, ["--version"], { encoding: "utf8" });
    expect(early.status).toBe(1);
    expect(early.stderr).toContain("not built yet");
  });

  it("regression: pnpm exec errata and npx --no-install errata run the built command", { timeout: 30_000 }, () => {
    for (const [command, args] of [
      ["pnpm", ["exec", "errata", "--version"]],
      ["npx", ["--no-install", "errata", "--version"]],
    ] as const) {
      const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
      expect(result.status, `${command}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/^errata \d+\.\d+\.\d+/);
    }
  });
});
