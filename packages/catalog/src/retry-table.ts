/**
 * The `retries` lines of `generated/policy.ts`, read once: each code with a retry policy or default
 * Retry-After of its own, in the lines' order. `policy.ts` answers by code from it, and `compact.ts`
 * names the table's first, unnamed lines from its order.
 *
 * @module
 */
import { retries } from "./generated/policy.js";
import type { RetryPolicy } from "./types.js";

/** What a retry decision needs of a code besides its type's policy. */
export interface CodeRetry {
  /** The code's own policy, where its type's is not its. */
  readonly retry: RetryPolicy | undefined;
  /** Default Retry-After in whole seconds, for codes that have one. */
  readonly retryAfter: number | undefined;
}

const POLICIES: Readonly<Record<string, RetryPolicy>> = { n: "never", b: "backoff", r: "retry_after" };

let table: ReadonlyMap<string, CodeRetry> | undefined;

/** Code → its own retry policy and default Retry-After, in the order of `retries`. */
export function retryTable(): ReadonlyMap<string, CodeRetry> {
  if (table !== undefined) return table;
  const read = new Map<string, CodeRetry>();
  for (const line of retries.split("\n")) {
    const [name, retryAfter, retry] = line.split(",");
    // Frozen, as the constants are: every caller shares it.
    if (name)
      read.set(
        name,
        Object.freeze({
          retry: retry ? POLICIES[retry] : undefined,
          retryAfter: retryAfter ? Number(retryAfter) : undefined,
        }),
      );
  }
  table = read;
  return read;
}
