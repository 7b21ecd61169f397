/**
 * The Web-standard adapter: a `Response`, for Hono, Next.js route handlers, Bun, Deno and anything
 * else built on the Fetch API.
 *
 * @module
 */
import { renderError, type SendOptions } from "./render.js";

/**
 * The `Response` for `error` (anything thrown): a catalogued error as it is, anything else as
 * `internal_error`. `request` supplies `Accept` and `X-Request-Id`.
 *
 * @example
 * app.onError((error, c) => toResponse(error, c.req.raw));
 */
export function toResponse(error: unknown, request?: Request, options?: SendOptions): Response {
  let accept: string | null = null;
  let requestId: string | null = null;
  try {
    accept = request?.headers.get("accept") ?? null;
    requestId = request?.headers.get("x-request-id") ?? null;
  } catch {
    // A request whose headers cannot be read is answered without them.
  }
  const rendered = renderError(error, { accept, requestId }, options);
  return new Response(rendered.body, { status: rendered.status, headers: rendered.headers });
}
