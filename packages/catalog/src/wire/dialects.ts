/**
 * The dialects: how each API the catalogue serves puts an error on the wire. The catalogue holds
 * one definition of every code; a dialect only says where its parts go. Zod-free data, read by the
 * server (to render), the client (to read), the schemas, the docs and the release check.
 *
 * @module
 */
import type { Dialect, LegacyDialect } from "../types.js";

/** Where a dialect puts each part of an error. Member names are the body's top-level members. */
export interface DialectEnvelope {
  /**
   * Where the code travels: `error.code` inside the `error` object (standard), or a top-level
   * member (`error` for RCS and SMS, `code` for iMessage).
   */
  readonly code: string;
  /** Where the type travels; absent when the body does not carry it (the client derives it from the code). */
  readonly type?: "error.type";
  /** Where the code's fields (and `param`, `details`) sit: inside the `error` object, or beside the envelope's members. */
  readonly fields: "error" | "body";
  /** The top-level member that repeats the HTTP status, if any. */
  readonly status?: string;
  /** A top-level member with the same value on every body (iMessage's `"error": "ApiError"`). */
  readonly constant?: { readonly member: string; readonly value: string };
  /** The top-level member that carries the request ID; absent when only the `Request-Id` header does. */
  readonly requestId?: string;
  /** Whether the body links to the code's reference entry (`doc_url`). */
  readonly docUrl: boolean;
  /** Whether the API sends some codes without their code member (its generic bodies). */
  readonly codeOptional: boolean;
  /**
   * Whether a body repeats the error's delay in `retry_after` when the code has that field and the
   * error was raised without it (the header always carries the delay). A value given is always sent.
   */
  readonly retryAfterMember: boolean;
  /** The envelope's top-level members, in the order they are written; the fields follow them. */
  readonly members: readonly string[];
}

/** A dialect as the run-time table has it: its API's name and its envelope. */
export interface DialectInfo extends DialectEnvelope {
  /** The API's name, for people. */
  readonly title: string;
}

/**
 * The dialects, in the order the docs show them: what a program needs to write or read a body.
 * Their descriptions and sources are in the definition (`dialectDefinitions` in `@errata/catalog/zod`),
 * so that a bundle which reads bodies does not carry them.
 */
export const DIALECTS = {
  standard: {
    title: "Standard",
    code: "error.code",
    type: "error.type",
    fields: "error",
    requestId: "request_id",
    docUrl: true,
    codeOptional: false,
    retryAfterMember: true,
    members: ["error", "request_id"],
  },
  rcs: {
    title: "RCS",
    code: "error",
    fields: "body",
    docUrl: false,
    codeOptional: false,
    retryAfterMember: true,
    members: ["error", "message", "details"],
  },
  imessage: {
    title: "iMessage",
    code: "code",
    fields: "body",
    status: "status",
    constant: { member: "error", value: "ApiError" },
    docUrl: false,
    codeOptional: true,
    retryAfterMember: false,
    members: ["error", "message", "status", "code"],
  },
  sms: {
    title: "SMS",
    code: "error",
    fields: "body",
    docUrl: false,
    codeOptional: false,
    retryAfterMember: false,
    members: ["message", "error"],
  },
} as const satisfies Record<Dialect, DialectInfo>;

export { type EnvelopeRole, roleOf } from "./roles.js";

/** Every dialect, standard first. */
export const DIALECT_NAMES: readonly Dialect[] = /* @__PURE__ */ namesOf(DIALECTS);

/** The dialects of the legacy APIs. */
export const LEGACY_DIALECTS: readonly LegacyDialect[] = /* @__PURE__ */ legacyOf(DIALECTS);

/** Whether `value` names a dialect. */
export function isDialect(value: unknown): value is Dialect {
  return typeof value === "string" && Object.hasOwn(DIALECTS, value);
}

// Functions, so that the pure marks above cover all the work and an unused list leaves no trace.
function namesOf(table: typeof DIALECTS): readonly Dialect[] {
  return Object.freeze(Object.keys(table) as Dialect[]);
}

function legacyOf(table: typeof DIALECTS): readonly LegacyDialect[] {
  return Object.freeze((Object.keys(table) as Dialect[]).filter((name): name is LegacyDialect => name !== "standard"));
}
