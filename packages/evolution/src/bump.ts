/**
 * Semver bumps, ordered, so that the bump a set of changes needs is their largest.
 *
 * @module
 */

/** How much a release must bump its version: `none` only when nothing changed. */
export type Bump = "none" | "patch" | "minor" | "major";

/** Every bump, smallest first. */
export const BUMPS: readonly Bump[] = Object.freeze(["none", "patch", "minor", "major"]);

/** The order of a bump: `none` 0 … `major` 3. */
export function bumpRank(bump: Bump): number {
  return BUMPS.indexOf(bump);
}

/** The larger of bumps; `none` for an empty list. */
export function maxBump(bumps: Iterable<Bump>): Bump {
  let max: Bump = "none";
  for (const bump of bumps) if (bumpRank(bump) > bumpRank(max)) max = bump;
  return max;
}

/** Whether `value` names a bump. */
export function isBump(value: unknown): value is Bump {
  return typeof value === "string" && (BUMPS as readonly string[]).includes(value);
}
