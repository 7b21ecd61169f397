/**
 * Turns anything thrown into the status, headers and body of an error response, in the wire
 * contract's form or as RFC 9457 problem details. Every adapter is a thin shell around
 * `renderError`.
 *
 * @module
 */
import { problemInstanceOf } from "@errata/catalog";
import { preferredForm, type ErrorForm } from "./accept.js";
import { createError, ErrataError, isErrataError, wireJson } from "./error.js";
import { fromFrameworkError } from "./framework.js";
import { generateRequestId, requestIdFrom } from "./request-id.js";

/** What the error handler has of the incoming request. */
export interface RequestContext {
  /** The request's `Accept` header. */
  readonly accept?: string | null | undefined;
  /** The request's `X-Request-Id` header; used when well formed. */
  readonly requestId?: string | null | undefined;
}

/** Told about every error sent, with what went on the wire. */
export interface ErrorEvent {
  /** The request ID the response carries: quote it in logs to correlate. */
  readonly requestId: string;
  /** The catalogued error that was sent (`internal_error` for anything else). */
  readonly error: ErrataError;
  /** Whether the thrown value was not a catalogued error (and so was hidden behind `internal_error`). */
  readonly unexpected: boolean;
}

/** Options of every adapter. */
export interface SendOptions {
  /**
   * Receives the original thrown value (stack, message, cause and all) and the request ID, for
   * logs. Called for every error sent; errors it throws are ignored.
   */
  readonly onError?: (thrown: unknown, event: ErrorEvent) => void;
  /** Forces a form instead of negotiating it from `Accept`. */
  readonly form?: ErrorForm;
}

/** An error response, ready for any server API. */
export interface RenderedError {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Record<string, string>;
  /** The serialised body. */
  readonly body: string;
  readonly requestId: string;
  /** The catalogued error that was sent. */
  readonly error: ErrataError;
}

const JSON_TYPE = "application/json; charset=utf-8";
// No charset on problem details: JSON defines none (RFC 8259 §11, RFC 9457 §6.1), and problem
// clients that compare the media type exactly ignore a body that carries one.
const PROBLEM_TYPE = "application/problem+json";

/**
 * The catalogued error to send for `thrown`: itself when it is one; for a framework's error with a
 * client status (Express's body parser, Fastify's `FST_ERR_*`, `http-errors`), the catalogued code
 * of that status; otherwise `internal_error`. Anything but a catalogued error is sent with the
 * catalogue's message, the original kept as `cause` (off the wire). Reading a hostile value
 * (throwing getters, revoked proxies) cannot make this throw.
 */
export function toErrataError(thrown: unknown): { error: ErrataError; unexpected: boolean } {
  try {
    if (thrown instanceof ErrataError) return { error: thrown, unexpected: false };
    if (isErrataError(thrown)) {
      // From another copy of this package: rebuild it here, so its fields are checked again.
      const other = thrown as ErrataError;
      const error = createError(other.code, other.fields as never, { message: other.message, cause: other.cause });
      return { error, unexpected: false };
    }
  } catch {
    // Falls through.
  }
  const framework = fromFrameworkError(thrown);
  if (framework !== undefined) return { error: framework, unexpected: false };
  return { error: createError("internal_error", {}, { cause: thrown }), unexpected: true };
}

/** The body in the wire contract's form. */
function jsonBody(error: ErrataError, requestId: string): string {
  return error.toJSONText(requestId);
}

/**
 * The body as RFC 9457 problem details: `type` is the code's doc URL, `title` its title, `detail`
 * the message, `instance` an absolute URI of the request ID (`problemInstanceOf`); `code`,
 * `request_id` and the code's fields are extension members.
 */
export function problemOf(error: ErrataError, requestId: string): Record<string, unknown> {
  return {
    type: error.docUrl,
    title: error.title,
    status: error.status,
    detail: error.message,
    instance: problemInstanceOf(requestId),
    code: error.code,
    request_id: requestId,
    ...error.wireFields(),
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** An own member of options the caller passed: a polluted Object.prototype sets no option. */
function own<K extends string>(value: { readonly [key in K]?: unknown } | undefined, key: K): unknown {
  return value !== undefined && value !== null && hasOwn.call(value, key) ? value[key] : undefined;
}

function render(thrown: unknown, request: RequestContext | undefined, options: SendOptions | undefined): RenderedError {
  const requestId = requestIdFrom(own(request, "requestId") as string | undefined);
  const { error, unexpected } = toErrataError(thrown);
  const onError = own(options, "onError");
  if (typeof onError === "function") {
    try {
      onError(thrown, { requestId, error, unexpected });
    } catch {
      // A failing log hook must not cost the client its response.
    }
  }
  const forced = own(options, "form");
  const form =
    forced === "json" || forced === "problem" ? forced : preferredForm(own(request, "accept") as string | undefined);
  const headers: Record<string, string> = {
    "content-type": form === "problem" ? PROBLEM_TYPE : JSON_TYPE,
    "request-id": requestId,
  };
  if (error.retryAfter !== undefined) headers["retry-after"] = String(error.retryAfter);
  const body = form === "problem" ? wireJson(problemOf(error, requestId)) : jsonBody(error, requestId);
  return { status: error.status, headers, body, requestId, error };
}

let fallbackError: ErrataError | undefined;

/**
 * The status, headers and body to send for `thrown`, negotiated from the request's `Accept`, with
 * the request ID from its `X-Request-Id` (or a new one) in the body and the `Request-Id` header,
 * and `Retry-After` whenever the error has a delay. Never throws.
 */
export function renderError(thrown: unknown, request?: RequestContext, options?: SendOptions): RenderedError {
  try {
    return render(thrown, request, options);
  } catch {
    // Only a broken environment gets here (JSON.stringify of checked fields does not fail).
    fallbackError ??= createError("internal_error");
    const requestId = generateRequestId();
    return {
      status: fallbackError.status,
      headers: { "content-type": JSON_TYPE, "request-id": requestId },
      body: jsonBody(fallbackError, requestId),
      requestId,
      error: fallbackError,
    };
  }
}
