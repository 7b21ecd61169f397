/**
 * Raise any catalogued error with typed fields, and send it from any server: the wire contract's
 * body or RFC 9457 problem details, with request IDs and Retry-After. Framework adapters are in
 * `@errata/server/express` and `@errata/server/fastify`, `node:http`'s `sendError` in
 * `@errata/server/node` and the mock server in `@errata/server/mock`; this entry loads no framework,
 * no `node:http` and no command line.
 *
 * @module
 */
export {
  createError,
  ErrataError,
  ErrataFieldError,
  isErrataError,
  setStackTraces,
  type CommonFields,
  type RaiseArgs,
  type RaiseFields,
  type RaiseOptions,
  type StackTraces,
} from "./error.js";
export {
  emptyFile,
  fromIssues,
  fromZodError,
  invalidJson,
  notFoundOrNotYours,
  parseJsonBody,
  requireNonEmpty,
  requireOwned,
  requireTestNumber,
  testNumberMismatch,
  type DetailsCode,
  type Issue,
} from "./helpers.js";
export {
  problemOf,
  renderError,
  toErrataError,
  type DialectFallback,
  type DialectOption,
  type ErrorEvent,
  type RenderedError,
  type RequestContext,
  type SendOptions,
} from "./render.js";
export { preferredForm, type ErrorForm } from "./accept.js";
export { generateRequestId, isRequestId, requestIdFrom } from "./request-id.js";
export {
  setDeprecationLogger,
  type DeprecationLogger,
} from "./deprecation.js";
export { toResponse } from "./web.js";
