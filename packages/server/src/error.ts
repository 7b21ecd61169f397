/**
 * The error class services raise, and `createError`, which builds one from a code and its fields:
 * typed at compile time, checked at run time, message rendered from the catalogue's template.
 *
 * @module
 */
import {
  ERRORS,
  renderMessage,
  type ErrorBody,
  type ErrorCode,
  type ErrorDetail,
  type ErrorFields,
  type ErrorFieldsNeed,
  type ErrorObject,
  type RetryPolicy,
} from "@errata/catalog";
import { warnDeprecated } from "./deprecation.js";
import { knownCodeInfo, type CodeInfo } from "./info.js";
import { isRequestId } from "./request-id.js";

let stackTraces = true;

/**
 * Whether new errors capture a stack trace (the default). Capturing one is most of the cost of
 * raising; a service that raises client errors on a hot path and never reads their stacks may
 * turn it off. Errors stay real `Error` instances, with `name`, `message` and `cause`.
 */
export function setStackTraces(enabled: boolean): void {
  stackTraces = enabled;
}

/** Marks Errata errors across copies of this package (an ESM and a CJS copy in one process). */
const BRAND = Symbol.for("errata.server.error");

/** Members every code may carry besides its own fields. */
export interface CommonFields {
  /** The request parameter that caused the error, as a dotted path. */
  readonly param?: string;
  /** Field-level problems: `{field, message}` items. */
  readonly details?: readonly ErrorDetail[];
}

/** The fields `createError` takes for a code: the code's own, plus `param` and `details`. */
export type RaiseFields<C extends ErrorCode> = ErrorFields<C> & CommonFields;

/** Per-call options of `createError`. */
export interface RaiseOptions {
  /** Replaces the message rendered from the code's template. */
  readonly message?: string;
  /** The underlying error, kept on the instance for logs; it never reaches the wire. */
  readonly cause?: unknown;
}

/** The arguments after the code: the fields may be left out when the code requires none. */
export type RaiseArgs<C extends ErrorCode> = ArgsByNeed<RaiseFields<C>>[ErrorFieldsNeed[C]];

// A lookup, not a conditional type, so that it stays cheap at any number of codes.
interface ArgsByNeed<F> {
  readonly required: [fields: F, options?: RaiseOptions];
  readonly optional: [fields?: F, options?: RaiseOptions];
}

/** A developer error: `createError` was called with an unknown code or fields that break its schema. */
export class ErrataFieldError extends TypeError {
  override readonly name = "ErrataFieldError";
  /** The problems found, one line each. */
  readonly problems: readonly string[];
  /** The fields the problems are about, first path segment of each, in order. */
  readonly fields: readonly string[];

  constructor(code: string, problems: readonly string[], fields: readonly string[] = []) {
    super(`createError("${code}"): ${problems.join("; ")}`);
    this.problems = problems;
    this.fields = fields;
  }
}

/**
 * A catalogued error: a real `Error` (stack, `cause`) that knows its code, type, status, fields and
 * retry policy, and turns itself into the wire body.
 */
export class ErrataError<C extends ErrorCode = ErrorCode> extends Error {
  // One private slot and one public field: every other member is read from the code's cached
  // constants, which keeps construction close to the cost of a bare Error.
  readonly #info: CodeInfo;
  /** Whether the message is the template rendered with the fields (so it can be written pre-escaped). */
  readonly #fromTemplate: boolean;
  declare readonly name: "ErrataError";
  /** The fields as given to `createError` (a `retry_after` left out is in `retryAfter` and on the wire). */
  declare readonly fields: RaiseFields<C>;

  /** Use `createError`, which checks the fields; this constructor trusts them. */
  constructor(info: CodeInfo, fields: RaiseFields<C>, message: string, cause?: unknown, fromTemplate = false) {
    if (stackTraces) {
      super(message, cause === undefined ? undefined : { cause });
    } else {
      // Capturing the stack is most of the cost of an Error; without it the error is still an Error.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      super(message, cause === undefined ? undefined : { cause });
      Error.stackTraceLimit = limit;
    }
    this.#info = info;
    this.#fromTemplate = fromTemplate;
    (this as { fields: RaiseFields<C> }).fields = fields;
  }

  /** The machine-readable code. */
  get code(): C {
    return this.#info.code as C;
  }

  /** The code's type (category). */
  get type(): (typeof ERRORS)[C]["type"] {
    return this.#info.type as (typeof ERRORS)[C]["type"];
  }

  /** The HTTP status the code is sent with. */
  get status(): number {
    return this.#info.status;
  }

  /** How a client should treat it: `never`, `backoff` or `retry_after`. */
  get retry(): RetryPolicy {
    return this.#info.retry;
  }

  /** Whole seconds to wait, from the `retry_after` field or the code's default; sent as Retry-After. */
  get retryAfter(): number | undefined {
    const field = (this.fields as { retry_after?: unknown }).retry_after;
    return typeof field === "number" ? field : this.#info.retryAfter;
  }

  /** The code's title, from the catalogue. */
  get title(): string {
    return this.#info.title;
  }

  /** The code's entry in the error reference (the body's `doc_url`). */
  get docUrl(): string {
    return this.#info.docUrl;
  }

  /** The fields as they go on the wire: the given ones, plus `retry_after` from the code's default. */
  wireFields(): Readonly<Record<string, unknown>> {
    const fields = this.fields as Record<string, unknown>;
    if (!this.#info.hasRetryAfterField || fields.retry_after !== undefined || this.retryAfter === undefined) {
      return fields;
    }
    return { ...fields, retry_after: this.retryAfter };
  }

