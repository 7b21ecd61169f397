/**
 * One error, written in any dialect: the single place that says which member goes where, used by
 * the server, the mock, the docs' examples and the schemas' tests.
 *
 * @module
 */
import type { Dialect } from "../types.js";
import { DIALECTS, type DialectEnvelope, type EnvelopeRole, roleOf } from "./dialects.js";

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

/** A top-level member a dialect writes before the fields, with its role (the constant's value too). */
export interface PlannedMember {
  readonly member: string;
  readonly role: EnvelopeRole;
  /** The constant's value, for the `constant` role. */
  readonly value?: string;
}

/**
 * How a dialect lays out a body, read from its envelope once: whether the fields sit in the `error`
 * object (the standard shape), and the envelope's members in the order they are written. A writer
 * walks it instead of asking each member's role on every call.
 */
export interface BodyPlan {
  readonly nested: boolean;
  readonly members: readonly PlannedMember[];
  /** Whether `withoutCode` may leave the code member out. */
  readonly codeOptional: boolean;
}

const plans = new WeakMap<DialectEnvelope, BodyPlan>();

/** The layout of `envelope`'s bodies, computed on first use and kept (envelopes are constant data). */
export function bodyPlan(envelope: DialectEnvelope): BodyPlan {
  let plan = plans.get(envelope);
  if (plan === undefined) {
    plan = Object.freeze({
      nested: envelope.fields === "error",
      codeOptional: envelope.codeOptional,
      members: Object.freeze(
        envelope.members.map((member): PlannedMember => {
          const role = roleOf(envelope, member);
          return role === "constant" && envelope.constant !== undefined
            ? { member, role, value: envelope.constant.value }
            : { member, role };
        }),
      ),
    });
    plans.set(envelope, plan);
  }
  return plan;
}

/**
 * The body of `error` in the dialect `envelope` describes: {@link dialectBody} for any envelope,
 * one of the catalogue's or not, since the envelope's data says all there is to say.
 */
export function writeBody(envelope: DialectEnvelope, error: WireError, context: WireContext): Record<string, unknown> {
  const plan = bodyPlan(envelope);
  if (plan.nested) return { error, request_id: context.requestId };
  const body: Record<string, unknown> = {};
  const withoutCode = plan.codeOptional && context.withoutCode === true;
  for (const { member, role, value } of plan.members) {
    if (role === "constant") body[member] = value;
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
