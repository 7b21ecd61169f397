/**
 * Reading a fetch `Response`: its body as text, within the limits, then the parse core, which
 * `fromResponse` loads with the first body it reads. The parse core holds the table of codes and
 * every dialect's reader; a bundle that reads responses and decides retries loads it only once an
 * error body arrives, in a chunk of its own.
 *
 * @module
 */

import { type BodyInit, MAX_BYTES, type ReadOptions, readInit } from "./core/init.js";
import { transport } from "./core/transport-error.js";
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

/** A parse of a body read whole: `fromBody`, or the validating entry's. */
export type Parse = (body: string, init: BodyInit) => ParsedError;

/** `fromResponse` with the parse of the caller's choice, loaded while the body is read. */
export async function parseResponse(
  response: Response,
  options: ReadOptions,
  load: () => Promise<Parse>,
): Promise<ParsedError> {
  let init: BodyInit = { status: 0 };
  let read: string | Failure;
  // Loaded while the body is read; a failed load is a result below, never a rejection.
  const parsing = new Promise<Parse>((resolve) => resolve(load())).catch(() => undefined);
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
  // A body not read needs no parse core: its answer does not wait for the core to load.
  const parse = typeof read === "string" ? await parsing : undefined;
  if (typeof read !== "string" || parse === undefined) {
    // A parse core that could not be loaded (a chunk the network lost) leaves the body unread.
    const { status, headers, now } = readInit(init);
    return transport(status, typeof read === "string" ? "unreadable" : read.reason, headers, undefined, now);
  }
  return parse(read, init);
}

let loading: Promise<Parse> | undefined;

/** The parse core, imported once; a failed import is tried again by the next call. */
function loadParse(): Promise<Parse> {
  loading ??= import("./parse.js").then(
    (parse) => parse.fromBody,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
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
  return parseResponse(response, options, loadParse);
}
