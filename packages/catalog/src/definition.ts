/**
 * The whole definition (texts, field schemas, examples), for tools that emit from it.
 *
 * @module
 */
import { errors, types } from "./catalog.js";
import type { CatalogDefinition, ErrorCode } from "./types.js";

/** The catalogue as written, field schemas included. */
export const catalog = { types, errors } as const satisfies CatalogDefinition;

/** The definition of one code, as written in the catalogue. */
export function definitionOf<C extends ErrorCode>(code: C): (typeof errors)[C] {
  return errors[code];
}
