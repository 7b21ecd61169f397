import { describe, expectTypeOf, it } from "vitest";
import { ERROR_CODES, ERRORS, type ErrorInfo } from "./codes.js";
import type { codes } from "./generated/table.js";
import type { ErrorCode } from "./types.js";

describe("the constants' types, spelled out so that deprecated codes keep their JSDoc", () => {
  it("ERROR_CODES is still every code mapped to itself", () => {
    expectTypeOf(ERROR_CODES).toEqualTypeOf<{ readonly [C in ErrorCode]: C }>();
  });

  it("ERRORS is still every code mapped to its generated row and ErrorInfo", () => {
    expectTypeOf(ERRORS).toEqualTypeOf<{ readonly [C in ErrorCode]: (typeof codes)[C] & ErrorInfo }>();
  });
});
