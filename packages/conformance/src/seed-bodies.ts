/**
 * Error bodies of the legacy APIs, as their reference documents show them: seed 003 (iMessage) and
 * 004 (SMS) copied verbatim, whitespace included; bodies written to seed 002's (RCS) description of
 * its envelope (the code in `error`, `message`, `details` on 400 and 422, the billing fields and
 * `retry_after` at the top level); and bodies written to the rows of seed 004's code table. Each
 * with the code, dialect and fields the client must read from it. The conformance vectors carry
 * every one of them to every language.
 *
 * @module
 */
import type { LegacyDialect } from "@errata/catalog";

export interface SeedBody {
  /** The document the body comes from. */
  readonly seed: "002" | "003" | "004";
  /** Whether the body is the document's own example, verbatim. */
  readonly verbatim: boolean;
  readonly status: number;
  readonly text: string;
  readonly code: string;
  readonly dialect: LegacyDialect;
  /** The error's own fields, as the client must return them. */
  readonly fields: Readonly<Record<string, unknown>>;
}

const imessage = (status: number, code: string, text: string, fields: Record<string, unknown> = {}): SeedBody => ({
  seed: "003",
  verbatim: true,
  status,
  text,
  code,
  dialect: "imessage",
  fields,
});

/** Every example body of seed 003, verbatim: six generic bodies without a code, four with one. */
export const SEED_003: readonly SeedBody[] = [
  imessage(
    400,
    "validation_failed",
    `{ "error": "ApiError", "message": "Invalid request parameters.", "status": 400 }`,
  ),
  imessage(
    400,
    "attachment_first_message_not_allowed",
    `{
"error": "ApiError",
"message": "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.",
"status": 400,
"code": "attachment_first_message_not_allowed"
}`,
  ),
  imessage(401, "unauthorized", `{ "error": "ApiError", "message": "Invalid or missing API key.", "status": 401 }`),
  imessage(
    403,
    "forbidden",
    `{ "error": "ApiError", "message": "Action not allowed for this API key.", "status": 403 }`,
  ),
  imessage(
    403,
    "inbound_only_no_prior_inbound",
    `{
"error": "ApiError",
"message": "Inbound-only plan: outbound is restricted to contacts who messaged this number first.",
"status": 403,
"code": "inbound_only_no_prior_inbound",
"allocation_id": "alloc_...",
"external_id": "+15555550199"
}`,
    { allocation_id: "alloc_...", external_id: "+15555550199" },
  ),
  imessage(404, "not_found", `{ "error": "ApiError", "message": "Resource not found.", "status": 404 }`),
  imessage(409, "conflict", `{ "error": "ApiError", "message": "Conflict with current state.", "status": 409 }`),
  imessage(
    429,
    "outbound_limit_reached",
    `{
"error": "ApiError",
"message": "Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.",
"status": 429,
"code": "outbound_limit_reached",
"limit": 35,
"current": 35,
"mode": "total"
}`,
    { limit: 35, current: 35, mode: "total" },
  ),
  imessage(
    429,
    "new_conversation_limit_reached",
    `{
"error": "ApiError",
"message": "New conversation daily limit reached for your plan",
"status": 429,
"code": "new_conversation_limit_reached",
"plan_id": "shared_com",
"cap": 15,
"current": 15
}`,
    { plan_id: "shared_com", cap: 15, current: 15 },
  ),
  imessage(503, "no_active_number", `{ "error": "ApiError", "message": "No active number available.", "status": 503 }`),
];

const sms = (status: number, code: string, message: string, fields: Record<string, unknown> = {}): SeedBody => ({
  seed: "004",
  verbatim: false,
  status,
  text: JSON.stringify({ message, error: code, ...fields }),
  code,
  dialect: "sms",
  fields,
});

/** Seed 004's example, verbatim, and a body for each row of its code table (message first, as it writes them). */
export const SEED_004: readonly SeedBody[] = [
  {
    seed: "004",
    verbatim: true,
    status: 403,
    text: `{
"message": "This send would exceed your daily spend limit.",
"error": "spend_limit_exceeded"
}`,
    code: "spend_limit_exceeded",
    dialect: "sms",
    fields: {},
  },
  sms(402, "insufficient_balance", "Your wallet cannot cover this request. Top up, then retry.", {
    required_amount: "2.80",
    topup_url: "https://dashboard.example.com/wallet",
  }),
  sms(403, "spend_limit_exceeded", "This send would exceed your monthly spend limit.", { period: "monthly" }),
  sms(403, "ip_not_allowed", "Your source IP is not on the account allowlist."),
  sms(422, "traffic_not_routable", "No route is configured for this traffic type.", { traffic_type: "marketing" }),
  sms(422, "sender_not_approved", "Use an approved sender ID, or submit one for approval."),
  sms(422, "no_valid_recipients", "None of the supplied numbers were valid."),
  sms(422, "no_valid_numbers", "None of the supplied lookup numbers were valid."),
  sms(422, "invalid_recipient", "The destination number was not in a usable format."),
  sms(422, "invalid_request", "The request was malformed for this endpoint."),
  sms(422, "audio_error", "The voice text could not be synthesized."),
  sms(429, "throttled", "Too many requests."),
  sms(409, "idempotency_conflict", "A request with the same Idempotency-Key is still processing."),
  sms(404, "not_found", "The resource does not exist or is not yours."),
];

const rcs = (status: number, code: string, message: string, fields: Record<string, unknown> = {}): SeedBody => ({
  seed: "002",
  verbatim: false,
  status,
  text: JSON.stringify({ error: code, message, ...fields }),
  code,
  dialect: "rcs",
  fields,
});

/** A body for each case of seed 002's status table, written to its envelope (the code first). */
export const SEED_002: readonly SeedBody[] = [
  rcs(400, "validation_failed", "The request failed validation.", {
    details: [{ field: "to", message: "Must be an E.164 phone number." }],
  }),
  rcs(401, "unauthorized", "Missing or invalid API key."),
  rcs(402, "insufficient_balance", "Insufficient free balance.", {
    free_balance: "1.20",
    held_balance: "4.00",
    required_amount: "2.80",
    topup_url: "https://dashboard.example.com/billing/top-up",
  }),
  rcs(403, "policy_violation", "This message violates the messaging policy."),
  rcs(403, "agent_not_approved", "The agent is not approved."),
  rcs(403, "forbidden", "Forbidden."),
  rcs(404, "not_found", "Unknown resource."),
  rcs(404, "device_not_rcs_capable", "The device may not support RCS."),
  rcs(409, "duplicate_resource", "A resource with this id already exists."),
  rcs(409, "conflict", "The resource is in the wrong state."),
  rcs(422, "semantic_validation_failed", "The request breaks a domain rule.", {
    details: [{ field: "send_at", message: "Must be in the future." }],
  }),
  rcs(429, "rate_limit_exceeded", "Rate limit exceeded.", { retry_after: 30 }),
  rcs(500, "internal_error", "Unexpected internal error."),
  rcs(503, "dependency_unavailable", "A dependency is temporarily unavailable."),
];

/** Every body above: the RCS, iMessage and SMS APIs' in turn. */
export const SEED_BODIES: readonly SeedBody[] = [...SEED_002, ...SEED_003, ...SEED_004];
