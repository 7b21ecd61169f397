// The catalogues `pnpm bench:scale` measures must be ones the catalogue accepts: a grown catalogue
// that broke a self-check rule would measure a failure of the generator, not of Errata.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import * as real from "../packages/catalog/src/catalog.js";
import { checkCatalog } from "../packages/catalog/src/self-check/check-catalog.js";
import type { CatalogDefinition } from "../packages/catalog/src/types.js";
import { API_COMBINATIONS, grownCatalog, type RealCatalog } from "../scripts/scale-catalog.js";

const CATALOG = fileURLToPath(new URL("../packages/catalog/src/catalog.ts", import.meta.url));
// Beside the catalogue's sources, so that "zod" resolves to the same module as theirs (`.vitest-output/` is ignored by git).
const OUT = fileURLToPath(new URL("../packages/catalog/.vitest-output/scale/", import.meta.url));
const source = readFileSync(CATALOG, "utf8");
const realCount = Object.keys(real.errors).length;

async function load(size: number, seed: number, mix?: "mixed" | "copies" | "random"): Promise<CatalogDefinition> {
  const text = grownCatalog(source, real as unknown as RealCatalog, size, { seed, mix }).replaceAll(
    'from "./',
    'from "../../src/',
  );
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `catalog-${size}-${seed}-${mix ?? "mixed"}.ts`);
  writeFileSync(file, text);
  return (await import(file)) as CatalogDefinition;
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("the scale benchmark's catalogues", () => {
  it("copy every real entry under every combination of APIs, all accepted by the self-check", async () => {
    const size = realCount * (1 + API_COMBINATIONS.length);
    const grown = await load(size, 1, "copies");
    expect(Object.keys(grown.errors)).toHaveLength(size);
    expect(checkCatalog(grown)).toEqual([]);
    for (const code of Object.keys(real.errors))
      for (const apis of API_COMBINATIONS)
        expect(
          Object.entries(grown.errors).some(
            ([name, def]) =>
              name.startsWith(`${code}_c`) &&
              (def.apis ?? []).join() === apis.join() &&
              def.message === real.errors[code as keyof typeof real.errors].message,
          ),
          `${code} sent by [${apis.join(", ")}]`,
        ).toBe(true);
  });

  it.each([1, 2, 3])("mix random entries of every shape, accepted by the self-check (seed %i)", async (seed) => {
    const grown = await load(2000, seed);
    expect(Object.keys(grown.errors)).toHaveLength(2000);
    expect(checkCatalog(grown)).toEqual([]);
    const generated = Object.entries(grown.errors).filter(([code]) => code.startsWith("gen_"));
    const has = (test: (def: (typeof generated)[number][1]) => boolean) => generated.filter(([, d]) => test(d)).length;
    // Every shape, many times over.
    expect(has((d) => Object.keys(d.fields).length === 0)).toBeGreaterThan(10);
    expect(has((d) => Object.keys(d.fields).length >= 10)).toBeGreaterThan(10);
    expect(has((d) => d.requiredWhen !== undefined)).toBeGreaterThan(10);
    expect(has((d) => (d.messageVariants?.length ?? 0) > 0)).toBeGreaterThan(10);
    expect(has((d) => d.deprecated !== undefined)).toBeGreaterThan(10);
    expect(has((d) => d.withoutCode !== undefined)).toBeGreaterThan(10);
    expect(has((d) => d.retryAfterFrom !== undefined)).toBeGreaterThan(3);
    for (const apis of API_COMBINATIONS) expect(has((d) => (d.apis ?? []).join() === apis.join())).toBeGreaterThan(10);
  });

  it("gives the same catalogue for the same seed, and another for another", () => {
    const grow = (seed: number) => grownCatalog(source, real as unknown as RealCatalog, 300, { seed });
    expect(grow(7)).toBe(grow(7));
    expect(grow(7)).not.toBe(grow(8));
  });
});
