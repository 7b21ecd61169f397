/**
 * The catalogue entry of a code, as the parse path looks it up.
 *
 * @module
 */
import { type CodeEntry, codeEntry } from "@errata/catalog/compact";

// The last code looked up and its entry: a legacy body's code is looked up twice (which API sends
// it, then its fields), and a client mostly sees the same few codes. Comparing a fresh string with
// the last one is cheaper than hashing it for a map.
let lastCode: string | undefined;
let lastEntry: CodeEntry | undefined;

/** {@link codeEntry}, remembering the last string looked up. */
export function entryOf(code: unknown): CodeEntry | undefined {
  if (typeof code !== "string") return undefined;
  if (code === lastCode) return lastEntry;
  const entry = codeEntry(code);
  lastCode = code;
  lastEntry = entry;
  return entry;
}
