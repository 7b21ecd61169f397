/**
 * What a client needs of each code, read from the compact table `generated/compact.ts` on first
 * use: its type, retry policy, default Retry-After, the legacy APIs that send it, and whether an
 * error object's fields fit its schema (the same verdicts as `@errata/catalog/checks`, by
 * interpreting the rules rather than running generated code per code, so that a bundle carries a
 * short line per code). No zod, no generated code at run time.
 *
 * @module
 */

import { fitsOf } from "./compact-rules.js";
import { base, codes, generic, legacy, patterns, reading, retryGuidance, types } from "./generated/compact.js";
import type { LegacyDialect, RetryPolicy } from "./types.js";

/** What a client needs of a catalogued code. */
export interface CodeEntry {
  readonly type: string;
  readonly retry: RetryPolicy;
  /** Default Retry-After in whole seconds, for codes that have one. */
  readonly retryAfter: number | undefined;
  /** The legacy APIs that send it. */
  readonly apis: readonly LegacyDialect[];
  /** Whether an error object's members fit the code's schema (its `type` and `code` are the caller's to check). */
  readonly fits: (error: Readonly<Record<string, unknown>>) => boolean;
}

const POLICIES: Readonly<Record<string, RetryPolicy>> = { n: "never", b: "backoff", r: "retry_after" };

let table: Map<string, string> | undefined;
const entries = new Map<string, CodeEntry>();

function entryOf(code: string, line: string): CodeEntry {
  const space = line.indexOf(" ");
  const [, type, apis, retryAfter, retry] = (space < 0 ? line : line.slice(0, space)).split(",");
  const row = types[Number(type)] as (typeof types)[number];
  const bits = Number(apis);
  // Frozen, as the constants are: every caller shares it.
  const entry: CodeEntry = Object.freeze({
    type: row[0],
    retry: retry ? (POLICIES[retry] as RetryPolicy) : row[2],
    retryAfter: retryAfter ? Number(retryAfter) : undefined,
    apis: Object.freeze(legacy.filter((_, bit) => bits & (1 << bit)).map(([name]) => name)),
    fits: fitsOf(space < 0 ? "" : line.slice(space + 1), base, patterns),
  });
  entries.set(code, entry);
  return entry;
}

/**
 * The entry of a catalogued code; undefined for anything else (a code this version does not know,
 * or not a string).
 *
 * @example
 * codeEntry("throttled")?.retryAfter; // 1
 */
export function codeEntry(code: unknown): CodeEntry | undefined {
  if (typeof code !== "string") return undefined;
  const entry = entries.get(code);
  if (entry !== undefined) return entry;
  if (table === undefined) {
    table = new Map();
    for (const line of codes.split("\n")) table.set(line.slice(0, line.indexOf(",")), line);
  }
  const line = table.get(code);
  return line === undefined ? undefined : entryOf(code, line);
}

/** Each type's name, default status and retry policy, in the catalogue's order. */
export const TYPE_ENTRIES: readonly (readonly [type: string, status: number, retry: RetryPolicy])[] = types;

/** The legacy dialects and their envelopes, as `DIALECTS` has them, in its order. */
export const LEGACY_ENVELOPES = legacy;

/** The generic bodies, as `GENERIC_CODES` has them. */
export const GENERIC_BODIES = generic;

/** The reading limits a client applies, as `READING` has them. */
export const READING_LIMITS = reading;

/** The defaults of a retry decision, as `RETRY_GUIDANCE` has them. */
export const RETRY_DEFAULTS = retryGuidance;
