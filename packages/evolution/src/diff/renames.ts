/**
 * Spots likely renames: a removed code and an added code of the same type, status and fields whose
 * names or titles share most of their words. A rename is still a removal (major) and an addition;
 * flagging it tells the reader what happened and that clients need a migration note.
 *
 * @module
 */
import type { CatalogFileError } from "../catalog-file.js";

const words = (text: string | undefined) =>
  new Set(
    (text ?? "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0),
  );

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

const sameFields = (a: CatalogFileError, b: CatalogFileError) => {
  const fa = Object.keys(a.fields).sort();
  const fb = Object.keys(b.fields).sort();
  return fa.length === fb.length && fa.every((name, i) => name === fb[i]);
};

/** How alike two codes are, from 0 (not a rename) to 1; counts only same type, status and fields. */
export function renameScore(removed: CatalogFileError, added: CatalogFileError): number {
  if (removed.type !== added.type || removed.status !== added.status || !sameFields(removed, added)) return 0;
  const byName = jaccard(words(removed.code.replaceAll("_", " ")), words(added.code.replaceAll("_", " ")));
  const byTitle = jaccard(words(removed.title), words(added.title));
  const sameText = removed.description !== undefined && removed.description === added.description ? 1 : 0;
  return Math.max(byName, byTitle, sameText);
}

/** The score from which a removed and an added code are reported as a likely rename. */
export const RENAME_THRESHOLD = 0.5;

/** removed code → the added code it was most likely renamed to. */
export function likelyRenames(
  removed: readonly CatalogFileError[],
  added: readonly CatalogFileError[],
): Map<string, string> {
  const pairs: { from: string; to: string; score: number }[] = [];
  for (const r of removed) {
    for (const a of added) {
      const score = renameScore(r, a);
      if (score >= RENAME_THRESHOLD) pairs.push({ from: r.code, to: a.code, score });
    }
  }
  // Best pairs first; each code takes part in one rename at most.
  pairs.sort((x, y) => y.score - x.score);
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const { from, to } of pairs) {
    if (renames.has(from) || taken.has(to)) continue;
    renames.set(from, to);
    taken.add(to);
  }
  return renames;
}
