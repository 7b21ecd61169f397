/**
 * The fast checks of each code's fields, written out at build time from the catalogue's zod
 * validators (`generated/checks.ts`): no zod and no generated code at run time. A check passes
 * only what zod passes; when it says no, ask zod (`@errata/catalog/zod`) for the verdict's wording.
 *
 * @module
 */
import type { FieldCheck, Members } from "./field-checks/values.js";
import { base, fieldChecks } from "./generated/checks.js";
import type { ErrorCode } from "./types.js";

export type { FieldCheck, Members };

/**
 * The check of a catalogued code's members: `check(error, error.message)`, or on a server
 * `check(fields, message)` before the error object is built.
 *
 * @example
 * fieldCheckOf("spend_limit_exceeded")({ period: "daily" }, "Spend limit exceeded."); // true
 */
export function fieldCheckOf(code: ErrorCode): FieldCheck {
  return Object.hasOwn(fieldChecks, code) ? (fieldChecks[code] as FieldCheck) : base;
}
