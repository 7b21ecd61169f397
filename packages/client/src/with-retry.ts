/**
 * Wraps a fetch-like function with retries by the catalogue's policy, one Idempotency-Key per
 * call, and prompt aborts.
 *
 * @module
 */
import { fromResponse, type ReadOptions } from "./parse.js";
import { backoffDelay, retryDecision, type RetryOptions } from "./retry.js";
import type { ParsedError } from "./types.js";

/** Anything shaped like `fetch`. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What `onAttempt` hears after each attempt. */
export interface AttemptReport {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The response, when one came. */
  readonly response?: Response;
  /** The parsed error of an error response (status 400 or above). */
  readonly error?: ParsedError;
  /** What fetch rejected with, when no response came. */
  readonly failure?: unknown;
  /** Whether another attempt follows, and after how long. */
  readonly retry: boolean;
  readonly delayMs: number;
}

export interface WithRetryOptions extends RetryOptions, ReadOptions {
  /** Called after each attempt, before any wait. What it throws is ignored. */
  readonly onAttempt?: (report: AttemptReport) => void;
  /** Waits `ms`, rejecting with the signal's reason when it aborts. Default: a timer. */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Makes the Idempotency-Key of a POST that has none. Default `crypto.randomUUID`. */
  readonly idempotencyKey?: () => string;
}

const KEY = "idempotency-key";
// Methods HTTP defines as idempotent: safe to send again after a network error.
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Returns a fetch-like function that retries by `retryDecision`. Every attempt of one call sends
 * the same `Idempotency-Key` (one is made for a POST that has none), so a retry after a network
 * error never performs the request twice; a network error is retried only for a keyed or
 * idempotent request. An abort, also during a wait, rejects at once with the signal's reason.
 * The last response is returned as it came, its body unread.
 *
 * @example
 * const api = withRetry(fetch, { maxAttempts: 4, onAttempt: (r) => log(r) });
 * const res = await api("https://api.example.com/v1/messages", { method: "POST", body });
 */
export function withRetry(fetchLike: FetchLike, options: WithRetryOptions = {}): FetchLike {
  const { sleep: wait = sleep, idempotencyKey = () => crypto.randomUUID(), maxAttempts = 3 } = options;
  const onAttempt = (report: AttemptReport) => {
    try {
      options.onAttempt?.(report);
    } catch {
      // A failing report must not cost the caller its response.
    }
  };
  return async (input, init = {}) => {
    const request = typeof Request !== "undefined" && input instanceof Request ? input : undefined;
    const signal = init.signal ?? request?.signal ?? undefined;
    const method = (init.method ?? request?.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers ?? request?.headers);
    if (method === "POST" && !headers.has(KEY)) headers.set(KEY, idempotencyKey());
    const replayable = headers.has(KEY) || IDEMPOTENT.has(method);
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      let response: Response;
      try {
        response = await fetchLike(request ? request.clone() : input, { ...init, headers });
      } catch (failure) {
        signal?.throwIfAborted();
        const retry = replayable && attempt < maxAttempts;
        const delayMs = retry ? backoffDelay(attempt, options) : 0;
        onAttempt({ attempt, failure, retry, delayMs });
        if (!retry) throw failure;
        await wait(delayMs, signal);
        continue;
      }
      if (response.status < 400) {
        onAttempt({ attempt, response, retry: false, delayMs: 0 });
        return response;
      }
      const error = await fromResponse(response.clone(), options);
      const { retry, delayMs } = retryDecision(error, attempt, options);
      onAttempt({ attempt, response, error, retry, delayMs });
      if (!retry) return response;
      await response.body?.cancel().catch(() => {});
      await wait(delayMs, signal);
    }
  };
}
