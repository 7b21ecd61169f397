import { type ErrorCode, isErrorCode } from "@errata/catalog";
import { errorObjectSchemas } from "@errata/catalog/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyBody, headers, nearBody, nearLegacyBody, status } from "../../conformance/src/arbitraries.js";
import { fromBody } from "./index.js";
import { fromBody as fromBodyValidated } from "./zod.js";

function schemaAccepts(code: ErrorCode, value: unknown): boolean {
  return errorObjectSchemas[code].safeParse(value).success;
}

describe("the core parser on arbitrary input", () => {
  it("never throws, and never returns a known code whose fields break that code's schema", () => {
    fc.assert(
      fc.property(anyBody, status, headers, (body, status, headers) => {
        const parsed = fromBody(body, { status, headers });
        if (parsed.known) expect(schemaAccepts(parsed.code, parsed), JSON.stringify(parsed)).toBe(true);
        expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the catalogue's zod validator on which error objects of known codes fit", () => {
    fc.assert(
      fc.property(nearBody, (text) => {
        const error = (JSON.parse(text) as { error: Record<string, unknown> }).error;
        const code = error.code;
        const parsed = fromBody(text, { status: 400 });
        const valid = isErrorCode(code) && schemaAccepts(code, error);
        expect(parsed.known, text).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the validating entry", () => {
  it("gives the same verdicts as the core on bodies near the catalogue's, in every dialect", () => {
    fc.assert(
      fc.property(fc.oneof(nearBody, nearLegacyBody), (text) => {
        expect(fromBodyValidated(text, { status: 400 }).known).toBe(fromBody(text, { status: 400 }).known);
      }),
      { numRuns: 200 },
    );
  });
});
