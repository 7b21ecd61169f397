/**
 * The shape of a catalogue definition, and the types of the one in `catalog.ts`: plain lookups
 * into the declarations `scripts/generate-table.ts` writes from it (`generated/types.ts`).
 * This module is types only: importing it loads nothing at run time.
 *
 * @module
 */
import type * as z from "zod";
import type { CodesOfType, ErrorFieldsMap, ErrorObjectMap } from "./generated/types.js";

/** How a client should treat a failed request of this code. */
export type RetryPolicy =
  /** Do not retry: fix the request, or surface the error to the account owner. */
  | "never"
  /** Transient: retry with exponential backoff and full jitter. */
  | "backoff"
  /** Retry after the server's Retry-After header (or `retry_after` field), not before. */
  | "retry_after";

export interface TypeDefinition {
  /** The HTTP status of this type's codes, unless a code says otherwise. */
  readonly status: number;
  /** The retry policy of this type's codes, unless a code says otherwise. */
  readonly retry: RetryPolicy;
  readonly title: string;
  readonly description: string;
  /** Where the type comes from. */
  readonly source: TypeSource;
}

/** Makes `fields` required when `field` equals `equals` (e.g. `per_number` needs `sender_number`). */
export interface RequiredWhen {
  readonly field: string;
  readonly equals: string;
  readonly fields: readonly string[];
}

/** A code's replacement and the reason it is on its way out. */
export interface Deprecation {
  readonly replacement?: string;
  readonly reason: string;
}

/** The five reference documents the catalogue is audited against (`/shared/seeds/<seed>_*.txt`). */
export type SeedId = "000" | "001" | "002" | "003" | "004";

/**
 * A part of a definition whose origin is recorded: the code's name, its type, status, message
 * (and message variants), description, fix, retry policy, default Retry-After and its derivation,
 * each field (`field:<name>`: that the field exists, under that name) and each required field
 * (`required:<name>`: that every body carries it). Field value types are always the catalogue's own.
 */
export type SourcePart =
  /** Every part at once: only for an entry no reference document mentions (its `seeds` is empty). */
  | "entry"
  | "code"
  | "type"
  | "status"
  | "message"
  | "messageVariants"
  | "description"
  | "fix"
  | "retry"
  | "retryAfter"
  | "retryAfterFrom"
  /** That the API of this legacy dialect sends the code (see `apis`). */
  | `api:${LegacyDialect}`
  | `field:${string}`
  | `required:${string}`;

/** One statement of a reference document, and what of the entry it gives. */
export interface SeedClaim {
  readonly seed: SeedId;
  /** The statement, quoted from the document. */
  readonly says: string;
  /** The parts of the entry this statement gives. */
  readonly gives: readonly SourcePart[];
  /** The message of a body the document shows for this code, verbatim: the example must render it. */
  readonly message?: string;
}

/**
 * Where an entry comes from: the statements of the reference documents it rests on, and, for
 * every part no document gives, why the catalogue decided it.
 */
export interface Source {
  readonly seeds: readonly SeedClaim[];
  /** Part → the catalogue's reason for deciding it. */
  readonly own: { readonly [P in SourcePart]?: string };
}

/** A type's parts: its name, default status, default retry policy and description. */
export type TypeSourcePart = "type" | "status" | "retry" | "description";

export interface TypeSource {
  readonly seeds: readonly {
    readonly seed: SeedId;
    readonly says: string;
    readonly gives: readonly TypeSourcePart[];
  }[];
  readonly own: { readonly [P in TypeSourcePart]?: string };
}

/**
 * The wire formats of the APIs the catalogue serves, each named for its API. `standard` is the
 * catalogue's own shape (`{"error": {type, code, message, ...}, "request_id"}`) and carries every
 * code; the others are the shapes older APIs already put on the wire.
 */
export type Dialect = "standard" | LegacyDialect;
/** The dialects of the APIs that had an error format of their own before this catalogue. */
export type LegacyDialect = "rcs" | "imessage" | "sms";

