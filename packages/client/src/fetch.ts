/**
 * `@errata/client/fetch`: the client for code that reads fetch `Response`s. The same API as
 * `@errata/client` but `fromBody`: with no import that reaches the parse core, every bundler (esbuild
 * with `splitting` too, which splits by file) leaves the parse core and the table of codes to the
 * chunk `fromResponse` loads with the first body. Loads no zod.
 *
 * @module
 */

export type { ParseOptions, ReadOptions } from "./core/init.js";
export { isCode, isParsedError, type MatchHandlers, matchError, type PartialMatchHandlers } from "./guards.js";
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
