/**
 * Raise any catalogued error with typed fields, and send it from any server: the wire contract's
 * body or RFC 9457 problem details, with request IDs and Retry-After. Framework adapters are in
 * `@errata/server/express` and `@errata/server/fastify`, `node:http`'s `sendError` in
 * `@errata/server/node` and the mock server in `@errata/server/mock`; this entry loads no framework,
 * no `node:http` and no command line.
 *
 * @module
 */

export { type ErrorForm, preferredForm } from "./accept.js";
export {
  type DeprecationLogger,
  setDeprecationLogger,
} from "./deprecation.js";
export {
  type CommonFields,
  createError,
  ErrataError,
  ErrataFieldError,
  isErrataError,
  type RaiseArgs,
  type RaiseFields,
  type RaiseOptions,
  type StackTraces,
  setStackTraces,
} from "./error.js";
export {
  type DetailsCode,
  emptyFile,
  fromIssues,
  fromZodError,
  type Issue,
  invalidJson,
  notFoundOrNotYours,
  parseJsonBody,
  requireNonEmpty,
  requireOwned,
  requireTestNumber,
  testNumberMismatch,
} from "./helpers.js";
export {
  type DialectFallback,
  type DialectOption,
  type ErrorEvent,
  problemOf,
  type RenderedError,
  type RequestContext,
  renderError,
  type SendOptions,
  toErrataError,
} from "./render.js";
export { generateRequestId, isRequestId, requestIdFrom } from "./request-id.js";
export { toResponse } from "./web.js";
