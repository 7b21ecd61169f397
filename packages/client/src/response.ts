/**
 * Reading a fetch `Response`: its body as text, within the limits, then the parse core.
 *
 * @module
 */

import { type BodyInit, MAX_BYTES, type ReadOptions, readInit } from "./core/init.js";
import type { FitCheck } from "./core/legacy-error.js";
import { transport } from "./core/transport-error.js";
import { fits } from "./fits.js";
import { parseBody } from "./parse.js";
import type { ParsedError, TransportError } from "./types.js";
import { type Failure, readCapped } from "./utils/read-stream.js";

// setTimeout fires at once for a delay above 2^31 - 1 ms; a longer timeout means "as long as that".
const MAX_TIMER = 2_147_483_647;

/**
 * The transport error of a response whose `Content-Length` is over `maxBytes`, found without
 * touching the body; undefined otherwise. Lets a caller skip cloning a body it would only cancel.
 */
export function tooLargeByLength(response: Response, options: ReadOptions = {}): TransportError | undefined {
  try {
    const { status, headers, now, max } = readInit({
      ...options,
      status: Number(response.status) || 0,
      headers: response.headers,
    });
    return Number(response.headers.get("content-length")) > max
      ? transport(status, "too_large", headers, undefined, now)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `fromResponse` with the fit check of the caller's choice. */
export async function parseResponse(
  response: Response,
  options: ReadOptions,
  fitCheck: FitCheck,
): Promise<ParsedError> {
  let init: BodyInit = { status: 0 };
  let read: string | Failure;
  try {
    const o: ReadOptions = options ?? {};
    const { maxBytes, now, timeoutMs, signal } = o;
    init = { status: Number(response.status) || 0, headers: response.headers, maxBytes, now };
    const max = typeof maxBytes === "number" ? maxBytes : MAX_BYTES;
    const time = typeof timeoutMs === "number" && timeoutMs >= 0 ? Math.min(timeoutMs, MAX_TIMER) : 10_000;
    read = await readCapped(response, max, time, typeof signal?.addEventListener === "function" ? signal : undefined);
  } catch {
    read = { reason: "unreadable" };
  }
  if (typeof read !== "string") {
    const { status, headers, now } = readInit(init);
    return transport(status, read.reason, headers, undefined, now);
  }
  return parseBody(read, init, fitCheck);
}

/**
 * Turns a fetch `Response` into a `ParsedError`. Never rejects: a body that is not an error body
 * (an HTML page, nothing, truncated JSON, megabytes) becomes a `TransportError` with the status.
 *
 * @example
 * const res = await fetch(url, init);
 * if (!res.ok) {
 *   const error = await fromResponse(res);
 *   if (error.known && error.code === "insufficient_balance") showTopUp(error.topup_url);
 * }
 */
export function fromResponse(response: Response, options: ReadOptions = {}): Promise<ParsedError> {
  return parseResponse(response, options, fits);
}
