/**
 * The client reads every API's dialect with no option: the seeds' own bodies, every code through
 * every API that sends it, the rules that tell RCS from SMS and map iMessage's generic bodies, and
 * the proof that nothing that parsed before parses differently now.
 */
import {
  DIALECTS,
  dialectBody,
  ERROR_CODE_LIST,
  ERRORS,
  type ErrorCode,
  GENERIC_CODES,
  LEGACY_DIALECTS,
  type LegacyDialect,
} from "@errata/catalog";
import { exampleBody } from "@errata/catalog/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEED_002, SEED_003, SEED_004, type SeedBody } from "../../../tests/support/seed-bodies.js";
import { nearLegacyBody } from "../../conformance/src/arbitraries.js";
import { fromBody, fromResponse, typeOfStatus } from "./index.js";
import { retryDecision } from "./retry.js";
import { withRetry } from "./with-retry.js";
import { fromBody as fromBodyValidated } from "./zod.js";

const REQUEST_ID = "req_fromtheheader01";
const label = (body: SeedBody) => `${body.seed} ${body.status} ${body.code}${body.verbatim ? " (verbatim)" : ""}`;

describe("the legacy APIs' bodies, as their reference documents show them", () => {
  it.each([...SEED_003, ...SEED_004, ...SEED_002].map((body) => [label(body), body] as const))(
    "reads %s to its code, type, message, fields and dialect",
    (_, seed) => {
      const parsed = fromBody(seed.text, { status: seed.status, headers: { "Request-Id": REQUEST_ID } });
      const sent = JSON.parse(seed.text) as Record<string, unknown>;
      expect(parsed).toMatchObject({
        known: true,
        code: seed.code,
        type: ERRORS[seed.code as ErrorCode].type,
        message: sent.message,
        status: seed.status,
        request_id: REQUEST_ID,
        dialect: seed.dialect,
        body: seed.text,
        ...seed.fields,
      });
      // The envelope is not a field: no `error` member, and no member the seed's body does not hold.
      const meta = ["type", "code", "message", "known", "status", "request_id", "body", "dialect"];
      const own = Object.keys(parsed).filter(
        (key) => !meta.includes(key) && !(key === "retry_after" && parsed.retry_after === undefined),
      );
      expect(own.sort()).toEqual(Object.keys(seed.fields).sort());
    },
  );

  it("regression: the example bodies of seeds 003 and 004 came back as not_error_body transport errors", () => {
    const verbatim = [...SEED_003, ...SEED_004].filter((body) => body.verbatim);
    expect(verbatim).toHaveLength(11);
    for (const seed of verbatim) {
      expect(fromBody(seed.text, { status: seed.status })).toMatchObject({ known: true, code: seed.code });
    }
  });

  it("reads the same bodies from a fetch Response, and through the validating entry", async () => {
    for (const seed of [...SEED_003, ...SEED_004, ...SEED_002]) {
      const response = new Response(seed.text, { status: seed.status, headers: { "request-id": REQUEST_ID } });
      await expect(fromResponse(response)).resolves.toMatchObject({
        known: true,
        code: seed.code,
        dialect: seed.dialect,
        request_id: REQUEST_ID,
      });
      expect(fromBodyValidated(seed.text, { status: seed.status })).toMatchObject({
        known: true,
        code: seed.code,
        dialect: seed.dialect,
      });
    }
  });
});

/** The body of a code's example in a dialect, as `dialectBody` writes it. */
function bodyIn(dialect: LegacyDialect, code: ErrorCode, withoutCode = false): Record<string, unknown> {
  const { error, request_id } = exampleBody(code);
  return dialectBody(dialect, error, { status: ERRORS[code].status, requestId: request_id, withoutCode });
}

const sentBy = LEGACY_DIALECTS.flatMap((dialect) =>
  ERROR_CODE_LIST.filter((code) => ERRORS[code].apis.includes(dialect)).map((code) => [dialect, code] as const),
);

describe("every code through every API that sends it", () => {
  it.each(sentBy)("reads %s's body of %s back to the same error", (dialect, code) => {
    const withoutCode = ERRORS[code].withoutCode?.includes(dialect) ?? false;
    for (const without of withoutCode ? [true, false] : [false]) {
      const text = JSON.stringify(bodyIn(dialect, code, without));
      const { error } = exampleBody(code);
      const { doc_url: _, ...expected } = error;
      const parsed = fromBody(text, { status: ERRORS[code].status, headers: { "request-id": REQUEST_ID } });
      expect(parsed, text).toMatchObject({ ...expected, known: true, dialect, request_id: REQUEST_ID });
      expect(parsed).not.toHaveProperty("doc_url");
    }
  });

  it("reads a code in the envelope of an API that does not send it, by the RCS and SMS rules", () => {
    for (const code of ERROR_CODE_LIST) {
      for (const dialect of LEGACY_DIALECTS) {
        const parsed = fromBody(bodyIn(dialect, code), { status: ERRORS[code].status });
        expect(parsed).toMatchObject({ known: true, code });
        const { apis } = ERRORS[code];
        // Only a code of exactly one of RCS and SMS is put down to that API in the shape they share.
        if (dialect !== "imessage" && apis.includes("rcs") !== apis.includes("sms"))
          expect(parsed.dialect).toBe(apis.includes("rcs") ? "rcs" : "sms");
        else expect(parsed.dialect).toBe(dialect);
      }
    }
  });
});

