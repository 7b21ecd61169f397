/**
 * Example bodies, built from each code's example fields: one source for catalog.json, the docs
 * and the mock server.
 *
 * @module
 */
import { errors } from "../catalog.js";
import { ERROR_INFO } from "../codes.js";
import { docUrlOf } from "../doc-url.js";
import { renderMessage, templateFor } from "../message.js";
import type { Dialect, ErrorBody, ErrorCode } from "../types.js";
import { DIALECTS } from "./dialects.js";
import { dialectBody, type WireError } from "./write-body.js";

/** The request ID of every example body. */
export const EXAMPLE_REQUEST_ID = "req_a1b2c3d4e5f6";

/** The catalogue's example body of a code: its example fields, its rendered message, a doc link. */
export function exampleBody<C extends ErrorCode>(code: C): ErrorBody<C> {
  const def = errors[code];
  const fields = def.example as Record<string, unknown>;
  return {
    error: {
      type: def.type,
      code,
      message: renderMessage(templateFor(def, fields), fields),
      ...fields,
      doc_url: docUrlOf(code),
    },
    request_id: EXAMPLE_REQUEST_ID,
    // The example's fields are the code's, checked against its schema by the self-check (example-valid).
  } as unknown as ErrorBody<C>;
}

/**
 * The catalogue's example of a code as `dialect` writes it: the example body's error moved into
 * the dialect's envelope (without its code where the API sends it without one, and without the
 * default `retry_after` where the API leaves the delay to the header).
 */
export function dialectExample(code: ErrorCode, dialect: Dialect): Record<string, unknown> {
  const def = errors[code];
  // Read as a plain error object: the union of every code's body is too large to compare at scale.
  const body = exampleBody(code) as unknown as { readonly error: WireError; readonly request_id: string };
  const { retry_after, ...rest } = body.error;
  const error = DIALECTS[dialect].retryAfterMember || retry_after === undefined ? body.error : (rest as WireError);
  return dialectBody(dialect, error, {
    status: ERROR_INFO[code].status,
    requestId: body.request_id,
    withoutCode: def.withoutCode?.includes(dialect as never) ?? false,
  });
}
