/**
 * A large catalogue for the benches, built in memory from the real schemas folder: copies of every
 * real entry in turn under new codes (`<code>_<n>`), each with its own schema, examples and
 * snippets in every language, so that a copy renders like the entry it copies.
 */
import type { SchemaSet, SnippetSet } from "../src/index.js";

/** Replaces `code` where it stands as a whole name (in a doc_url, an example body, a snippet). */
function renamed<T>(value: T, code: string, copy: string): T {
  const name = new RegExp(`\\b${code}\\b`, "g");
  return JSON.parse(JSON.stringify(value).replace(name, copy)) as T;
}

/** The real set and its snippets grown to `size` codes with copies of its entries, in turn. */
export function scaledSet(
  set: SchemaSet,
  snippets: readonly SnippetSet[],
  size: number,
): { set: SchemaSet; snippets: SnippetSet[] } {
  const real = set.catalog.errors;
  const errors = [...real];
  const codes = new Map(set.codes);
  const grown = snippets.map((entry) => ({ ...entry, snippets: { ...entry.snippets } }));
  for (let i = 0; errors.length < size; i++) {
    const entry = real[i % real.length] as (typeof real)[number];
    const copy = `${entry.code}_${Math.floor(i / real.length) + 2}`;
    errors.push({ ...renamed(entry, entry.code, copy), title: `${entry.title} (${copy})` });
    codes.set(copy, renamed(set.codes.get(entry.code) ?? {}, entry.code, copy));
    for (const [n, language] of grown.entries()) {
      const text = snippets[n]?.snippets[entry.code];
      if (text !== undefined) language.snippets[copy] = renamed(text, entry.code, copy);
    }
  }
  return { set: { ...set, catalog: { ...set.catalog, errors }, codes }, snippets: grown };
}
