/**
 * The catalogue takes every code the five reference documents name, with exactly the status they
 * give. This table is transcribed from those documents: it is the oracle, not a copy of catalog.ts.
 */
import { describe, expect, it } from "vitest";
import { ERRORS, isErrorCode } from "./index.js";

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

describe("the catalogue and the reference documents", () => {
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
