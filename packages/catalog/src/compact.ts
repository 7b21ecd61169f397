/**
 * What a client needs of each code, read from the compact table `generated/compact.ts` on first
 * use: its type, retry policy, default Retry-After, the legacy APIs that send it, and whether an
 * error object's fields fit its schema (the same verdicts as `@errata/catalog/checks`, by
 * interpreting the rules rather than running generated code per code, so that a bundle carries a
 * short line per code). No zod, no generated code at run time.
 *
 * @module
 */
import type { LegacyDialect, RetryPolicy } from "./define.js";
import { base, codes, generic, legacy, patterns, reading, retryGuidance, types } from "./generated/compact.js";

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

/** A value test, from one rule. */
type Test = (value: unknown) => boolean;

const POLICIES: Readonly<Record<string, RetryPolicy>> = { n: "never", b: "backoff", r: "retry_after" };

/**
 * A string matching `pattern`; remembers the last value it accepted (a `doc_url` comes again and
 * again). One per member, so that members of one pattern do not take turns forgetting theirs.
 */
function matcher(pattern: RegExp): Test {
  let last: string | undefined;
  return (value) => {
    if (typeof value !== "string") return false;
    if (value === last) return true;
    if (!pattern.test(value)) return false;
    last = value;
    return true;
  };
}

const regexes: RegExp[] = [];

/** A non-empty list of `{field, message}` strings. */
const details: Test = (v) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (item) =>
      typeof item === "object" &&
      item !== null &&
      !Array.isArray(item) &&
      typeof item.field === "string" &&
      typeof item.message === "string",
  );

/** The test of a rule other than the three inlined in `variantCheck` (`i`, `s`, `t`). */
function testOf(rule: string): Test | undefined {
  const kind = rule[0];
  if (kind === "d") return details;
  if (kind === "/") {
    const at = Number(rule.slice(1));
    return matcher((regexes[at] ??= new RegExp(patterns[at] as string)));
  }
  if (kind !== "=") return undefined;
  const values = rule.slice(1).split("|").map(decodeURIComponent);
  return (v) => values.includes(v as string);
}

/** `name:rule` words into the map of the rules they give. */
function wordsInto(words: string, rules: Map<string, string>): Map<string, string> {
  for (const word of words.split(" ")) {
    const at = word.indexOf(":");
    if (at > 0) rules.set(word.slice(0, at), word.slice(at + 1));
  }
  return rules;
}

/**
 * The check of one variant: every member's rule, optional ones passing when absent. The common
 * kinds are tested inline, the rest by a function: a call per member would cost more than the
 * reading of the body it checks.
 */
function variantCheck(own: string): (error: Readonly<Record<string, unknown>>) => boolean {
  const rules = [...wordsInto(own, wordsInto(base, new Map()))];
  // Names as object keys: keys are interned, and a read with an interned name is a cache hit,
  // where one with a name sliced from the table would be looked up in full every time.
  const names = Object.keys(Object.fromEntries(rules));
  const optional = rules.map(([, rule]) => rule[0] === "?");
  const kinds = rules.map(([, rule]) => rule.replace("?", "")[0]);
  const tests = rules.map(([, rule]) => testOf(rule.replace("?", "")));
  return (error) => {
    for (let i = 0; i < names.length; i++) {
      const value = error[names[i] as string];
      if (value === undefined) {
        if (optional[i]) continue;
        return false;
      }
      const kind = kinds[i];
      if (
        !(kind === "s"
          ? typeof value === "string" && value !== ""
          : kind === "i"
            ? Number.isSafeInteger(value) && (value as number) >= 0
            : kind === "t"
              ? typeof value === "string"
              : (tests[i] as Test)(value))
      )
        return false;
    }
    return true;
  };
}

let table: Map<string, string> | undefined;
const entries = new Map<string, CodeEntry>();

function entryOf(code: string, line: string): CodeEntry {
  const space = line.indexOf(" ");
  const [, type, apis, retryAfter, retry] = (space < 0 ? line : line.slice(0, space)).split(",");
  const row = types[Number(type)] as (typeof types)[number];
  const checks =
    space < 0
      ? [variantCheck("")]
      : line
          .slice(space + 1)
          .split(";")
          .map(variantCheck);
  const bits = Number(apis);
  const entry: CodeEntry = {
    type: row[0],
    retry: retry ? (POLICIES[retry] as RetryPolicy) : row[2],
    retryAfter: retryAfter ? Number(retryAfter) : undefined,
    apis: legacy.filter((_, bit) => bits & (1 << bit)).map(([name]) => name),
    fits: checks.length === 1 ? (checks[0] as CodeEntry["fits"]) : (error) => checks.some((check) => check(error)),
  };
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
