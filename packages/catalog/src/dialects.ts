/**
 * The dialects: how each API the catalogue serves puts an error on the wire. The catalogue holds
 * one definition of every code; a dialect only says where its parts go. Zod-free data, read by the
 * server (to render), the client (to read), the schemas, the docs and the release check.
 *
 * @module
 */
import type { Dialect, LegacyDialect, SeedId } from "./define.js";

/** Where a dialect puts each part of an error. Member names are the body's top-level members. */
export interface DialectEnvelope {
  /**
   * Where the code travels: `error.code` inside the `error` object (standard), or a top-level
   * member (`error` for RCS and SMS, `code` for iMessage).
   */
  readonly code: "error.code" | "error" | "code";
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

/** A dialect: its API, its envelope and where that comes from. */
export interface DialectDefinition extends DialectEnvelope {
  /** The API's name, for people. */
  readonly title: string;
  /** What the dialect is, in a sentence. */
  readonly description: string;
  /** The reference documents that describe the API. */
  readonly seeds: readonly SeedId[];
  /** The reference document's statement of the envelope, quoted. */
  readonly says: string;
}

/** The dialects, in the order the docs show them. */
export const DIALECTS = {
  standard: {
    title: "Standard",
    description:
      "The catalogue's own shape: the type, code, message and fields in an `error` object, and the request ID beside it. Every code is sent in it.",
    seeds: ["000", "001"],
    says: 'All errors follow a consistent structure: { "error": { "type": "invalid_request_error", "code": "missing_required_parameter", "message": "The \'from\' field is required.", "param": "from" }, "request_id": "req_a1b2c3d4e5f6" }',
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
    description:
      "The RCS API's shape: the code in `error`, the message beside it, `details` on validation errors, and the code's fields at the top level.",
    seeds: ["002"],
    says: "Error code, a human-readable message, and optional details for validation issues. Use error (not message) for programmatic handling.",
    code: "error",
    fields: "body",
    docUrl: false,
    codeOptional: false,
    retryAfterMember: true,
    members: ["error", "message", "details"],
  },
  imessage: {
    title: "iMessage",
    description:
      'The iMessage API\'s shape: `"error": "ApiError"`, the message, the status repeated in the body, and the code in `code` for known cases; generic errors carry no code. Fields sit at the top level.',
    seeds: ["003"],
    says: "error | string | Short error class identifier (ApiError) … status | integer | HTTP status code … code | string | Machine-readable error code for the specific failure … Present whenever the response represents a known, programmatically actionable error case.",
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
    description: "The SMS API's shape: the message, then the code in `error`, then the code's fields at the top level.",
    seeds: ["004"],
    says: 'Every error returns a JSON body with a human message and a stable, machine-readable error code you can branch on. { "message": "This send would exceed your daily spend limit.", "error": "spend_limit_exceeded" }',
    code: "error",
    fields: "body",
    docUrl: false,
    codeOptional: false,
    retryAfterMember: false,
    members: ["message", "error"],
  },
} as const satisfies Record<Dialect, DialectDefinition>;

/** Every dialect, standard first. */
export const DIALECT_NAMES: readonly Dialect[] = /* @__PURE__ */ Object.freeze(Object.keys(DIALECTS) as Dialect[]);

/** The dialects of the legacy APIs. */
export const LEGACY_DIALECTS: readonly LegacyDialect[] = /* @__PURE__ */ Object.freeze(
  DIALECT_NAMES.filter((name): name is LegacyDialect => name !== "standard"),
);

/** Whether `value` names a dialect. */
export function isDialect(value: unknown): value is Dialect {
  return typeof value === "string" && Object.hasOwn(DIALECTS, value);
}
