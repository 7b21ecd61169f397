/**
 * How a diff reads: a plain-text table for the terminal, and Markdown for a changelog entry.
 *
 * @module
 */
import type { CatalogChange, CatalogDiff } from "./catalogs.js";

/** A plain-text table of the diff, one change a line, with the overall bump on top. */
export function formatDiffTable(diff: CatalogDiff, labels?: { before: string; after: string }): string {
  const head = `${labels ? `${labels.before} → ${labels.after}: ` : ""}${diff.bump === "none" ? "no changes (bump: none)" : `bump: ${diff.bump}`}`;
  if (diff.changes.length === 0) return `${head}\n`;
  const rows = [["BUMP", "CODE", "KIND", "DETAIL"], ...diff.changes.map((c) => [c.bump, c.code, c.kind, c.detail])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  "));
  const counts = (["major", "minor", "patch"] as const)
    .map((bump) => [bump, diff.changes.filter((c) => c.bump === bump).length] as const)
    .filter(([, n]) => n > 0)
    .map(([bump, n]) => `${n} ${bump}`)
    .join(", ");
  return `${head} (${diff.changes.length} change${diff.changes.length === 1 ? "" : "s"}: ${counts})\n\n${lines.join("\n")}\n`;
}

const codeList = (changes: readonly CatalogChange[]) => [...new Set(changes.map((c) => c.code))];

/** `- \`api\`: \`code\`, ...` for each API among `changes`. */
function byApi(changes: readonly CatalogChange[]): string[] {
  const apis = [...new Set(changes.map((c) => c.api ?? ""))];
  return apis.map(
    (api) =>
      `\`${api}\`: ${codeList(changes.filter((c) => (c.api ?? "") === api))
        .map((code) => `\`${code}\``)
        .join(", ")}`,
  );
}

/**
 * The diff as Markdown for a changelog: added, removed, deprecated and changed codes, each code
 * once with what changed about it, the codes each API gained or lost, and the changes of the
 * dialects and error types. Empty when nothing changed.
 */
export function formatDiffMarkdown(diff: CatalogDiff): string {
  if (diff.changes.length === 0) return "";
  const isDialect = (c: CatalogChange) => c.kind.startsWith("dialect-");
  const codeChanges = diff.changes.filter((c) => !c.kind.startsWith("error-type-") && !isDialect(c));
  const typeChanges = diff.changes.filter((c) => c.kind.startsWith("error-type-"));
  const of = (kind: CatalogChange["kind"]) => codeChanges.filter((c) => c.kind === kind);
  const sections: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) sections.push(`**${title}**\n\n${items.map((item) => `- ${item}`).join("\n")}`);
  };
  section(
    "Added codes",
    of("code-added").map((c) => `\`${c.code}\`: ${c.detail}`),
  );
  section(
    "Removed codes",
    of("code-removed").map((c) => `\`${c.code}\`: ${c.detail}`),
  );
  section(
    "Deprecated codes",
    [...of("code-deprecated"), ...of("deprecation-changed")].map((c) => `\`${c.code}\`: ${c.detail}`),
  );
  section("Codes added to APIs", byApi(of("api-added")));
  section("Codes removed from APIs", byApi(of("api-removed")));
  const other = new Set([
    "code-added",
    "code-removed",
    "code-deprecated",
    "deprecation-changed",
    "api-added",
    "api-removed",
  ]);
  const changed = codeChanges.filter((c) => !other.has(c.kind));
  section(
    "Changed codes",
    codeList(changed).map((code) => {
      const items = changed.filter((c) => c.code === code);
      return `\`${code}\` (${items[0]!.bump}): ${items.map((c) => c.detail).join(" ")}`;
    }),
  );
  section(
    "Dialects",
    diff.changes.filter(isDialect).map((c) => `\`${c.code}\` (${c.bump}): ${c.detail}`),
  );
  section(
    "Error types",
    typeChanges.map((c) => `\`${c.code}\` (${c.bump}): ${c.detail}`),
  );
  return `Catalogue changes (${diff.bump}):\n\n${sections.join("\n\n")}`;
}
