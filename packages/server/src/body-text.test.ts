/**
 * The bodies the server writes as text, held to what `JSON.stringify` writes of the same values: a
 * field's JSON (`wireJson`), the standard body (`toJSONText` against `toBody`), and every legacy
 * body against the catalogue's `dialectBody`, for field values of any characters.
 */
import { DIALECTS, type Dialect, dialectBody, ERRORS } from "@errata/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createError, wireJson } from "./error.js";
import { renderError } from "./render.js";

const REQUEST_ID = "req_bodytext0000001";
const DIALECT_LIST = Object.keys(DIALECTS) as Dialect[];

/** Strings of any UTF-16 units: quotes, backslashes, controls, U+2028, lone surrogates. */
const anyString = fc.string({ minLength: 1, unit: "binary" });
const count = fc.nat({ max: Number.MAX_SAFE_INTEGER });

describe("wireJson", () => {
  it("writes strings, numbers, booleans and null as JSON.stringify does", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyString, fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
        (value) => {
          expect(wireJson(value)).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the bodies written as text", () => {
  const fields = fc.record(
    {
      limit: count,
      current: count,
      mode: anyString,
      allocation_id: anyString,
      retry_after: count,
      param: anyString,
    },
    { requiredKeys: ["limit", "current", "mode"] },
  );

  it("are, in every dialect, what JSON.stringify writes of the catalogue's dialectBody", () => {
    fc.assert(
      fc.property(fields, fc.constantFrom(...DIALECT_LIST), (given, dialect) => {
        const error = createError("outbound_limit_reached", given);
        const { body } = renderError(error, { requestId: REQUEST_ID }, { dialect });
        const wire = DIALECTS[dialect].retryAfterMember ? error.wireFields() : error.fields;
        const object = { type: error.type, code: error.code, message: error.message, ...wire, doc_url: error.docUrl };
        const expected =
          dialect === "standard"
            ? JSON.stringify(error.toBody(REQUEST_ID))
            : JSON.stringify(
                dialectBody(dialect, object, { status: ERRORS.outbound_limit_reached.status, requestId: REQUEST_ID }),
              );
        expect(body).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
