/**
 * The one header reader of the client: fetch's `Headers`, node:http's headers or a plain object.
 *
 * @module
 */

/** Headers as fetch, node:http or a plain object hold them. */
export type HeadersLike =
  | { get(name: string): string | null }
  | { readonly [name: string]: string | readonly string[] | undefined };

/** The value of header `name` (lower case); undefined when absent or unreadable. */
export function header(headers: HeadersLike | undefined, name: string): string | undefined {
  try {
    if (!headers) return undefined;
    const get = (headers as { get?: unknown }).get;
    if (typeof get === "function") return get.call(headers, name) ?? undefined;
    for (const key in headers) {
      if (Object.hasOwn(headers, key) && key.toLowerCase() === name) {
        const value: unknown = (headers as Record<string, unknown>)[key];
        return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
      }
    }
  } catch {
    // Headers with a throwing getter say nothing.
  }
  return undefined;
}

/** The request ID a header gives: `Request-Id`, else `X-Request-Id`. */
export function requestIdHeader(headers: HeadersLike | undefined): string | undefined {
  return header(headers, "request-id") ?? header(headers, "x-request-id");
}
