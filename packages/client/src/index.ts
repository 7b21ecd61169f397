/**
 * The client side of Errata: turn any HTTP response of the messaging API into a typed error,
 * and decide whether and when to retry. This entry loads no zod; `@errata/client/zod` checks
 * known codes with the catalogue's validators instead.
 *
 * @module
 */
export {
  fromBody,
  fromResponse,
  typeOfStatus,
  type BodyInit,
  type HeadersLike,
  type ParseOptions,
  type ReadOptions,
} from "./parse.js";
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
