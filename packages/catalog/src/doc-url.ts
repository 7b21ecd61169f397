/** Where the error reference lives; each code has an anchor of its own name there. */
export const DOC_BASE_URL = "https://errata.dev/docs/errors";

/** The `doc_url` of a code: its anchor in the error reference. */
export function docUrlOf(code: string, base: string = DOC_BASE_URL): string {
  return `${base}#${code}`;
}

/** What every problem `instance` starts with; the request ID follows. */
export const PROBLEM_INSTANCE_PREFIX = "tag:errata.dev,2026:request:";

/**
 * The RFC 9457 `instance` of an error response: an absolute URI naming this occurrence, built from
 * its request ID. A bare `req_...` would be a relative reference, which clients resolve against the
 * request's URL into a link that leads nowhere; a `tag:` URI (RFC 4151) is absolute, needs no
 * registration and is never dereferenced.
 */
export function problemInstanceOf(requestId: string): string {
  return `${PROBLEM_INSTANCE_PREFIX}${requestId}`;
}
