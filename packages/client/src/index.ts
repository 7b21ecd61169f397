/**
 * The client side of Errata: turn any HTTP response of the messaging API into a typed error,
 * and decide whether and when to retry. This entry loads no zod; `@errata/client/zod` checks
 * known codes with the catalogue's validators instead.
 *
 * @module
 */
export { fromBody } from "./parse.js";
export { fromResponse } from "./response.js";
export { typeOfStatus } from "./utils/status-type.js";
export type { BodyInit, ParseOptions, ReadOptions } from "./core/init.js";
export type { HeadersLike } from "./utils/headers.js";
export { isCode, isParsedError, matchError, type MatchHandlers, type PartialMatchHandlers } from "./guards.js";
export { ErrataResponseError, type ParsedErrorShape } from "./response-error.js";
export {
  backoffDelay,
  retryDecision,
  retryPolicyOf,
  type RetryDecision,
  type RetryOptions,
} from "./retry.js";
export { MAX_ATTEMPTS, withRetry, type AttemptReport, type FetchLike, type WithRetryOptions } from "./with-retry.js";
export type { KnownError, ParsedError, ResponseMeta, TransportError, TransportReason, UnknownError } from "./types.js";
