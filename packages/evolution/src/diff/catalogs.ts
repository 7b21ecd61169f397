/**
 * Classifies every change between two catalogues (`catalog.json` files) with the semver bump it
 * needs, and the bump of the whole.
 *
 * The catalogue is a contract for two sides: services that send errors (and validate them against
 * the schemas) and clients that read them. A change is major when a body valid before may now be
 * invalid, or when a client that was correct becomes wrong; minor when it adds something clients
 * may use or notice; patch when only words change.
 *
 * @module
 */
import type { Deprecation } from "@errata/catalog";
import { type Bump, bumpRank, maxBump } from "../bump.js";
import type { CatalogFile, CatalogFileError, CatalogFileType, JsonSchema } from "../catalog-file.js";
import { type DialectChangeKind, diffApis, diffDialects, sentByText } from "./dialects.js";
import { likelyRenames } from "./renames.js";
import { retryAfterChangeBump, retryChangeBump, retryChangeReason } from "./retry-policy.js";
import { compareSchemas, jsonEqual, type SchemaChangeKind } from "./schemas.js";

/** What kind of change one entry of a diff is. */
export type ChangeKind =
  | "code-added"
  | "code-removed"
  | "code-deprecated"
  | "code-undeprecated"
  | "deprecation-changed"
  | "type-changed"
  | "status-changed"
  | "retry-changed"
  | "retry-after-changed"
  | "owner-facing-changed"
  | "required-when-added"
  | "required-when-removed"
  | "required-when-changed"
  | "title-changed"
  | "description-changed"
  | "fix-changed"
  | "message-changed"
  | "doc-url-changed"
  | "example-changed"
  | "source-changed"
  | "member-changed"
  | "error-type-added"
  | "error-type-removed"
  | "error-type-status-changed"
  | "error-type-retry-changed"
  | "error-type-text-changed"
  | DialectChangeKind
  | SchemaChangeKind;

/**
 * One change: `code` is the error code (or, for `error-type-*` kinds, the type's name; for
 * `dialect-*` kinds, the dialect's).
 */
export interface CatalogChange {
  readonly code: string;
  readonly kind: ChangeKind;
  readonly bump: Bump;
  readonly detail: string;
  /** The API (dialect) the change is about, for the changes of one API: `api-*`, `without-code-*`, `dialect-*`. */
  readonly api?: string;
}

/** Every change between two catalogues, largest bump first, and the bump they need together. */
export interface CatalogDiff {
  readonly bump: Bump;
  readonly changes: readonly CatalogChange[];
}

// Members of a code compared on their own; any other member that changes is reported as such.
const KNOWN_MEMBERS = new Set([
  "code",
  "type",
  "status",
  "retry",
  "retry_after",
  "owner_facing",
  "fields",
  "required",
  "required_when",
  "deprecated",
  "title",
  "description",
  "fix",
  "message",
  "doc_url",
  "example",
  "apis",
  "without_code",
  "dialect_examples",
  "source",
]);

const TEXTS = [
  ["title", "title-changed"],
  ["description", "description-changed"],
  ["fix", "fix-changed"],
  ["message", "message-changed"],
  ["doc_url", "doc-url-changed"],
] as const;

const show = (value: unknown) => JSON.stringify(value);

/** The changes from `before` (the released catalogue) to `after`, each with its bump. */
export function diffCatalogs(before: CatalogFile, after: CatalogFile): CatalogDiff {
  const changes: CatalogChange[] = [];
  changes.push(...diffTypes(before.types, after.types));
  changes.push(...diffDialects(before, after));

  const beforeByCode = new Map(before.errors.map((e) => [e.code, e]));
  const afterByCode = new Map(after.errors.map((e) => [e.code, e]));
  const removed = before.errors.filter((e) => !afterByCode.has(e.code));
  const added = after.errors.filter((e) => !beforeByCode.has(e.code));
  const renames = likelyRenames(removed, added);
  const renamedFrom = new Map([...renames].map(([from, to]) => [to, from]));

  for (const entry of removed) {
    const to = renames.get(entry.code);
    changes.push({
      code: entry.code,
      kind: "code-removed",
      bump: "major",
      detail: `code removed; clients that branch on it will never see it again.${to ? ` Likely renamed to ${to}.` : ""}`,
    });
  }
  for (const entry of after.errors) {
    const old = beforeByCode.get(entry.code);
    if (old) {
      changes.push(...diffCode(old, entry));
      continue;
    }
    const from = renamedFrom.get(entry.code);
    changes.push({
      code: entry.code,
      kind: "code-added",
      bump: "minor",
      detail: `new ${entry.type} code (status ${entry.status}, retry ${entry.retry}).${sentByText(entry)}${from ? ` Likely a rename of ${from}.` : ""}`,
    });
  }

  // Largest bump first; otherwise in catalogue order (Array.prototype.sort is stable).
  changes.sort((a, b) => bumpRank(b.bump) - bumpRank(a.bump));
  return { bump: maxBump(changes.map((c) => c.bump)), changes };
}

