/**
 * Each code's snippet, raising it and reading it, in every language Errata ships: TypeScript's
 * written here from the catalogue, the others read from the file their package's generator writes
 * (`{"language", "title", "highlight", "snippets": {code: text}}`), so that each language names its
 * own classes and fields.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CatalogEntry } from "./schemas-dir.js";
import { SchemaSetError } from "./schemas-dir.js";

/** One language's snippets: code → text. */
export interface SnippetSet {
  /** A short name, for ids: `typescript`, `python`, `go`. */
  readonly language: string;
  /** The name shown on its tab. */
  readonly title: string;
  /** The highlighter's name of the language (`ts`, `python`, `go`). */
  readonly highlight: string;
  readonly snippets: { readonly [code: string]: string };
}

// Members of an example's error object that the envelope writes itself: not fields.
const ENVELOPE = new Set(["type", "code", "message", "doc_url"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The fields a snippet raises a code with: its example's, less a `retry_after` that is the code's default. */
export function snippetFields(entry: CatalogEntry): [string, unknown][] {
  return Object.entries(entry.example.error).filter(
    ([name, value]) => !ENVELOPE.has(name) && !(name === "retry_after" && value === entry.retry_after),
  );
}

/** A value as a TypeScript literal, keys unquoted where they can be. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const members = Object.entries(value).map(
      ([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`,
    );
    return members.length === 0 ? "{}" : `{ ${members.join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** The TypeScript snippet of a code: raise it with `@errata/server`, read it with `@errata/client`. */
export function typescriptSnippet(entry: CatalogEntry): string {
  const fields = snippetFields(entry);
  const args = fields.length === 0 ? "" : `, ${literal(Object.fromEntries(fields))}`;
  const shown = fields.find(([name]) => entry.required.includes(name))?.[0] ?? fields[0]?.[0] ?? "message";
  return [
    'import { fromResponse } from "@errata/client";',
    'import { createError } from "@errata/server";',
    "",
    "// Raise it in a service:",
    `throw createError(${JSON.stringify(entry.code)}${args});`,
    "",
    "// Read it from a response:",
    "const error = await fromResponse(res);",
    `if (error.known && error.code === ${JSON.stringify(entry.code)}) {`,
    `  console.log(error.${shown});`,
    "}",
  ].join("\n");
}

/** The TypeScript snippets of every code. */
export function typescriptSnippets(codes: readonly CatalogEntry[]): SnippetSet {
  return {
    language: "typescript",
    title: "TypeScript",
    highlight: "ts",
    snippets: Object.fromEntries(codes.map((entry) => [entry.code, typescriptSnippet(entry)])),
  };
}

/** Reads a language's snippet file, naming the file and the member at fault. */
export function readSnippetSet(file: string): SnippetSet {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SchemaSetError(`${file}: ${(error as Error).message}`);
  }
  const set = value as Partial<SnippetSet>;
  for (const member of ["language", "title", "highlight"] as const)
    if (typeof set?.[member] !== "string" || set[member] === "")
      throw new SchemaSetError(`${file}: \`${member}\` must be a non-empty string`);
  if (typeof set.snippets !== "object" || set.snippets === null || Array.isArray(set.snippets))
    throw new SchemaSetError(`${file}: \`snippets\` must map each code to its snippet`);
  for (const [code, text] of Object.entries(set.snippets))
    if (typeof text !== "string") throw new SchemaSetError(`${file}: \`snippets.${code}\` must be a string`);
  return set as SnippetSet;
}

/**
 * Every language's snippet file in `dir` (`<language>.json`, as each package's generator writes
 * them into `docs/snippets/`), ordered by title; none when the folder does not exist.
 */
export function readSnippetDir(dir: string): SnippetSet[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  return names
    .map((name) => readSnippetSet(join(dir, name)))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
