/**
 * Error bodies of the legacy APIs, as their reference documents print them: every example body of
 * the iMessage (003) and SMS (004) documents, copied verbatim (whitespace included), and bodies
 * written to the RCS document's (002) description, which prints none. Each names the code,
 * message and fields a reader must find in it, and the fields and message a server raises to
 * write it back.
 */
import type { Dialect } from "@errata/catalog";

export interface SeedBody {
  /** The document the body comes from. */
  readonly seed: "002" | "003" | "004";
  readonly dialect: Exclude<Dialect, "standard">;
  /** The HTTP status the document gives the body. */
  readonly status: number;
  /** The body, as the document prints it (002: as its description says it is written). */
  readonly text: string;
  /** The catalogued code it reads as. */
  readonly code: string;
  readonly message: string;
  /** The code's fields in the body (the members beside the envelope's). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Set when the message is not the one the catalogue renders from the fields: the server is given it. */
  readonly messageOverride?: string;
}

export const SEED_BODIES: readonly SeedBody[] = [
  // --- 003: the iMessage API. Its generic bodies carry no code.
  {
    seed: "003",
    dialect: "imessage",
    status: 400,
    text: '{ "error": "ApiError", "message": "Invalid request parameters.", "status": 400 }',
    code: "validation_failed",
    message: "Invalid request parameters.",
    fields: {},
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 400,
    text: `{
"error": "ApiError",
"message": "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.",
"status": 400,
"code": "attachment_first_message_not_allowed"
}`,
    code: "attachment_first_message_not_allowed",
    message:
      "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.",
    fields: {},
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 401,
    text: '{ "error": "ApiError", "message": "Invalid or missing API key.", "status": 401 }',
    code: "unauthorized",
    message: "Invalid or missing API key.",
    fields: {},
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 403,
    text: '{ "error": "ApiError", "message": "Action not allowed for this API key.", "status": 403 }',
    code: "forbidden",
    message: "Action not allowed for this API key.",
    fields: {},
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 403,
    text: `{
"error": "ApiError",
"message": "Inbound-only plan: outbound is restricted to contacts who messaged this number first.",
"status": 403,
"code": "inbound_only_no_prior_inbound",
"allocation_id": "alloc_...",
"external_id": "+15555550199"
}`,
    code: "inbound_only_no_prior_inbound",
    message: "Inbound-only plan: outbound is restricted to contacts who messaged this number first.",
    fields: { allocation_id: "alloc_...", external_id: "+15555550199" },
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 404,
    text: '{ "error": "ApiError", "message": "Resource not found.", "status": 404 }',
    code: "not_found",
    message: "Resource not found.",
    fields: {},
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 409,
    text: '{ "error": "ApiError", "message": "Conflict with current state.", "status": 409 }',
    code: "conflict",
    message: "Conflict with current state.",
    fields: {},
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 429,
    text: `{
"error": "ApiError",
"message": "Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.",
"status": 429,
"code": "outbound_limit_reached",
"limit": 35,
"current": 35,
"mode": "total"
}`,
    code: "outbound_limit_reached",
    message:
      "Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.",
    fields: { limit: 35, current: 35, mode: "total" },
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 429,
    text: `{
"error": "ApiError",
"message": "New conversation daily limit reached for your plan",
"status": 429,
"code": "new_conversation_limit_reached",
"plan_id": "shared_com",
"cap": 15,
"current": 15
}`,
    code: "new_conversation_limit_reached",
    message: "New conversation daily limit reached for your plan",
    fields: { plan_id: "shared_com", cap: 15, current: 15 },
  },
  {
    seed: "003",
    dialect: "imessage",
    status: 503,
    text: '{ "error": "ApiError", "message": "No active number available.", "status": 503 }',
    code: "no_active_number",
    message: "No active number available.",
    fields: {},
  },

  // --- 004: the SMS API. Its one example; its table promises a period the example lacks.
  {
    seed: "004",
    dialect: "sms",
    status: 403,
    text: `{
"message": "This send would exceed your daily spend limit.",
"error": "spend_limit_exceeded"
}`,
    code: "spend_limit_exceeded",
    message: "This send would exceed your daily spend limit.",
    fields: {},
    messageOverride: "This send would exceed your daily spend limit.",
  },
  {
    seed: "004",
    dialect: "sms",
    status: 422,
    text: '{"message":"No route is configured for marketing traffic.","error":"traffic_not_routable","traffic_type":"marketing"}',
    code: "traffic_not_routable",
    message: "No route is configured for marketing traffic.",
    fields: { traffic_type: "marketing" },
  },
  {
    seed: "004",
    dialect: "sms",
    status: 429,
    text: '{"message":"Too many requests. Wait for the number of seconds in the Retry-After header.","error":"throttled"}',
    code: "throttled",
    message: "Too many requests. Wait for the number of seconds in the Retry-After header.",
    fields: {},
  },

  // --- 002: the RCS API. The code in `error`, details on 400 and 422, billing fields at the top level.
  {
    seed: "002",
    dialect: "rcs",
    status: 400,
    text: '{"error":"validation_failed","message":"Invalid request parameters.","details":[{"field":"to","message":"Expected a phone number in E.164 format."}]}',
    code: "validation_failed",
    message: "Invalid request parameters.",
    fields: { details: [{ field: "to", message: "Expected a phone number in E.164 format." }] },
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 401,
    text: '{"error":"unauthorized","message":"Invalid or missing API key."}',
    code: "unauthorized",
    message: "Invalid or missing API key.",
    fields: {},
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 402,
    text: '{"error":"insufficient_balance","message":"Your free balance of 1.20 is 2.80 short of what this operation needs. Top up at least 2.80, then retry.","free_balance":"1.20","held_balance":"3.00","required_amount":"2.80","topup_url":"https://dashboard.example.com/billing/top-up"}',
    code: "insufficient_balance",
    message: "Your free balance of 1.20 is 2.80 short of what this operation needs. Top up at least 2.80, then retry.",
    fields: {
      free_balance: "1.20",
      held_balance: "3.00",
      required_amount: "2.80",
      topup_url: "https://dashboard.example.com/billing/top-up",
    },
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 403,
    text: '{"error":"test_number_mismatch","message":"Test agents can only send to the verified test phone number."}',
    code: "test_number_mismatch",
    message: "Test agents can only send to the verified test phone number.",
    fields: {},
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 404,
    text: '{"error":"device_not_rcs_capable","message":"The destination device may not support RCS."}',
    code: "device_not_rcs_capable",
    message: "The destination device may not support RCS.",
    fields: {},
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 409,
    text: '{"error":"duplicate_resource","message":"A resource with the same identity already exists."}',
    code: "duplicate_resource",
    message: "A resource with the same identity already exists.",
    fields: {},
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 422,
    text: '{"error":"semantic_validation_failed","message":"The request breaks one or more domain rules.","details":[{"field":"send_at","message":"Must be in the future."}]}',
    code: "semantic_validation_failed",
    message: "The request breaks one or more domain rules.",
    fields: { details: [{ field: "send_at", message: "Must be in the future." }] },
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 429,
    text: '{"error":"rate_limit_exceeded","message":"Hourly API rate limit exceeded. Retry after the number of seconds in the Retry-After header.","retry_after":30}',
    code: "rate_limit_exceeded",
    message: "Hourly API rate limit exceeded. Retry after the number of seconds in the Retry-After header.",
    fields: { retry_after: 30 },
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 500,
    text: '{"error":"internal_error","message":"An unexpected error occurred. Quote the request ID if you contact support."}',
    code: "internal_error",
    message: "An unexpected error occurred. Quote the request ID if you contact support.",
    fields: {},
  },
  {
    seed: "002",
    dialect: "rcs",
    status: 503,
    text: '{"error":"dependency_unavailable","message":"A service this request depends on is temporarily unavailable."}',
    code: "dependency_unavailable",
    message: "A service this request depends on is temporarily unavailable.",
    fields: {},
  },
];
