/**
 * The codes a framework's own errors are sent as (a route not found, a method not allowed, a body
 * it cannot read), as data: `@errata/server`, the Python and the Go packages map a client status by
 * it, and `catalog.json` publishes it as `framework_codes`.
 *
 * @module
 */
import type { ErrorCode } from "./types.js";

/** Which codes stand for a client status a framework answered on its own. */
export interface FrameworkCodes {
  /** The most general code of each client status, first match wins; a status without one is a malformed request. */
  readonly general: readonly ErrorCode[];
  /**
   * Codes as general, which an API of a legacy dialect sends in their stead when it does not send
   * the general one: the RCS API's semantic validation (422), the SMS API's rate limit (429).
   */
  readonly legacy: readonly ErrorCode[];
}

/** The catalogue's framework codes (see {@link FrameworkCodes}). */
export const FRAMEWORK_CODES: FrameworkCodes = Object.freeze({
  general: Object.freeze<ErrorCode[]>([
    "validation_failed",
    "unauthorized",
    "forbidden",
    "not_found",
    "conflict",
    "payload_too_large",
    "unsupported_media_type",
    "invalid_request",
    "rate_limit_exceeded",
  ]),
  legacy: Object.freeze<ErrorCode[]>(["semantic_validation_failed", "throttled"]),
});
