/**
 * Renders the source of `generated/table.ts` from the catalogue, after checking it.
 *
 * @module
 */
import { catalog as defined } from "./definition.js";
import type { CatalogDefinition } from "./define.js";
import { assertCatalog } from "./check.js";
import { resolveInfo } from "./resolve.js";

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
  return (
    TABLE_HEADER +
    'import type { ErrorCode, ErrorType } from "../define.js";\n\n' +
    `export const version = ${JSON.stringify(version)};\n\n` +
    `export const types = ${table(types)} as const satisfies Record<ErrorType, object>;\n\n` +
    `export const codes = ${table(codes)} as const satisfies Record<ErrorCode, object>;\n`
  );
}

// One entry a line, so that a change to one code is a one-line diff.
function table(entries: Record<string, object>): string {
  const lines = Object.entries(entries).map(([key, value]) => `  ${key}: ${literal(value)},`);
  return `{\n${lines.join("\n")}\n}`;
}

function literal(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const members = Object.entries(value).map(([key, member]) => `${key}: ${literal(member)}`);
  return `{ ${members.join(", ")} }`;
}
