/**
 * Turns a response (or a body with its status and headers) into a `ParsedError`, whatever it
 * holds. Never throws, never rejects; reads at most `maxBytes`, for at most `timeoutMs`.
 *
 * @module
 */
import { CODE_PATTERN, ERROR_TYPES, ERRORS, isErrorCode, type ErrorType } from "@errata/catalog";
import { fits, isObject } from "./fits.js";
import type { ParsedError, TransportError, TransportReason } from "./types.js";

/** Headers as fetch, node:http or a plain object hold them. */
export type HeadersLike =
  | { get(name: string): string | null }
  | { readonly [name: string]: string | readonly string[] | undefined };

/** Limits on reading and parsing a body. */
export interface ParseOptions {
  /** Bytes read at most (characters for a string body); the rest is not read. Default 256 KiB. */
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
}

/** Whether an error object of a known code fits that code's schema. */
export type FitCheck = (code: string, error: Record<string, unknown>) => boolean;

const MAX_BYTES = 262_144;
const hasOwn = Object.prototype.hasOwnProperty;
// Members that could reach a prototype if assigned, so they are never copied.
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);
const OBJECT_START = /^\s*\{/;
const BLANK = /^\s*$/;

/** The request ID a header gives: `Request-Id`, else `X-Request-Id`. */
function requestIdHeader(headers: HeadersLike | undefined): string | undefined {
  return header(headers, "request-id") ?? header(headers, "x-request-id");
}

function header(headers: HeadersLike | undefined, name: string): string | undefined {
  try {
    if (!headers) return undefined;
    if (typeof headers.get === "function") return (headers.get as (n: string) => string | null)(name) ?? undefined;
    const map = headers as Record<string, unknown>;
    for (const key in map) {
      if (hasOwn.call(map, key) && key.toLowerCase() === name) {
        const value = map[key];
        return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
      }
    }
  } catch {
    // Headers with a throwing getter say nothing.
  }
  return undefined;
}

/** The type whose default status is `status`, else the one of its class (422 → 400's, 503 → 500's). */
export function typeOfStatus(status: number): ErrorType | null {
  let byClass: ErrorType | null = null;
  for (const type in ERROR_TYPES) {
    const own = ERROR_TYPES[type as ErrorType].status;
    if (own === status) return type as ErrorType;
    if (status >= 400 && status < 600 && own === status - (status % 100)) byClass ??= type as ErrorType;
  }
  return byClass;
}

function seconds(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/** Whole seconds from a Retry-After header: delay-seconds or an HTTP date. */
function retryAfterHeader(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return seconds(Number(text));
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now()) / 1000));
}

function transport(
  status: number,
  reason: TransportReason,
  headers: HeadersLike | undefined,
  body: string | undefined,
  now: () => number,
): TransportError {
  return {
    known: false,
    code: null,
    type: typeOfStatus(status),
    message: `The HTTP ${status} response holds no error body (${reason}).`,
    reason,
    status,
    request_id: requestIdHeader(headers),
    retry_after: retryAfterHeader(header(headers, "retry-after"), now),
    body,
  };
}

// RFC 9457 members that are not the error's own fields.
const PROBLEM = new Set(["type", "title", "status", "detail", "instance", "request_id", ...UNSAFE]);

/**
 * The error object of an RFC 9457 problem details body (as `@errata/server` sends when asked):
 * `detail` is the message, a URL `type` the doc URL, and the extension members the code and its
 * fields. A problem does not name the error's type: it is the code's, else the status'.
 */
function fromProblem(problem: Record<string, unknown>, status: number): Record<string, unknown> {
  const error: Record<string, unknown> = {};
  for (const key of Object.keys(problem)) if (!PROBLEM.has(key)) error[key] = problem[key];
  const code = problem.code;
  error.type = isErrorCode(code) ? ERRORS[code].type : typeOfStatus(status);
  error.message = problem.detail;
  if (typeof problem.type === "string" && /^https?:/.test(problem.type)) error.doc_url = problem.type;
  return error;
}

