// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.
import type { ErrorCode, ErrorType } from "../types.js";

export const version = "0.0.0";

export const types = {
  authentication_error: { status: 401, retry: "never" },
  authorization_error: { status: 403, retry: "never" },
  invalid_request_error: { status: 400, retry: "never" },
  payment_error: { status: 402, retry: "never" },
  not_found_error: { status: 404, retry: "never" },
  conflict_error: { status: 409, retry: "never" },
  rate_limit_error: { status: 429, retry: "retry_after" },
  api_error: { status: 500, retry: "backoff" },
} as const satisfies Record<ErrorType, object>;

export const codes = {
  missing_api_key: { type: "authentication_error", status: 401, retry: "never", ownerFacing: false, apis: [] },
  invalid_api_key: { type: "authentication_error", status: 401, retry: "never", ownerFacing: false, apis: [] },
  unauthorized: { type: "authentication_error", status: 401, retry: "never", ownerFacing: false, apis: ["rcs", "imessage", "sms"], withoutCode: ["imessage"] },
  insufficient_scope: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: [] },
  line_not_accessible: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: [] },
  sandbox_not_activated: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: [] },
  sandbox_requires_owner: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: [] },
  forbidden: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: ["rcs", "imessage"], withoutCode: ["imessage"] },
  spend_limit_exceeded: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: ["sms"] },
  ip_not_allowed: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: ["sms"] },
  policy_violation: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: ["rcs"] },
  agent_not_approved: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: ["rcs"] },
  test_number_mismatch: { type: "authorization_error", status: 403, retry: "never", ownerFacing: true, apis: [] },
  missing_required_parameter: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: [] },
  invalid_parameter_value: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: [] },
  invalid_json: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: [] },
  empty_file: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: [] },
  validation_failed: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: ["rcs", "imessage"], withoutCode: ["imessage"] },
  advanced_features_required: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: [] },
  attachment_first_message_not_allowed: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: ["imessage"] },
  sandbox_contact_mismatch: { type: "invalid_request_error", status: 400, retry: "never", ownerFacing: false, apis: [] },
  contact_has_not_messaged: { type: "invalid_request_error", status: 403, retry: "never", ownerFacing: true, apis: [] },
  inbound_only_no_prior_inbound: { type: "invalid_request_error", status: 403, retry: "never", ownerFacing: true, apis: ["imessage"] },
  traffic_not_routable: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  sender_not_approved: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  no_valid_recipients: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  no_valid_numbers: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  invalid_recipient: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  invalid_request: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  audio_error: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["sms"] },
  semantic_validation_failed: { type: "invalid_request_error", status: 422, retry: "never", ownerFacing: false, apis: ["rcs"] },
  payload_too_large: { type: "invalid_request_error", status: 413, retry: "never", ownerFacing: false, apis: ["rcs", "imessage", "sms"] },
  unsupported_media_type: { type: "invalid_request_error", status: 415, retry: "never", ownerFacing: false, apis: ["rcs", "imessage", "sms"] },
  insufficient_balance: { type: "payment_error", status: 402, retry: "never", ownerFacing: true, apis: ["rcs", "sms"] },
  not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: ["rcs", "imessage", "sms"], withoutCode: ["imessage"] },
  line_not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: [] },
  chat_not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: [] },
  message_not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: [] },
  outbox_item_not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: [] },
  webhook_not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: [] },
  file_not_found: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: [] },
  device_not_rcs_capable: { type: "not_found_error", status: 404, retry: "never", ownerFacing: false, apis: ["rcs"] },
  conflict: { type: "conflict_error", status: 409, retry: "never", ownerFacing: false, apis: ["rcs", "imessage"], withoutCode: ["imessage"] },
  duplicate_resource: { type: "conflict_error", status: 409, retry: "never", ownerFacing: false, apis: ["rcs"] },
  idempotency_conflict: { type: "conflict_error", status: 409, retry: "backoff", ownerFacing: false, retryAfter: 1, apis: ["sms"] },
  rate_limit_exceeded: { type: "rate_limit_error", status: 429, retry: "retry_after", ownerFacing: false, retryAfter: 60, apis: ["rcs"] },
  throttled: { type: "rate_limit_error", status: 429, retry: "retry_after", ownerFacing: false, retryAfter: 1, apis: ["sms"] },
  sandbox_quota_exceeded: { type: "rate_limit_error", status: 429, retry: "retry_after", ownerFacing: false, retryAfter: 3600, apis: [] },
  outbound_limit_reached: { type: "rate_limit_error", status: 429, retry: "retry_after", ownerFacing: false, retryAfter: 3600, apis: ["imessage"] },
  new_conversation_limit_reached: { type: "rate_limit_error", status: 429, retry: "retry_after", ownerFacing: false, retryAfter: 3600, apis: ["imessage"] },
  internal_error: { type: "api_error", status: 500, retry: "backoff", ownerFacing: false, apis: ["rcs", "imessage", "sms"] },
  dependency_unavailable: { type: "api_error", status: 503, retry: "backoff", ownerFacing: false, retryAfter: 5, apis: ["rcs"] },
  no_active_number: { type: "api_error", status: 503, retry: "backoff", ownerFacing: false, retryAfter: 30, apis: ["imessage"], withoutCode: ["imessage"] },
} as const satisfies Record<ErrorCode, object>;

