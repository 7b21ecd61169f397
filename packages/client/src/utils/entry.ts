/**
 * The catalogue entry of a code, as the parse path looks it up.
 *
 * @module
 */
import { type CodeEntry, codeEntry } from "@errata/catalog/compact";

// The last value looked up and its entry: a legacy body's code is looked up twice (which API sends
// it, then its fields), and a client mostly sees the same few codes. Comparing a fresh string with
// the last one costs less than hashing it for the catalogue's map.
let last: readonly [code: unknown, entry: CodeEntry | undefined] = [undefined, undefined];

/** {@link codeEntry}, remembering the last value looked up. */
export const entryOf = (code: unknown): CodeEntry | undefined =>
  code === last[0] ? last[1] : (last = [code, codeEntry(code)])[1];
