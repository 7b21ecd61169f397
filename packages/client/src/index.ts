/**
 * The client side of Errata: turn any HTTP response of the messaging API into a typed error,
 * and decide whether and when to retry. This entry loads no zod; `@errata/client/zod` checks
 * known codes with the catalogue's validators instead.
 *
 * @module
 */

export type { BodyInit, ParseOptions, ReadOptions } from "./core/init.js";
export { isCode, isParsedError, type MatchHandlers, matchError, type PartialMatchHandlers } from "./guards.js";
export { fromBody } from "./parse.js";
export { fromResponse } from "./response.js";
export { ErrataResponseError, type ParsedErrorShape } from "./response-error.js";
export {
  backoffDelay,
  type RetryDecision,
  type RetryOptions,
  retryDecision,
  retryPolicyOf,
} from "./retry.js";
export type { KnownError, ParsedError, ResponseMeta, TransportError, TransportReason, UnknownError } from "./types.js";
export type { HeadersLike } from "./utils/headers.js";
export { typeOfStatus } from "./utils/status-type.js";
export { type AttemptReport, type FetchLike, MAX_ATTEMPTS, type WithRetryOptions, withRetry } from "./with-retry.js";
