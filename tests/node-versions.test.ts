/**
 * The built packages load and work under every Node version users run: 20, 22 and 24, and the one
 * running the tests (whichever supported version that is).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SMOKE = fileURLToPath(new URL("./smoke.mjs", import.meta.url));

function smoke(command: string, args: string[]) {
  const output = execFileSync(command, [...args, SMOKE], {
    encoding: "utf8",
    timeout: 240_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(output) as {
    node: string;
    entries: { specifier: string; esm: string[] | string; cjs: string[] | string }[];
    exampleValid: boolean[];
  };
}

const HOST = process.versions.node.split(".")[0] as string;
// The host's Node runs the smoke test itself; every other supported major through npx.
const RUNS: (readonly [string, string, readonly string[]])[] = [
  [HOST, process.execPath, []],
  ...["20", "22", "24"]
    .filter((major) => major !== HOST)
    .map((major) => [major, "npx", ["-y", `node@${major}`]] as const),
];

describe.each(RUNS)("on Node %s", (major, command, args) => {
  it("every entry of every package loads in ESM and CommonJS with the same exports", { timeout: 300_000 }, () => {
    const report = smoke(command, [...args]);
    expect(report.node.startsWith(`v${major}.`)).toBe(true);
    expect(report.entries.length).toBeGreaterThan(0);
    for (const entry of report.entries) {
      expect(Array.isArray(entry.esm), `${entry.specifier} (ESM): ${entry.esm}`).toBe(true);
      expect(entry.esm.length, entry.specifier).toBeGreaterThan(0);
      expect(entry.cjs, entry.specifier).toEqual(entry.esm);
    }
    expect(report.exampleValid).toEqual([true, true]);
  });
});