function diffTypes(
  before: { readonly [name: string]: CatalogFileType },
  after: { readonly [name: string]: CatalogFileType },
): CatalogChange[] {
  const changes: CatalogChange[] = [];
  for (const name of Object.keys(before)) {
    if (!Object.hasOwn(after, name)) {
      changes.push({
        code: name,
        kind: "error-type-removed",
        bump: "major",
        detail: "error type removed; clients that branch on it break.",
      });
    }
  }
  for (const [name, type] of Object.entries(after)) {
    const old = Object.hasOwn(before, name) ? before[name] : undefined;
    if (!old) {
      changes.push({
        code: name,
        kind: "error-type-added",
        bump: "minor",
        detail: `new error type (status ${type.status}, retry ${type.retry}); exhaustive clients will notice.`,
      });
      continue;
    }
    if (old.status !== type.status) {
      changes.push({
        code: name,
        kind: "error-type-status-changed",
        bump: "major",
        detail: `default status ${old.status} → ${type.status}; clients that map unknown codes by type read it.`,
      });
    }
    if (old.retry !== type.retry) {
      changes.push({
        code: name,
        kind: "error-type-retry-changed",
        bump: retryChangeBump(old.retry, type.retry),
        detail: `default retry ${old.retry} → ${type.retry}: ${retryChangeReason(old.retry, type.retry)}`,
      });
    }
    const texts = (["title", "description"] as const).filter((key) => old[key] !== type[key]);
    if (texts.length > 0) {
      changes.push({
        code: name,
        kind: "error-type-text-changed",
        bump: "patch",
        detail: `${texts.join(" and ")} reworded.`,
      });
    }
  }
  return changes;
}

function diffCode(before: CatalogFileError, after: CatalogFileError): CatalogChange[] {
  const code = after.code;
  const changes: CatalogChange[] = [];
  const add = (kind: ChangeKind, bump: Bump, detail: string) => changes.push({ code, kind, bump, detail });

  if (before.type !== after.type) add("type-changed", "major", `type ${before.type} → ${after.type}.`);
  if (before.status !== after.status) add("status-changed", "major", `status ${before.status} → ${after.status}.`);
  if (before.retry !== after.retry) {
    add(
      "retry-changed",
      retryChangeBump(before.retry, after.retry),
      `retry ${before.retry} → ${after.retry}: ${retryChangeReason(before.retry, after.retry)}`,
    );
  }
  if (before.retry_after !== after.retry_after) {
    const bump = retryAfterChangeBump(before.retry_after, after.retry_after);
    const why = bump === "major" ? " Clients falling back on the old default would retry too soon." : "";
    add(
      "retry-after-changed",
      bump,
      `default Retry-After ${before.retry_after ?? "none"} → ${after.retry_after ?? "none"} s.${why}`,
    );
  }
  if (Boolean(before.owner_facing) !== Boolean(after.owner_facing)) {
    add(
      "owner-facing-changed",
      "minor",
      after.owner_facing
        ? "the message is now meant for the account owner."
        : "the message is no longer meant for the account owner.",
    );
  }

  changes.push(...diffDeprecation(code, before.deprecated, after.deprecated));
  changes.push(...diffFields(code, before, after));
  changes.push(...diffRequiredWhen(code, before.required_when, after.required_when));
  changes.push(...diffApis(before, after));

  for (const [member, kind] of TEXTS) {
    if (before[member] !== after[member]) add(kind, "patch", `${member} reworded.`);
  }
  if (!jsonEqual(before.example, after.example)) add("example-changed", "patch", "example changed.");
  // Where the entry's parts come from is documentation: what a body holds is compared above.
  if (!jsonEqual(before.source, after.source))
    add("source-changed", "patch", before.source ? "sources reworded." : "sources recorded.");
  const others = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => !KNOWN_MEMBERS.has(key)));
  for (const key of others) {
    const [a, b] = [(before as never)[key], (after as never)[key]];
    if (!jsonEqual(a, b))
      add(
        "member-changed",
        "minor",
        `member ${key} ${show(a) ?? "(absent)"} → ${show(b) ?? "(absent)"}: unknown to this diff, review it.`,
      );
  }
  return changes;
}

