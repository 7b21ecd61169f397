/**
 * Guards and the exhaustive match over parsed errors.
 *
 * @module
 */
import type { ErrorCode } from "@errata/catalog";
import { ErrataResponseError } from "./response-error.js";
import type { KnownError, ParsedError, TransportError, UnknownError } from "./types.js";

/**
 * Whether `value` is a parsed error (from `fromResponse`/`fromBody`, or a copy of one) or an
 * `ErrataResponseError`. Checks the shape, so it holds across realms and after structured cloning.
 */
export function isParsedError(value: unknown): value is ParsedError | ErrataResponseError {
  if (value instanceof ErrataResponseError) return true;
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.known === "boolean" &&
    typeof v.status === "number" &&
    typeof v.message === "string" &&
    (typeof v.code === "string" || (v.code === null && !v.known)) &&
    "body" in v
  );
}

/**
 * Whether `value` is a known error of `code` (or an `ErrataResponseError` of one); narrows to that
 * code's fields.
 *
 * @example
 * if (isCode(error, "outbound_limit_reached")) console.log(error.current, error.limit);
 */
export function isCode<C extends ErrorCode>(
  value: unknown,
  code: C,
): value is KnownError<C> | ErrataResponseError<KnownError<C>> {
  return isParsedError(value) && value.known === true && value.code === code;
}

/** One handler per code, plus `unknown` and `transport`. */
export type MatchHandlers<R> = { readonly [C in ErrorCode]: (error: KnownError<C>) => R } & {
  readonly unknown: (error: UnknownError) => R;
  readonly transport: (error: TransportError) => R;
};

/** Some handlers and a fallback `_` for every case left out. */
export type PartialMatchHandlers<R> = Partial<MatchHandlers<R>> & { readonly _: (error: ParsedError) => R };

/**
 * Calls the handler of the error's case: its code for a known error, `unknown`, or `transport`.
 * Without `_`, a missing case is a type error, so a code added to the catalogue shows up at
 * every `matchError` that must handle it.
 *
 * @example
 * const text = matchError(error, { ...handlers, throttled: (e) => `wait ${e.retry_after}s`, _: (e) => e.message });
 */
export function matchError<R>(error: ParsedError, handlers: MatchHandlers<R> | PartialMatchHandlers<R>): R {
  const key = error.known ? error.code : error.code === null ? "transport" : "unknown";
  // Through unknown: comparing the handlers' type with a record would check every code's handler.
  const handler = (handlers as unknown as Record<string, ((e: ParsedError) => R) | undefined>)[key];
  if (typeof handler === "function" && Object.hasOwn(handlers, key)) return handler(error);
  // Through unknown too, for the same reason: the fallback is there whenever a handler is not.
  return (handlers as unknown as PartialMatchHandlers<R>)._(error);
}
