/**
 * Example bodies, built from each code's example fields: one source for catalog.json, the docs
 * and the mock server.
 *
 * @module
 */
import { errors } from "./catalog.js";
import type { ErrorBody, ErrorCode } from "./define.js";
import { docUrlOf } from "./doc-url.js";
import { renderMessage, templateFor } from "./message.js";

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
  } as unknown as ErrorBody<C>;
}
