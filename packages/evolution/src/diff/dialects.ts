/**
 * The dialects' part of a diff: which APIs send a code (and which send it without its code
 * member), and each dialect's envelope. A client of one API parses that API's shape, so moving
 * where a dialect puts the code, the fields, the status or the request ID breaks every client of
 * the API, and so does taking a code away from an API or its code member away from a body.
 *
 * A file written before dialects has no `dialects` and no `apis`: every code of it is the standard
 * API's, in the standard envelope, which has not changed since.
 *
 * @module
 */
import { apisOf, type CatalogFileDialect } from "@errata/catalog/file";
import type { Bump } from "../bump.js";
import type { CatalogFile, CatalogFileError } from "../catalog-file.js";
import { jsonEqual } from "./schemas.js";

/** What changed about the APIs that send a code, or about a dialect. */
export type DialectChangeKind =
  | "api-added"
  | "api-removed"
  | "without-code-added"
  | "without-code-removed"
  | "dialect-added"
  | "dialect-removed"
  | "dialect-envelope-changed"
  | "dialect-text-changed";

/** One change of the dialects' part: `code` is the error code, or the dialect for `dialect-*` kinds. */
export interface DialectChange {
  readonly code: string;
  readonly kind: DialectChangeKind | "example-changed";
  readonly bump: Bump;
  readonly detail: string;
  /** The API (dialect) the change is about. */
  readonly api: string;
}

type Dialects = { readonly [name: string]: CatalogFileDialect };

/**
 * The dialects of `file`; for a file written before dialects, the standard one alone, taken from
 * `other` (the standard envelope is the shape those files describe).
 */
export function dialectsOf(file: CatalogFile, other: CatalogFile): Dialects {
  if (file.dialects !== undefined) return file.dialects;
  const standard = other.dialects?.standard;
  return standard === undefined ? {} : { standard };
}

const show = (value: unknown) => (value === undefined ? "(none)" : `\`${JSON.stringify(value)}\``);

// The envelope's members: each says where a part of the error goes. What a change to each breaks.
const ENVELOPE: Readonly<Record<string, string>> = {
  code: "clients read the code where it was",
  type: "clients read the type where it was",
  fields: "clients read the fields where they were",
  status: "clients read the status in the body where it was",
  constant: "clients recognise the body by that member",
  request_id: "clients read the request ID where it was",
  code_optional: "clients count on the code being there",
  doc_url: "clients follow the link",
  members: "clients read the members the envelope had",
};
const TEXTS = ["title", "description", "says", "seeds"] as const;

/** The changes of the dialects themselves: added, removed, envelope moved, texts reworded. */
export function diffDialects(before: CatalogFile, after: CatalogFile): DialectChange[] {
  const old = dialectsOf(before, after);
  const now = dialectsOf(after, before);
  const changes: DialectChange[] = [];
  const add = (api: string, kind: DialectChange["kind"], bump: Bump, detail: string) =>
    changes.push({ code: api, kind, bump, detail, api });
  for (const name of Object.keys(old)) {
    if (!Object.hasOwn(now, name))
      add(name, "dialect-removed", "major", "dialect removed; the API's clients no longer get bodies in their shape.");
  }
  for (const [name, dialect] of Object.entries(now)) {
    const was = Object.hasOwn(old, name) ? old[name] : undefined;
    if (was === undefined) {
      add(
        name,
        "dialect-added",
        "minor",
        `new dialect: the ${dialect.title} API's envelope (code in \`${dialect.code}\`).`,
      );
      continue;
    }
    changes.push(...diffEnvelope(name, was, dialect));
    const texts = TEXTS.filter((key) => !jsonEqual(was[key], dialect[key]));
    if (texts.length > 0) add(name, "dialect-text-changed", "patch", `${texts.join(", ")} reworded.`);
    const known = new Set<string>([...Object.keys(ENVELOPE), ...TEXTS]);
    const others = new Set([...Object.keys(was), ...Object.keys(dialect)].filter((key) => !known.has(key)));
    for (const key of others) {
      const [a, b] = [(was as never)[key], (dialect as never)[key]];
      if (!jsonEqual(a, b))
        add(
          name,
          "dialect-envelope-changed",
          "minor",
          `member ${key} ${show(a)} → ${show(b)}: unknown to this diff, review it.`,
        );
    }
  }
  return changes;
}

