/**
 * The catalogue takes every code the five reference documents name, with exactly the status they
 * give. This table is transcribed from those documents: it is the oracle, not a copy of catalog.ts.
 */
import { describe, expect, it } from "vitest";
import { catalogJson } from "./catalog-json/write.js";
import { catalog } from "./definition.js";
import { ERRORS, type ErrorCode, isErrorCode, renderMessage, templateFor } from "./index.js";
import { errorObjectSchemas } from "./schemas/standard.js";
import { exampleBody } from "./wire/examples.js";

const SEED_CODES: ReadonlyArray<readonly [code: string, status: number, source: string]> = [
  // Two editions of one reference: authentication, authorization, invalid request, not found, rate limit.
  ["missing_api_key", 401, "000"],
  ["invalid_api_key", 401, "000"],
  ["insufficient_scope", 403, "000"],
  ["line_not_accessible", 403, "000"],
  ["sandbox_not_activated", 403, "000"],
  ["sandbox_requires_owner", 403, "001"],
  ["missing_required_parameter", 400, "000"],
  ["invalid_parameter_value", 400, "000"],
  ["invalid_json", 400, "000"],
  ["empty_file", 400, "001"],
  ["advanced_features_required", 400, "001"],
  ["sandbox_contact_mismatch", 400, "000"],
  ["contact_has_not_messaged", 403, "001"],
  ["line_not_found", 404, "000"],
  ["chat_not_found", 404, "000"],
  ["message_not_found", 404, "000"],
  ["outbox_item_not_found", 404, "000"],
  ["webhook_not_found", 404, "000"],
  ["file_not_found", 404, "001"],
  ["rate_limit_exceeded", 429, "000"],
  ["sandbox_quota_exceeded", 429, "000"],
  // The iMessage sending reference.
  ["attachment_first_message_not_allowed", 400, "003"],
  ["inbound_only_no_prior_inbound", 403, "003"],
  ["outbound_limit_reached", 429, "003"],
  ["new_conversation_limit_reached", 429, "003"],
  // The SMS and voice reference.
  ["insufficient_balance", 402, "004"],
  ["spend_limit_exceeded", 403, "004"],
  ["ip_not_allowed", 403, "004"],
  ["traffic_not_routable", 422, "004"],
  ["sender_not_approved", 422, "004"],
  ["no_valid_recipients", 422, "004"],
  ["no_valid_numbers", 422, "004"],
  ["invalid_recipient", 422, "004"],
  ["invalid_request", 422, "004"],
  ["audio_error", 422, "004"],
  ["throttled", 429, "004"],
  ["idempotency_conflict", 409, "004"],
  ["not_found", 404, "004"],
];

// Cases the RCS reference (002) and the generic responses of 003 describe without naming a code.
const DESCRIBED_CASES: ReadonlyArray<readonly [code: string, status: number, what: string]> = [
  ["validation_failed", 400, "400 validation failure, with details"],
  ["policy_violation", 403, "403 policy violation"],
  ["agent_not_approved", 403, "403 agent not approved"],
  ["test_number_mismatch", 403, "403 test phone number mismatch"],
  ["device_not_rcs_capable", 404, "404 device not RCS-capable"],
  ["duplicate_resource", 409, "409 conflict: duplicate"],
  ["conflict", 409, "409 conflict: wrong state"],
  ["semantic_validation_failed", 422, "422 semantic validation"],
  ["internal_error", 500, "500 unexpected internal error"],
  ["dependency_unavailable", 503, "503 dependency temporarily unavailable"],
  ["no_active_number", 503, "503 no active number available"],
  ["unauthorized", 401, "generic 401: invalid or missing API key"],
  ["forbidden", 403, "generic 403: action not allowed for this API key"],
];

// Statuses no document names a code for, which web frameworks answer on their own (a body over the
// parser's limit, an unreadable charset): catalogued so that those answers keep their status.
const FRAMEWORK_CASES: ReadonlyArray<readonly [code: string, status: number, what: string]> = [
  ["payload_too_large", 413, "413 body over the size limit"],
  ["unsupported_media_type", 415, "415 content type, charset or encoding not read"],
];

