/**
 * Sources for the small catalogues that tests build: codes and types no reference document
 * mentions, entirely the catalogue's own.
 *
 * @module
 */
import type { Source, TypeSource } from "../types.js";

/** An entry no reference document mentions. */
export const OWN_SOURCE: Source = { seeds: [], own: { entry: "A code of the test catalogue." } };

/** A type no reference document mentions. */
export const TYPE_SOURCE: TypeSource = {
  seeds: [],
  own: { type: "A test type.", status: "A test status.", retry: "A test policy.", description: "A test text." },
};