describe("telling RCS from SMS", () => {
  it("puts a code only one of them sends down to that API, whatever the member order", () => {
    expect(fromBody({ message: "Slow down.", error: "rate_limit_exceeded" }, { status: 429 }).dialect).toBe("rcs");
    expect(fromBody({ error: "throttled", message: "Slow down." }, { status: 429 }).dialect).toBe("sms");
  });

  it("reads a code both send, or neither, by details, else by whether the code or the message comes first", () => {
    expect(fromBody('{"error": "not_found", "message": "Gone."}', { status: 404 }).dialect).toBe("rcs");
    expect(fromBody('{"message": "Gone.", "error": "not_found"}', { status: 404 }).dialect).toBe("sms");
    const details = [{ field: "id", message: "Unknown." }];
    expect(fromBody({ message: "Gone.", error: "not_found", details }, { status: 404 })).toMatchObject({
      dialect: "rcs",
      details,
    });
    expect(fromBody('{"message": "New.", "error": "brand_new_code"}', { status: 400 }).dialect).toBe("sms");
    expect(fromBody('{"error": "brand_new_code", "message": "New."}', { status: 400 }).dialect).toBe("rcs");
  });

  it("keeps the order rule tied to the envelopes the catalogue defines", () => {
    expect(DIALECTS.rcs.members[0]).toBe(DIALECTS.rcs.code);
    expect(DIALECTS.sms.members[0]).toBe("message");
    expect(DIALECTS.rcs.members).toContain("details");
    expect(DIALECTS.sms.members).not.toContain("details");
  });
});

describe("iMessage's generic bodies", () => {
  const generic = Object.entries(GENERIC_CODES.imessage ?? {}).flatMap(([status, byMessage]) =>
    Object.entries(byMessage).map(([message, code]) => [Number(status), message, code] as const),
  );

  it.each(generic)("reads the generic %i body %j as %s", (status, message, code) => {
    const parsed = fromBody({ error: "ApiError", message, status }, { status });
    expect(parsed).toMatchObject({ known: true, code, message, type: ERRORS[code].type, dialect: "imessage" });
  });

  it("reads another message of a status that has one generic code as that code, keeping the message", () => {
    const parsed = fromBody({ error: "ApiError", message: "Chat not found.", status: 404 }, { status: 404 });
    expect(parsed).toMatchObject({ known: true, code: "not_found", message: "Chat not found.", dialect: "imessage" });
    expect(fromBody({ error: "ApiError", message: "Gone.", status: 404, code: null }, { status: 404 })).toMatchObject({
      code: "not_found",
    });
  });

  it("turns a body without a code, of a status with no generic code, into a transport error", () => {
    const parsed = fromBody({ error: "ApiError", message: "Internal server error.", status: 500 }, { status: 500 });
    expect(parsed).toMatchObject({ known: false, code: null, reason: "not_error_body", dialect: null, status: 500 });
  });

  it("takes the status from the response, and from the body only when none was given", () => {
    const text = '{ "error": "ApiError", "message": "Resource not found.", "status": 404 }';
    expect(fromBody(text, { status: 502 })).toMatchObject({ code: "not_found", status: 502 });
    expect(fromBody(text, undefined as never)).toMatchObject({ code: "not_found", status: 404, known: true });
  });

  it("gives an unknown code sent in `code` its type by status", () => {
    const parsed = fromBody({ error: "ApiError", message: "New.", status: 429, code: "galaxy_quota" }, { status: 429 });
    expect(parsed).toMatchObject({ known: false, code: "galaxy_quota", type: typeOfStatus(429), dialect: "imessage" });
  });
});

