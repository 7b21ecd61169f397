/**
 * The generator: a schemas folder in, the error reference files out.
 *
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { referencePage } from "./content.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { dialectOpenApiDocument, openApiDocument } from "./openapi.js";
import { buildReference } from "./reference.js";
import { readSchemaSet, type SchemaSet } from "./schemas-dir.js";
import { readSnippetDir, type SnippetSet } from "./snippets.js";

/**
 * The files the generator makes, by name: `errors.md`, `errors.html` (the HTML index),
 * `errors/<code>.html` for each code, `openapi.json`, and `dialects/<name>/openapi.json` for each
 * legacy API of the schemas folder.
 */
export type GeneratedDocs = Map<DocFile, string>;
export type DocFile =
  | "errors.md"
  | "errors.html"
  | `errors/${string}.html`
  | "openapi.json"
  | `dialects/${string}/openapi.json`;

export interface GenerateOptions {
  /** The schemas folder to read (`catalog.json`, `error*.schema.json`, `errors/`). */
  readonly schemasDir?: string;
  /** Or a schema set read already. */
  readonly set?: SchemaSet;
  /** The snippets of the other languages' packages, shown beside TypeScript's in each code's entry. */
  readonly snippets?: readonly SnippetSet[];
  /** Or the folder their generators write them to (`docs/snippets/`). */
  readonly snippetsDir?: string;
}

/**
 * Generates the error reference from a schemas folder.
 *
 * @example
 * const files = generateDocs({ schemasDir: "schemas" });
 * files.get("errors.md"); // the Markdown reference
 */
export function generateDocs(options: GenerateOptions): GeneratedDocs {
  const set = options.set ?? (options.schemasDir === undefined ? undefined : readSchemaSet(options.schemasDir));
  if (set === undefined) throw new TypeError("generateDocs: pass `schemasDir` or `set`");
  const snippets = options.snippets ?? (options.snippetsDir === undefined ? [] : readSnippetDir(options.snippetsDir));
  const reference = buildReference(set, snippets);
  const page = referencePage(reference);
  return new Map<DocFile, string>([
    ["errors.md", renderMarkdown(page)],
    ...(renderHtml(page) as Map<DocFile, string>),
    ["openapi.json", json(openApiDocument(reference))],
    ...[...(set.dialects?.keys() ?? [])].map(
      (dialect) => [`dialects/${dialect}/openapi.json`, json(dialectOpenApiDocument(reference, dialect))] as const,
    ),
  ]);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export interface DocTargets {
  /** Where `errors.md`, `errors.html` and `errors/<code>.html` go. */
  readonly outDir: string;
  /**
   * Where `openapi.json` goes: beside the schemas it reuses, by default. Each legacy API's document
   * goes to `dialects/<name>/openapi.json` beside it, next to that dialect's schemas.
   */
  readonly openapiFile: string;
}

/** The path each generated file is written to. */
export function targetPath(file: DocFile, targets: DocTargets): string {
  if (file === "openapi.json") return targets.openapiFile;
  if (file.startsWith("dialects/")) return join(dirname(targets.openapiFile), file);
  return join(targets.outDir, file);
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The pages in `errors/` of the output folder that the generator no longer makes: those of a code
 * removed or renamed since, which would otherwise stay served and linked from nowhere.
 */
function orphanPages(files: GeneratedDocs, targets: DocTargets): string[] {
  const dir = join(targets.outDir, "errors");
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const made = new Set([...files.keys()].map((file) => targetPath(file, targets)));
  return names
    .filter((name) => name.endsWith(".html"))
    .map((name) => join(dir, name))
    .filter((path) => !made.has(path))
    .sort();
}

/** The target paths whose content differs from `files` (or that are missing), then the code pages to remove. */
export function staleDocs(files: GeneratedDocs, targets: DocTargets): string[] {
  const changed = [...files]
    .map(([file, content]) => [targetPath(file, targets), content] as const)
    .filter(([path, content]) => readOrUndefined(path) !== content)
    .map(([path]) => path);
  return [...changed, ...orphanPages(files, targets)];
}

/** Writes the files that changed and removes the pages of codes that are gone; returns their paths. */
export function writeDocs(files: GeneratedDocs, targets: DocTargets): string[] {
  const stale = staleDocs(files, targets);
  const write = new Set(stale);
  for (const [file, content] of files) {
    const path = targetPath(file, targets);
    if (!write.has(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  for (const path of orphanPages(files, targets)) rmSync(path);
  return stale;
}
