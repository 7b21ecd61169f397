/**
 * The cheap check of a known code's fields: presence, primitive type, range, pattern and enum of
 * every member the code's schema names, from checks generated out of the catalogue's validators.
 * No zod at run time.
 *
 * @module
 */
import { base, fieldChecks } from "./generated/field-checks.js";

export { isObject } from "./checks.js";

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Whether an error object of a known code fits that code's schema (its `type` and `code` are
 * checked by the caller). Members are read as zod reads them, by plain property access.
 */
export function fits(code: string, error: Readonly<Record<string, unknown>>): boolean {
  return (hasOwn.call(fieldChecks, code) ? (fieldChecks[code] as typeof base) : base)(error);
}
