import fc from "fast-check";
import { ERROR_CODE_LIST } from "../codes.js";
import type { ErrorCode } from "../types.js";
import { exampleBody } from "../wire/examples.js";

/** Values near the catalogue's field rules (counts, enums, patterns, times), and any JSON value at all. */
export const nearRuleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, 1, -1, 35, 1.5, -0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Infinity, Number.NaN),
  fc.constantFrom("", "x", "total", "per_number", "daily", "weekly", "+15555550123", "15555550123", "USD", "usd"),
  fc.constantFrom("1.20", "1,20", "https://x.test/a", "ftp://x", "2026-11-24T00:00:00Z", "2026-11-24", "alloc_1"),
  fc.constantFrom(undefined, null, true, [], [{ field: "a", message: "b" }], [{ field: 1 }], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * A code and its example's error object with up to four members changed to values near the rules
 * (its own members, the shared ones, or another code's field), or, when none is changed, one removed.
 */
export const mutatedExample: fc.Arbitrary<[ErrorCode, Record<string, unknown>]> = fc
  .tuple(fc.constantFrom(...ERROR_CODE_LIST), fc.array(fc.tuple(fc.nat(), nearRuleValue), { maxLength: 4 }), fc.nat())
  .map(([code, changes, drop]) => {
    const { error } = exampleBody(code) as { error: Record<string, unknown> };
    const mutated: Record<string, unknown> = { ...error };
    const names = [
      ...Object.keys(error).filter((name) => name !== "type" && name !== "code"),
      "param",
      "details",
      "doc_url",
      "limit",
      "mode",
    ];
    for (const [at, replacement] of changes) mutated[names[at % names.length] as string] = replacement;
    if (changes.length === 0) delete mutated[names[drop % names.length] as string];
    return [code, mutated];
  });
