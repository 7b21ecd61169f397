/**
 * Wraps a fetch-like function with retries by the catalogue's policy, one Idempotency-Key per
 * call, and prompt aborts.
 *
 * @module
 */
import { RETRY_GUIDANCE } from "@errata/catalog";
import type { ReadOptions } from "./core/init.js";
import { fromResponse, tooLargeByLength } from "./response.js";
import { backoffDelay, type RetryOptions, retryDecision } from "./retry.js";
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
  /**
   * Whether another attempt follows, and after how long: with `retry: false`, `delayMs` is 0, or the
   * server's wait when it is over `maxDelayMs` (as `retryDecision` gives it).
   */
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

/** What follows one signal: its one abort listener, and everything that listener calls. */
interface Link {
  readonly followers: Set<() => void>;
  readonly abort: () => void;
}

// A signal has one abort listener from this module, however many calls share it (a shutdown
// signal, say) and however many of them are in flight, and none once nothing follows it: no
// MaxListenersExceededWarning, and a signal left as it came.
const links = new WeakMap<AbortSignal, Link>();

/** Calls `onAbort` when `signal` (not aborted yet) aborts; returns what stops that, at once. */
function follow(signal: AbortSignal, onAbort: () => void): () => void {
  let link = links.get(signal);
  if (link === undefined) {
    const followers = new Set<() => void>();
    const abort = () => {
      links.delete(signal);
      for (const follower of [...followers]) follower();
      followers.clear();
    };
    signal.addEventListener("abort", abort, { once: true });
    link = { followers, abort };
    links.set(signal, link);
  }
  const { followers, abort } = link;
  // Each call follows with a function of its own, so that the set tells them apart.
  const follower = () => onAbort();
  followers.add(follower);
  return () => {
    if (!followers.delete(follower) || followers.size > 0 || links.get(signal) !== link) return;
    links.delete(signal);
    signal.removeEventListener("abort", abort);
  };
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    let unfollow = () => {};
    if (signal.aborted) abort();
    else unfollow = follow(signal, abort);
    // Handled in every case: a promise rejected after the abort must not go unhandled.
    promise.then(
      (value) => {
        unfollow();
        resolve(value);
      },
      (failure) => {
        unfollow();
        reject(failure);
      },
    );
  });
}

// An attempt whose response was returned stays linked to the caller's signal while that response
// can be read (the caller's abort must still reach its body), and is unlinked once it is collected.
// Marked pure, so that a bundle without withRetry drops it.
const collected = /* @__PURE__ */ new FinalizationRegistry<() => void>((unfollow) => unfollow());
// Keeps the controller of a returned response's attempt alive as long as the response or its body.
const keptFor = new WeakMap<object, AbortController>();

/** Aborts `controller` when the caller's `signal` aborts, holding it weakly; returns what unlinks it. */
function link(signal: AbortSignal, controller: AbortController): () => void {
  const attempt = new WeakRef(controller);
  const unfollow = follow(signal, () => attempt.deref()?.abort(signal.reason));
  // No unregister token: V8's table of tokens (Node 20) kept about 40 bytes a call. An attempt
  // unlinked before it is collected is unlinked again then, which does nothing.
  collected.register(controller, unfollow);
  return unfollow;
}

/** The signal of one attempt and what ends it. */
interface Attempt {
  readonly signal: AbortSignal | undefined;
  /** Ends an attempt whose response is not returned: its timer stops, its link to the caller's signal goes. */
  end(): void;
  /**
   * Ends the attempt of the response returned: its timer stops, and the caller's abort still
   * reaches the body, for as long as the response can be read (at once unlinked when it has none).
   */
  endWith(response: Response): void;
}

/** The signal of one attempt: the caller's, plus the attempt's own timeout when there is one. */
function attemptSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined): Attempt {
  if (timeoutMs === undefined) return { signal, end: () => {}, endWith: () => {} };
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`The attempt took over ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  let release = () => {};
  if (signal?.aborted) controller.abort(signal.reason);
  else if (signal) release = link(signal, controller);
  const end = () => {
    clearTimeout(timer);
    release();
  };
  return {
    signal: controller.signal,
    end,
    endWith: (response) => {
      clearTimeout(timer);
      const body: unknown = response.body;
      if (typeof body !== "object" || body === null || response.bodyUsed) return end();
      keptFor.set(response, controller);
      keptFor.set(body, controller);
    },
  };
}

/** A signal for reading one error body that aborts with the caller's, and lets go of it at `end`. */
function readingSignal(signal: AbortSignal): { signal: AbortSignal; end(): void } {
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  const end = signal.aborted ? () => {} : follow(signal, () => controller.abort(signal.reason));
  return { signal: controller.signal, end };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      unfollow();
      resolve();
    }, ms);
    const unfollow = signal
      ? follow(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : () => {};
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
    // Methods that are not idempotent get an Idempotency-Key of their own; those HTTP defines as
    // idempotent are safe to send again after a network error. Read here, not at load, so that a
    // bundle without withRetry keeps none of the catalogue's retry guidance.
    if (RETRY_GUIDANCE.keyed_methods.includes(method) && !headers.has(KEY)) headers.set(KEY, idempotencyKey());
    const replayable = headers.has(KEY) || RETRY_GUIDANCE.idempotent_methods.includes(method);
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
        current.end();
        signal?.throwIfAborted();
        const retry = replayable && attempt < attempts;
        const delayMs = retry ? backoffDelay(attempt, limits) : 0;
        onAttempt({ attempt, failure, retry, delayMs });
        if (!retry) throw failure;
        await wait(delayMs, signal);
        continue;
      }
      if (response.status < 400) {
        current.endWith(response);
        onAttempt({ attempt, response, retry: false, delayMs: 0 });
        return response;
      }
      // A body declared too large is judged by its header alone, without reading any of it.
      let error: ParsedError | undefined = tooLargeByLength(response, limits);
      if (error === undefined) {
        const { parse, keep } = twoReaders(response);
        response = keep;
        // The read follows the caller's signal through the one listener `follow` keeps on it.
        const reading = current.signal === signal && signal ? readingSignal(signal) : undefined;
        error = await fromResponse(parse, { ...limits, signal: reading?.signal ?? current.signal });
        reading?.end();
      }
      if (signal?.aborted) {
        current.end();
        // An abort while the error body was read ends the call, not only the read.
        response.body?.cancel().catch(() => {});
        throw signal.reason;
      }
      const decision = retryDecision(error, attempt, { ...limits, maxAttempts: attempts });
      const { retry, delayMs } = decision;
      onAttempt({ attempt, response, error, retry, delayMs });
      if (!retry) {
        current.endWith(response);
        return response;
      }
      current.end();
      // Not awaited: cancelling one branch of a teed body settles only with the other.
      response.body?.cancel().catch(() => {});
      await wait(delayMs, signal);
    }
  };
}
