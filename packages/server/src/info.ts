/**
 * Per-code constants, computed once from the catalogue and cached: the hot path of raising and
 * sending reads them instead of walking the catalogue on every call.
 *
 * @module
 */
import {
  type Deprecation,
  ERROR_INFO,
  type ErrorCode,
  type ErrorDefinition,
  isErrorCode,
  placeholdersOf,
  type RetryPolicy,
  templateParts,
} from "@errata/catalog";
import { type FieldCheck, fieldCheckOf } from "@errata/catalog/checks";
import { catalog, docUrlOf, errorObjectSchemas } from "@errata/catalog/zod";
import type * as z from "zod";

export interface CodeInfo {
  readonly code: ErrorCode;
  readonly type: string;
  readonly status: number;
  readonly retry: RetryPolicy;
  /** The catalogue's default Retry-After, in whole seconds. */
  readonly retryAfter: number | undefined;
  /** Whether `retry_after` is one of the code's fields (so a default may fill it). */
  readonly hasRetryAfterField: boolean;
  /** The timestamp field Retry-After is derived from when the error carries it (`resets_at`). */
  readonly retryAfterFrom: string | undefined;
  readonly title: string;
  readonly template: string;
  /** Whether the template has placeholders; a template without any is the message as it stands. */
  readonly templated: boolean;
  /** The template split at its placeholders: literal text at even indexes, field names at odd. */
  readonly templateParts: readonly string[];
  /**
   * The same parts with the literal text JSON-escaped, to write the message without escaping it again:
   * `templateParts` itself when no text needs escaping.
   */
  readonly jsonTemplateParts: readonly string[];
  /** The code's more specific templates, tried in order before its message. */
  readonly variants: readonly TemplateVariant[];
  readonly docUrl: string;
  /** Every member a caller may set: the code's fields plus `param` and `details`. */
  readonly allowed: ReadonlySet<string>;
  readonly schema: z.ZodType;
  /** The check of the fields and message written out at build time; passes only what zod passes. */
  readonly check: FieldCheck;
  /** The body up to the message: `{"error":{"type":…,"code":…,"message":`. */
  readonly jsonHead: string;
  /** The body from `doc_url` to `request_id`'s value. */
  readonly jsonTail: string;
  readonly deprecated: Deprecation | undefined;
}

/** A message variant: used when every field it names has a value. */
export interface TemplateVariant {
  readonly names: readonly string[];
  readonly parts: readonly string[];
  readonly jsonParts: readonly string[];
}

/** The parts with their text JSON-escaped: the same array when no text needs escaping, which the writer tests. */
const jsonParts = (parts: readonly string[]) => {
  const escaped = parts.map((part, i) => (i % 2 === 1 ? part : JSON.stringify(part).slice(1, -1)));
  return escaped.every((part, i) => part === parts[i]) ? parts : escaped;
};

const BASE_FIELDS = ["param", "details"];
const cache = new Map<string, CodeInfo>();

/** The constants of `code`, or undefined when it is not a catalogued code. */
export function knownCodeInfo(code: unknown): CodeInfo | undefined {
  const info = cache.get(code as string);
  if (info !== undefined) return info;
  return isErrorCode(code) ? codeInfo(code) : undefined;
}

/** The constants of a catalogued code (the caller has checked that it is one). */
export function codeInfo(code: ErrorCode): CodeInfo {
  let info = cache.get(code);
  if (info === undefined) {
    info = build(code);
    cache.set(code, info);
  }
  return info;
}

function build(code: ErrorCode): CodeInfo {
  const entry = ERROR_INFO[code];
  const def: ErrorDefinition = catalog.errors[code];
  const fieldNames = Object.keys(def.fields);
  const schema = errorObjectSchemas[code] as z.ZodType;
  const docUrl = docUrlOf(code);
  const parts = templateParts(def.message);
  return Object.freeze({
    code,
    type: entry.type,
    status: entry.status,
    retry: entry.retry,
    retryAfter: "retryAfter" in entry ? entry.retryAfter : undefined,
    hasRetryAfterField: fieldNames.includes("retry_after"),
    retryAfterFrom: def.retryAfterFrom,
    title: def.title,
    template: def.message,
    templated: placeholdersOf(def.message).length > 0,
    templateParts: parts,
    jsonTemplateParts: jsonParts(parts),
    variants: (def.messageVariants ?? []).map((variant) => {
      const parts = templateParts(variant);
      return { names: parts.filter((_, i) => i % 2 === 1), parts, jsonParts: jsonParts(parts) };
    }),
    docUrl,
    allowed: new Set([...fieldNames, ...BASE_FIELDS]),
    schema,
    check: fieldCheckOf(code),
    jsonHead: `{"error":{"type":${JSON.stringify(entry.type)},"code":${JSON.stringify(code)},"message":`,
    jsonTail: `,"doc_url":${JSON.stringify(docUrl)}},"request_id":`,
    deprecated: "deprecated" in entry ? entry.deprecated : undefined,
  });
}