// Every body the documents show, verbatim: its code (the iMessage generic bodies have none; the
// code is the one the catalogue reads them to), its status, its message and its own members.
const SEED_BODIES: ReadonlyArray<
  readonly [code: string, status: number, message: string, fields: Record<string, unknown>, source: string]
> = [
  ["missing_required_parameter", 400, "The 'from' field is required.", { param: "from" }, "001"],
  ["validation_failed", 400, "Invalid request parameters.", {}, "003"],
  [
    "attachment_first_message_not_allowed",
    400,
    "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.",
    {},
    "003",
  ],
  ["unauthorized", 401, "Invalid or missing API key.", {}, "003"],
  ["forbidden", 403, "Action not allowed for this API key.", {}, "003"],
  [
    "inbound_only_no_prior_inbound",
    403,
    "Inbound-only plan: outbound is restricted to contacts who messaged this number first.",
    { allocation_id: "alloc_...", external_id: "+15555550199" },
    "003",
  ],
  ["not_found", 404, "Resource not found.", {}, "003"],
  ["conflict", 409, "Conflict with current state.", {}, "003"],
  [
    "outbound_limit_reached",
    429,
    "Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.",
    { limit: 35, current: 35, mode: "total" },
    "003",
  ],
  [
    "new_conversation_limit_reached",
    429,
    "New conversation daily limit reached for your plan",
    { plan_id: "shared_com", cap: 15, current: 15 },
    "003",
  ],
  ["no_active_number", 503, "No active number available.", {}, "003"],
  ["spend_limit_exceeded", 403, "This send would exceed your daily spend limit.", {}, "004"],
];

// The members a document promises on every body of a code (a table that says the body includes
// it, a statement that it is echoed back, the member in the code's own example). Anything else a
// code requires must be the catalogue's stated decision.
const PROMISED: Partial<Record<string, readonly string[]>> = {
  inbound_only_no_prior_inbound: ["allocation_id", "external_id"], // 003's example
  traffic_not_routable: ["traffic_type"], // 004: "The body includes the traffic_type."
  semantic_validation_failed: ["details"], // 002: "Present on validation errors (400, 422)."
  insufficient_balance: ["required_amount", "topup_url"], // 002: "read required_amount and topup_url"
  outbound_limit_reached: ["limit", "current", "mode"], // 003: "The limit and current usage are echoed back", and its example
  new_conversation_limit_reached: ["plan_id", "cap", "current"], // 003's example
};

describe("the catalogue and the reference documents", () => {
  it.each(SEED_BODIES)(
    "reads the body of %s (%i) that the documents show, and renders its message verbatim",
    (code, status, message, fields) => {
      expect(isErrorCode(code)).toBe(true);
      const known = code as ErrorCode;
      expect(ERRORS[known].status).toBe(status);
      const body = { type: ERRORS[known].type, code, message, ...fields };
      expect(errorObjectSchemas[known].safeParse(body).success).toBe(true);
      expect(exampleBody(known).error.message).toBe(message);
    },
  );

  it("requires no field that a document does not promise on every body, unless the entry says why", () => {
    for (const entry of catalogJson().errors) {
      const promised = PROMISED[entry.code] ?? [];
      const unexplained = entry.required.filter(
        (name) => !promised.includes(name) && !(`required:${name}` in entry.source.own),
      );
      expect(unexplained, entry.code).toEqual([]);
    }
  });

  it.each(SEED_CODES)("has %s with the status %i that document %s gives", (code, status) => {
    expect(isErrorCode(code)).toBe(true);
    if (isErrorCode(code)) expect(ERRORS[code].status).toBe(status);
  });

  it.each(DESCRIBED_CASES)("names the case %s (%i): %s", (code, status) => {
    expect(isErrorCode(code)).toBe(true);
    if (isErrorCode(code)) expect(ERRORS[code].status).toBe(status);
  });

  it.each(FRAMEWORK_CASES)("names the framework case %s (%i): %s", (code, status) => {
    expect(isErrorCode(code)).toBe(true);
    if (isErrorCode(code)) expect(ERRORS[code].status).toBe(status);
  });

  it("keeps the five types of the first reference with their statuses", () => {
    expect(ERRORS.missing_api_key.type).toBe("authentication_error");
    expect(ERRORS.insufficient_scope.type).toBe("authorization_error");
    expect(ERRORS.invalid_json.type).toBe("invalid_request_error");
    expect(ERRORS.line_not_found.type).toBe("not_found_error");
    expect(ERRORS.rate_limit_exceeded.type).toBe("rate_limit_error");
  });

  it("sends contact_has_not_messaged as an invalid_request_error with 403, as the reference says", () => {
    expect(ERRORS.contact_has_not_messaged).toMatchObject({ type: "invalid_request_error", status: 403 });
  });

  it("surfaces 402 and 403 errors to the account owner, and no others", () => {
    for (const info of Object.values(ERRORS)) {
      expect(info.ownerFacing).toBe(info.status === 402 || info.status === 403);
    }
  });

  it("has no code beyond the documents' codes, described cases and framework cases", () => {
    const expected = new Set([...SEED_CODES, ...DESCRIBED_CASES, ...FRAMEWORK_CASES].map(([code]) => code));
    expect(Object.keys(ERRORS).filter((code) => !expected.has(code))).toEqual([]);
  });
});

