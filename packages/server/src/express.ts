/**
 * The Express adapter: an error middleware that sends every error in the wire contract's form (or
 * as problem details), and a not-found handler for unmatched routes. Express itself is not
 * imported; these are plain functions of Node's request and response.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createError } from "./error.js";
import { sendError } from "./node.js";
import type { SendOptions } from "./render.js";

type Next = (error?: unknown) => void;

/**
 * Express error middleware (four arguments): sends `error` as a catalogued error. The body parser's
 * errors and `http-errors` with a client status keep it, with the catalogued code of that status
 * (`invalid_json`, `payload_too_large`, `unsupported_media_type`, `not_found`, ...); anything else
 * becomes `internal_error`.
 * When the response has already started, it hands over to Express's default handler.
 *
 * @example
 * app.use(errataErrorHandler({ onError: (error, { requestId }) => log.error({ requestId, error }) }));
 */
export function errataErrorHandler(
  options?: SendOptions,
): (error: unknown, request: IncomingMessage, response: ServerResponse, next: Next) => void {
  return (error, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    sendError(response, error, request, options);
  };
}

/** Express middleware for routes nothing matched: the catalogue's `not_found`, not Express's HTML page. */
export function errataNotFound(options?: SendOptions): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    sendError(response, createError("not_found"), request, options);
  };
}