function describeDeprecation(deprecated: Deprecation): string {
  return `${deprecated.replacement ? `use ${deprecated.replacement} instead: ` : ""}${deprecated.reason}`;
}

function diffDeprecation(
  code: string,
  before: CatalogFileError["deprecated"],
  after: CatalogFileError["deprecated"],
): CatalogChange[] {
  if (jsonEqual(before, after)) return [];
  if (!before)
    return [{ code, kind: "code-deprecated", bump: "minor", detail: `deprecated; ${describeDeprecation(after!)}` }];
  if (!after) return [{ code, kind: "code-undeprecated", bump: "minor", detail: "no longer deprecated." }];
  return [
    {
      code,
      kind: "deprecation-changed",
      bump: "patch",
      detail: `deprecation now reads: ${describeDeprecation(after)}`,
    },
  ];
}

function diffFields(code: string, before: CatalogFileError, after: CatalogFileError): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const add = (kind: ChangeKind, bump: Bump, detail: string) => changes.push({ code, kind, bump, detail });
  const requiredBefore = new Set(before.required);
  const requiredAfter = new Set(after.required);
  const renames = likelyFieldRenames(before, after);
  const renamedFrom = new Map([...renames].map(([from, to]) => [to, from]));
  for (const name of Object.keys(before.fields)) {
    if (Object.hasOwn(after.fields, name)) continue;
    add(
      "field-removed",
      "major",
      `field ${name} removed.${renames.has(name) ? ` Likely renamed to ${renames.get(name)}.` : ""}`,
    );
  }
  for (const [name, schema] of Object.entries(after.fields)) {
    if (!Object.hasOwn(before.fields, name)) {
      const from = renamedFrom.has(name) ? ` Likely a rename of ${renamedFrom.get(name)}.` : "";
      if (requiredAfter.has(name))
        add("field-added", "major", `required field ${name} added; bodies without it are now invalid.${from}`);
      else add("field-added", "minor", `optional field ${name} added.${from}`);
      continue;
    }
    if (!requiredBefore.has(name) && requiredAfter.has(name))
      add("field-required", "major", `field ${name} is now required.`);
    if (requiredBefore.has(name) && !requiredAfter.has(name)) {
      add("field-optional", "major", `field ${name} is no longer required; clients reading it may not find it.`);
    }
    for (const change of compareSchemas(before.fields[name]!, schema, name)) changes.push({ code, ...change });
  }
  return changes;
}

// A field removed and one added with the same schema (annotations aside) and the same requiredness.
function likelyFieldRenames(before: CatalogFileError, after: CatalogFileError): Map<string, string> {
  const bare = (schema: JsonSchema) => {
    const { description: _d, title: _t, examples: _e, ...rest } = schema;
    return rest;
  };
  const removed = Object.keys(before.fields).filter((name) => !Object.hasOwn(after.fields, name));
  const added = Object.keys(after.fields).filter((name) => !Object.hasOwn(before.fields, name));
  const renames = new Map<string, string>();
  for (const from of removed) {
    const to = added.find(
      (name) =>
        ![...renames.values()].includes(name) &&
        before.required.includes(from) === after.required.includes(name) &&
        jsonEqual(bare(before.fields[from]!), bare(after.fields[name]!)),
    );
    if (to) renames.set(from, to);
  }
  return renames;
}

function diffRequiredWhen(
  code: string,
  before: CatalogFileError["required_when"],
  after: CatalogFileError["required_when"],
): CatalogChange[] {
  if (jsonEqual(before, after)) return [];
  const rule = (r: NonNullable<CatalogFileError["required_when"]>) =>
    `${r.required.join(", ")} required when ${r.field} is ${show(r.equals)}`;
  if (!before)
    return [{ code, kind: "required-when-added", bump: "major", detail: `new requirement: ${rule(after!)}.` }];
  if (!after) {
    return [
      {
        code,
        kind: "required-when-removed",
        bump: "major",
        detail: `requirement dropped (${rule(before)}); clients relying on it may not find those fields.`,
      },
    ];
  }
  return [
    {
      code,
      kind: "required-when-changed",
      bump: "major",
      detail: `requirement ${rule(before)} became ${rule(after)}.`,
    },
  ];
}
