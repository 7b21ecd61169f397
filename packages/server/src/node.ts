/**
 * The Node adapter: writes the error to an `http.ServerResponse` (node:http, and frameworks built
 * on it).
 *
 * @module
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { renderError, type RenderedError, type RequestContext, type SendOptions } from "./render.js";

function header(headers: IncomingHttpHeaders | undefined, name: string): string | undefined {
  // Own members only: a polluted Object.prototype is no header.
  const value = headers !== undefined && Object.hasOwn(headers, name) ? headers[name] : undefined;
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : undefined;
}

/** `Accept`, `X-Request-Id` and a lookup of any header, of a Node request. */
function contextOf(request: Pick<IncomingMessage, "headers"> | undefined): RequestContext {
  try {
    const headers = request?.headers;
    return {
      accept: header(headers, "accept"),
      requestId: header(headers, "x-request-id"),
      header: (name) => header(headers, String(name).toLowerCase()),
    };
  } catch {
    return { accept: undefined, requestId: undefined };
  }
}

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
  response.writeHead(rendered.status, { ...rendered.headers, "content-length": Buffer.byteLength(rendered.body) });
  response.end(rendered.body);
  return rendered;
}
