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
  // Whole seconds with nothing around them are told before the call by `retryAfterHeader`, the
  // parse path's caller; trimming such a value leaves it as it is.
  const text = value.replace(/^[ \t]+|[ \t]+$/g, "");
  if (DIGITS.test(text)) return seconds(Number(text));
  const at = parseHttpDate(text, now);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** {@link retryAfterSeconds} with the clock read only for an HTTP-date. */
export function retryAfterHeader(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined) return undefined;
  // Whole seconds need no clock: reading it costs as much as the rest of a small legacy body.
  return DIGITS.test(value) ? seconds(Number(value)) : retryAfterSeconds(value, now());
}
