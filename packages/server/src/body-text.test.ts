/**
 * The bodies the server writes as text, held to what `JSON.stringify` writes of the same values: a
 * field's JSON (`wireJson`), the standard body (`toJSONText` against `toBody`), and every legacy
 * body against the catalogue's `dialectBody`, for field values of any characters; messages rendered
 * from values of any characters (written between quotes when nothing needs escaping); and the legacy
 * layouts against the catalogue's `writeBody` for envelopes of any member order.
 */
import { DIALECTS, type Dialect, type DialectEnvelope, dialectBody, ERRORS, writeBody } from "@errata/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createError, wireJson } from "./error.js";
import { legacyBodyIn, renderError } from "./render.js";

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

/** What JSON.stringify writes of `error` in `dialect`: the catalogue's own body. */
function expectedBody(error: ReturnType<typeof createError>, dialect: Dialect): string {
  if (dialect === "standard") return JSON.stringify(error.toBody(REQUEST_ID));
  const wire = DIALECTS[dialect].retryAfterMember ? error.wireFields() : error.fields;
  const object = { type: error.type, code: error.code, message: error.message, ...wire, doc_url: error.docUrl };
  return JSON.stringify(dialectBody(dialect, object, { status: error.status, requestId: REQUEST_ID }));
}

describe("messages rendered from values of any characters", () => {
  // Plain ASCII values give a message written between quotes as it stands; any other goes through
  // the escaping writer. Both must be JSON.stringify's text of the message.
  const value = fc.oneof(anyString, fc.string({ minLength: 1 }), fc.stringMatching(/^[a-z][a-z0-9_.]{0,20}$/));

  it("are written as JSON.stringify writes them, in every dialect", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          value.map((param) => createError("missing_required_parameter", { param })),
          value.map((traffic_type) => createError("traffic_not_routable", { traffic_type })),
          value.map((period) => createError("spend_limit_exceeded", { period })),
        ),
        fc.constantFrom(...DIALECT_LIST),
        (error, dialect) => {
          const { body } = renderError(error, { requestId: REQUEST_ID }, { dialect });
          expect(body).toBe(expectedBody(error, dialect));
          expect(JSON.parse(body).message ?? JSON.parse(body).error.message).toBe(error.message);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("are sent as rendered, whatever is assigned to the error's message later", () => {
    const error = createError("missing_required_parameter", { param: "to" });
    const rendered = error.message;
    (error as { message: string }).message = "connect ECONNREFUSED 10.0.0.7:5432";
    for (const dialect of DIALECT_LIST) {
      const { body } = renderError(error, {}, { dialect });
      expect(body).toContain(`"message":${JSON.stringify(rendered)}`);
      expect(body).not.toContain("ECONNREFUSED");
    }
  });

  it("keeps a replaced message's escapes", () => {
    const message = 'a "quoted"\\ line\n';
    const error = createError("outbound_limit_reached", { limit: 1, current: 1, mode: "total" }, { message });
    for (const dialect of DIALECT_LIST) {
      expect(renderError(error, {}, { dialect }).body).toContain(`"message":${JSON.stringify(message)}`);
    }
  });
});

describe("legacy layouts", () => {
  // Envelopes the dialect table does not have: the code, message, status and constant in any order,
  // with fields of the code placed among them (before the message too), the code left out or not.
  const envelope = fc
    .record({
      order: fc.shuffledSubarray(["error", "message", "status", "kind", "details", "limit", "param"], {
        minLength: 7,
        maxLength: 7,
      }),
      withStatus: fc.boolean(),
      withConstant: fc.boolean(),
      retryAfterMember: fc.boolean(),
      codeOptional: fc.boolean(),
    })
    .map(
      ({ order, withStatus, withConstant, retryAfterMember, codeOptional }): DialectEnvelope => ({
        code: "error",
        fields: "body",
        docUrl: false,
        codeOptional,
        retryAfterMember,
        ...(withStatus ? { status: "status" } : {}),
        ...(withConstant ? { constant: { member: "kind", value: "ApiError" } } : {}),
        members: order.filter((member) => (withStatus || member !== "status") && (withConstant || member !== "kind")),
      }),
    );
  const fields = fc.record(
    {
      limit: count,
      current: count,
      mode: anyString,
      param: anyString,
      details: fc.array(fc.record({ field: anyString, message: anyString }), { minLength: 1, maxLength: 3 }),
      retry_after: count,
    },
    { requiredKeys: ["limit", "current", "mode"] },
  );

  it("write what JSON.stringify writes of the catalogue's writeBody, for any member order", () => {
    fc.assert(
      fc.property(envelope, fields, fc.boolean(), (shape, given, withoutCode) => {
        const error = createError("outbound_limit_reached", given);
        const wire = shape.retryAfterMember ? error.wireFields() : error.fields;
        const object = { type: error.type, code: error.code, message: error.message, ...wire, doc_url: error.docUrl };
        const expected = writeBody(shape, object, { status: error.status, requestId: REQUEST_ID, withoutCode });
        expect(legacyBodyIn(shape, error, withoutCode)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 1000 },
    );
  });
});
