import { describe, expect, it } from "vitest";
import { readCatalogFile } from "../catalog-file.js";
import { addCode, BASE_CATALOG, editCode } from "../test/fixtures.js";
import { diffCatalogs } from "./catalogs.js";
import { formatDiffMarkdown, formatDiffTable } from "./format.js";

const base = readCatalogFile(BASE_CATALOG);
let edited = editCode(base, "webhook_not_found", () => undefined);
edited = editCode(edited, "not_found", (e) => ({
  ...e,
  deprecated: { replacement: "line_not_found", reason: "Name the resource." },
}));
edited = editCode(edited, "empty_file", (e) => ({ ...e, status: 422, title: "Empty upload" }));
edited = addCode(edited, { ...base.errors[0]!, code: "key_expired", title: "Key expired" });
edited = {
  ...edited,
  types: { ...edited.types, gone_error: { status: 410, retry: "never" as const, title: "Gone", description: "Gone." } },
};
const diff = diffCatalogs(base, edited);

describe("the diff table", () => {
  it("has one row per change under aligned columns", () => {
    const lines = formatDiffTable(diff).trimEnd().split("\n");
    expect(lines[0]).toBe(`bump: major (${diff.changes.length} changes: 2 major, 3 minor, 1 patch)`);
    const rows = lines.slice(2);
    expect(rows).toHaveLength(diff.changes.length + 1);
    const detailColumn = rows[0]!.indexOf("DETAIL");
    for (const [i, change] of diff.changes.entries()) expect(rows[i + 1]!.slice(detailColumn)).toBe(change.detail);
  });
});

describe("the changelog's Markdown", () => {
  const text = formatDiffMarkdown(diff);
  const section = (title: string) => text.split(`**${title}**\n\n`)[1]?.split("\n\n")[0] ?? "";

  it("lists added, removed, deprecated and changed codes and error types, each code once", () => {
    expect(text.startsWith("Catalogue changes (major):")).toBe(true);
    expect(section("Added codes")).toMatch(/^- `key_expired`: new authentication_error code/);
    expect(section("Removed codes")).toMatch(/^- `webhook_not_found`: code removed/);
    expect(section("Deprecated codes")).toBe(
      "- `not_found`: deprecated; use line_not_found instead: Name the resource.",
    );
    expect(section("Changed codes")).toBe("- `empty_file` (major): status 400 → 422. title reworded.");
    expect(section("Error types")).toMatch(/^- `gone_error` \(minor\): new error type/);
  });

  it("is empty when nothing changed", () => {
    expect(formatDiffMarkdown(diffCatalogs(base, base))).toBe("");
  });
});
