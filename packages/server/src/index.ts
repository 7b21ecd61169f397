/**
 * Raise any catalogued error with typed fields, and send it from any server: the wire contract's
 * body or RFC 9457 problem details, with request IDs and Retry-After. Framework adapters are in
 * `@errata/server/express` and `@errata/server/fastify`; this entry loads no framework.
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
} from "./error.js";
export {
  dottedPath,
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
  type ErrorEvent,
  type RenderedError,
  type RequestContext,
  type SendOptions,
} from "./render.js";
export { preferredForm, type ErrorForm } from "./accept.js";
export { generateRequestId, isRequestId, requestIdFrom } from "./request-id.js";
export {
  deprecationMessage,
  setDeprecationLogger,
  type CodeDeprecation,
  type DeprecationLogger,
} from "./deprecation.js";
export { toResponse } from "./web.js";
export { contextOf, sendError } from "./node.js";
export { startMockServer, type MockServer, type MockServerOptions } from "./mock.js";
export { mockCommand } from "./mock-command.js";
