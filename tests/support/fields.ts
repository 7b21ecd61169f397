/**
 * Every field name the catalogue knows, for property tests that replace or add fields: read from the
 * catalogue, so a new field is exercised without touching the tests.
 *
 * @module
 */
import { ERROR_CODE_LIST } from "@errata/catalog";
import { catalog } from "@errata/catalog/zod";

/** `param`, `details` and every code's own fields, each once. */
export const FIELD_NAMES: readonly string[] = [
  ...new Set(["param", "details", ...ERROR_CODE_LIST.flatMap((code) => Object.keys(catalog.errors[code].fields))]),
];
