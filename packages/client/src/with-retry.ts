/**
 * Wraps a fetch-like function with retries by the catalogue's policy, one Idempotency-Key per
 * call, and prompt aborts.
 *
 * @module
 */
import { RETRY_GUIDANCE } from "@errata/catalog";
import { fromResponse, tooLargeByLength, type ReadOptions } from "./parse.js";
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
  /** Makes the Idempotency-Key of a POST or PATCH that has none. Default `crypto.randomUUID`. */
  readonly idempotencyKey?: () => string;
  /**
   * Milliseconds one attempt may take in all: until the headers come, and the reading of an error
   * body. An attempt over it is aborted and counts as a network error. Default: no limit beyond
   * `timeoutMs` on the error body.
   */
  readonly attemptTimeoutMs?: number;
}

const KEY = "idempotency-key";
// Methods HTTP defines as idempotent: safe to send again after a network error.
const IDEMPOTENT: ReadonlySet<string> = new Set(RETRY_GUIDANCE.idempotent_methods);
// Methods that are not, and so get an Idempotency-Key of their own.
const KEYED: ReadonlySet<string> = new Set(RETRY_GUIDANCE.keyed_methods);
/** The most attempts one call makes, whatever `maxAttempts` asks. */
export const MAX_ATTEMPTS = 10;
// setTimeout fires at once for a delay above 2^31 - 1 ms.
const MAX_TIMER = 2_147_483_647;

/** `value` when it is a number in [min, max] (clamped to it), else `fallback`. */
function bounded(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && !Number.isNaN(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** The options within bounds: a whole number of attempts up to MAX_ATTEMPTS, delays a timer can wait. */
function boundOptions(options: WithRetryOptions): WithRetryOptions {
  const attemptTimeout = options.attemptTimeoutMs;
  return {
    ...options,
    maxAttempts: Math.floor(bounded(options.maxAttempts, 1, MAX_ATTEMPTS, 3)),
    baseDelayMs: bounded(options.baseDelayMs, 0, MAX_TIMER, 500),
    maxDelayMs: bounded(options.maxDelayMs, 0, MAX_TIMER, 60_000),
    timeoutMs: bounded(options.timeoutMs, 0, MAX_TIMER, 10_000),
    attemptTimeoutMs: attemptTimeout === undefined ? undefined : bounded(attemptTimeout, 0, MAX_TIMER, MAX_TIMER),
  };
}

/** A body that can be sent once only: a stream is read by the first attempt. */
function isOneShot(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    ((typeof ReadableStream !== "undefined" && body instanceof ReadableStream) ||
      typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function")
  );
}

/**
 * Two readers of an error response: one to parse, and one returned to the caller, body unread,
 * with the same status, headers, `url`, `redirected` and `type`. The body is teed here rather
 * than by `response.clone()`: in Node 20, a clone whose branch was cancelled (a body too large
 * or too slow) turns a later abort of the request's signal into an unhandled rejection.
 */
function twoReaders(response: Response): { parse: Response; keep: Response } {
  const body = response.body;
  const { status } = response;
  // new Response() takes statuses from 200 to 599 only.
  if (body === null || !(status >= 200 && status <= 599)) return { parse: response.clone(), keep: response };
  const [ours, theirs] = body.tee();
  const init = { status, statusText: response.statusText, headers: response.headers };
  const keep = new Response(theirs, init);
  Object.defineProperties(keep, {
    url: { value: response.url },
    redirected: { value: response.redirected },
    type: { value: response.type },
  });
  return { parse: new Response(ours, init), keep };
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    else signal.addEventListener("abort", abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve(value);
      },
      (failure) => {
        signal.removeEventListener("abort", abort);
        reject(failure);
      },
    );
  });
}

/** The signal of one attempt: the caller's, plus the attempt's own timeout when there is one. */
function attemptSignal(
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): { signal: AbortSignal | undefined; done(): void } {
  if (timeoutMs === undefined) return { signal, done: () => {} };
  const controller = new AbortController();
  const follow = () => controller.abort(signal?.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException(`The attempt took over ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  if (signal?.aborted) follow();
  else signal?.addEventListener("abort", follow, { once: true });
  return {
    signal: controller.signal,
    // Only the timer stops: a caller's abort still reaches the body of the response returned.
    done: () => clearTimeout(timer),
  };
}

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
 * the same `Idempotency-Key` (one is made for a POST or PATCH that has none), so a retry after a
 * network error never performs the request twice; a network error is retried only for a keyed or
 * idempotent request. A body that can be sent once only (a stream) is never retried. An abort,
 * also during a wait or while an error body is read, rejects at once with the signal's reason.
 * The last response is returned with its body unread (an error response as an equal `Response`
 * over one branch of its body).
 *
 * @example
 * const api = withRetry(fetch, { maxAttempts: 4, onAttempt: (r) => log(r) });
 * const res = await api("https://api.example.com/v1/messages", { method: "POST", body });
 */
export function withRetry(fetchLike: FetchLike, options: WithRetryOptions = {}): FetchLike {
  const limits = boundOptions(options ?? {});
  const { sleep: wait = sleep, idempotencyKey = () => crypto.randomUUID() } = limits;
  const maxAttempts = limits.maxAttempts as number;
  const onAttempt = (report: AttemptReport) => {
    try {
      limits.onAttempt?.(report);
    } catch {
      // A failing report must not cost the caller its response.
    }
  };
  return async (input, init = {}) => {
    const request = typeof Request !== "undefined" && input instanceof Request ? input : undefined;
    const signal = init.signal ?? request?.signal ?? undefined;
    const method = (init.method ?? request?.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers ?? request?.headers);
    if (KEYED.has(method) && !headers.has(KEY)) headers.set(KEY, idempotencyKey());
    const replayable = headers.has(KEY) || IDEMPOTENT.has(method);
    // A stream body is consumed by the first attempt: sending it again would fail, and lose the response.
    const attempts = isOneShot(init.body) ? 1 : maxAttempts;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const current = attemptSignal(signal, limits.attemptTimeoutMs);
      let response: Response;
      try {
        const sent = fetchLike(request ? request.clone() : input, {
          ...init,
          headers,
          ...(current.signal ? { signal: current.signal } : {}),
        });
        response = await untilAborted(sent, current.signal);
      } catch (failure) {
        current.done();
        signal?.throwIfAborted();
        const retry = replayable && attempt < attempts;
        const delayMs = retry ? backoffDelay(attempt, limits) : 0;
        onAttempt({ attempt, failure, retry, delayMs });
        if (!retry) throw failure;
        await wait(delayMs, signal);
        continue;
      }
      if (response.status < 400) {
        current.done();
        onAttempt({ attempt, response, retry: false, delayMs: 0 });
        return response;
      }
      // A body declared too large is judged by its header alone, without reading any of it.
      let error: ParsedError | undefined = tooLargeByLength(response, limits);
      if (error === undefined) {
        const { parse, keep } = twoReaders(response);
        response = keep;
        error = await fromResponse(parse, { ...limits, signal: current.signal });
      }
      current.done();
      if (signal?.aborted) {
        // An abort while the error body was read ends the call, not only the read.
        response.body?.cancel().catch(() => {});
        throw signal.reason;
      }
      const decision = retryDecision(error, attempt, { ...limits, maxAttempts: attempts });
      const { retry, delayMs } = decision;
      onAttempt({ attempt, response, error, retry, delayMs });
      if (!retry) return response;
      // Not awaited: cancelling one branch of a teed body settles only with the other.
      response.body?.cancel().catch(() => {});
      await wait(delayMs, signal);
    }
  };
}
