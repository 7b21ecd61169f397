/**
 * The Node adapter: writes the error to an `http.ServerResponse` (node:http, and frameworks built
 * on it).
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { contextOf, withLength } from "./node-request.js";
import { type RenderedError, renderError, type SendOptions } from "./render.js";

/**
 * Sends `error` (anything thrown) on `response`. When headers were already sent, the response is
 * ended as it stands (nothing else can be done) and the rendered error is still returned. A
 * `dialect` function receives the request's `RequestContext`, whose `header(name)` reads its headers.
 *
 * @example
 * http.createServer(async (req, res) => {
 *   try { await handle(req, res); } catch (error) { sendError(res, error, req); }
 * });
 */
export function sendError(
  response: ServerResponse,
  error: unknown,
  request?: Pick<IncomingMessage, "headers">,
  options?: SendOptions,
): RenderedError {
  const rendered = renderError(error, contextOf(request), options);
  if (response.headersSent) {
    if (!response.writableEnded) response.end();
    return rendered;
  }
  // One writeHead (headers set earlier with setHeader are kept) instead of a setHeader a header.
  response.writeHead(rendered.status, withLength(rendered.headers, Buffer.byteLength(rendered.body)));
  response.end(rendered.body);
  return rendered;
}
