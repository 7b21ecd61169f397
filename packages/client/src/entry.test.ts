/**
 * The core entry must not load zod: bundles of clients that only branch on codes stay small.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("the entries", () => {
  it("core bundle holds the catalogue's zod-free constants and no zod", async () => {
    const inputs = await inputsOf("./index.ts");
    expect(inputs.some((path) => path.includes("catalog"))).toBe(true);
    expect(inputs.filter((path) => /[\\/]zod[\\/]|[\\/]zod\.(js|ts)$/.test(path))).toEqual([]);
  });

  it("validating bundle loads zod", async () => {
    const inputs = await inputsOf("./zod.ts");
    expect(inputs.some((path) => /[\\/]zod[\\/]/.test(path))).toBe(true);
  });
});
