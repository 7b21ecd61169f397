/**
 * The limits every reader of an error body applies, as data: `@errata/client` reads them, and
 * `catalog.json` publishes them as `reading`, so that readers in every language draw the same line.
 *
 * @module
 */

/** How far a reader goes into a response before it calls the body unreadable. */
export interface Reading {
  /** Bytes of a body read at most; a longer body is a `too_large` transport error. */
  readonly max_bytes: number;
  /** Levels of arrays and objects a body may nest; a deeper body is a `not_error_body` transport error. */
  readonly max_depth: number;
  /** The form of a code a reader keeps when the catalogue does not know it (a newer server's). */
  readonly code_pattern: string;
  /** The form of a request ID. */
  readonly request_id_pattern: string;
}

/** The catalogue's reading limits (see {@link Reading}). */
export const READING: Reading = Object.freeze({
  max_bytes: 262_144,
  max_depth: 64,
  code_pattern: "^[a-z][a-z0-9_]*$",
  request_id_pattern: "^req_[A-Za-z0-9]{12,128}$",
});
