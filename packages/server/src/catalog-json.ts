/**
 * `catalog.json` as the mock server sends it: the same bytes as `schemas/catalog.json`.
 *
 * @module
 */
import { catalogJson } from "@errata/catalog/zod";

let cached: string | undefined;

/** The catalogue document, two-space indented, built once. */
export function catalogJsonText(): string {
  cached ??= `${JSON.stringify(catalogJson(), null, 2)}\n`;
  return cached;
}
