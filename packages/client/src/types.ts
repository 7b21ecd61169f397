/**
 * What the client makes of a response: a known code (narrowing to that code's fields), a code
 * this version does not know, or a transport-level failure (no error body at all).
 *
 * @module
 */
import type { Dialect, ErrorCode, ErrorObjectMap, ErrorType } from "@errata/catalog";

/** What every parsed error carries besides the error object's own members. */
export interface ResponseMeta {
  /** The HTTP status of the response. */
  readonly status: number;
  /**
   * The request's ID (`req_...`): from the body, else the `Request-Id` or `X-Request-Id` header (a
   * legacy dialect's body carries none: the header first). Quote it to support.
   */
  readonly request_id: string | undefined;
  /**
   * Whole seconds the server asked to wait: the body's `retry_after`, else the `Retry-After`
   * header (seconds or HTTP date). By the wire contract the two carry the same value.
   */
  readonly retry_after: number | undefined;
}

/** An error of a catalogued code whose fields fit that code's schema; narrows on `code`. */
export type KnownError<C extends ErrorCode = ErrorCode> = KnownErrors[C];

// A lookup into a map keyed by code, not a conditional type: it stays cheap at any number of codes.
// Each code's error is its object and one interface: a third member in the intersection costs the
// compiler one more instantiation per code wherever the union of every code is narrowed.
type KnownErrors = { readonly [C in ErrorCode]: ErrorObjectMap[C] & KnownMeta };

/** What a known error carries besides its `error` object. */
interface KnownMeta extends ResponseMeta {
  readonly known: true;
  /** The body as received: the text read, or the value handed to `fromBody`. */
  readonly body: unknown;
  /** The API's shape the body was in (RFC 9457 problem details read as `standard`). */
  readonly dialect: Dialect;
}

/**
 * A well-formed error body whose code this version does not know (a newer server), or a known
 * code whose fields do not fit its schema. Not an exception, not `undefined`: it keeps its code
 * and message, and its type comes from the body or, failing that, from the status.
 */
export interface UnknownError extends ResponseMeta {
  readonly known: false;
  readonly code: string;
  readonly type: string | null;
  readonly message: string;
  /** The body as received: the text read, or the value handed to `fromBody`. */
  readonly body: unknown;
  /** The API's shape the body was in (RFC 9457 problem details read as `standard`). */
  readonly dialect: Dialect;
  readonly [field: string]: unknown;
}

/** Why a response is not an error body. */
export type TransportReason =
  /** No body at all. */
  | "empty"
  /** Not JSON, or JSON that is not an object (an HTML page from a proxy, truncated JSON, ...). */
  | "not_json"
  /** JSON, but in no dialect's shape (an `error` object with a string `code` and `message`, a legacy API's envelope) nor RFC 9457 problem details with a `code`. */
  | "not_error_body"
  /** Longer than the reading limit: the rest was not read. */
  | "too_large"
  /** Not read in time. */
  | "timeout"
  /** The body could not be read (already used, or the connection failed), or the parse core `fromResponse` loads on demand could not be loaded. */
  | "unreadable";

/** A response that holds no error body: only its status (and type by status) can be trusted. */
export interface TransportError extends ResponseMeta {
  readonly known: false;
  readonly code: null;
  /** The type whose default status is this status (or this status' class), if any. */
  readonly type: ErrorType | null;
  readonly message: string;
  readonly reason: TransportReason;
  /** The text read, up to the reading limit; `undefined` when nothing was read. */
  readonly body: string | undefined;
  /** No body, so no dialect. */
  readonly dialect: null;
}

/** Anything `fromResponse` or `fromBody` returns. */
export type ParsedError = KnownError | UnknownError | TransportError;
