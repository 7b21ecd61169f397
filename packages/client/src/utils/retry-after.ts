/**
 * Whole seconds to wait, from a Retry-After header or a body's `retry_after`.
 *
 * @module
 */
import { parseHttpDate } from "./http-date.js";

/** `value` when it is a whole number of seconds from 0, else undefined. */
export function seconds(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

const DIGITS = /^\d+$/;

/** Whole seconds from a Retry-After header: delay-seconds or an HTTP-date; anything else is ignored. */
export function retryAfterSeconds(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  // The common case, whole seconds with nothing around them, without building a trimmed copy.
  if (DIGITS.test(value)) return seconds(Number(value));
  const text = value.replace(/^[ \t]+|[ \t]+$/g, "");
  if (DIGITS.test(text)) return seconds(Number(text));
  const at = parseHttpDate(text, now);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Whether `value` is one or more ASCII digits and nothing else, as `DIGITS` tests. */
function allDigits(value: string): boolean {
  // A loop over a few characters costs less than a call into the regular expression engine.
  const length = value.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 48 || unit > 57) return false;
  }
  return true;
}

/** {@link retryAfterSeconds} with the clock read only for an HTTP-date. */
export function retryAfterHeader(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined) return undefined;
  // Whole seconds need no clock: reading it costs as much as the rest of a small legacy body.
  return allDigits(value) ? seconds(Number(value)) : retryAfterSeconds(value, now());
}
