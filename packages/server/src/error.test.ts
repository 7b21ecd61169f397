import {
  catalog,
  ERROR_CODE_LIST,
  ERRORS,
  errorBodySchemaOf,
  errorObjectSchemas,
  renderMessage,
} from "@errata/catalog/zod";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { FIELD_NAMES } from "../../../tests/support/fields.js";
import { exampleFields, schemaErrors } from "../../../tests/support/server-bodies.js";
import { createError, ErrataError, ErrataFieldError, isErrataError, setStackTraces } from "./error.js";
import { codeInfo } from "./info.js";

const REQUEST_ID = "req_0123456789abcdef";

describe("createError", () => {
  it("builds a real Error with a name, a cause and the code's catalogue data", () => {
    const cause = new Error("upstream said no");
    const error = createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" }, { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ErrataError);
    expect(error.name).toBe("ErrataError");
    expect(error.cause).toBe(cause);
    expect(error.code).toBe("outbound_limit_reached");
    expect(error.type).toBe(ERRORS.outbound_limit_reached.type);
    expect(error.status).toBe(ERRORS.outbound_limit_reached.status);
    expect(error.retry).toBe(ERRORS.outbound_limit_reached.retry);
    expect(error.fields).toEqual({ limit: 35, current: 35, mode: "total" });
    expect(Object.prototype.toString.call(error)).toBe("[object Error]");
  });

  it("keeps its own copy of the fields, so a caller changing its object afterwards changes nothing", () => {
    const given = { limit: 35, current: 35, mode: "total" as const };
    const error = createError("outbound_limit_reached", given);
    given.limit = 1;
    (given as Record<string, unknown>).extra = "late";
    expect(error.fields).not.toBe(given);
    expect(error.fields).toEqual({ limit: 35, current: 35, mode: "total" });
    expect(JSON.parse(error.toJSONText(REQUEST_ID)).error.limit).toBe(35);
  });

  it("renders the message from the code's template with the fields", () => {
    const fields = { limit: 35, current: 12, mode: "total" };
    const error = createError("outbound_limit_reached", fields);
    expect(error.message).toBe(renderMessage(catalog.errors.outbound_limit_reached.message, fields));
    expect(error.message).toContain("reached 12 new contacts");
    expect(JSON.parse(error.toJSONText(REQUEST_ID)).error.message).toBe(error.message);
  });

  it("names the number when one number tripped the outbound limit, whatever the mode's spelling", () => {
    for (const mode of ["per_number", "per-number"]) {
      const fields = { limit: 10, current: 10, mode, allocation_id: "alloc_1", sender_number: "+15555550123" };
      const error = createError("outbound_limit_reached", fields);
      expect(error.message).toBe(
        renderMessage(catalog.errors.outbound_limit_reached.messageVariants?.[0] as string, fields),
      );
      expect(error.message).toContain("Your number +15555550123 has reached 10 new contacts");
      expect(JSON.parse(error.toJSONText(REQUEST_ID)).error.message).toBe(error.message);
      expect(error.toBody(REQUEST_ID).error.message).toBe(error.message);
    }
  });

  it("renders insufficient_balance's required_amount as the shortfall to top up", () => {
    const error = createError("insufficient_balance", {
      free_balance: "3.00",
      required_amount: "0.50",
      topup_url: "https://example.com/top-up",
    });
    expect(error.message).toBe(
      "Your free balance of 3.00 is 0.50 short of what this operation needs. Top up at least 0.50, then retry.",
    );
    expect(JSON.parse(error.toJSONText(REQUEST_ID)).error.message).toBe(error.message);
  });

  it("derives sandbox_quota_exceeded's Retry-After from the reset time the error carries", () => {
    const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
    const soon = createError("sandbox_quota_exceeded", { resets_at: inSeconds(90) });
    expect(soon.retryAfter).toBeGreaterThanOrEqual(89);
    expect(soon.retryAfter).toBeLessThanOrEqual(90);
    expect(JSON.parse(soon.toJSONText(REQUEST_ID)).error.retry_after).toBe(soon.retryAfter);
    expect(soon.toBody(REQUEST_ID).error.retry_after).toBe(soon.retryAfter);
    // Later than the catalogue's default: the reset time wins over it.
    expect(createError("sandbox_quota_exceeded", { resets_at: inSeconds(5 * 3600) }).retryAfter).toBeGreaterThan(
      ERRORS.sandbox_quota_exceeded.retryAfter,
    );
    // A reset already past still asks for a second; a given retry_after wins; no reset time falls back on the default.
    expect(createError("sandbox_quota_exceeded", { resets_at: "2020-01-01T00:00:00Z" }).retryAfter).toBe(1);
    expect(createError("sandbox_quota_exceeded", { resets_at: inSeconds(90), retry_after: 7 }).retryAfter).toBe(7);
    expect(createError("sandbox_quota_exceeded").retryAfter).toBe(ERRORS.sandbox_quota_exceeded.retryAfter);
  });

  it("takes a message given for one call instead of the template", () => {
    const error = createError("invalid_parameter_value", { param: "to" }, { message: "'to' must be E.164." });
    expect(error.message).toBe("'to' must be E.164.");
    expect(error.toBody(REQUEST_ID).error.message).toBe("'to' must be E.164.");
  });

  it("fills a retry_after left out from the code's default, on the error and on the wire", () => {
    const error = createError("throttled");
    expect(error.retryAfter).toBe(ERRORS.throttled.retryAfter);
    expect(error.toBody(REQUEST_ID).error).toMatchObject({ retry_after: ERRORS.throttled.retryAfter });
    expect(createError("throttled", { retry_after: 7 }).retryAfter).toBe(7);
  });

  it("creates every code from its catalogue example, and its body passes the code's zod schema and error.schema.json", () => {
    for (const code of ERROR_CODE_LIST) {
      const error = createError(code, exampleFields(code) as never);
      const body = error.toBody(REQUEST_ID);
      expect(errorBodySchemaOf(code).safeParse(body).success, code).toBe(true);
      expect(schemaErrors(body), code).toBeNull();
      expect(error.status, code).toBe(ERRORS[code].status);
    }
  });

  it("refuses a field of the wrong type, naming the field", () => {
    const call = () => createError("outbound_limit_reached", { limit: "35" as never, current: 35, mode: "total" });
    expect(call).toThrow(ErrataFieldError);
    expect(call).toThrow(/limit/);
  });

  it("refuses a missing required field, and takes a mode the catalogue does not expect", () => {
    expect(() => createError("traffic_not_routable", {} as never)).toThrow(/traffic_type/);
    expect(() => createError("outbound_limit_reached", { limit: 1, current: 1 } as never)).toThrow(/mode/);
    expect(createError("outbound_limit_reached", { limit: 1, current: 1, mode: "per_number" }).message).toContain(
      "Your organization",
    );
    // The SMS reference's example carries no period: the message then names none.
    expect(createError("spend_limit_exceeded").message).toBe("This send would exceed your spend limit.");
    expect(createError("spend_limit_exceeded", { period: "monthly" }).message).toBe(
      "This send would exceed your monthly spend limit.",
    );
  });

  it("refuses a field the code does not have, an unknown code and fields that are not an object", () => {
    expect(() => createError("not_found", { resource: "chat" } as never)).toThrow(/resource: not a field/);
    expect(() => (createError as (code: string) => unknown)("no_such_code")).toThrow(/unknown error code/);
    expect(() => createError("not_found", "chat" as never)).toThrow(/must be an object/);
    expect(() => createError("not_found", {}, { message: "" })).toThrow(/message/);
  });

  it("accepts param and details on any code", () => {
    const error = createError("conflict", { param: "status", details: [{ field: "status", message: "already sent" }] });
    expect(error.toBody(REQUEST_ID).error).toMatchObject({ param: "status", details: [{ field: "status" }] });
  });

  it("refuses a malformed request ID in toBody", () => {
    expect(() => createError("not_found").toBody("abc")).toThrow(/request ID/);
  });

  it("recognises its errors, and nothing else", () => {
    expect(isErrataError(createError("not_found"))).toBe(true);
    expect(isErrataError(new Error("x"))).toBe(false);
    expect(isErrataError({ code: "not_found" })).toBe(false);
    expect(isErrataError(null)).toBe(false);
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error("trap");
        },
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(isErrataError(hostile)).toBe(false);
  });
});

