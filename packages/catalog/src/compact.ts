/**
 * What a client needs of each code, read from the compact table `generated/compact.ts` on first
 * use: its type, retry policy and default Retry-After (from `policy.ts`, re-exported here), the
 * legacy APIs that send it, and whether an error object's fields fit its schema (the same verdicts
 * as `@errata/catalog/checks`, by interpreting the rules rather than running generated code per
 * code, so that a bundle carries a short line per code). No zod, no generated code at run time.
 *
 * @module
 */

import { fitsOf } from "./compact-rules.js";
import { base, codes, generic, legacy, patterns } from "./generated/compact.js";
import { codeRetry, TYPE_ENTRIES } from "./policy.js";
import { retryTable } from "./retry-table.js";
import type { LegacyDialect, RetryPolicy } from "./types.js";

export { type CodeRetry, codeRetry, READING_LIMITS, RETRY_DEFAULTS, TYPE_ENTRIES } from "./policy.js";
export type { DialectEnvelope } from "./wire/dialects.js";
export { type EnvelopeRole, roleOf } from "./wire/roles.js";

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

let table: Map<string, string> | undefined;
const entries = new Map<string, CodeEntry>();

function entryOf(code: string, line: string): CodeEntry {
  const space = line.indexOf(" ");
  const [, type, apis] = (space < 0 ? line : line.slice(0, space)).split(",");
  const row = TYPE_ENTRIES[Number(type)] as (typeof TYPE_ENTRIES)[number];
  const bits = Number(apis);
  const own = codeRetry(code);
  // Frozen, as the constants are: every caller shares it.
  const entry: CodeEntry = Object.freeze({
    type: row[0],
    retry: own?.retry ?? row[2],
    retryAfter: own?.retryAfter,
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
    // The first lines are the codes of the retry table, in its order, unnamed: named there, not twice.
    const named = [...retryTable().keys()];
    const lines = codes.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      table.set(i < named.length ? (named[i] as string) : line.slice(0, line.indexOf(",")), line);
    }
  }
  const line = table.get(code);
  return line === undefined ? undefined : entryOf(code, line);
}

/** The legacy dialects and their envelopes, as `DIALECTS` has them, in its order. */
export const LEGACY_ENVELOPES = legacy;

/** The generic bodies, as `GENERIC_CODES` has them. */
export const GENERIC_BODIES = generic;
