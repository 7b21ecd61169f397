/**
 * The error class services raise, and `createError`, which builds one from a code and its fields:
 * typed at compile time, checked at run time, message rendered from the catalogue's template.
 *
 * @module
 */
import {
  ERRORS,
  isErrorCode,
  renderMessage,
  type ErrorBody,
  type ErrorCode,
  type ErrorDetail,
  type ErrorFields,
  type ErrorObject,
  type RetryPolicy,
} from "@errata/catalog";
import { warnDeprecated } from "./deprecation.js";
import { codeInfo, type CodeInfo } from "./info.js";
import { isRequestId } from "./request-id.js";

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
export type RaiseArgs<C extends ErrorCode> = {} extends ErrorFields<C>
  ? [fields?: RaiseFields<C>, options?: RaiseOptions]
  : [fields: RaiseFields<C>, options?: RaiseOptions];

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
  override readonly name = "ErrataError";
  /** The machine-readable code. */
  readonly code: C;
  /** The code's type (category). */
  readonly type: (typeof ERRORS)[C]["type"];
  /** The HTTP status the code is sent with. */
  readonly status: number;
  /** The code's fields, as they go inside `error`. */
  readonly fields: RaiseFields<C>;
  /** How a client should treat it: `never`, `backoff` or `retry_after`. */
  readonly retry: RetryPolicy;
  /** Whole seconds to wait, from the `retry_after` field or the code's default; sent as Retry-After. */
  readonly retryAfter: number | undefined;
  /** @internal */
  readonly info: CodeInfo;

  /** Use `createError`, which checks the fields; this constructor trusts them. */
  constructor(info: CodeInfo, fields: RaiseFields<C>, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = info.code as C;
    this.type = info.type as (typeof ERRORS)[C]["type"];
    this.status = info.status;
    this.fields = fields;
    this.retry = info.retry;
    const field = (fields as { retry_after?: unknown }).retry_after;
    this.retryAfter = typeof field === "number" ? field : info.retryAfter;
    this.info = info;
  }

  /** The `error` member of the wire body: type, code, message, the fields, doc_url. */
  toErrorObject(): ErrorObject<C> {
    return {
      type: this.type,
      code: this.code,
      message: this.message,
      ...this.fields,
      doc_url: this.info.docUrl,
    } as unknown as ErrorObject<C>;
  }

  /** The whole wire body, `{error, request_id}`. */
  toBody(requestId: string): ErrorBody<C> {
    if (!isRequestId(requestId)) {
      throw new TypeError(`toBody: "${String(requestId)}" is not a request ID (req_ and 12 to 128 base62 characters)`);
    }
    return { error: this.toErrorObject(), request_id: requestId } as unknown as ErrorBody<C>;
  }
}

Object.defineProperty(ErrataError.prototype, BRAND, { value: true });

/** Whether `value` is an Errata error, from this copy of the package or another. */
export function isErrataError(value: unknown): value is ErrataError {
  if (value instanceof ErrataError) return true;
  try {
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
export function createError<C extends ErrorCode>(code: C, ...args: RaiseArgs<C>): ErrataError<C> {
  if (!isErrorCode(code)) throw new ErrataFieldError(String(code), ["unknown error code"]);
  const info = codeInfo(code);
  const [given, options] = args as [Record<string, unknown> | undefined, RaiseOptions | undefined];
  if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given))) {
    throw new ErrataFieldError(code, ["fields must be an object"]);
  }
  let fields: Record<string, unknown> = given ?? {};
  for (const key in fields) {
    if (!info.allowed.has(key)) {
      const known = [...info.allowed].join(", ");
      throw new ErrataFieldError(code, [`${key}: not a field of this code (its fields: ${known})`], [key]);
    }
  }
  if (info.hasRetryAfterField && fields.retry_after === undefined && info.retryAfter !== undefined) {
    fields = { ...fields, retry_after: info.retryAfter };
  }
  const message =
    options?.message ?? (info.templated ? renderMessage(info.template, fields) : info.template);
  const checked = info.schema.safeParse({ type: info.type, code, message, ...fields });
  if (!checked.success) {
    const issues = checked.error.issues;
    throw new ErrataFieldError(code, describeIssues(issues), issues.map((issue) => String(issue.path[0] ?? "")));
  }
  if (info.deprecated !== undefined) warnDeprecated(code, info.deprecated);
  return new ErrataError<C>(info, fields as RaiseFields<C>, message, options?.cause);
}