describe("stack traces", () => {
  afterEach(() => setStackTraces("5xx"));

  it("are captured by default for 5xx errors and not for catalogued 4xx ones", () => {
    for (const code of ERROR_CODE_LIST) {
      const error = createError(code, exampleFields(code) as never);
      expect(error.stack?.includes("error.test.ts") ?? false, code).toBe(ERRORS[code].status >= 500);
    }
  });

  it("are captured for every error with setStackTraces(true)", () => {
    setStackTraces(true);
    expect(createError("not_found").stack).toContain("error.test.ts");
  });

  it("are dropped for every error with setStackTraces(false), 5xx included", () => {
    setStackTraces(false);
    expect(createError("internal_error").stack).not.toContain("error.test.ts");
  });

  it("still gives a real Error with its message and cause, but no frames", () => {
    setStackTraces(false);
    const limit = Error.stackTraceLimit;
    const error = createError("not_found", {}, { cause: "why" });
    expect(error).toBeInstanceOf(Error);
    expect(error.cause).toBe("why");
    expect(error.stack).not.toContain("error.test.ts");
    expect(Error.stackTraceLimit).toBe(limit);
  });
});

describe("the precompiled field check", () => {
  it("is available for every code of today's catalogue", () => {
    for (const code of ERROR_CODE_LIST) expect(codeInfo(code).check, code).toBeTypeOf("function");
  });

  // Values near each field's rules: right and wrong types, bounds, patterns, enums.
  const value = fc.oneof(
    fc.constantFrom(
      0,
      1,
      -1,
      35,
      3600,
      1.5,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      Number.NaN,
      Infinity,
    ),
    fc.constantFrom(
      "",
      "total",
      "per_number",
      "daily",
      "monthly",
      "weekly",
      "+15555550123",
      "15555550123",
      "USD",
      "usd",
    ),
    fc.constantFrom(
      "1.20",
      "1,20",
      "https://x.test/top-up",
      "ftp://x",
      "2026-11-24T00:00:00Z",
      "2026-11-24",
      "alloc_1",
    ),
    fc.constantFrom(null, true, [], [{ field: "a", message: "b" }], [{ field: 1 }], {}),
    fc.string({ maxLength: 8 }),
    fc.integer(),
  );

  it("never passes what zod refuses, and passes each code's example", () => {
    for (const code of ERROR_CODE_LIST) {
      const info = codeInfo(code);
      const message = renderMessage(info.template, exampleFields(code));
      expect(info.check?.(exampleFields(code), message), code).toBe(true);
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...ERROR_CODE_LIST),
        fc.dictionary(fc.constantFrom(...FIELD_NAMES), value),
        fc.constantFrom("", "A message."),
        fc.boolean(),
        (code, overrides, message, withExample) => {
          const info = codeInfo(code);
          const fields = withExample ? { ...exampleFields(code), ...overrides } : overrides;
          const zodSays = errorObjectSchemas[code].safeParse({ type: info.type, code, message, ...fields }).success;
          if (info.check?.(fields, message)) expect(zodSays).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps createError's verdict equal to zod's", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ERROR_CODE_LIST),
        fc.dictionary(fc.constantFrom("limit", "current", "mode", "period", "param", "details", "retry_after"), value),
        (code, overrides) => {
          const info = codeInfo(code);
          const fields = { ...exampleFields(code), ...overrides };
          const known = Object.keys(fields).every((key) => info.allowed.has(key));
          const message = renderMessage(info.template, fields);
          const zodSays =
            known && errorObjectSchemas[code].safeParse({ type: info.type, code, message, ...fields }).success;
          let created = true;
          try {
            createError(code, fields as never);
          } catch (error) {
            expect(error).toBeInstanceOf(ErrataFieldError);
            created = false;
          }
          expect(created).toBe(zodSays);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("toJSONText", () => {
  it("escapes field values inside a templated message exactly as JSON.stringify would", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: "binary" }),
        fc.string({ minLength: 1, unit: "binary" }),
        (traffic, plan) => {
          const routed = createError("traffic_not_routable", { traffic_type: traffic });
          expect(routed.toJSONText(REQUEST_ID)).toBe(JSON.stringify(routed.toBody(REQUEST_ID)));
          const capped = createError("new_conversation_limit_reached", { plan_id: plan, cap: 15, current: 15 });
          expect(capped.toJSONText(REQUEST_ID)).toBe(JSON.stringify(capped.toBody(REQUEST_ID)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("writes exactly what JSON.stringify writes of toBody", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ERROR_CODE_LIST),
        fc.string({ minLength: 1 }),
        fc.boolean(),
        (code, message, override) => {
          const error = createError(code, exampleFields(code) as never, override ? { message } : {});
          expect(error.toJSONText(REQUEST_ID)).toBe(JSON.stringify(error.toBody(REQUEST_ID)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
