/**
 * The Python and Go packages release with the catalogue, under its version: when the version step
 * writes a new section into the catalogue's `CHANGELOG.md`, this carries that section into their
 * changelogs, so that every language's changelog names every version.
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Where the repository keeps the changelogs, relative to its root. */
export const CHANGELOG_PATHS = Object.freeze({
  catalog: "packages/catalog/CHANGELOG.md",
  languages: Object.freeze(["packages/python/CHANGELOG.md", "packages/go/CHANGELOG.md"]),
});

const HEADING = /^## (\S+)[ \t]*$/gm;

/** The version headings (`## 1.2.0`) of a changelog, newest first as written. */
export function changelogVersions(text: string): string[] {
  return [...text.matchAll(HEADING)].map((match) => match[1]!);
}

/** The body of a changelog's section for `version` (the lines under its heading), or undefined. */
export function changelogSection(text: string, version: string): string | undefined {
  const headings = [...text.matchAll(HEADING)];
  const index = headings.findIndex((match) => match[1] === version);
  if (index === -1) return undefined;
  const start = headings[index]!.index! + headings[index]![0].length;
  const end = headings[index + 1]?.index ?? text.length;
  return text.slice(start, end).trim();
}

/**
 * `language` with a section for `version` above its newest one, holding the catalogue's section of
 * that version. Unchanged when it has the section already, so running the step twice adds nothing.
 * Throws when the catalogue's changelog has no section for `version`: a release without notes.
 */
export function withCatalogSection(language: string, catalog: string, version: string): string {
  if (changelogVersions(language).includes(version)) return language;
  const section = changelogSection(catalog, version);
  if (section === undefined) throw new Error(`the catalogue's changelog has no section for ${version}`);
  const body = [`## ${version}`, "", `The catalogue's ${version}:`, "", section === "" ? "- No change." : section, ""];
  const first = /^## /m.exec(language);
  if (first === null) return `${language.trimEnd()}\n\n${body.join("\n")}`;
  return `${language.slice(0, first.index)}${body.join("\n")}\n${language.slice(first.index)}`;
}

/**
 * Writes the catalogue's section of `version` into each language's changelog that lacks it; returns
 * the paths it changed. A language whose changelog is absent is skipped (a repository without it);
 * the catalogue's changelog is read only when a language needs it.
 */
export function syncLanguageChangelogs(
  version: string,
  paths: { readonly catalog: string; readonly languages: readonly string[] } = CHANGELOG_PATHS,
): string[] {
  let catalog: string | undefined;
  const changed: string[] = [];
  for (const path of paths.languages) {
    if (!existsSync(path)) continue;
    const before = readFileSync(path, "utf8");
    if (changelogVersions(before).includes(version)) continue;
    catalog ??= readFileSync(paths.catalog, "utf8");
    writeFileSync(path, withCatalogSection(before, catalog, version));
    changed.push(path);
  }
  return changed;
}
