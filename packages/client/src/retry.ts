/**
 * Whether and when to retry, from the catalogue's retry policy of the error's code.
 *
 * @module
 */
import type { RetryPolicy } from "@errata/catalog";
import { codeRetry, RETRY_DEFAULTS, TYPE_ENTRIES } from "@errata/catalog/policy";
import type { ParsedError } from "./types.js";

/** Caps and the source of randomness of retries. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default: `RETRY_GUIDANCE` of `@errata/catalog`. */
  readonly maxAttempts?: number;
  /** The ceiling of the jitter after the first attempt, doubled for each further one. Default: `RETRY_GUIDANCE` of `@errata/catalog`. */
  readonly baseDelayMs?: number;
  /** The ceiling of the jitter; a server asking for a longer wait is not retried. Default: `RETRY_GUIDANCE` of `@errata/catalog`. */
  readonly maxDelayMs?: number;
  /** A number in [0, 1), for the jitter. Default `Math.random`. */
  readonly random?: () => number;
}

/** Whether to retry, and after how many milliseconds. */
export interface RetryDecision {
  readonly retry: boolean;
  /**
   * With `retry: true`, the wait before the next attempt. With `retry: false`, the wait the server
   * asked for (Retry-After, `retry_after` or the code's default, in milliseconds) when that wait is
   * over `maxDelayMs`, so that a caller may schedule the request itself for later; else 0 (a
   * `never` code, or no attempt left).
   */
  readonly delayMs: number;
}

/**
 * The retry policy of an error: its code's for a known code; its type's for an unknown code
 * or a transport error (the type given by the body, or by the status: 5xx `backoff`, 429
 * `retry_after`, other statuses `never`).
 */
export function retryPolicyOf(error: ParsedError): RetryPolicy {
  // A known error's type is its code's: the code's policy is its type's unless the code has its own.
  const own = error.known ? codeRetry(error.code)?.retry : undefined;
  return own ?? TYPE_ENTRIES.find(([type]) => type === error.type)?.[2] ?? "never";
}

/** Full-jitter exponential backoff: a random wait up to `base * 2^(attempt - 1)`, capped at `maxDelayMs`. */
export function backoffDelay(attempt: number, options: RetryOptions = {}): number {
  const {
    baseDelayMs = RETRY_DEFAULTS.base_delay_ms,
    maxDelayMs = RETRY_DEFAULTS.max_delay_ms,
    random = Math.random,
  } = options;
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
}

/**
 * Whether to retry after the `attempt`-th attempt (1 for the first) failed with `error`, and how
 * long to wait first. A server-given wait (Retry-After or `retry_after`, else the catalogue's
 * default for the code) is a floor, with full jitter on top of it, so that clients refused together
 * do not come back together; `never` codes are not retried. No retry past `maxAttempts`, nor when
 * the server asks for more than `maxDelayMs`: then `delayMs` is the server's wait, not 0.
 *
 * @example
 * const { retry, delayMs } = retryDecision(error, attempt);
 * if (retry) await sleep(delayMs);
 */
export function retryDecision(error: ParsedError, attempt: number, options: RetryOptions = {}): RetryDecision {
  const { maxAttempts = RETRY_DEFAULTS.max_attempts, maxDelayMs = RETRY_DEFAULTS.max_delay_ms } = options;
  if (!(attempt < maxAttempts) || retryPolicyOf(error) === "never") return { retry: false, delayMs: 0 };
  const floor = (error.retry_after ?? (error.known ? codeRetry(error.code)?.retryAfter : undefined) ?? 0) * 1000;
  if (floor > maxDelayMs) return { retry: false, delayMs: floor };
  return { retry: true, delayMs: floor + backoffDelay(attempt, options) };
}
