/**
 * Turns a response (or a body with its status and headers) into a `ParsedError`, whatever it
 * holds. Never throws, never rejects; reads at most `maxBytes`, for at most `timeoutMs`.
 *
 * @module
 */
import { CODE_PATTERN, ERROR_INFO, ERROR_TYPES, isErrorCode, READING, type ErrorType } from "@errata/catalog";
import { fits, isObject } from "./fits.js";
import { CATALOG_TABLES, envelopeMembers, type LegacyMatch, type LegacyTables, matchLegacy } from "./legacy.js";
import type { ParsedError, TransportError, TransportReason } from "./types.js";

/** Headers as fetch, node:http or a plain object hold them. */
export type HeadersLike =
  | { get(name: string): string | null }
  | { readonly [name: string]: string | readonly string[] | undefined };

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

/** Whether an error object of a known code fits that code's schema. */
export type FitCheck = (code: string, error: Record<string, unknown>) => boolean;

const MAX_BYTES = READING.max_bytes;
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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// The three HTTP-date forms of RFC 9110 (section 5.6.7), and nothing else: `Date.parse` reads
// "-1", "5.5" or "5, 6" (a repeated header) as dates, which would turn them into "now".
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
const RFC_850 =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/;
const ASCTIME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;

/** Milliseconds since the epoch of an HTTP-date, or undefined when `text` is not one. */
export function parseHttpDate(text: string, now: number): number | undefined {
  // [day, month, year, hours, minutes, seconds] of whichever form matches.
  let parts: string[];
  let year: number;
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(text))) {
    parts = match.slice(1);
    year = Number(parts[2]);
  } else if ((match = RFC_850.exec(text))) {
    parts = match.slice(1);
    // A two-digit year more than 50 years ahead is in the past century (RFC 9110, section 5.6.7).
    year = 2000 + Number(parts[2]);
    if (year > new Date(now).getUTCFullYear() + 50) year -= 100;
  } else if ((match = ASCTIME.exec(text))) {
    const [, month, day, h, m, s, y] = match as unknown as string[];
    parts = [day as string, month as string, y as string, h as string, m as string, s as string];
    year = Number(y);
  } else return undefined;
  const monthIndex = MONTHS.indexOf(parts[1] as string);
  const day = Number((parts[0] as string).trim());
  const [hours, minutes, secs] = [Number(parts[3]), Number(parts[4]), Number(parts[5])];
  if (monthIndex < 0 || hours > 23 || minutes > 59 || secs > 60) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  // A day the month does not have (31 Feb) rolls over into the next month: not a date.
  if (day < 1 || date.getUTCDate() !== day) return undefined;
  // A leap second reads as the second before it.
  return date.setUTCHours(hours, minutes, Math.min(secs, 59));
}

const DIGITS = /^\d+$/;

/** Whole seconds from a Retry-After header: delay-seconds or an HTTP-date; anything else is ignored. */
export function retryAfterSeconds(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  // The common case, whole seconds with nothing around them, without building a trimmed copy.
  if (DIGITS.test(value)) return seconds(Number(value));
  const text = value.replace(/^[ \t]+|[ \t]+$/g, "");
  if (DIGITS.test(text)) return seconds(Number(text));
  const at = parseHttpDate(text, now);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function retryAfterHeader(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined) return undefined;
  // Whole seconds need no clock: reading it costs as much as the rest of a small legacy body.
  return DIGITS.test(value) ? seconds(Number(value)) : retryAfterSeconds(value, now());
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
    dialect: null,
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
  error.type = isErrorCode(code) ? ERROR_INFO[code].type : typeOfStatus(status);
  error.message = problem.detail;
  if (typeof problem.type === "string" && /^https?:/.test(problem.type)) error.doc_url = problem.type;
  return error;
}

/** Whether `text` takes more than `max` bytes in UTF-8, as it would on the wire. */
function overBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= max; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point of 4 bytes
      i++;
    } else bytes += 3; // the rest, and a lone surrogate (sent as U+FFFD)
  }
  return bytes > max;
}

// Deeper than any error body; a cycle in a value handed over ends here too.
const MAX_DEPTH = READING.max_depth;
const PROTO: ReadonlySet<string> = new Set(["__proto__"]);
const RESULT_OWN = ["constructor", "prototype", "reason"];

/** Whether `text` holds more than `max` opening brackets, counted up to `max + 1`. */
function bracketsOver(text: string, max: number): boolean {
  let count = 0;
  for (const bracket of ["{", "["]) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) if (++count > max) return true;
  }
  return false;
}

