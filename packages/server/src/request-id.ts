/**
 * Request IDs: taken from the caller when well formed, otherwise generated from a crypto-strong
 * source.
 *
 * @module
 */
import { REQUEST_ID_PATTERN } from "@errata/catalog";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Characters after `req_`: 24 base62 characters carry about 143 bits. */
const LENGTH = 24;
/** The largest multiple of 62 a byte can hold; bytes at or above it are redrawn (no modulo bias). */
const LIMIT = 248;

/** A new request ID: `req_` and 24 base62 characters from `crypto.getRandomValues`. */
export function generateRequestId(): string {
  let id = "req_";
  const bytes = new Uint8Array(LENGTH + 8);
  while (id.length < LENGTH + 4) {
    crypto.getRandomValues(bytes);
    for (let i = 0; i < bytes.length && id.length < LENGTH + 4; i++) {
      const byte = bytes[i] as number;
      if (byte < LIMIT) id += BASE62[byte % 62];
    }
  }
  return id;
}

/** Whether `value` is a well-formed request ID (`req_` and 12 to 128 base62 characters). */
export function isRequestId(value: unknown): value is string {
  return typeof value === "string" && REQUEST_ID_PATTERN.test(value);
}

/**
 * The request ID to answer with: the incoming `X-Request-Id` when it is well formed (so a caller's
 * ID carries through), otherwise a new one. Arrays (a repeated header) count as malformed.
 */
export function requestIdFrom(header: unknown): string {
  return isRequestId(header) ? header : generateRequestId();
}
