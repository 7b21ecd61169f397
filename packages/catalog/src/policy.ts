/**
 * What a client reads before it reads any code's entry: each type's status and retry policy, a
 * code's own retry policy and default Retry-After, the reading limits and the retry defaults. From
 * `generated/policy.ts`, a few short lines: a bundle that decides retries carries these, and the
 * table of every code (`@errata/catalog/compact`) only where it reads bodies.
 *
 * @module
 */

import { reading, retries, retryGuidance, types } from "./generated/policy.js";
import type { RetryPolicy } from "./types.js";

/** What a retry decision needs of a code besides its type's policy. */
export interface CodeRetry {
  /** The code's own policy, where its type's is not its. */
  readonly retry: RetryPolicy | undefined;
  /** Default Retry-After in whole seconds, for codes that have one. */
  readonly retryAfter: number | undefined;
}

const POLICIES: Readonly<Record<string, RetryPolicy>> = { n: "never", b: "backoff", r: "retry_after" };

let table: Map<string, CodeRetry> | undefined;

/**
 * A code's own retry policy and default Retry-After; undefined for a code with neither (its type's
 * policy is then its own), or one the catalogue does not know.
 *
 * @example
 * codeRetry("throttled"); // { retry: undefined, retryAfter: 1 }
 */
export function codeRetry(code: unknown): CodeRetry | undefined {
  if (typeof code !== "string") return undefined;
  if (table === undefined) {
    table = new Map();
    for (const line of retries.split("\n")) {
      const [name, retryAfter, retry] = line.split(",");
      // Frozen, as the constants are: every caller shares it.
      if (name)
        table.set(
          name,
          Object.freeze({
            retry: retry ? POLICIES[retry] : undefined,
            retryAfter: retryAfter ? Number(retryAfter) : undefined,
          }),
        );
    }
  }
  return table.get(code);
}

/** Each type's name, default status and retry policy, in the catalogue's order. */
export const TYPE_ENTRIES: readonly (readonly [type: string, status: number, retry: RetryPolicy])[] = types;

/** The reading limits a client applies, as `READING` has them. */
export const READING_LIMITS = reading;

/** The defaults of a retry decision, as `RETRY_GUIDANCE` has them. */
export const RETRY_DEFAULTS = retryGuidance;
