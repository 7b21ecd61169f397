/**
 * Reading a body in a legacy API's dialect, from the dialects' data alone: no rule here names a
 * dialect. A new dialect in the catalogue is read with no change to this file (a test reads one
 * that exists only in a fixture).
 *
 * @module
 */
import {
  DIALECTS,
  ERROR_INFO,
  GENERIC_CODES,
  isErrorCode,
  LEGACY_DIALECTS,
  roleOf,
  type DialectEnvelope,
} from "@errata/catalog";

/** What reading a legacy body needs of the catalogue: data only. */
export interface LegacyTables {
  /** The legacy dialects, in the catalogue's order (the last tie-break prefers the first). */
  readonly dialects: readonly (readonly [name: string, envelope: DialectEnvelope])[];
  /** Dialect → status → exact message → code, for the bodies an API sends without a code. */
  readonly generic: {
    readonly [dialect: string]: { readonly [status: string]: { readonly [message: string]: string } } | undefined;
  };
  /** The APIs that send a catalogued code; undefined for a code the catalogue does not know. */
  readonly apisOf: (code: string) => readonly string[] | undefined;
}

/** Which dialect a legacy body is in, and what it says its code is. */
export interface LegacyMatch {
  readonly dialect: string;
  readonly envelope: DialectEnvelope;
  /** The code member's value, or the generic body's code found from its status and message. */
  readonly code: unknown;
  /** The status the body repeats, for a dialect that does. */
  readonly sentStatus: number | undefined;
}

// Members whose value the result sets itself, or that could reach a prototype: never a field.
const OWN_RESULT = ["type", "code", "reason", "__proto__", "constructor", "prototype"];

/** The members of `envelope` that are not the error's own fields, with the result's own. */
export function envelopeMembers(envelope: DialectEnvelope): ReadonlySet<string> {
  return new Set([...OWN_RESULT, ...envelope.members.filter((member) => roleOf(envelope, member) !== "field")]);
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The code of a generic body (one the API sends without its code): by its status and exact
 * message; else, when the status has a single generic code, that one (the API words the same case
 * differently at times, and its reference says never to branch on the message).
 */
function genericCode(tables: LegacyTables, dialect: string, status: number, message: string): string | undefined {
  const table = tables.generic[dialect];
  const byMessage = table && hasOwn.call(table, status) ? table[status] : undefined;
  if (byMessage === undefined) return undefined;
  if (hasOwn.call(byMessage, message)) return byMessage[message];
  let only: string | undefined;
  for (const key in byMessage) {
    if (!hasOwn.call(byMessage, key)) continue;
    const code = byMessage[key];
    if (only !== undefined && code !== only) return undefined;
    only = code;
  }
  return only;
}

/**
 * Of several dialects whose envelope the body fits, the one that sent it: the only one whose API
 * sends the code; else the only one whose envelope lists a member the body has (RCS's `details`);
 * else the one whose first member comes first in the body; else the first in the catalogue.
 */
function tieBreak(
  body: Record<string, unknown>,
  candidates: readonly (readonly [string, DialectEnvelope])[],
  apis: readonly string[] | undefined,
): readonly [string, DialectEnvelope] {
  if (apis !== undefined) {
    const sending = candidates.filter(([name]) => apis.includes(name));
    if (sending.length === 1) return sending[0] as readonly [string, DialectEnvelope];
  }
  const keys = Object.keys(body);
  for (const key of keys) {
    if (body[key] === undefined) continue;
    const listing = candidates.filter(([, envelope]) => envelope.members.includes(key));
    if (listing.length === 1 && listing.length < candidates.length)
      return listing[0] as readonly [string, DialectEnvelope];
  }
  for (const key of keys) {
    const first = candidates.find(([, envelope]) => envelope.members[0] === key);
    if (first !== undefined) return first;
  }
  return candidates[0] as readonly [string, DialectEnvelope];
}

/**
 * The legacy dialect `body` is in, if any: a dialect whose constant member holds its value
 * (iMessage's `"error": "ApiError"`) wins; else the dialects whose code member holds a string, told
 * apart by {@link tieBreak}. Undefined when no dialect's envelope fits.
 */
export function matchLegacy(
  body: Record<string, unknown>,
  responseStatus: number,
  tables: LegacyTables,
): LegacyMatch | undefined {
  let candidates: (readonly [string, DialectEnvelope])[] | undefined;
  for (const entry of tables.dialects) {
    const envelope = entry[1];
    const constant = envelope.constant;
    if (constant !== undefined) {
      if (body[constant.member] === constant.value) return withCode(body, responseStatus, entry, tables);
    } else if (typeof body[envelope.code] === "string") (candidates ??= []).push(entry);
  }
  if (candidates === undefined) return undefined;
  const code = body[(candidates[0] as readonly [string, DialectEnvelope])[1].code];
  const chosen =
    candidates.length === 1
      ? (candidates[0] as readonly [string, DialectEnvelope])
      : tieBreak(body, candidates, typeof code === "string" ? tables.apisOf(code) : undefined);
  return { dialect: chosen[0], envelope: chosen[1], code: body[chosen[1].code], sentStatus: undefined };
}

function withCode(
  body: Record<string, unknown>,
  responseStatus: number,
  [dialect, envelope]: readonly [string, DialectEnvelope],
  tables: LegacyTables,
): LegacyMatch {
  const sent = envelope.status === undefined ? undefined : body[envelope.status];
  const sentStatus = Number.isSafeInteger(sent) ? (sent as number) : undefined;
  let code = body[envelope.code];
  if ((code === undefined || code === null) && envelope.codeOptional && typeof body.message === "string") {
    const status = envelope.status === undefined ? responseStatus : sentStatus;
    code = status === undefined ? undefined : genericCode(tables, dialect, status, body.message);
  }
  return { dialect, envelope, code, sentStatus };
}

/** The catalogue's own tables. */
export const CATALOG_TABLES: LegacyTables = {
  dialects: LEGACY_DIALECTS.map((name) => [name, DIALECTS[name]] as const),
  generic: GENERIC_CODES,
  apisOf: (code) => (isErrorCode(code) ? ERROR_INFO[code].apis : undefined),
};
