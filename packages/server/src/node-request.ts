/**
 * What the error handlers read of a Node request (node:http, Express and Fastify alike): its
 * headers, as a `RequestContext`.
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
