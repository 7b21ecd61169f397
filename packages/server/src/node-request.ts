/**
 * What the error handlers read of a Node request (node:http, Express and Fastify alike): its
 * headers, as a `RequestContext`; and the headers a Node response is sent with.
 *
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import type { RequestContext } from "./render.js";

/** A header's value, a repeated one joined with commas; undefined when absent. */
export function headerOf(headers: IncomingHttpHeaders | undefined, name: string): string | undefined {
  // Own members only: a polluted Object.prototype is no header.
  const value = headers !== undefined && Object.hasOwn(headers, name) ? headers[name] : undefined;
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : undefined;
}

/** `Accept`, `X-Request-Id` and a lookup of any header, of a Node request; none when they cannot be read. */
export function contextOf(request: { readonly headers: IncomingHttpHeaders } | undefined): RequestContext {
  try {
    const headers = request?.headers;
    return {
      accept: headerOf(headers, "accept"),
      requestId: headerOf(headers, "x-request-id"),
      header: (name) => headerOf(headers, String(name).toLowerCase()),
    };
  } catch {
    // A request whose headers cannot be read is answered without them.
    return {};
  }
}

/**
 * The rendered headers and Content-Length. The headers renderError writes are copied into an object
 * literal: node:http serialises one made by spreading several times slower (a profile under load
 * showed it), and this runs on every error response. Any other header set is spread as it stands.
 */
export function withLength(headers: Readonly<Record<string, string>>, length: number): Record<string, string | number> {
  const type = headers["content-type"];
  const id = headers["request-id"];
  const retryAfter = headers["retry-after"];
  const known = (type === undefined ? 0 : 1) + (id === undefined ? 0 : 1) + (retryAfter === undefined ? 0 : 1);
  if (type === undefined || id === undefined || Object.keys(headers).length !== known) {
    return { ...headers, "content-length": length };
  }
  return retryAfter === undefined
    ? { "content-type": type, "request-id": id, "content-length": length }
    : { "content-type": type, "request-id": id, "retry-after": retryAfter, "content-length": length };
}
