import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
});
