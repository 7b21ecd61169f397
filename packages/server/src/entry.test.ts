import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// These tests read the built package (`pnpm --filter @errata/server build`), as users load it.
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const FRAMEWORKS =
  /(^|[\\/])node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(express|fastify|hono|@hono[\\/][^\\/]+)[\\/]/;

/** Every bare module an ESM file of dist/ imports, following its relative imports. */
function bareImports(file: string, seen = new Set<string>()): Set<string> {
  const bare = new Set<string>();
  if (seen.has(file)) return bare;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const match of source.matchAll(
    /(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
  )) {
    const specifier = (match[1] ?? match[2]) as string;
    if (specifier.startsWith("."))
      for (const inner of bareImports(join(dirname(file), specifier), seen)) bare.add(inner);
    else bare.add(specifier);
  }
  return bare;
}

describe("the built package", () => {
  it("has been built", () => {
    expect(existsSync(join(DIST, "index.js")), "run pnpm --filter @errata/server build first").toBe(true);
  });

  it("loads no framework when its main entry is required (CommonJS)", () => {
    const script = `
      require(${JSON.stringify(join(DIST, "index.cjs"))});
      const catalog = require.resolve("@errata/catalog", { paths: [${JSON.stringify(DIST)}] });
      process.stdout.write(JSON.stringify({ catalog, loaded: Object.keys(require.cache) }));
    `;
    const { catalog, loaded } = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as {
      catalog: string;
      loaded: string[];
    };
    // The catalogue's own CommonJS entry, by its resolved path: proof that the check sees what loads.
    expect(catalog).toMatch(/index\.cjs$/);
    expect(loaded).toContain(catalog);
    expect(loaded.filter((path) => FRAMEWORKS.test(path))).toEqual([]);
  });

  it("keeps node:http, the mock server and the command line out of the runtime-neutral main entry", async () => {
    const main = (await import(join(DIST, "index.js"))) as Record<string, unknown>;
    for (const name of ["sendError", "contextOf", "startMockServer", "mockCommand", "dottedPath"]) {
      expect(main, name).not.toHaveProperty(name);
    }
    expect([...bareImports(join(DIST, "index.js"))].filter((name) => /^(node:)?(http|https|net)$/.test(name))).toEqual(
      [],
    );
    expect(((await import(join(DIST, "node.js"))) as Record<string, unknown>).sendError).toBeTypeOf("function");
    expect(((await import(join(DIST, "mock.js"))) as Record<string, unknown>).startMockServer).toBeTypeOf("function");
  });

  it("imports nothing but the catalogue, zod and Node built-ins from any ESM entry, adapters included", () => {
    for (const entry of ["index", "web", "node", "express", "fastify", "mock"]) {
      const imports = [...bareImports(join(DIST, `${entry}.js`))];
      const unexpected = imports.filter(
        (name) => !isBuiltin(name) && !/^(@errata\/catalog(\/zod|\/checks)?|zod)$/.test(name),
      );
      expect(unexpected, entry).toEqual([]);
    }
  });

  it("works from ESM and CommonJS alike, sharing one error class across entries", () => {
    const esm = `
      import { createError, isErrataError } from ${JSON.stringify(join(DIST, "index.js"))};
      import { toResponse } from ${JSON.stringify(join(DIST, "web.js"))};
      const response = toResponse(createError("throttled"));
      process.stdout.write(JSON.stringify([response.status, isErrataError(createError("not_found"))]));
    `;
    expect(
      JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", esm], { encoding: "utf8" })),
    ).toEqual([429, true]);
    const cjs = `
      const { createError, ErrataError } = require(${JSON.stringify(join(DIST, "index.cjs"))});
      const { sendError } = require(${JSON.stringify(join(DIST, "node.cjs"))});
      const { toResponse } = require(${JSON.stringify(join(DIST, "web.cjs"))});
      const error = createError("outbound_limit_reached", { limit: 1, current: 1, mode: "total" });
      process.stdout.write(JSON.stringify([toResponse(error).status, error instanceof ErrataError, typeof sendError]));
    `;
    expect(JSON.parse(execFileSync(process.execPath, ["-e", cjs], { encoding: "utf8" }))).toEqual([
      429,
      true,
      "function",
    ]);
  });
});
