/**
 * The form of a code: what a reader keeps of a code the catalogue does not know (a newer server's).
 *
 * @module
 */
import { READING_LIMITS } from "@errata/catalog/policy";

const CODE_FORM = new RegExp(READING_LIMITS.code_pattern);

/** Whether `value` is a string of a code's form (snake_case). */
export function isCodeForm(value: unknown): value is string {
  return typeof value === "string" && CODE_FORM.test(value);
}
