/**
 * The value checks the generated field checks (`generated/checks.ts`) are written with.
 *
 * @module
 */

/** An error object's members, as the checks read them. */
export type Members = Readonly<Record<string, unknown>>;

/**
 * Whether an error object's members fit a code's schema, its message passed apart (`type` and
 * `code` are the caller's to check). True only when zod would accept them too.
 */
export type FieldCheck = (members: Members, message: unknown) => boolean;

/** Whether a value is a non-null, non-array object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A whole number from 0 (a JSON integer zod's `int().min(0)` accepts). */
export const count = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** A non-empty string. */
export const nonEmpty = (value: unknown): boolean => typeof value === "string" && value !== "";

/** A non-empty list of `{field, message}` strings. */
export const details = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((item) => isObject(item) && typeof item.field === "string" && typeof item.message === "string");

/**
 * A string matching `source`. Remembers the last value it accepted: a service sends the same
 * `doc_url` or currency over and over, and comparing is cheaper than matching.
 */
export function matcher(source: string): (value: unknown) => boolean {
  const pattern = new RegExp(source);
  let last: string | undefined;
  return (value) => {
    if (typeof value !== "string") return false;
    if (value === last) return true;
    if (!pattern.test(value)) return false;
    last = value;
    return true;
  };
}
