/**
 * The core entry must not load zod, and a bundler that splits chunks loads the parse core only with
 * the first body: bundles of clients that only branch on codes stay small.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { CORE, CORE_FETCH, esbuildBundle, esbuildChunks, rollupChunks } from "../scripts/bundle-size.js";

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

  it("core of fromResponse + retryDecision names each code once: in its line of the compact table", async () => {
    const code = await esbuildBundle(
      'export { fromResponse, retryDecision } from "./index.ts";',
      fileURLToPath(new URL(".", import.meta.url)),
    );
    // The main entry's code table or a generated check per code would name it again, and grow
    // the bundle with every code by more than a line; a code in the retry list is named there alone.
    for (const name of [
      "spend_limit_exceeded",
      "insufficient_balance",
      "missing_api_key",
      "throttled",
      "outbound_limit_reached",
    ])
      expect(code.split(name).length - 1, name).toBe(1);
  });

  const count = (chunks: readonly string[], name: string) => chunks.join("\n").split(name).length - 1;
  const here = fileURLToPath(new URL(".", import.meta.url));

  it.each([
    ["rollup, from @errata/client", () => rollupChunks(CORE, here)],
    ["esbuild with splitting, from @errata/client/fetch", () => esbuildChunks(CORE_FETCH, here)],
  ])("core of fromResponse + retryDecision, split by %s, loads the table of codes only on demand", async (_, split) => {
    const { upFront, onDemand } = await split();
    // Up front: the short list of codes with a retry policy or wait of their own, and no other code.
    expect(count(upFront, "throttled")).toBe(1);
    for (const name of ["spend_limit_exceeded", "insufficient_balance", "missing_api_key"]) {
      expect(count(upFront, name), name).toBe(0);
      expect(count(onDemand, name), name).toBe(1);
    }
    // The error class is not used by the core: its file is left out, though it sets a prototype's name.
    expect(count(upFront, "ErrataResponseError")).toBe(0);
  });

  it("esbuild keeps the table up front from @errata/client, whose fromBody reaches it (why /fetch exists)", async () => {
    const { upFront } = await esbuildChunks(CORE, here);
    expect(count(upFront, "missing_api_key")).toBe(1);
  });

  it("validating bundle loads zod", async () => {
    const inputs = await inputsOf("./zod.ts");
    expect(inputs.some((path) => /[\\/]zod[\\/]/.test(path))).toBe(true);
  });
});

describe("the built package", () => {
  const dir = fileURLToPath(new URL("..", import.meta.url));
  const body = `'{"error":{"type":"rate_limit_error","code":"throttled","message":"Slow down.","retry_after":2},"request_id":"req_abcdefabcdef"}'`;
  // fromBody (where the entry has it), then fromResponse, which loads the parse core on demand in
  // each module format.
  const script = (load: string) =>
    `(async () => { ${load}; const e = m.fromBody ? m.fromBody(${body}, { status: 429 }) : await m.fromResponse(new Response(${body}, { status: 429 })); ` +
    `if (!(e.known && e.retry_after === 2 && m.retryDecision(e, 1).retry && new m.ErrataResponseError(e) instanceof Error)) throw new Error("wrong"); ` +
    `const r = await m.fromResponse(new Response(${body}, { status: 429 })); ` +
    `if (!(r.known && r.code === "throttled" && r.retry_after === 2)) throw new Error("wrong response"); })().catch((error) => { console.error(error); process.exitCode = 1; });`;

  it.each([
    ["ESM", "--input-type=module", `const m = await import("@errata/client")`],
    ["CommonJS", "--input-type=commonjs", `const m = require("@errata/client")`],
    ["ESM, fetch entry", "--input-type=module", `const m = await import("@errata/client/fetch")`],
    ["CommonJS, fetch entry", "--input-type=commonjs", `const m = require("@errata/client/fetch")`],
    ["ESM, validating entry", "--input-type=module", `const m = await import("@errata/client/zod")`],
    ["CommonJS, validating entry", "--input-type=commonjs", `const m = require("@errata/client/zod")`],
  ])("loads by name and parses in %s", (_, type, load) => {
    const run = spawnSync(process.execPath, [type, "-e", script(load)], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
