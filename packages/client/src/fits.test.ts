import { ERROR_CODE_LIST, isErrorCode, type ErrorCode } from "@errata/catalog";
import { errorObjectSchemas, exampleBody } from "@errata/catalog/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBody } from "./index.js";
import { fromBody as fromBodyValidated } from "./zod.js";
import { FIELD_NAMES } from "../../../tests/support/fields.js";

// Values that sit on either side of the catalogue's rules.
const edgy = fc.constantFrom<unknown>(
  -1,
  0,
  1,
  1.5,
  2 ** 53,
  -0,
  "",
  "x",
  "total",
  "per_number",
  "daily",
  "weekly",
  "+15555550123",
  "15555550123",
  "12.50",
  "12,50",
  "USD",
  "usd",
  "https://example.com/x",
  "ftp://x",
  "2026-11-24T00:00:00Z",
  "2026-11-24",
  null,
  true,
  [],
  {},
  [{ field: "to", message: "bad" }],
  [{ field: 1, message: "bad" }],
  [["to", "bad"]],
  "rate_limit_error",
  "api_error",
);
const value = fc.oneof({ weight: 3, arbitrary: edgy }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

/** An error body near a catalogued one: members replaced, dropped or added, dangerous keys included. */
const nearBody = fc
  .record({
    code: fc.constantFrom(...ERROR_CODE_LIST),
    replace: fc.dictionary(
      fc.constantFrom("type", "message", "doc_url", ...FIELD_NAMES, "__proto__", "constructor"),
      value,
      { maxKeys: 3 },
    ),
    drop: fc.subarray(["type", "message", "limit", "mode", "param", "details", "period", "currency", "plan_id"]),
    otherCode: fc.option(fc.oneof(fc.constantFrom(...ERROR_CODE_LIST), fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/)), {
      freq: 5,
    }),
  })
  .map(({ code, replace, drop, otherCode }) => {
    const error: Record<string, unknown> = JSON.parse(JSON.stringify(exampleBody(code).error));
    for (const name of drop) delete error[name];
    for (const [name, v] of Object.entries(replace))
      Object.defineProperty(error, name, { value: v, enumerable: true, writable: true, configurable: true });
    if (otherCode !== null) error.code = otherCode;
    return JSON.stringify({ error, request_id: "req_abcdefabcdef" });
  });

/** The same, as RFC 9457 problem details. */
const nearProblem = nearBody.map((text) => {
  const { error, request_id } = JSON.parse(text) as { error: Record<string, unknown>; request_id: string };
  const { type: _, message, doc_url, ...rest } = error;
  return JSON.stringify({ type: doc_url, title: "Problem", status: 400, detail: message, request_id, ...rest });
});

const anyBody = fc.oneof(
  nearBody,
  nearProblem,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string(),
  fc.record({ error: fc.jsonValue({ maxDepth: 2 }) }).map((v) => JSON.stringify(v)),
);
const headers = fc.dictionary(
  fc.constantFrom("retry-after", "Retry-After", "x-request-id", "content-type"),
  fc.oneof(
    fc.string(),
    fc.nat().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  ),
  { maxKeys: 3 },
);
const status = fc.oneof(
  fc.constantFrom(0, 200, 400, 402, 403, 404, 409, 422, 429, 500, 502, 503),
  fc.integer({ min: -1, max: 1000 }),
);

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
  it("gives the same verdicts as the core on bodies near the catalogue's", () => {
    fc.assert(
      fc.property(nearBody, (text) => {
        expect(fromBodyValidated(text, { status: 400 }).known).toBe(fromBody(text, { status: 400 }).known);
      }),
      { numRuns: 200 },
    );
  });
});