describe("the audit's findings, each fixed", () => {
  it("says insufficient_balance's required_amount is the shortfall, not what the operation needs (regression: 3.00 free and 0.50 short read as 'below the 0.50 this operation needs')", () => {
    const def = catalog.errors.insufficient_balance;
    const fields = { free_balance: "3.00", required_amount: "0.50", topup_url: "https://example.com/top-up" };
    const message = renderMessage(templateFor(def, fields), fields);
    expect(message).toBe(
      "Your free balance of 3.00 is 0.50 short of what this operation needs. Top up at least 0.50, then retry.",
    );
    expect(message).not.toMatch(/below the 0\.50/);
    const without = { required_amount: "0.50", topup_url: "https://example.com/top-up" };
    expect(renderMessage(templateFor(def, without), without)).toBe(
      "Your free balance is 0.50 short of what this operation needs. Top up at least 0.50, then retry.",
    );
  });

  it("names the number in outbound_limit_reached's message when one number tripped the limit", () => {
    const def = catalog.errors.outbound_limit_reached;
    const fields = {
      limit: 10,
      current: 10,
      mode: "per_number",
      allocation_id: "alloc_1",
      sender_number: "+15555550100",
    };
    const message = renderMessage(templateFor(def, fields), fields);
    expect(message).toContain("+15555550100");
    expect(message).not.toContain("Your organization");
    expect(
      renderMessage(templateFor(def, { limit: 35, current: 35, mode: "total" }), {
        limit: 35,
        current: 35,
        mode: "total",
      }),
    ).toContain("Your organization");
  });

  it("requires none of the fields no document promises: currency, period, the sandbox's limit and reset time", () => {
    const required = (code: string) => catalogJson().errors.find((entry) => entry.code === code)!.required;
    expect(required("insufficient_balance")).not.toContain("currency");
    expect(required("spend_limit_exceeded")).not.toContain("period");
    expect(required("sandbox_quota_exceeded")).toEqual([]);
  });

  it("says a group chat needs an inbound message received in the chat, not from one of its members", () => {
    const { description, fix } = catalog.errors.contact_has_not_messaged;
    expect(description).toContain("at least one inbound message must have been received in the chat");
    expect(`${description} ${fix}`).not.toMatch(/member/);
  });

  it("derives sandbox_quota_exceeded's delay from its reset time, which the quota takes at midnight UTC", () => {
    expect(catalog.errors.sandbox_quota_exceeded.retryAfterFrom).toBe("resets_at");
    expect(catalog.errors.sandbox_quota_exceeded.description).toContain("midnight UTC");
  });
});
