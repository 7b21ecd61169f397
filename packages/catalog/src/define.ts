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
  readonly title: string;
  /** The message template; `{name}` placeholders name required fields of the code. */
  readonly message: string;
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
