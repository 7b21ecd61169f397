/**
 * The parse core: turns a body (text, bytes or a parsed value) with its status and headers into a
 * `ParsedError`, whatever it holds. Never throws; reads at most `maxBytes`.
 *
 * @module
 */
import { type BodyInit, readInit } from "./core/init.js";
import { type FitCheck, fromLegacy } from "./core/legacy-error.js";
import { fromProblem } from "./core/problem-details.js";
import { transport } from "./core/transport-error.js";
import { fits, isObject } from "./fits.js";
import { CATALOG_TABLES, type LegacyTables, matchLegacy } from "./legacy.js";
import type { ParsedError } from "./types.js";
import { isCodeForm } from "./utils/code-form.js";
import { bracketsOver, copyData, depthWithin, MAX_DEPTH } from "./utils/copy-data.js";
import { entryOf } from "./utils/entry.js";
import { header, requestIdHeader } from "./utils/headers.js";
import { retryAfterHeader, seconds } from "./utils/retry-after.js";
import { typeOfStatus } from "./utils/status-type.js";
import { overBytes } from "./utils/utf8.js";

export type { FitCheck };

// Members that could reach a prototype if assigned: a value handed over never keeps them.
const UNSAFE: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
// JSON.parse makes `__proto__` an own member, never a prototype: only it is dropped from parsed text.
const PROTO: ReadonlySet<string> = new Set(["__proto__"]);
// Members the result sets itself: a body cannot forge a transport `reason`.
const RESULT_OWN = ["constructor", "prototype", "reason"];
const OBJECT_START = /^\s*\{/;
const BLANK = /^\s*$/;

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
      // A copy made later with Object.assign would turn a parsed `__proto__` member into a
      // prototype: such members are dropped at every depth, by copying. Text that cannot hold one
      // (spelt out, or escaped, which needs a backslash) is not copied, to keep parsing near
      // JSON.parse.
      if (text.includes("__proto__") || (text.indexOf("\\") !== -1 && text.includes("\\u")))
        body = copyData(body, 0, PROTO);
      // Only text with more brackets than the depth allowed can nest too deep, and each bracket
      // opened in valid JSON is closed: shorter text needs no count.
      else if (text.length > 2 * MAX_DEPTH && bracketsOver(text, MAX_DEPTH)) depthWithin(body, 0);
    } else {
      body = copyData(body, 0, UNSAFE);
    }
    if (body === undefined || body === null) return transport(status, "empty", headers, text, now);
    if (!isObject(body)) return transport(status, "not_error_body", headers, text, now);
    let error = Object.hasOwn(body, "error") ? body.error : undefined;
    // The standard envelope has an object in `error`; anything else may be a legacy API's.
    if (!isObject(error)) {
      const match = matchLegacy(body, status, tables);
      if (match !== undefined) return fromLegacy(body, match, text, given, read, fitCheck);
    }
    const problem = error === undefined && typeof body.detail === "string";
    if (problem) error = fromProblem(body, status);
    const code = isObject(error) ? error.code : undefined;
    const entry = entryOf(code);
    if (!isObject(error) || typeof error.message !== "string" || !(entry || isCodeForm(code)))
      return transport(status, "not_error_body", headers, text, now);
    const known = entry !== undefined && error.type === entry.type && fitCheck(code as string, error, entry);
    // Ours to extend in place: fresh from JSON.parse or from the copy above (no second copy keeps
    // parsing near JSON.parse's speed).
    const out = error;
    // Plain reads, cheaper than three own-member checks: a parsed or copied object inherits
    // Object as its constructor and neither of the others, unless it has them as members.
    if (out.constructor !== Object || "prototype" in out || "reason" in out)
      for (const key of RESULT_OWN) delete out[key];
    out.type = typeof error.type === "string" ? error.type : typeOfStatus(status);
    out.known = known;
    out.status = status;
    const id = body.request_id;
    out.request_id = typeof id === "string" ? id : requestIdHeader(headers);
    // The body's retry_after is the Retry-After header's value by contract, and already parsed.
    out.retry_after = seconds(error.retry_after) ?? retryAfterHeader(header(headers, "retry-after"), now);
    out.body = text ?? given;
    // Problem details too: they are the same in every dialect.
    out.dialect = "standard";
    return out as ParsedError;
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
