import { describe, expect, it } from "vitest";
import { ERROR_CODE_LIST } from "../codes.js";
import { exampleBody } from "../wire/examples.js";
import { anyErrorBodySchema, errorBodySchema, errorBodySchemaOf, errorObjectSchemas } from "./standard.js";

const outbound = () =>
  structuredClone(exampleBody("outbound_limit_reached")) as { error: Record<string, unknown>; request_id: string };

describe("the body schema", () => {
  it.each(ERROR_CODE_LIST)("accepts the catalogue's example of %s", (code) => {
    const body = exampleBody(code);
    expect(errorBodySchema.safeParse(body).success).toBe(true);
    expect(errorBodySchemaOf(code).safeParse(body).success).toBe(true);
    expect(anyErrorBodySchema.safeParse(body).success).toBe(true);
  });

  it("keeps members it does not know, so a newer server may add optional fields", () => {
    const body = outbound();
    body.error.next_window_at = "2026-11-24T00:00:00Z";
    const parsed = errorBodySchema.parse(body);
    expect((parsed.error as Record<string, unknown>).next_window_at).toBe("2026-11-24T00:00:00Z");
  });

  it("rejects a body whose type does not match its code", () => {
    const body = outbound();
    body.error.type = "authentication_error";
    expect(errorBodySchema.safeParse(body).success).toBe(false);
  });

  it("rejects a body without request_id, or with a malformed one", () => {
    const { request_id: _, ...without } = outbound();
    expect(errorBodySchema.safeParse(without).success).toBe(false);
    expect(errorBodySchema.safeParse({ ...outbound(), request_id: "a1b2c3" }).success).toBe(false);
  });

  it("reads outbound_limit_reached with any spelling of the per-number mode, since no reference spells it", () => {
    for (const mode of ["per_number", "per-number", "number", "sender"]) {
      const body = outbound();
      body.error.mode = mode;
      expect(errorBodySchema.safeParse(body).success, mode).toBe(true);
      body.error.allocation_id = "alloc_1";
      body.error.sender_number = "+15555550100";
      expect(errorBodySchema.safeParse(body).success, mode).toBe(true);
    }
  });

  it("still checks the per-number fields it is given, and requires a mode", () => {
    const body = outbound();
    body.error.sender_number = "5555550100";
    expect(errorBodySchema.safeParse(body).success).toBe(false);
    const modeless = outbound();
    delete modeless.error.mode;
    expect(errorBodySchema.safeParse(modeless).success).toBe(false);
    modeless.error.mode = "";
    expect(errorBodySchema.safeParse(modeless).success).toBe(false);
  });

  it("reads the bodies the reference documents show, members as they are", () => {
    const bodies: [string, Record<string, unknown>][] = [
      // The SMS reference's example: a spend limit without its period.
      [
        "spend_limit_exceeded",
        { type: "authorization_error", message: "This send would exceed your daily spend limit." },
      ],
      // The iMessage reference's generic 400: no details.
      ["validation_failed", { type: "invalid_request_error", message: "Invalid request parameters." }],
      // A sandbox quota without the catalogue's own limit and reset time.
      [
        "sandbox_quota_exceeded",
        { type: "rate_limit_error", message: "Daily sandbox limit of 50 messages reached. Resets at midnight UTC." },
      ],
      // An insufficient balance without the catalogue's own currency, nor the members the RCS reference does not name.
      [
        "insufficient_balance",
        { type: "payment_error", message: "m", required_amount: "0.50", topup_url: "https://example.com/top-up" },
      ],
    ];
    for (const [code, error] of bodies) {
      expect(
        errorBodySchema.safeParse({ error: { code, ...error }, request_id: "req_a1b2c3d4e5f6" }).success,
        code,
      ).toBe(true);
    }
  });

  it("rejects amounts sent as numbers: they are decimal strings", () => {
    const body = structuredClone(exampleBody("insufficient_balance")) as { error: Record<string, unknown> };
    body.error.required_amount = 2.8;
    expect(errorBodySchema.safeParse(body).success).toBe(false);
  });

  it("rejects a code it does not know", () => {
    const body = outbound();
    body.error.code = "brand_new_code";
    expect(errorBodySchema.safeParse(body).success).toBe(false);
  });
});

describe("the lenient body schema", () => {
  it("accepts a well-formed body with a code this version does not know", () => {
    const body = { error: { type: "future_error", code: "brand_new_code", message: "New." }, request_id: "req_x" };
    expect(anyErrorBodySchema.safeParse(body).success).toBe(true);
  });

  it("still checks a known code fully", () => {
    const body = outbound();
    delete body.error.limit;
    expect(anyErrorBodySchema.safeParse(body).success).toBe(false);
  });

  it("rejects a body that is not an error body at all", () => {
    for (const body of [
      null,
      [],
      {},
      { error: null, request_id: "req_x" },
      { error: { code: "x" }, request_id: "req_x" },
    ]) {
      expect(anyErrorBodySchema.safeParse(body).success).toBe(false);
    }
  });
});

describe("the per-code schemas", () => {
  it("has one for every code, and none accepts another code's example", () => {
    expect(Object.keys(errorObjectSchemas)).toEqual([...ERROR_CODE_LIST]);
    for (const code of ERROR_CODE_LIST) {
      const others = ERROR_CODE_LIST.filter((other) => other !== code);
      const accepted = others.filter((other) => errorObjectSchemas[code].safeParse(exampleBody(other).error).success);
      expect(accepted).toEqual([]);
    }
  });
});
