/**
 * The retry guidance of the catalogue, as data: what `@errata/client`'s `retryDecision` does by
 * default, what `catalog.json` publishes as `retry_guidance`, and what the error reference's
 * snippet is generated from.
 *
 * @module
 */

/**
 * How a client retries, in numbers: the defaults of `@errata/client`'s `retryDecision`, and what the
 * reference's snippet computes. Attempts are counted from 1 (the first request); the wait after the
 * `attempt`-th failed attempt is the server's Retry-After (if any) plus a random share, in
 * [0, 1), of `min(max_delay_ms, base_delay_ms * 2 ** (attempt - 1))`; a wait past `max_delay_ms`
 * is not worth waiting.
 */
export interface RetryGuidance {
  /** Attempts in all, the first included. */
  readonly max_attempts: number;
  /** The ceiling of the jitter after the first attempt, doubled for each further one. */
  readonly base_delay_ms: number;
  /** The longest wait: a ceiling for the jitter, and a server asking for more is not retried. */
  readonly max_delay_ms: number;
  /** `"full"`: a uniformly random share of the ceiling, on top of the server's wait. */
  readonly jitter: "full";
  /** Methods HTTP defines as idempotent: sent again after a network error. */
  readonly idempotent_methods: readonly string[];
  /**
   * Methods that are not, and so get an `Idempotency-Key` of their own, kept across attempts: with
   * it they are sent again after a network error too. A request of any other method is sent again
   * only when the caller gave it a key.
   */
  readonly keyed_methods: readonly string[];
}

/** The catalogue's retry guidance (see {@link RetryGuidance}). */
export const RETRY_GUIDANCE: RetryGuidance = Object.freeze({
  max_attempts: 3,
  base_delay_ms: 500,
  max_delay_ms: 60_000,
  jitter: "full",
  idempotent_methods: Object.freeze(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]),
  keyed_methods: Object.freeze(["POST", "PATCH"]),
});
