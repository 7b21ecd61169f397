/**
 * The Web-standard adapter: a `Response`, for Hono, Next.js route handlers, Bun, Deno and anything
 * else built on the Fetch API.
 *
 * @module
 */
import { type RequestContext, renderError, type SendOptions } from "./render.js";

/**
 * The `Response` for `error` (anything thrown): a catalogued error as it is, anything else as
 * `internal_error`. `request` supplies `Accept`, `X-Request-Id`, and the headers a `dialect`
 * function reads through `RequestContext.header`.
 *
 * @example
 * app.onError((error, c) => toResponse(error, c.req.raw));
 */
export function toResponse(error: unknown, request?: Request, options?: SendOptions): Response {
  let context: RequestContext = {};
  try {
    const headers = request?.headers;
    context = {
      accept: headers?.get("accept") ?? null,
      requestId: headers?.get("x-request-id") ?? null,
      header: (name) => headers?.get(name) ?? undefined,
    };
  } catch {
    // A request whose headers cannot be read is answered without them.
  }
  const rendered = renderError(error, context, options);
  return new Response(rendered.body, { status: rendered.status, headers: rendered.headers });
}