export interface ErrorDefinition {
  readonly type: string;
  /** Defaults to the type's status. */
  readonly status?: number;
  /** Defaults to the type's retry policy. */
  readonly retry?: RetryPolicy;
  /** Whether to surface the message to the account owner; defaults to true for 402 and 403. */
  readonly ownerFacing?: boolean;
  /** Default Retry-After, in whole seconds, when the error does not carry `retry_after`. */
  readonly retryAfter?: number;
  /**
   * A timestamp field (RFC 3339) the delay is derived from when the error carries it: Retry-After
   * is then the seconds until that time, and `retryAfter` only the fallback.
   */
  readonly retryAfterFrom?: string;
  readonly title: string;
  /** The message template; `{name}` placeholders name required fields of the code. */
  readonly message: string;
  /**
   * More specific templates, tried in order before `message`: the first whose placeholders all
   * have a value is used. Each names at least one optional field (`{sender_number}`).
   */
  readonly messageVariants?: readonly string[];
  /** When it happens. */
  readonly description: string;
  /** How to fix it. */
  readonly fix: string;
  /** The code's own fields, inside `error`, snake_case. */
  readonly fields: Readonly<Record<string, z.ZodType>>;
  readonly requiredWhen?: RequiredWhen;
  /** Values of the code's fields for the catalogue's example body. */
  readonly example: Readonly<Record<string, unknown>>;
  readonly deprecated?: Deprecation;
  /**
   * The legacy APIs that send this code, each in its own dialect; none when absent. Every code is
   * also sent in the standard dialect. Each API needs a source: a claim that gives `api:<name>`,
   * or the catalogue's reason.
   */
  readonly apis?: readonly LegacyDialect[];
  /**
   * The APIs that send this code without naming it: their generic bodies (iMessage's
   * `{"error": "ApiError", "message": "Resource not found.", "status": 404}`). A client maps such a
   * body back to the code by its status and exact message, so the message takes no placeholders.
   */
  readonly withoutCode?: readonly LegacyDialect[];
  /** Where each part of the entry comes from. */
  readonly source: Source;
}

export interface CatalogDefinition {
  readonly types: Readonly<Record<string, TypeDefinition>>;
  readonly errors: Readonly<Record<string, ErrorDefinition>>;
}

/** Every catalogued error code. */
export type ErrorCode = keyof ErrorObjectMap & string;
/** Every error type (category). */
export type ErrorType = keyof CodesOfType & string;

/** The codes of one type. */
export type CodeOfType<T extends ErrorType> = CodesOfType[T];

/** One `{field, message}` item of `details`. */
export interface ErrorDetail {
  /** The dotted path of the offending field; empty for the request as a whole. */
  readonly field: string;
  /** What is wrong with that field. */
  readonly message: string;
}

/** The members every error object may carry. */
export interface ErrorBase {
  /** The human-readable explanation. Log it, show it; never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, when one did. */
  readonly param?: string;
  /** Field-level problems of a validation error. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
}

/** The fields of one code, as they stand inside `error`. */
export type ErrorFields<C extends ErrorCode> = ErrorFieldsMap[C];

/** The `error` object of one code: narrows to that code's fields. */
export type ErrorObject<C extends ErrorCode = ErrorCode> = ErrorObjectMap[C];

/** The `error` object of any catalogued code: a union discriminated on `code`. */
export type AnyErrorObject = ErrorObjectMap[ErrorCode];

/** A whole error response body of a catalogued code. */
export type ErrorBody<C extends ErrorCode = ErrorCode> = {
  readonly [K in C]: { readonly error: ErrorObjectMap[K]; readonly request_id: string };
}[C];

/** An error object whose code this version does not know (a newer server may send one). */
export interface UnknownErrorObject extends ErrorBase {
  readonly type: string;
  readonly code: string;
  readonly [field: string]: unknown;
}

/** Any well-formed error body, of a known code or not. */
export interface AnyErrorBody {
  readonly error: AnyErrorObject | UnknownErrorObject;
  readonly request_id: string;
}
