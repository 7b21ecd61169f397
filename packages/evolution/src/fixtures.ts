/**
 * Catalogues for the tests: the seeds' two editions (see scripts/seed-fixtures.ts), the
 * repository's own catalog.json, and small edits of them, one rule at a time.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { type CatalogFile, type CatalogFileError, readCatalogFile } from "./catalog-file.js";

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
export const REPO_CATALOG = fileURLToPath(new URL("../../../schemas/catalog.json", import.meta.url));

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
