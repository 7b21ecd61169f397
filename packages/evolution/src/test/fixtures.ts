/**
 * Catalogues for the tests: the seeds' two editions (see scripts/seed-fixtures.ts), the
 * repository's own catalog.json, and small edits of them, one rule at a time.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CatalogFile, type CatalogFileError, readCatalogFile } from "../catalog-file.js";

export const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Seed 000: the first edition of the reference (16 codes). */
export const SEED_000 = fixturePath("seed-000.catalog.json");
/** Seed 001: the second edition, which adds five codes and rewords two. */
export const SEED_001 = fixturePath("seed-001.catalog.json");
/**
 * A frozen copy of the repository's catalogue, the base the rule fixtures edit: the rules' tests
 * do not move when the live catalogue does.
 */
export const BASE_CATALOG = fixturePath("base.catalog.json");
/** The repository's current catalogue. */
export const REPO_CATALOG = fileURLToPath(new URL("../../../../schemas/catalog.json", import.meta.url));

/**
 * The dialects of the four APIs and the legacy APIs that send each code of the base catalogue, as
 * the catalogue first defined them (frozen like the base).
 */
export const DIALECTS = fixturePath("dialects.json");

/** The base catalogue as a file written with dialects: `dialects`, and each code's `apis` and `without_code`. */
export function withDialects(catalog: CatalogFile): CatalogFile {
  const frozen = JSON.parse(readFileSync(DIALECTS, "utf8")) as {
    dialects: NonNullable<CatalogFile["dialects"]>;
    apis: Record<string, Pick<CatalogFileError, "apis" | "without_code">>;
  };
  const copy = structuredClone(catalog);
  const errors = copy.errors.map((entry) => ({ ...entry, ...(frozen.apis[entry.code] ?? { apis: ["standard"] }) }));
  return { ...copy, dialects: frozen.dialects, errors };
}

export const seed000 = (): CatalogFile => readCatalogFile(SEED_000);
export const seed001 = (): CatalogFile => readCatalogFile(SEED_001);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A deep copy of `catalog` whose `code` is replaced by what `edit` returns (undefined removes it). */
export function editCode(
  catalog: CatalogFile,
  code: string,
  edit: (entry: Mutable<CatalogFileError>) => CatalogFileError | undefined,
): CatalogFile {
  const copy = structuredClone(catalog) as Mutable<CatalogFile>;
  const index = copy.errors.findIndex((e) => e.code === code);
  if (index < 0) throw new Error(`fixture has no code ${code}`);
  const errors = [...copy.errors];
  const next = edit(errors[index] as Mutable<CatalogFileError>);
  if (next) errors[index] = next;
  else errors.splice(index, 1);
  return { ...copy, errors };
}

/** A deep copy of `catalog` with `entry` added at the end. */
export function addCode(catalog: CatalogFile, entry: CatalogFileError): CatalogFile {
  const copy = structuredClone(catalog);
  return { ...copy, errors: [...copy.errors, entry] };
}
