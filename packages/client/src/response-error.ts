/**
 * An `Error` carrying a parsed error, for code that prefers throwing.
 *
 * @module
 */
import { ErrataBaseError } from "@errata/catalog";
import type { ParsedError, ResponseMeta } from "./types.js";

/**
 * What an `ErrataError` reads of the error it carries. A parsed error of any kind has this shape;
 * the bound is this one type rather than the union of every kind, which a compiler would compare
 * member by member with each known code's error.
 */
export interface ParsedErrorShape extends ResponseMeta {
  readonly known: boolean;
  readonly code: string | null;
  readonly type: string | null;
  readonly message: string;
}

// Members of a parsed error that are not the code's own fields.
const COMMON = new Set([
  "known",
  "code",
  "type",
  "message",
  "doc_url",
  "status",
  "request_id",
  "body",
  "reason",
  "dialect",
]);

/**
 * Thrown form of a `ParsedError`. Its message names the code, the status and the request ID,
 * so that a logged error is enough for a support request.
 *
 * @example
 * const error = await fromResponse(res);
 * throw new ErrataResponseError(error);
 */
export class ErrataResponseError<E extends ParsedErrorShape = ParsedError> extends ErrataBaseError {
  declare readonly name: "ErrataResponseError";
  /** The parsed error, narrowing on `code` like any other. */
  readonly error: E;
  readonly code: E["code"];
  readonly type: E["type"];
  readonly status: number;
  readonly known: E["known"];
  readonly request_id: string | undefined;
  /** The code's own fields (`limit`, `param`, `details`, ...) and `retry_after` when known; no common members. */
  readonly fields: Readonly<Record<string, unknown>>;

  constructor(error: E, options?: { cause?: unknown }) {
    super(
      `${error.message} (${error.code ?? "transport error"}, HTTP ${error.status}, request ${error.request_id ?? "unknown"})`,
      options,
    );
    this.error = error;
    this.code = error.code;
    this.type = error.type;
    this.status = error.status;
    this.known = error.known;
    this.request_id = error.request_id;
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(error)) if (!COMMON.has(key) && value !== undefined) fields[key] = value;
    this.fields = fields;
  }

  /** A plain object for logs and JSON: name, message, code, type, status, request ID, fields. */
  toJSON(): {
    name: string;
    message: string;
    code: E["code"];
    type: E["type"];
    status: number;
    known: E["known"];
    request_id: string | undefined;
    fields: Readonly<Record<string, unknown>>;
  } {
    const { name, message, code, type, status, known, request_id, fields } = this;
    return { name, message, code, type, status, known, request_id, fields };
  }
}
Object.defineProperty(ErrataResponseError.prototype, "name", {
  value: "ErrataResponseError",
  writable: true,
  configurable: true,
});
