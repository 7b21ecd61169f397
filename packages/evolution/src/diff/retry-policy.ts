/**
 * Which retry policy changes break a client that handled the old policy correctly.
 *
 * The test: take a client that follows the old policy to the letter. If, under the new policy, it
 * now does something the catalogue forbids (retries what must not be retried, or retries sooner
 * than the server allows), the change is major. If it merely misses a chance (gives up on a code
 * that could now be retried), it stays correct and the change is minor: newer clients can do better.
 *
 * | from \ to     | never | backoff | retry_after |
 * |---------------|-------|---------|-------------|
 * | never         |   -   | minor   | minor       |
 * | backoff       | major |   -     | major       |
 * | retry_after   | major | minor   |   -         |
 *
 * - never → backoff / retry_after: the old client gives up where it could retry: suboptimal, correct.
 * - backoff → never, retry_after → never: the old client keeps retrying a request that must be
 *   fixed (or surfaced to the owner) first: wrong.
 * - backoff → retry_after: the old client retries on its own schedule, ignoring the server's
 *   Retry-After, so it retries too soon: wrong.
 * - retry_after → backoff: the old client waits for Retry-After (or the code's default) and then
 *   retries: a wait is a valid backoff, so it stays correct.
 * - Any policy the matrix does not know: major, as nothing can be said of the client.
 *
 * @module
 */
import type { Bump } from "../bump.js";

const MATRIX: Record<string, Record<string, Bump>> = {
  never: { never: "none", backoff: "minor", retry_after: "minor" },
  backoff: { never: "major", backoff: "none", retry_after: "major" },
  retry_after: { never: "major", backoff: "minor", retry_after: "none" },
};

/** The bump a change of retry policy needs (see the module's matrix). */
export function retryChangeBump(before: string, after: string): Bump {
  if (before === after) return "none";
  return MATRIX[before]?.[after] ?? "major";
}

/** Why a change of retry policy needs its bump, in one sentence. */
export function retryChangeReason(before: string, after: string): string {
  const bump = retryChangeBump(before, after);
  if (bump === "none") return "unchanged.";
  if (!(before in MATRIX) || !(after in MATRIX))
    return "an unknown retry policy: nothing can be said of existing clients.";
  if (after === "never") return "clients that retry it must now stop: a correct client becomes wrong.";
  if (before === "never") return "clients that never retry it stay correct; newer ones may retry.";
  if (after === "retry_after")
    return "clients backing off on their own schedule would ignore Retry-After and retry too soon.";
  return "clients that wait for Retry-After still back off correctly.";
}

/**
 * The bump a change of a code's default Retry-After needs. A client that falls back on the old
 * default retries too soon when the default grows (major); waiting longer than needed is
 * correct (patch).
 */
export function retryAfterChangeBump(before: number | undefined, after: number | undefined): Bump {
  if (before === after) return "none";
  if (before !== undefined && after !== undefined && after > before) return "major";
  return "patch";
}
