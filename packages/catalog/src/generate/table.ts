/**
 * Renders the source of `generated/table.ts` from the catalogue, after checking it.
 *
 * @module
 */
import { catalog as defined } from "../definition.js";
import { assertCatalog } from "../self-check/check-catalog.js";
import type { CatalogDefinition, Deprecation } from "../types.js";
import { resolveInfo } from "./resolve-info.js";

export const TABLE_HEADER = "// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.\n";

/** `version` is the catalogue package's own, so that emitted files can name the release. */
export function renderTable(version: string, catalog: CatalogDefinition = defined): string {
  assertCatalog(catalog);
  const types = Object.fromEntries(
    Object.entries(catalog.types).map(([name, type]) => [name, { status: type.status, retry: type.retry }]),
  );
  const codes = Object.fromEntries(
    Object.entries(catalog.errors).map(([code, def]) => [code, resolveInfo(def, catalog.types)]),
  );
  // Dialect → status → message → code, for the codes an API sends without naming them.
  const generic: Record<string, Record<string, Record<string, string>>> = {};
  for (const [code, def] of Object.entries(catalog.errors)) {
    for (const dialect of def.withoutCode ?? []) {
      const status = String(codes[code]?.status);
      ((generic[dialect] ??= {})[status] ??= {})[def.message] = code;
    }
  }
  const names = Object.fromEntries(Object.keys(catalog.errors).map((code) => [code, code]));
  // A JSDoc `@deprecated` on a key strikes it through in editors and makes linters warn at every use.
  const docs = Object.fromEntries(
    Object.entries(catalog.errors).flatMap(([code, def]) =>
      def.deprecated ? [[code, deprecatedDoc(def.deprecated)]] : [],
    ),
  );
  return (
    TABLE_HEADER +
    'import type { ErrorCode, ErrorType } from "../types.js";\n\n' +
    `export const version = ${JSON.stringify(version)};\n\n` +
    `export const types = ${table(types)} as const satisfies Record<ErrorType, object>;\n\n` +
    `export const codes = ${table(codes, docs)} as const satisfies Record<ErrorCode, object>;\n\n` +
    `export const generic = ${JSON.stringify(generic, null, 2)} as const;\n\n` +
    "/** Every code as itself; a deprecated code carries a JSDoc deprecation naming its replacement. */\n" +
    // A type only: the values are the keys of `codes`, so bundles pay for the names once.
    `export type Names = ${typeTable(names, docs)};\n\n` +
    "// Fails to compile when a code is missing or misnamed.\n" +
    "type EveryCode<T extends { readonly [C in ErrorCode]: C }> = T;\n" +
    "export type CheckedNames = EveryCode<Names>;\n"
  );
}

/** The JSDoc comment of a deprecated code: its replacement, then the reason. */
export function deprecatedDoc(deprecated: Deprecation): string {
  const use = deprecated.replacement ? `Use \`${deprecated.replacement}\` instead. ` : "";
  // The text sits inside a block comment: keep it on one line and never close the comment early.
  const text = `${use}${deprecated.reason}`.replace(/\s+/g, " ").trim().replaceAll("*/", "*\\/");
  return `/** @deprecated ${text} */`;
}

// One entry a line, so that a change to one code is a one-line diff (a deprecated one adds its JSDoc).
function table(entries: Record<string, unknown>, docs: Record<string, string> = {}): string {
  const lines = Object.entries(entries).map(
    ([key, value]) => `${docs[key] ? `  ${docs[key]}\n` : ""}  ${key}: ${literal(value)},`,
  );
  return `{\n${lines.join("\n")}\n}`;
}

function typeTable(entries: Record<string, string>, docs: Record<string, string>): string {
  const lines = Object.entries(entries).map(
    ([key, value]) => `${docs[key] ? `  ${docs[key]}\n` : ""}  readonly ${key}: ${JSON.stringify(value)};`,
  );
  return `{\n${lines.join("\n")}\n}`;
}

function literal(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const members = Object.entries(value).map(([key, member]) => `${key}: ${literal(member)}`);
  return `{ ${members.join(", ")} }`;
}