  /** The `error` member of the wire body: type, code, message, the fields, doc_url. */
  toErrorObject(): ErrorObject<C> {
    return {
      type: this.type,
      code: this.code,
      message: this.message,
      ...this.wireFields(),
      doc_url: this.#info.docUrl,
    } as unknown as ErrorObject<C>;
  }

  /** The wire body as JSON text: the same as `JSON.stringify(toBody(requestId))`, built faster. */
  toJSONText(requestId: string): string {
    const fields = this.fields as Record<string, unknown>;
    let text =
      this.#info.jsonHead + (this.#fromTemplate ? jsonMessage(this.#info, fields) : JSON.stringify(this.message));
    for (const key in fields) {
      const value = fields[key];
      if (value !== undefined) text += `,"${key}":${JSON.stringify(value)}`;
    }
    if (this.#info.hasRetryAfterField && fields.retry_after === undefined && this.retryAfter !== undefined) {
      text += `,"retry_after":${this.retryAfter}`;
    }
    return `${text}${this.#info.jsonTail}${JSON.stringify(requestId)}}`;
  }

  /** The whole wire body, `{error, request_id}`. */
  toBody(requestId: string): ErrorBody<C> {
    if (!isRequestId(requestId)) {
      throw new TypeError(`toBody: "${String(requestId)}" is not a request ID (req_ and 12 to 128 base62 characters)`);
    }
    return { error: this.toErrorObject(), request_id: requestId } as unknown as ErrorBody<C>;
  }
}

Object.defineProperty(ErrataError.prototype, "name", { value: "ErrataError", writable: true, configurable: true });
Object.defineProperty(ErrataError.prototype, BRAND, { value: true });

/** Whether `value` is an Errata error, from this copy of the package or another. */
export function isErrataError(value: unknown): value is ErrataError {
  try {
    if (value instanceof ErrataError) return true;
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const field = path === "" ? "fields" : path;
    return `${field}: ${issue.message}`;
  });
}

const hasOwn = Object.prototype.hasOwnProperty;

/** One placeholder's text, as `renderParts` writes it. */
function placeholderText(info: CodeInfo, fields: Readonly<Record<string, unknown>>, name: string): unknown {
  let value = hasOwn.call(fields, name) ? fields[name] : undefined;
  // A `retry_after` left out is the code's default, on the wire and in the message alike.
  if (value === undefined && name === "retry_after" && info.hasRetryAfterField) value = info.retryAfter;
  return value === undefined || value === null ? `{${name}}` : value;
}

/** The rendered message as a JSON string, from the pre-escaped template: only the values are escaped. */
function jsonMessage(info: CodeInfo, fields: Readonly<Record<string, unknown>>): string {
  const parts = info.jsonTemplateParts;
  let text = `"${parts[0] as string}`;
  for (let i = 1; i < parts.length; i += 2) {
    const value = placeholderText(info, fields, parts[i] as string);
    text +=
      (typeof value === "number" ? String(value) : JSON.stringify(String(value)).slice(1, -1)) +
      (parts[i + 1] as string);
  }
  return `${text}"`;
}
const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** `renderMessage` over a template split once at its placeholders (same output, no regex per call). */
function renderParts(info: CodeInfo, fields: Readonly<Record<string, unknown>>): string {
  const parts = info.templateParts;
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    text += String(placeholderText(info, fields, parts[i] as string)) + (parts[i + 1] as string);
  }
  return text;
}

/**
 * Creates the error of `code` with its fields. The fields are typed per code (a missing or
 * mistyped field does not compile) and checked at run time against the catalogue's schema (a plain
 * JavaScript caller gets an `ErrataFieldError` naming each problem, never a malformed response).
 * The message is the code's template rendered with the fields unless `options.message` replaces
 * it. A `retry_after` field left out takes the code's default.
 *
 * @example
 * throw createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" });
 */
export function createError<C extends ErrorCode>(code: C, ...args: RaiseArgs<C>): ErrataError<C>;
export function createError(code: ErrorCode, given?: Record<string, unknown>, options?: RaiseOptions): ErrataError {
  const info = knownCodeInfo(code);
  if (info === undefined) throw new ErrataFieldError(String(code), ["unknown error code"]);
  if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given))) {
    throw new ErrataFieldError(code, ["fields must be an object"]);
  }
  const fields: Record<string, unknown> = given ?? EMPTY;
  for (const key in fields) {
    if (!info.allowed.has(key)) {
      const known = [...info.allowed].join(", ");
      throw new ErrataFieldError(code, [`${key}: not a field of this code (its fields: ${known})`], [key]);
    }
  }
  const override = options?.message;
  const message = override ?? (info.templated ? renderParts(info, fields) : info.template);
  // The precompiled check passes only what zod passes; anything else gets zod's verdict and wording.
  if (info.check === undefined || !info.check(fields, message)) {
    const checked = info.schema.safeParse({ type: info.type, code, message, ...fields });
    if (!checked.success) {
      const issues = checked.error.issues;
      throw new ErrataFieldError(
        code,
        describeIssues(issues),
        issues.map((issue) => String(issue.path[0] ?? "")),
      );
    }
  }
  if (info.deprecated !== undefined) warnDeprecated(code, info.deprecated);
  return new ErrataError(info, fields as RaiseFields<ErrorCode>, message, options?.cause, override === undefined);
}
