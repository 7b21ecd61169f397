/**
 * The result of a body in a legacy API's dialect, once `matchLegacy` has found which.
 *
 * @module
 */
import type { CodeEntry } from "@errata/catalog/compact";
import { envelopeMembers, type LegacyMatch } from "../legacy.js";
import type { ParsedError } from "../types.js";
import { isCodeForm } from "../utils/code-form.js";
import { entryOf } from "../utils/entry.js";
import { header, requestIdHeader } from "../utils/headers.js";
import { retryAfterHeader, seconds } from "../utils/retry-after.js";
import { typeOfStatus } from "../utils/status-type.js";
import type { Init } from "./init.js";
import { transport } from "./transport-error.js";

/** Whether an error object of a known code fits that code's schema; `entry` is the code's, looked up once. */
export type FitCheck = (code: string, error: Record<string, unknown>, entry: CodeEntry) => boolean;

// Not `Object.hasOwn`: V8 answers `hasOwnProperty.call(body, key)` inside `for (key in body)` from
// the enumeration cache, without a lookup.
const hasOwn = Object.prototype.hasOwnProperty;

// The members of each legacy envelope that are not the error's own fields, by dialect.
const ENVELOPE_MEMBERS = new Map<string, ReadonlySet<string>>();

/**
 * The error of a legacy API's body (see `matchLegacy`): the result has the standard dialect's
 * members: the type is the code's (the body has none), the fields are the members beside the
 * envelope's, and the request ID is the `Request-Id` header's.
 */
export function fromLegacy(
  body: Record<string, unknown>,
  match: LegacyMatch,
  text: string | undefined,
  given: unknown,
  init: Init,
  fitCheck: FitCheck,
): ParsedError {
  const { headers, now } = init;
  let status = init.status;
  const message = body.message;
  const { dialect, envelope, code, sentStatus } = match;
  if (typeof message !== "string" || (envelope.status !== undefined && sentStatus === undefined))
    return transport(status, "not_error_body", headers, text, now);
  const entry = entryOf(code);
  if (!(entry || isCodeForm(code))) return transport(status, "not_error_body", headers, text, now);
  // The response's status is the one that counts; the body's stands in only when none was given.
  if (status === 0 && sentStatus !== undefined) status = sentStatus;
  const out: Record<string, unknown> = {
    type: entry ? entry.type : typeOfStatus(status),
    code,
    message,
  };
  let members = ENVELOPE_MEMBERS.get(dialect);
  if (members === undefined) ENVELOPE_MEMBERS.set(dialect, (members = envelopeMembers(envelope)));
  // `for in` reads each member through the body's enumeration cache, cheaper than a list of its
  // keys read back by name; the own-member check keeps a polluted Object.prototype out.
  for (const key in body) if (!members.has(key) && hasOwn.call(body, key)) out[key] = body[key];
  out.known = entry !== undefined && fitCheck(code as string, out, entry);
  out.status = status;
  const id = body.request_id;
  out.request_id = requestIdHeader(headers) ?? (typeof id === "string" ? id : undefined);
  out.retry_after = seconds(out.retry_after) ?? retryAfterHeader(header(headers, "retry-after"), now);
  out.body = text ?? given;
  out.dialect = dialect;
  return out as ParsedError;
}
