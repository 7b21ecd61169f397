/**
 * The cheap check of a known code's fields: presence, primitive type, range, pattern and enum of
 * every member the code's schema names, from the rules of the catalogue's compact table. No zod
 * at run time.
 *
 * @module
 */
import type { CodeEntry } from "@errata/catalog/compact";

/** Whether a value is a non-null, non-array object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether an error object of a known code fits that code's schema (its `type` and `code` are
 * checked by the caller). Members are read as zod reads them, by plain property access.
 */
export function fits(_code: string, error: Readonly<Record<string, unknown>>, entry: CodeEntry): boolean {
  return entry.fits(error);
}
