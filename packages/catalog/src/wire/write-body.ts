/**
 * One error, written in any dialect: the single place that says which member goes where, used by
 * the server, the mock, the docs' examples and the schemas' tests.
 *
 * @module
 */
import type { Dialect } from "../types.js";
import { DIALECTS, type DialectEnvelope, roleOf } from "./dialects.js";

/** An error as the standard dialect's `error` object has it: the input of {@link dialectBody}. */
export interface WireError {
  readonly type: string;
  readonly code: string;
  readonly message: string;
  /** `param`, `details` and the code's fields, in the order they are written. */
  readonly [member: string]: unknown;
}

/** What a dialect body needs beside the error object. */
export interface WireContext {
  /** The HTTP status (repeated in the body by the dialects that do). */
  readonly status: number;
  /** The request ID (written in the body by the dialects that do; the `Request-Id` header always carries it). */
  readonly requestId: string;
  /**
   * Whether to leave the code out, as the API does on its generic bodies (`ERRORS[code].withoutCode`
   * names those APIs). Only a dialect whose code member is optional (iMessage) can.
   */
  readonly withoutCode?: boolean;
}

// Members of the standard error object that are not fields: the envelope places them itself.
const ENVELOPE = new Set(["type", "code", "message", "doc_url"]);

/**
 * The body of `error` in `dialect`, members in the order the dialect writes them. The standard
 * dialect gives `{ error, request_id }` with `error` as passed; the others move the message, code
 * and fields where their API puts them, and drop what it does not send (`type`, `doc_url`, the
 * request ID, and the code of a generic body).
 */
export function dialectBody(dialect: Dialect, error: WireError, context: WireContext): Record<string, unknown> {
  return writeBody(DIALECTS[dialect], error, context);
}

/**
 * The body of `error` in the dialect `envelope` describes: {@link dialectBody} for any envelope,
 * one of the catalogue's or not, since the envelope's data says all there is to say.
 */
export function writeBody(envelope: DialectEnvelope, error: WireError, context: WireContext): Record<string, unknown> {
  if (envelope.fields === "error") return { error, request_id: context.requestId };
  const body: Record<string, unknown> = {};
  const withoutCode = envelope.codeOptional && context.withoutCode === true;
  for (const member of envelope.members) {
    const role = roleOf(envelope, member);
    if (role === "constant") body[member] = envelope.constant?.value;
    else if (role === "code") {
      if (!withoutCode) body[member] = error.code;
    } else if (role === "message") body.message = error.message;
    else if (role === "status") body[member] = context.status;
    else if (Object.hasOwn(error, member) && error[member] !== undefined) body[member] = error[member];
  }
  for (const [member, value] of Object.entries(error)) {
    if (!ENVELOPE.has(member) && !Object.hasOwn(body, member) && value !== undefined) body[member] = value;
  }
  return body;
}
