/**
 * The options `errata check-release` and `errata release-snapshot` share: where the released and
 * the current catalogue are.
 *
 * @module
 */
import { DEFAULT_PATHS } from "@errata/evolution";

/** `--released FILE`: the catalogue of the last release. */
export const released = {
  type: "string",
  default: DEFAULT_PATHS.released,
  value: "FILE",
  description: `the last released catalog.json (${DEFAULT_PATHS.released} by default)`,
} as const;
/** `--current FILE`: the catalogue being released. */
export const current = {
  type: "string",
  default: DEFAULT_PATHS.current,
  value: "FILE",
  description: `the catalog.json being released (${DEFAULT_PATHS.current} by default)`,
} as const;
