/**
 * The parser as it was before it read the legacy dialects, frozen: the reference of the property
 * that nothing which parsed before parses differently now. Not shipped; only tests import it.
 *
 * @module
 */
import { CODE_PATTERN, ERROR_TYPES, ERRORS, isErrorCode, type ErrorType } from "@errata/catalog";
import { isObject } from "../fits.js";
import type { BodyInit, FitCheck, HeadersLike } from "../parse.js";
import type { TransportError, TransportReason } from "../types.js";

/** What the parser returned then: a parsed error without the `dialect` member. */
export type ParsedBefore = Readonly<Record<string, unknown>>;

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
function typeOfStatus(status: number): ErrorType | null {
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
function parseHttpDate(text: string, now: number): number | undefined {
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

/** Whole seconds from a Retry-After header: delay-seconds or an HTTP-date; anything else is ignored. */
function retryAfterSeconds(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/^[ \t]+|[ \t]+$/g, "");
  if (/^\d+$/.test(text)) return seconds(Number(text));
  const at = parseHttpDate(text, now);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function retryAfterHeader(value: string | undefined, now: () => number): number | undefined {
  return value === undefined ? undefined : retryAfterSeconds(value, now());
}

function transport(
  status: number,
  reason: TransportReason,
  headers: HeadersLike | undefined,
  body: string | undefined,
  now: () => number,
): Omit<TransportError, "dialect"> {
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
const MAX_DEPTH = 64;

/**
 * A copy of a value, read once: own enumerable data members only, never one that could reach a
 * prototype nor a function (a `then` would hijack `await`), at every depth. The checks then read
 * the copy, so a getter of a value handed to `fromBody` cannot answer one thing to them and
 * another after.
 */
function copyData(value: unknown, depth: number): unknown {
  if (typeof value === "function") return undefined;
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new RangeError("nested too deep");
  if (Array.isArray(value)) {
    const length = value.length;
    // More items than the largest body read holds bytes: a forged length, not data.
    if (!(length <= MAX_BYTES)) throw new RangeError("too many items");
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(copyData(value[i], depth + 1));
    return items;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (UNSAFE.has(key)) continue;
    const member = (value as Record<string, unknown>)[key];
    if (typeof member !== "function") copy[key] = copyData(member, depth + 1);
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

/** `parseBody` as it was before the legacy dialects. */
export function parseBodyBefore(given: unknown, init: BodyInit, fitCheck: FitCheck): ParsedBefore {
  // A plain JavaScript caller may pass anything: still an answer, not a throw.
  const { status, headers, now, max } = readInit(init);
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
      text = body;
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
      if (text.includes("__proto__") || text.includes("\\u")) body = copyData(body, 0);
    } else {
      body = copyData(body, 0);
    }
    if (body === undefined || body === null) return transport(status, "empty", headers, text, now);
    let error = isObject(body) && hasOwn.call(body, "error") ? body.error : undefined;
    const problem = error === undefined && isObject(body) && typeof body.detail === "string";
    if (problem) error = fromProblem(body as Record<string, unknown>, status);
    const code = isObject(error) ? error.code : undefined;
    const catalogued = isErrorCode(code);
    if (
      !isObject(error) ||
      typeof error.message !== "string" ||
      !(catalogued || (typeof code === "string" && CODE_PATTERN.test(code)))
    )
      return transport(status, "not_error_body", headers, text, now);
    const known = catalogued && error.type === ERRORS[code].type && fitCheck(code, error);
    // Ours to extend in place: fresh from JSON.parse or from the copy above (no second copy keeps
    // parsing near JSON.parse's speed).
    const out = error;
    if (hasOwn.call(out, "constructor") || hasOwn.call(out, "prototype")) for (const key of UNSAFE) delete out[key];
    out.type = typeof error.type === "string" ? error.type : typeOfStatus(status);
    out.known = known;
    out.status = status;
    const id = (body as Record<string, unknown>).request_id;
    out.request_id = typeof id === "string" ? id : requestIdHeader(headers);
    // The body's retry_after is the Retry-After header's value by contract, and already parsed.
    out.retry_after = seconds(error.retry_after) ?? retryAfterHeader(header(headers, "retry-after"), now);
    out.body = text ?? given;
    return out;
  } catch {
    // A getter or proxy in a body handed over by other code: still an answer, not a throw.
    return transport(status, "not_error_body", headers, text, now);
  }
}
