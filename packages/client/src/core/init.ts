/**
 * What `fromBody` and `fromResponse` accept besides the body, and how they read it: each member
 * once, whatever a plain JavaScript caller passes.
 *
 * @module
 */
import { READING_LIMITS } from "@errata/catalog/policy";
import type { HeadersLike } from "../utils/headers.js";

/** Limits on reading and parsing a body. */
export interface ParseOptions {
  /** Bytes read at most (a string body counts its UTF-8 bytes); the rest is not read. Default 256 KiB. */
  readonly maxBytes?: number;
  /** The clock for HTTP-date Retry-After values, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}

/** What `fromBody` needs besides the body. */
export interface BodyInit extends ParseOptions {
  readonly status: number;
  readonly headers?: HeadersLike;
}

/** Limits on reading a response. */
export interface ReadOptions extends ParseOptions {
  /** Milliseconds to read the body in at most; the rest is cancelled. Default 10 000. */
  readonly timeoutMs?: number;
  /** Stops reading when it aborts: the result is then a `timeout` transport error. */
  readonly signal?: AbortSignal;
}

/** A `BodyInit` as read: every member there, of its type. */
export interface Init {
  status: number;
  headers: HeadersLike | undefined;
  now: () => number;
  max: number;
}

export const MAX_BYTES = READING_LIMITS.max_bytes;

/** A caller's clock that may throw or answer anything: the system clock then. */
function safeClock(clock: () => unknown): () => number {
  return () => {
    try {
      const at = clock();
      if (typeof at === "number") return at;
    } catch {
      // The system clock instead.
    }
    return Date.now();
  };
}

/** What `fromBody` reads of its `init`, each member once; a throwing getter leaves its default. */
export function readInit(init: BodyInit | undefined): Init {
  const out: Init = { status: 0, headers: undefined, now: Date.now, max: MAX_BYTES };
  // One member at a time, so that a throwing getter costs only its own member.
  try {
    const status = init?.status;
    if (typeof status === "number") out.status = status;
  } catch {}
  try {
    out.headers = init?.headers;
  } catch {}
  try {
    const clock = init?.now;
    if (typeof clock === "function") out.now = safeClock(clock);
  } catch {}
  try {
    const max = init?.maxBytes;
    if (typeof max === "number") out.max = max;
  } catch {}
  return out;
}
