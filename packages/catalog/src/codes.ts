/**
 * The catalogue's constants, free of zod: safe to import anywhere, in any bundle.
 *
 * @module
 */

import { codes, generic, type Names, types, version } from "./generated/table.js";
import type { Deprecation, ErrorCode, ErrorType, LegacyDialect, RetryPolicy } from "./types.js";

/** The version of this catalogue: the `@errata/catalog` release it ships in. */
export const CATALOG_VERSION: string = version;

/** What a program needs to know of a code without its texts or validators. */
export interface ErrorInfo<T extends string = ErrorType> {
  readonly type: T;
  readonly status: number;
  readonly retry: RetryPolicy;
  /** Whether the message is meant for the account owner (402, 403). */
  readonly ownerFacing: boolean;
  /** Default Retry-After in whole seconds, for codes that have one. */
  readonly retryAfter?: number;
  /** Set when the code is on its way out. */
  readonly deprecated?: Deprecation;
  /** The legacy APIs that send the code, each in its dialect; every code is sent in the standard one too. */
  readonly apis: readonly LegacyDialect[];
  /** The APIs that send it without its code member (their generic bodies). */
  readonly withoutCode?: readonly LegacyDialect[];
}

/**
 * Every code, as `{ missing_api_key: "missing_api_key", ... }`. Its type is
 * `{ readonly [C in ErrorCode]: C }`, spelled out key by key so that deprecated codes carry their
 * deprecation note (editors strike them through).
 */
export const ERROR_CODES: Names = /* @__PURE__ */ namesOf(codes);

/** Every code, in catalogue order. */
// Both calls marked pure: a bundle that reads no code list drops the table with it.
export const ERROR_CODE_LIST: readonly ErrorCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(codes) as ErrorCode[],
);

// Mapped over `typeof codes` (the same keys as ErrorCode) so that each key keeps its deprecation note.
/** Code → status, type, retry policy and owner-facing flag. */
export const ERRORS: { readonly [C in keyof typeof codes]: (typeof codes)[C] & ErrorInfo } =
  /* @__PURE__ */ deepFreeze(codes);

/**
 * The same table as {@link ERRORS}, typed by what every code has ({@link ErrorInfo}): index it with
 * a code of a wide type (`ErrorCode`, or a union of many codes). Indexing the precise `ERRORS` with
 * one makes the compiler build the union of every code's own entry type, which a catalogue of
 * 1,500 codes and more cannot represent (TS2590: "Expression produces a union type that is too
 * complex to represent"); this view costs the same at any size.
 */
export const ERROR_INFO: { readonly [C in ErrorCode]: ErrorInfo } = ERRORS;

/** Type → default status and retry policy. */
export const ERROR_TYPES: {
  readonly [T in ErrorType]: (typeof types)[T] & { readonly status: number; readonly retry: RetryPolicy };
} = /* @__PURE__ */ deepFreeze(types);

/**
 * The generic bodies of the APIs that send some codes without naming them: dialect → status →
 * exact message → code. A client reads `{"error": "ApiError", "message": "Resource not found.",
 * "status": 404}` back to `not_found` through it.
 */
export const GENERIC_CODES: {
  readonly [D in LegacyDialect]?: { readonly [status: string]: { readonly [message: string]: ErrorCode } };
} = /* @__PURE__ */ deepFreezeAll(generic);

/** Whether `value` is a code of this catalogue. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(codes, value);
}

/** Whether `value` is a type of this catalogue. */
export function isErrorType(value: unknown): value is ErrorType {
  return typeof value === "string" && Object.hasOwn(types, value);
}

// The constants are marked pure so that a bundle which uses none of them drops them.
function namesOf(table: object): Names {
  return Object.freeze(Object.fromEntries(Object.keys(table).map((code) => [code, code]))) as Names;
}

function deepFreezeAll<T extends object>(value: T): T {
  for (const member of Object.values(value)) if (typeof member === "object" && member !== null) deepFreezeAll(member);
  return Object.freeze(value);
}

function deepFreeze<T extends object>(table: T): T {
  for (const value of Object.values(table)) Object.freeze(value);
  return Object.freeze(table);
}
