/**
 * The result of a response that holds no error body.
 *
 * @module
 */
import type { TransportError, TransportReason } from "../types.js";
import { type HeadersLike, header, requestIdHeader } from "../utils/headers.js";
import { retryAfterHeader } from "../utils/retry-after.js";
import { typeOfStatus } from "../utils/status-type.js";

/** A transport error: what the status and headers say, and the text read, if any. */
export function transport(
  status: number,
  reason: TransportReason,
  headers: HeadersLike | undefined,
  body: string | undefined,
  now: () => number,
): TransportError {
  return {
    known: false,
    code: null,
    type: typeOfStatus(status),
    message: `The HTTP ${status} response holds no error body (${reason}).`,
    reason,
    status,
    request_id: requestIdHeader(headers),
    retry_after: retryAfterHeader(header(headers, "retry-after"), now),
    body,
    dialect: null,
  };
}