function diffEnvelope(name: string, before: CatalogFileDialect, after: CatalogFileDialect): DialectChange[] {
  const changes: DialectChange[] = [];
  for (const [key, breaks] of Object.entries(ENVELOPE)) {
    const [a, b] = [(before as never)[key], (after as never)[key]] as [unknown, unknown];
    if (jsonEqual(a, b)) continue;
    const bump = envelopeBump(key, a, b);
    const why = bump === "major" ? `: ${breaks}.` : ".";
    changes.push({
      code: name,
      kind: "dialect-envelope-changed",
      bump,
      detail: `${key} ${show(a)} → ${show(b)}${why}`,
      api: name,
    });
  }
  return changes;
}

/**
 * Every move of a part is major. Three changes break no client: a link added (`doc_url`), a code
 * member that becomes always sent (its generic bodies, if any, are reported per code), and the same
 * members in another order (JSON readers do not depend on it).
 */
function envelopeBump(key: string, before: unknown, after: unknown): Bump {
  if (key === "doc_url" && after === true) return "minor";
  if (key === "code_optional" && after === false) return "minor";
  if (key === "members" && Array.isArray(before) && Array.isArray(after)) {
    const sorted = (list: unknown[]) => [...list].map(String).sort();
    if (jsonEqual(sorted(before), sorted(after))) return "patch";
  }
  return "major";
}

/** The APIs that send a code without its code member. */
const withoutCodeOf = (entry: CatalogFileError) => entry.without_code ?? [];

/** Who sends one code, before and after: APIs added or removed, generic bodies started or stopped. */
export function diffApis(before: CatalogFileError, after: CatalogFileError): DialectChange[] {
  const code = after.code;
  const changes: DialectChange[] = [];
  const add = (api: string, kind: DialectChange["kind"], bump: Bump, detail: string) =>
    changes.push({ code, kind, bump, detail, api });
  const [old, now] = [apisOf(before), apisOf(after)];
  for (const api of old) {
    if (!now.includes(api))
      add(
        api,
        "api-removed",
        "major",
        `no longer sent by the ${api} API; its clients that branch on it never see it again.`,
      );
  }
  for (const api of now) {
    if (!old.includes(api)) {
      const generic = withoutCodeOf(after).includes(api) ? " without its code member (a generic body)" : "";
      add(api, "api-added", "minor", `now sent by the ${api} API${generic}.`);
      continue;
    }
    const [was, is] = [withoutCodeOf(before).includes(api), withoutCodeOf(after).includes(api)];
    if (!was && is)
      add(
        api,
        "without-code-added",
        "major",
        `the ${api} API now sends it without its code member: clients that branch on the code no longer see it.`,
      );
    if (was && !is)
      add(
        api,
        "without-code-removed",
        "major",
        `the ${api} API now sends it with its code member: clients that recognise its generic body no longer see one.`,
      );
    if (api !== "standard" && !jsonEqual(before.dialect_examples?.[api], after.dialect_examples?.[api]))
      add(api, "example-changed", "patch", `example in the ${api} dialect changed.`);
  }
  return changes;
}

/** The APIs besides the standard one that send a new code, for the detail of `code-added`. */
export function sentByText(entry: CatalogFileError): string {
  const legacy = apisOf(entry).filter((api) => api !== "standard");
  if (legacy.length === 0) return "";
  const generic = withoutCodeOf(entry);
  const names = legacy.map((api) => (generic.includes(api) ? `${api} (without its code member)` : api));
  return ` Also sent by the ${names.join(", ")} API${legacy.length === 1 ? "" : "s"}.`;
}
