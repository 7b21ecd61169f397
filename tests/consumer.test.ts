/**
 * A consumer project compiles against the built declaration files, through the packages' `exports`
 * maps, from ESM (`.mts`) and CommonJS (`.cts`) with `moduleResolution: node16`.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const project = fileURLToPath(new URL("./consumer/tsconfig.json", import.meta.url));

describe("a consumer project", () => {
  it("type-checks its uses of every package, narrowing included", { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