/** Throws when an array or object in `value` sits deeper than `MAX_DEPTH`. */
function depthWithin(value: unknown, depth: number): void {
  if (typeof value !== "object" || value === null) return;
  if (depth > MAX_DEPTH) throw new RangeError("nested too deep");
  for (const member of Array.isArray(value) ? value : Object.values(value)) depthWithin(member, depth + 1);
}

/**
 * A copy of a value, read once: own enumerable data members only, never one that could reach a
 * prototype nor a function (a `then` would hijack `await`), at every depth. The checks then read
 * the copy, so a getter of a value handed to `fromBody` cannot answer one thing to them and
 * another after.
 */
function copyData(value: unknown, depth: number, drop: ReadonlySet<string>): unknown {
  if (typeof value === "function") return undefined;
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new RangeError("nested too deep");
  if (Array.isArray(value)) {
    const length = value.length;
    // More items than the largest body read holds bytes: a forged length, not data.
    if (!(length <= MAX_BYTES)) throw new RangeError("too many items");
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(copyData(value[i], depth + 1, drop));
    return items;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (drop.has(key)) continue;
    const member = (value as Record<string, unknown>)[key];
    if (typeof member !== "function") copy[key] = copyData(member, depth + 1, drop);
  }
  return copy;
}

interface Init {
  status: number;
  headers: HeadersLike | undefined;
  now: () => number;
  max: number;
}

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
function readInit(init: BodyInit | undefined): Init {
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

// The members of each legacy envelope that are not the error's own fields, by dialect.
const ENVELOPE_MEMBERS = new Map<string, ReadonlySet<string>>();

/**
 * The error of a legacy API's body (see `matchLegacy`): the result has the standard dialect's
 * members: the type is the code's (the body has none), the fields are the members beside the
 * envelope's, and the request ID is the `Request-Id` header's.
 */
function fromLegacy(
  body: Record<string, unknown>,
  match: LegacyMatch,
  text: string | undefined,
  given: unknown,
  init: Init,
  fitCheck: FitCheck,
): ParsedError {
  const { headers, now } = init;
  let status = init.status;
  const message = body.message;
  const { dialect, envelope, code, sentStatus } = match;
  if (typeof message !== "string" || (envelope.status !== undefined && sentStatus === undefined))
    return transport(status, "not_error_body", headers, text, now);
  const catalogued = isErrorCode(code);
  if (!(catalogued || (typeof code === "string" && CODE_PATTERN.test(code))))
    return transport(status, "not_error_body", headers, text, now);
  // The response's status is the one that counts; the body's stands in only when none was given.
  if (status === 0 && sentStatus !== undefined) status = sentStatus;
  const out: Record<string, unknown> = {
    type: catalogued ? ERROR_INFO[code].type : typeOfStatus(status),
    code,
    message,
  };
  let members = ENVELOPE_MEMBERS.get(dialect);
  if (members === undefined) ENVELOPE_MEMBERS.set(dialect, (members = envelopeMembers(envelope)));
  // Own members as a list: cheaper than `for in` with an own-member check on each.
  const keys = Object.keys(body);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!members.has(key)) out[key] = body[key];
  }
  out.known = catalogued && fitCheck(code, out);
  out.status = status;
  const id = body.request_id;
  out.request_id = requestIdHeader(headers) ?? (typeof id === "string" ? id : undefined);
  out.retry_after = seconds(out.retry_after) ?? retryAfterHeader(header(headers, "retry-after"), now);
  out.body = text ?? given;
  out.dialect = dialect;
  return out as unknown as ParsedError;
}

/**
 * The shared parser; the validating entry passes its own `fitCheck`, and a test its own dialect
 * tables.
 */
