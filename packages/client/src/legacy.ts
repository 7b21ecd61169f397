/**
 * Reading a body in a legacy API's dialect, from the dialects' data alone: no rule here names a
 * dialect. A new dialect in the catalogue is read with no change to this file (a test reads one
 * that exists only in a fixture).
 *
 * @module
 */
import { type DialectEnvelope, GENERIC_BODIES, LEGACY_ENVELOPES, roleOf } from "@errata/catalog/compact";
import { entryOf } from "./utils/entry.js";

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
  readonly sentStatus?: number | undefined;
}

// Members whose value the result sets itself, or that could reach a prototype: never a field.
const OWN_RESULT = ["type", "code", "reason", "__proto__", "constructor", "prototype"];

/** The members of `envelope` that are not the error's own fields, with the result's own. */
export function envelopeMembers(envelope: DialectEnvelope): ReadonlySet<string> {
  return new Set([...OWN_RESULT, ...envelope.members.filter((member) => roleOf(envelope, member) !== "field")]);
}

/**
 * A dialect's generic bodies of one status: [exact message, code] pairs, and the status' only code,
 * if it has one. A list compared with `===`: a status has one or two generic messages, and a
 * message fresh from JSON.parse is compared faster than it is hashed for a map.
 */
interface GenericStatus {
  readonly byMessage: readonly (readonly [message: string, code: string])[];
  readonly only: string | undefined;
}

/** Dialect → status → its generic bodies. */
function genericOf(tables: LegacyTables): Map<string, Map<number, GenericStatus>> {
  const out = new Map<string, Map<number, GenericStatus>>();
  for (const dialect of Object.keys(tables.generic)) {
    const statuses = new Map<number, GenericStatus>();
    for (const [status, messages] of Object.entries(tables.generic[dialect] ?? {})) {
      const codes = new Set(Object.values(messages));
      const only = codes.size === 1 ? [...codes][0] : undefined;
      statuses.set(Number(status), { byMessage: Object.entries(messages), only });
    }
    out.set(dialect, statuses);
  }
  return out;
}

/**
 * The code of a generic body (one the API sends without its code): by its status and exact
 * message; else, when the status has a single generic code, that one (the API words the same case
 * differently at times, and its reference says never to branch on the message).
 */
function genericCode(compiled: Compiled, dialect: string, status: number, message: string): string | undefined {
  const generic = compiled.generic.get(dialect)?.get(status);
  if (generic === undefined) return undefined;
  for (const [sent, code] of generic.byMessage) if (sent === message) return code;
  return generic.only;
}

type Entry = readonly [name: string, envelope: DialectEnvelope];

/** Dialects that share a code member, and what tells them apart, worked out once per table. */
interface Group {
  readonly codeMember: string;
  readonly entries: readonly Entry[];
  /** A member only one of them lists (RCS's `details`), to that one. */
  readonly unique: ReadonlyMap<string, Entry>;
  /** Each one's first member, to it. */
  readonly first: ReadonlyMap<string, Entry>;
}

interface Compiled {
  /** The dialects with a constant member, in the table's order. */
  readonly constants: readonly Entry[];
  readonly groups: readonly Group[];
  readonly generic: ReadonlyMap<string, ReadonlyMap<number, GenericStatus>>;
}

function groupOf(codeMember: string, entries: readonly Entry[]): Group {
  const unique = new Map<string, Entry>();
  const first = new Map<string, Entry>();
  for (const entry of entries) {
    const members = entry[1].members;
    if (members[0] !== undefined && !first.has(members[0])) first.set(members[0], entry);
    for (const member of members) {
      const listing = entries.filter(([, envelope]) => envelope.members.includes(member));
      if (listing.length === 1 && entries.length > 1) unique.set(member, entry);
    }
  }
  return { codeMember, entries, unique, first };
}

// The tables of the last call and what was worked out of them: nearly always the catalogue's (a
// test's own tables are worked out again when they change, which only tests do).
let last: readonly [LegacyTables, Compiled] | undefined;

function compile(tables: LegacyTables): Compiled {
  if (last?.[0] === tables) return last[1];
  const byCode = new Map<string, Entry[]>();
  for (const entry of tables.dialects) {
    if (entry[1].constant !== undefined) continue;
    const list = byCode.get(entry[1].code) ?? [];
    byCode.set(entry[1].code, [...list, entry]);
  }
  const out: Compiled = {
    constants: tables.dialects.filter(([, envelope]) => envelope.constant !== undefined),
    groups: [...byCode].map(([member, entries]) => groupOf(member, entries)),
    generic: genericOf(tables),
  };
  last = [tables, out];
  return out;
}

/**
 * Of several dialects whose envelope the body fits, the one that sent it: the only one whose API
 * sends the code; else the only one whose envelope lists a member the body has (RCS's `details`);
 * else the one whose first member comes first in the body; else the first in the catalogue.
 */
function tieBreak(body: Record<string, unknown>, group: Group, apis: readonly string[] | undefined): Entry {
  const { entries } = group;
  if (apis !== undefined) {
    let sending: Entry | undefined;
    let count = 0;
    for (const entry of entries) if (apis.includes(entry[0]) && count++ === 0) sending = entry;
    if (count === 1) return sending as Entry;
  }
  // Own members only: a polluted Object.prototype must not choose the dialect.
  for (const key in body) {
    const entry = group.unique.get(key);
    if (entry !== undefined && body[key] !== undefined && Object.hasOwn(body, key)) return entry;
  }
  for (const key in body) {
    const entry = group.first.get(key);
    if (entry !== undefined && Object.hasOwn(body, key)) return entry;
  }
  return entries[0] as Entry;
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
  const compiled = compile(tables);
  for (const entry of compiled.constants) {
    const constant = entry[1].constant as NonNullable<DialectEnvelope["constant"]>;
    if (body[constant.member] === constant.value) return withCode(body, responseStatus, entry, compiled);
  }
  let group: Group | undefined;
  for (const candidate of compiled.groups) {
    if (typeof body[candidate.codeMember] !== "string") continue;
    // Two groups fit only when two dialects keep the code in different members: judge them together.
    group = group === undefined ? candidate : groupOf(group.codeMember, [...group.entries, ...candidate.entries]);
  }
  if (group === undefined) return undefined;
  const code = body[group.codeMember];
  const chosen =
    group.entries.length === 1
      ? (group.entries[0] as Entry)
      : tieBreak(body, group, typeof code === "string" ? tables.apisOf(code) : undefined);
  return { dialect: chosen[0], envelope: chosen[1], code: body[chosen[1].code] };
}

function withCode(
  body: Record<string, unknown>,
  responseStatus: number,
  [dialect, envelope]: Entry,
  compiled: Compiled,
): LegacyMatch {
  const sent = envelope.status === undefined ? undefined : body[envelope.status];
  const sentStatus = Number.isSafeInteger(sent) ? (sent as number) : undefined;
  let code = body[envelope.code];
  if ((code === undefined || code === null) && envelope.codeOptional && typeof body.message === "string") {
    const status = envelope.status === undefined ? responseStatus : sentStatus;
    code = status === undefined ? undefined : genericCode(compiled, dialect, status, body.message);
  }
  return { dialect, envelope, code, sentStatus };
}

/** The catalogue's own tables. */
export const CATALOG_TABLES: LegacyTables = {
  dialects: LEGACY_ENVELOPES,
  generic: GENERIC_BODIES,
  apisOf: (code) => entryOf(code)?.apis,
};
