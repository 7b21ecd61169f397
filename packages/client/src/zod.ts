/**
 * The validating entry: the same API, but a known code is returned only when the catalogue's
 * zod validator of that code accepts its error object (anything else is `known: false`).
 * Loads zod, through `@errata/catalog/zod`.
 *
 * @module
 */
import { errorObjectSchemas } from "@errata/catalog/zod";
import type { BodyInit, ReadOptions } from "./core/init.js";
import { type FitCheck, parseBody } from "./parse.js";
import { parseResponse } from "./response.js";
import type { ParsedError } from "./types.js";

// Read as one schema type: indexing the per-code map by a union of every code would make the
// compiler build a union of thousands of schema types.
const schemas = errorObjectSchemas as unknown as Readonly<
  Record<string, { safeParse(value: unknown): { success: boolean } }>
>;

const validates: FitCheck = (code, error) => (schemas[code] as (typeof schemas)[string]).safeParse(error).success;

/** This entry loads zod and the table already: its parse needs no loading. */
const loadValidating = () => Promise.resolve(fromBody);

/** `fromBody`, checking a known code's error object with its zod validator. */
export function fromBody(body: unknown, init: BodyInit): ParsedError {
  return parseBody(body, init, validates);
}

/** `fromResponse`, checking a known code's error object with its zod validator. */
export function fromResponse(response: Response, options: ReadOptions = {}): Promise<ParsedError> {
  return parseResponse(response, options, loadValidating);
}

export * from "./index.js";