export function parseBody(
  given: unknown,
  init: BodyInit,
  fitCheck: FitCheck,
  tables: LegacyTables = CATALOG_TABLES,
): ParsedError {
  // A plain JavaScript caller may pass anything: still an answer, not a throw.
  const read = readInit(init);
  const { status, headers, now, max } = read;
  let text: string | undefined;
  try {
    let body = given;
    if (typeof body !== "string") {
      if (body instanceof ArrayBuffer) body = new Uint8Array(body);
      if (body instanceof Uint8Array) {
        if (body.length > max) return transport(status, "too_large", headers, undefined, now);
        body = new TextDecoder().decode(body);
      }
    }
    if (typeof body === "string") {
      // A byte-order mark is not part of the text (TextDecoder drops it from bytes too).
      text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
      if (overBytes(text, max)) return transport(status, "too_large", headers, text.slice(0, max), now);
      // Only an object can be an error body: no need to parse an HTML page to learn that.
      if (text.charCodeAt(0) !== 123 /* { */ && !OBJECT_START.test(text))
        return transport(status, BLANK.test(text) ? "empty" : "not_json", headers, text, now);
      try {
        body = JSON.parse(text);
      } catch {
        return transport(status, "not_json", headers, text, now);
      }
      // JSON.parse makes `__proto__` an own member, never a prototype, but a copy made later with
      // Object.assign would not: such members are dropped at every depth, by copying. Text that
      // cannot hold one (spelt out or escaped) is not copied, to keep parsing near JSON.parse.
      if (text.includes("__proto__") || text.includes("\\u")) body = copyData(body, 0, PROTO);
      // Only text with more brackets than the depth allowed can nest too deep.
      else if (bracketsOver(text, MAX_DEPTH)) depthWithin(body, 0);
    } else {
      body = copyData(body, 0, UNSAFE);
    }
    if (body === undefined || body === null) return transport(status, "empty", headers, text, now);
    if (!isObject(body)) return transport(status, "not_error_body", headers, text, now);
    let error = hasOwn.call(body, "error") ? body.error : undefined;
    // The standard envelope has an object in `error`; anything else may be a legacy API's.
    if (!isObject(error)) {
      const match = matchLegacy(body, status, tables);
      if (match !== undefined) return fromLegacy(body, match, text, given, read, fitCheck);
    }
    const problem = error === undefined && typeof body.detail === "string";
    if (problem) error = fromProblem(body, status);
    const code = isObject(error) ? error.code : undefined;
    const catalogued = isErrorCode(code);
    if (
      !isObject(error) ||
      typeof error.message !== "string" ||
      !(catalogued || (typeof code === "string" && CODE_PATTERN.test(code)))
    )
      return transport(status, "not_error_body", headers, text, now);
    const known = catalogued && error.type === ERROR_INFO[code].type && fitCheck(code, error);
    // Ours to extend in place: fresh from JSON.parse or from the copy above (no second copy keeps
    // parsing near JSON.parse's speed).
    const out = error;
    // The result's own members win: a body cannot forge a transport `reason`.
    if (hasOwn.call(out, "constructor") || hasOwn.call(out, "prototype") || hasOwn.call(out, "reason"))
      for (const key of RESULT_OWN) delete out[key];
    out.type = typeof error.type === "string" ? error.type : typeOfStatus(status);
    out.known = known;
    out.status = status;
    const id = (body as Record<string, unknown>).request_id;
    out.request_id = typeof id === "string" ? id : requestIdHeader(headers);
    // The body's retry_after is the Retry-After header's value by contract, and already parsed.
    out.retry_after = seconds(error.retry_after) ?? retryAfterHeader(header(headers, "retry-after"), now);
    out.body = text ?? given;
    // Problem details too: they are the same in every dialect.
    out.dialect = "standard";
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

/**
 * Reads at most `max` bytes of a response as text, for at most `timeoutMs` or until `signal`
 * aborts; cancels the rest. A cancel is never awaited: on a branch of a cloned (teed) body it
 * settles only once the other branch is cancelled too, which may be never.
 */
async function readCapped(
  response: Response,
  max: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<string | Failure> {
  const stream = response.body;
  if (!stream) return "";
  if (Number(response.headers.get("content-length")) > max) {
    stream.cancel().catch(() => {});
    return { reason: "too_large" };
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let stopped = false;
  const stop = () => {
    stopped = true;
    // A pending read settles once the stream is cancelled. The cancel waits a turn: a fetch body
    // cloned and cancelled inside its own signal's abort event leaves a rejection unhandled.
    setTimeout(() => reader.cancel().catch(() => {}), 0);
  };
  const timer = setTimeout(stop, timeoutMs);
  signal?.addEventListener("abort", stop);
  try {
    if (signal?.aborted) stop();
    let text = "";
    for (let size = 0; ; ) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (failure) {
        if (stopped) return { reason: "timeout" };
        throw failure;
      }
      const { done, value } = chunk;
      if (stopped) return { reason: "timeout" };
      if (done) return text + decoder.decode();
      if ((size += value.length) > max) {
        reader.cancel().catch(() => {});
        return { reason: "too_large" };
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
  }
}

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
