/**
 * What a client reads before it reads any code's entry: each type's status and retry policy, a
 * code's own retry policy and default Retry-After, the reading limits and the retry defaults. From
 * `generated/policy.ts`, a few short lines: a bundle that decides retries carries these, and the
 * table of every code (`@errata/catalog/compact`) only where it reads bodies.
 *
 * @module
 */

import { reading, retryGuidance, types } from "./generated/policy.js";
import { type CodeRetry, retryTable } from "./retry-table.js";
import type { RetryPolicy } from "./types.js";

export type { CodeRetry } from "./retry-table.js";

/**
 * A code's own retry policy and default Retry-After; undefined for a code with neither (its type's
 * policy is then its own), or one the catalogue does not know.
 *
 * @example
 * codeRetry("throttled"); // { retry: undefined, retryAfter: 1 }
 */
export function codeRetry(code: unknown): CodeRetry | undefined {
  return typeof code === "string" ? retryTable().get(code) : undefined;
}

/** Each type's name, default status and retry policy, in the catalogue's order. */
export const TYPE_ENTRIES: readonly (readonly [type: string, status: number, retry: RetryPolicy])[] = types;

/** The reading limits a client applies, as `READING` has them. */
export const READING_LIMITS = reading;

/** The defaults of a retry decision, as `RETRY_GUIDANCE` has them. */
export const RETRY_DEFAULTS = retryGuidance;