/** The shared parser; the validating entry passes its own `fitCheck`. */
export function parseBody(body: unknown, init: BodyInit, fitCheck: FitCheck): ParsedError {
  // A plain JavaScript caller may pass anything: still an answer, not a throw.
  const status = typeof init?.status === "number" ? init.status : 0;
  const headers = init?.headers;
  const now = typeof init?.now === "function" ? init.now : Date.now;
  let text: string | undefined;
  try {
    const max = typeof init?.maxBytes === "number" ? init.maxBytes : MAX_BYTES;
    if (typeof body !== "string") {
      if (body instanceof ArrayBuffer) body = new Uint8Array(body);
      if (body instanceof Uint8Array) {
        if (body.length > max) return transport(status, "too_large", headers, undefined, now);
        body = new TextDecoder().decode(body);
      }
    }
    if (typeof body === "string") {
      text = body;
      if (text.length > max) return transport(status, "too_large", headers, text.slice(0, max), now);
      // Only an object can be an error body: no need to parse an HTML page to learn that.
      if (text.charCodeAt(0) !== 123 /* { */ && !OBJECT_START.test(text)) return transport(status, BLANK.test(text) ? "empty" : "not_json", headers, text, now);
      try {
        body = JSON.parse(text);
      } catch {
        return transport(status, "not_json", headers, text, now);
      }
    }
    if (body === undefined || body === null) return transport(status, "empty", headers, text, now);
    let error = isObject(body) && hasOwn.call(body, "error") ? body.error : undefined;
    const problem = error === undefined && isObject(body) && typeof body.detail === "string";
    if (problem) error = fromProblem(body as Record<string, unknown>, status);
    const code = isObject(error) ? error.code : undefined;
    const catalogued = isErrorCode(code);
    if (!isObject(error) || typeof error.message !== "string" || !(catalogued || (typeof code === "string" && CODE_PATTERN.test(code))))
      return transport(status, "not_error_body", headers, text, now);
    const known = catalogued && error.type === ERRORS[code].type && fitCheck(code, error);
    let out: Record<string, unknown>;
    if (text !== undefined || problem) {
      // Fresh from JSON.parse, so ours to extend in place (no copy: parsing stays near JSON.parse's
      // speed). JSON.parse makes `__proto__` an own member, never a prototype; it is dropped here.
      out = error;
      if (hasOwn.call(out, "__proto__") || hasOwn.call(out, "constructor") || hasOwn.call(out, "prototype"))
        for (const key of UNSAFE) delete out[key];
    } else {
      // The caller's value: copied, own members only, never one that could reach a prototype.
      out = {};
      for (const key of Object.keys(error)) if (!UNSAFE.has(key)) out[key] = error[key];
    }
    out.type = typeof error.type === "string" ? error.type : typeOfStatus(status);
    out.known = known;
    out.status = status;
    const id = (body as Record<string, unknown>).request_id;
    out.request_id = typeof id === "string" ? id : requestIdHeader(headers);
    // The body's retry_after is the Retry-After header's value by contract, and already parsed.
    out.retry_after = seconds(error.retry_after) ?? retryAfterHeader(header(headers, "retry-after"), now);
    out.body = text ?? body;
    return out as unknown as ParsedError;
  } catch {
    // A getter or proxy in a body handed over by other code: still an answer, not a throw.
    return transport(status, "not_error_body", headers, text, now);
  }
}

/**
 * Parses the body of an HTTP response that another client already read: a string, bytes, or
 * the parsed JSON value. Never throws.
 *
 * @example
 * const error = fromBody(res.data, { status: res.status, headers: res.headers });
 * if (error.known && error.code === "outbound_limit_reached") console.log(error.limit);
 */
export function fromBody(body: unknown, init: BodyInit): ParsedError {
  return parseBody(body, init, fits);
}

/** Why a body was not read. */
interface Failure {
  readonly reason: TransportReason;
}

/** Reads at most `max` bytes of a response as text, for at most `timeoutMs`; cancels the rest. */
async function readCapped(response: Response, max: number, timeoutMs: number): Promise<string | Failure> {
  const stream = response.body;
  if (!stream) return "";
  if (Number(response.headers.get("content-length")) > max) {
    await stream.cancel().catch(() => {});
    return { reason: "too_large" };
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => {});
  }, timeoutMs);
  try {
    let text = "";
    for (let size = 0; ; ) {
      const { done, value } = await reader.read();
      if (timedOut) return { reason: "timeout" };
      if (done) return text + decoder.decode();
      if ((size += value.length) > max) {
        await reader.cancel().catch(() => {});
        return { reason: "too_large" };
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
  }
}

/** `fromResponse` with the fit check of the caller's choice. */
export async function parseResponse(response: Response, options: ReadOptions, fitCheck: FitCheck): Promise<ParsedError> {
  const o: ReadOptions = options ?? {};
  const now = typeof o.now === "function" ? o.now : Date.now;
  let status = 0;
  let headers: HeadersLike | undefined;
  let read: string | Failure;
  try {
    status = Number(response.status) || 0;
    headers = response.headers;
    const max = typeof o.maxBytes === "number" ? o.maxBytes : MAX_BYTES;
    read = await readCapped(response, max, typeof o.timeoutMs === "number" ? o.timeoutMs : 10_000);
  } catch {
    read = { reason: "unreadable" };
  }
  if (typeof read !== "string") return transport(status, read.reason, headers, undefined, now);
  return parseBody(read, { ...o, status, headers }, fitCheck);
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