export const generic = {
  "imessage": {
    "400": {
      "Invalid request parameters.": "validation_failed"
    },
    "401": {
      "Invalid or missing API key.": "unauthorized"
    },
    "403": {
      "Action not allowed for this API key.": "forbidden"
    },
    "404": {
      "Resource not found.": "not_found"
    },
    "409": {
      "Conflict with current state.": "conflict"
    },
    "503": {
      "No active number available.": "no_active_number"
    }
  }
} as const;

/** Every code as itself; a deprecated code carries a JSDoc deprecation naming its replacement. */
export type Names = {
  readonly missing_api_key: "missing_api_key";
  readonly invalid_api_key: "invalid_api_key";
  readonly unauthorized: "unauthorized";
  readonly insufficient_scope: "insufficient_scope";
  readonly line_not_accessible: "line_not_accessible";
  readonly sandbox_not_activated: "sandbox_not_activated";
  readonly sandbox_requires_owner: "sandbox_requires_owner";
  readonly forbidden: "forbidden";
  readonly spend_limit_exceeded: "spend_limit_exceeded";
  readonly ip_not_allowed: "ip_not_allowed";
  readonly policy_violation: "policy_violation";
  readonly agent_not_approved: "agent_not_approved";
  readonly test_number_mismatch: "test_number_mismatch";
  readonly missing_required_parameter: "missing_required_parameter";
  readonly invalid_parameter_value: "invalid_parameter_value";
  readonly invalid_json: "invalid_json";
  readonly empty_file: "empty_file";
  readonly validation_failed: "validation_failed";
  readonly advanced_features_required: "advanced_features_required";
  readonly attachment_first_message_not_allowed: "attachment_first_message_not_allowed";
  readonly sandbox_contact_mismatch: "sandbox_contact_mismatch";
  readonly contact_has_not_messaged: "contact_has_not_messaged";
  readonly inbound_only_no_prior_inbound: "inbound_only_no_prior_inbound";
  readonly traffic_not_routable: "traffic_not_routable";
  readonly sender_not_approved: "sender_not_approved";
  readonly no_valid_recipients: "no_valid_recipients";
  readonly no_valid_numbers: "no_valid_numbers";
  readonly invalid_recipient: "invalid_recipient";
  readonly invalid_request: "invalid_request";
  readonly audio_error: "audio_error";
  readonly semantic_validation_failed: "semantic_validation_failed";
  readonly payload_too_large: "payload_too_large";
  readonly unsupported_media_type: "unsupported_media_type";
  readonly insufficient_balance: "insufficient_balance";
  readonly not_found: "not_found";
  readonly line_not_found: "line_not_found";
  readonly chat_not_found: "chat_not_found";
  readonly message_not_found: "message_not_found";
  readonly outbox_item_not_found: "outbox_item_not_found";
  readonly webhook_not_found: "webhook_not_found";
  readonly file_not_found: "file_not_found";
  readonly device_not_rcs_capable: "device_not_rcs_capable";
  readonly conflict: "conflict";
  readonly duplicate_resource: "duplicate_resource";
  readonly idempotency_conflict: "idempotency_conflict";
  readonly rate_limit_exceeded: "rate_limit_exceeded";
  readonly throttled: "throttled";
  readonly sandbox_quota_exceeded: "sandbox_quota_exceeded";
  readonly outbound_limit_reached: "outbound_limit_reached";
  readonly new_conversation_limit_reached: "new_conversation_limit_reached";
  readonly internal_error: "internal_error";
  readonly dependency_unavailable: "dependency_unavailable";
  readonly no_active_number: "no_active_number";
};

// Fails to compile when a code is missing or misnamed.
type EveryCode<T extends { readonly [C in ErrorCode]: C }> = T;
export type CheckedNames = EveryCode<Names>;