describe("bodies in no dialect's shape", () => {
  it.each([
    ["an error string that is not a code", '{"error": "Not Found", "message": "x"}'],
    ["a code without a message", '{"error": "throttled"}'],
    ["a code with a message that is not a string", '{"error": "throttled", "message": 5}'],
    ["ApiError without a status", '{"error": "ApiError", "message": "x", "code": "throttled"}'],
    ["ApiError with a status that is not an integer", '{"error": "ApiError", "message": "x", "status": "429"}'],
    ["ApiError with a code that is not a code", '{"error": "ApiError", "message": "x", "status": 429, "code": "Oops"}'],
    ["ApiError without a message", '{"error": "ApiError", "status": 404}'],
  ])("turns %s into a transport error", (_, text) => {
    expect(fromBody(text, { status: 429 })).toMatchObject({ known: false, code: null, reason: "not_error_body" });
  });

  it("derives a legacy body's type from its code, ignoring a type member the envelope does not have", () => {
    const parsed = fromBody({ error: "throttled", message: "Slow.", type: "api_error" }, { status: 429 });
    expect(parsed).toMatchObject({ known: true, type: ERRORS.throttled.type });
    expect(fromBody({ error: "brand_new", message: "New.", type: "api_error" }, { status: 404 }).type).toBe(
      typeOfStatus(404),
    );
  });

  it("marks a known code whose top-level fields break its schema as not known, keeping code and message", () => {
    const parsed = fromBody(
      { error: "ApiError", message: "Limit.", status: 429, code: "outbound_limit_reached", limit: "35" },
      { status: 429 },
    );
    expect(parsed).toMatchObject({ known: false, code: "outbound_limit_reached", message: "Limit.", limit: "35" });
    const bare = fromBody({ message: "Top up.", error: "insufficient_balance" }, { status: 402 });
    expect(bare).toMatchObject({ known: false, code: "insufficient_balance", dialect: "sms" });
  });

  it("takes a legacy body's request ID from the Request-Id header, else from a request_id member", () => {
    const body = { error: "throttled", message: "Slow.", request_id: "req_inthebody000001" };
    expect(fromBody(body, { status: 429, headers: { "request-id": REQUEST_ID } }).request_id).toBe(REQUEST_ID);
    expect(fromBody(body, { status: 429 }).request_id).toBe("req_inthebody000001");
    expect(fromBody({ error: "throttled", message: "Slow." }, { status: 429 }).request_id).toBeUndefined();
  });
});

describe("retrying legacy bodies", () => {
  it("retries a 429 of every legacy dialect no sooner than the server asks, in the body or the header", () => {
    const bodies = [
      bodyIn("rcs", "rate_limit_exceeded"),
      bodyIn("sms", "throttled"),
      bodyIn("imessage", "outbound_limit_reached"),
    ];
    for (const body of bodies) {
      const { retry_after: _, ...bare } = body;
      for (const [given, headers] of [
        [{ ...body, retry_after: 70 }, {}],
        [bare, { "Retry-After": "70" }],
      ] as const) {
        const parsed = fromBody(given, { status: 429, headers });
        expect(parsed).toMatchObject({ known: true, retry_after: 70 });
        const decision = retryDecision(parsed, 1, { random: () => 0, maxDelayMs: 100_000 });
        expect(decision, JSON.stringify(given)).toEqual({ retry: true, delayMs: 70_000 });
      }
    }
    const rcs = fromBody({ error: "rate_limit_exceeded", message: "Slow.", retry_after: 30 }, { status: 429 });
    expect(rcs.retry_after).toBe(30);
    expect(retryDecision(rcs, 1, { random: () => 0 })).toEqual({ retry: true, delayMs: 30_000 });
  });

  it("retries an unknown code of a legacy body by its status, and never a 4xx generic one", () => {
    const unknown = fromBody({ message: "Busy.", error: "brand_new" }, { status: 503 });
    expect(retryDecision(unknown, 1, { random: () => 0 }).retry).toBe(true);
    const generic = fromBody({ error: "ApiError", message: "Resource not found.", status: 404 }, { status: 404 });
    expect(retryDecision(generic, 1).retry).toBe(false);
  });

  it("withRetry waits for an SMS 429's Retry-After and returns the success", async () => {
    const waits: number[] = [];
    let calls = 0;
    const api = withRetry(
      async () =>
        ++calls === 1
          ? new Response(JSON.stringify({ message: "Too many requests.", error: "throttled" }), {
              status: 429,
              headers: { "Retry-After": "3" },
            })
          : new Response("sent"),
      { sleep: async (ms) => void waits.push(ms), random: () => 0 },
    );
    const response = await api("http://127.0.0.1/v1/sms");
    expect(await response.text()).toBe("sent");
    expect(calls).toBe(2);
    expect(waits).toEqual([3000]);
  });
});

// What the parser made of its generators' responses before now is pinned by the conformance
// vectors' seeded sample (`parse/sampled/*`), which every language's testee runs too.
describe("the generators' legacy bodies", () => {
  it("reads every legacy body the generators make as a legacy dialect or a transport error, never as standard", () => {
    fc.assert(
      fc.property(nearLegacyBody, (text) => {
        const parsed = fromBody(text, { status: 400 });
        expect(parsed.dialect).not.toBe("standard");
        if (parsed.dialect !== null) expect(LEGACY_DIALECTS).toContain(parsed.dialect);
      }),
      { numRuns: 200 },
    );
  });
});
