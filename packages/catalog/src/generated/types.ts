// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.
import type { ErrorDetail } from "../types.js";

/** The `error` object of `missing_api_key`: Missing API key. */
export type MissingApiKeyObject = {
  /** The error's type (category). */
  readonly type: "authentication_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "missing_api_key";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `invalid_api_key`: Invalid API key. */
export type InvalidApiKeyObject = {
  /** The error's type (category). */
  readonly type: "authentication_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "invalid_api_key";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `unauthorized`: Unauthorized. */
export type UnauthorizedObject = {
  /** The error's type (category). */
  readonly type: "authentication_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "unauthorized";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `insufficient_scope`: Insufficient scope. */
export type InsufficientScopeObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "insufficient_scope";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `line_not_accessible`: Line not accessible. */
export type LineNotAccessibleObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "line_not_accessible";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `sandbox_not_activated`: Sandbox not activated. */
export type SandboxNotActivatedObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "sandbox_not_activated";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `sandbox_requires_owner`: Sandbox requires an owner. */
export type SandboxRequiresOwnerObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "sandbox_requires_owner";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `forbidden`: Forbidden. */
export type ForbiddenObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "forbidden";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `spend_limit_exceeded`: Spend limit exceeded. */
export type SpendLimitExceededObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "spend_limit_exceeded";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** Which spend cap was hit: the daily or the monthly one (the catalogue expects `daily` or `monthly`; any other value is read too). */
  readonly period?: "daily" | "monthly" | (string & {});
};

/** The `error` object of `ip_not_allowed`: IP address not allowed. */
export type IpNotAllowedObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "ip_not_allowed";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `policy_violation`: Policy violation. */
export type PolicyViolationObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "policy_violation";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `agent_not_approved`: Agent not approved. */
export type AgentNotApprovedObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "agent_not_approved";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `test_number_mismatch`: Not a verified test number. */
export type TestNumberMismatchObject = {
  /** The error's type (category). */
  readonly type: "authorization_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "test_number_mismatch";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `missing_required_parameter`: Missing required parameter. */
export type MissingRequiredParameterObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "missing_required_parameter";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `invalid_parameter_value`: Invalid parameter value. */
export type InvalidParameterValueObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "invalid_parameter_value";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `invalid_json`: Invalid JSON. */
export type InvalidJsonObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "invalid_json";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `empty_file`: Empty file. */
export type EmptyFileObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "empty_file";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `validation_failed`: Validation failed. */
export type ValidationFailedObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "validation_failed";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `advanced_features_required`: Advanced features required. */
export type AdvancedFeaturesRequiredObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "advanced_features_required";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `attachment_first_message_not_allowed`: Attachment-only first message. */
export type AttachmentFirstMessageNotAllowedObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "attachment_first_message_not_allowed";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `sandbox_contact_mismatch`: Sandbox contact mismatch. */
export type SandboxContactMismatchObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "sandbox_contact_mismatch";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `contact_has_not_messaged`: Contact has not messaged first. */
export type ContactHasNotMessagedObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "contact_has_not_messaged";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `inbound_only_no_prior_inbound`: Inbound-only number. */
export type InboundOnlyNoPriorInboundObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "inbound_only_no_prior_inbound";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** The number allocation (`alloc_...`) that tripped the rule. */
  readonly allocation_id: string;
  /** The recipient: a phone number or email for a 1:1 chat, the group identifier for a group chat. */
  readonly external_id: string;
};

/** The `error` object of `traffic_not_routable`: Traffic not routable. */
export type TrafficNotRoutableObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "traffic_not_routable";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** The traffic type that has no route. */
  readonly traffic_type: string;
};

/** The `error` object of `sender_not_approved`: Sender not approved. */
export type SenderNotApprovedObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "sender_not_approved";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `no_valid_recipients`: No valid recipients. */
export type NoValidRecipientsObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "no_valid_recipients";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `no_valid_numbers`: No valid numbers. */
export type NoValidNumbersObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "no_valid_numbers";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `invalid_recipient`: Invalid recipient. */
export type InvalidRecipientObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "invalid_recipient";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `invalid_request`: Invalid request. */
export type InvalidRequestObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "invalid_request";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `audio_error`: Audio error. */
export type AudioErrorObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "audio_error";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `semantic_validation_failed`: Semantic validation failed. */
export type SemanticValidationFailedObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "semantic_validation_failed";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `payload_too_large`: Payload too large. */
export type PayloadTooLargeObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "payload_too_large";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `unsupported_media_type`: Unsupported media type. */
export type UnsupportedMediaTypeObject = {
  /** The error's type (category). */
  readonly type: "invalid_request_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "unsupported_media_type";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `insufficient_balance`: Insufficient balance. */
export type InsufficientBalanceObject = {
  /** The error's type (category). */
  readonly type: "payment_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "insufficient_balance";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** Immediately spendable balance, a decimal string in major units (`12.50`). The check runs against it. */
  readonly free_balance?: string;
  /** Balance currently held for in-flight operations, a decimal string in major units. */
  readonly held_balance?: string;
  /** The exact shortfall, a decimal string in major units: add at least this much to complete the operation. */
  readonly required_amount: string;
  /** The ISO 4217 currency of the amounts (`USD`); the catalogue's own field, which no reference document names. */
  readonly currency?: string;
  /** A direct link to the billing top-up flow. */
  readonly topup_url: string;
};

/** The `error` object of `not_found`: Not found. */
export type NotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `line_not_found`: Line not found. */
export type LineNotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "line_not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `chat_not_found`: Chat not found. */
export type ChatNotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "chat_not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `message_not_found`: Message not found. */
export type MessageNotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "message_not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `outbox_item_not_found`: Outbox item not found. */
export type OutboxItemNotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "outbox_item_not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `webhook_not_found`: Webhook not found. */
export type WebhookNotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "webhook_not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `file_not_found`: File not found. */
export type FileNotFoundObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "file_not_found";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `device_not_rcs_capable`: Device not RCS-capable. */
export type DeviceNotRcsCapableObject = {
  /** The error's type (category). */
  readonly type: "not_found_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "device_not_rcs_capable";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `conflict`: Conflict. */
export type ConflictObject = {
  /** The error's type (category). */
  readonly type: "conflict_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "conflict";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `duplicate_resource`: Duplicate resource. */
export type DuplicateResourceObject = {
  /** The error's type (category). */
  readonly type: "conflict_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "duplicate_resource";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `idempotency_conflict`: Idempotency conflict. */
export type IdempotencyConflictObject = {
  /** The error's type (category). */
  readonly type: "conflict_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "idempotency_conflict";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `rate_limit_exceeded`: Rate limit exceeded. */
export type RateLimitExceededObject = {
  /** The error's type (category). */
  readonly type: "rate_limit_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "rate_limit_exceeded";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** Whole seconds to wait before retrying; the same value as the `Retry-After` header. */
  readonly retry_after?: number;
};

/** The `error` object of `throttled`: Throttled. */
export type ThrottledObject = {
  /** The error's type (category). */
  readonly type: "rate_limit_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "throttled";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** Whole seconds to wait before retrying; the same value as the `Retry-After` header. */
  readonly retry_after?: number;
};

/** The `error` object of `sandbox_quota_exceeded`: Sandbox quota exceeded. */
export type SandboxQuotaExceededObject = {
  /** The error's type (category). */
  readonly type: "rate_limit_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "sandbox_quota_exceeded";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** The configured limit that was reached. */
  readonly limit?: number;
  /** The time the quota resets (midnight UTC), as an RFC 3339 timestamp. */
  readonly resets_at?: string;
  /** Whole seconds to wait before retrying; the same value as the `Retry-After` header. */
  readonly retry_after?: number;
};

/** The `error` object of `outbound_limit_reached`: Outbound contact limit reached. */
export type OutboundLimitReachedObject = {
  /** The error's type (category). */
  readonly type: "rate_limit_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "outbound_limit_reached";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** The configured limit that was reached. */
  readonly limit: number;
  /** The usage counted against the limit at the time the request was refused. */
  readonly current: number;
  /** Whose limit was reached: `total` (the whole organization's). A per-number limit is sent with another value (the catalogue expects `per_number`) and with `allocation_id` and `sender_number`; any other value is read too. */
  readonly mode: "total" | "per_number" | (string & {});
  /** The number allocation (`alloc_...`) that tripped the rule. */
  readonly allocation_id?: string;
  /** The sending number (E.164) that tripped the rule. */
  readonly sender_number?: string;
  /** Whole seconds to wait before retrying; the same value as the `Retry-After` header. */
  readonly retry_after?: number;
};

/** The `error` object of `new_conversation_limit_reached`: New conversation limit reached. */
export type NewConversationLimitReachedObject = {
  /** The error's type (category). */
  readonly type: "rate_limit_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "new_conversation_limit_reached";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
  /** The plan whose cap applies (such as `shared_com`). */
  readonly plan_id: string;
  /** The plan's daily new-conversation cap. */
  readonly cap: number;
  /** The usage counted against the limit at the time the request was refused. */
  readonly current: number;
  /** Whole seconds to wait before retrying; the same value as the `Retry-After` header. */
  readonly retry_after?: number;
};

/** The `error` object of `internal_error`: Internal error. */
export type InternalErrorObject = {
  /** The error's type (category). */
  readonly type: "api_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "internal_error";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `dependency_unavailable`: Dependency unavailable. */
export type DependencyUnavailableObject = {
  /** The error's type (category). */
  readonly type: "api_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "dependency_unavailable";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** The `error` object of `no_active_number`: No active number. */
export type NoActiveNumberObject = {
  /** The error's type (category). */
  readonly type: "api_error";
  /** The machine-readable error code. Branch on it. */
  readonly code: "no_active_number";
  /** The human-readable explanation. Never branch on it. */
  readonly message: string;
  /** The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`). */
  readonly param?: string;
  /** Field-level problems, one item for each: `{field, message}`. */
  readonly details?: readonly ErrorDetail[];
  /** A link to this code's entry in the error reference. */
  readonly doc_url?: string;
};

/** Code → its `error` object. */
export interface ErrorObjectMap {
  readonly missing_api_key: MissingApiKeyObject;
  readonly invalid_api_key: InvalidApiKeyObject;
  readonly unauthorized: UnauthorizedObject;
  readonly insufficient_scope: InsufficientScopeObject;
  readonly line_not_accessible: LineNotAccessibleObject;
  readonly sandbox_not_activated: SandboxNotActivatedObject;
  readonly sandbox_requires_owner: SandboxRequiresOwnerObject;
  readonly forbidden: ForbiddenObject;
  readonly spend_limit_exceeded: SpendLimitExceededObject;
  readonly ip_not_allowed: IpNotAllowedObject;
  readonly policy_violation: PolicyViolationObject;
  readonly agent_not_approved: AgentNotApprovedObject;
  readonly test_number_mismatch: TestNumberMismatchObject;
  readonly missing_required_parameter: MissingRequiredParameterObject;
  readonly invalid_parameter_value: InvalidParameterValueObject;
  readonly invalid_json: InvalidJsonObject;
  readonly empty_file: EmptyFileObject;
  readonly validation_failed: ValidationFailedObject;
  readonly advanced_features_required: AdvancedFeaturesRequiredObject;
  readonly attachment_first_message_not_allowed: AttachmentFirstMessageNotAllowedObject;
  readonly sandbox_contact_mismatch: SandboxContactMismatchObject;
  readonly contact_has_not_messaged: ContactHasNotMessagedObject;
  readonly inbound_only_no_prior_inbound: InboundOnlyNoPriorInboundObject;
  readonly traffic_not_routable: TrafficNotRoutableObject;
  readonly sender_not_approved: SenderNotApprovedObject;
  readonly no_valid_recipients: NoValidRecipientsObject;
  readonly no_valid_numbers: NoValidNumbersObject;
  readonly invalid_recipient: InvalidRecipientObject;
  readonly invalid_request: InvalidRequestObject;
  readonly audio_error: AudioErrorObject;
  readonly semantic_validation_failed: SemanticValidationFailedObject;
  readonly payload_too_large: PayloadTooLargeObject;
  readonly unsupported_media_type: UnsupportedMediaTypeObject;
  readonly insufficient_balance: InsufficientBalanceObject;
  readonly not_found: NotFoundObject;
  readonly line_not_found: LineNotFoundObject;
  readonly chat_not_found: ChatNotFoundObject;
  readonly message_not_found: MessageNotFoundObject;
  readonly outbox_item_not_found: OutboxItemNotFoundObject;
  readonly webhook_not_found: WebhookNotFoundObject;
  readonly file_not_found: FileNotFoundObject;
  readonly device_not_rcs_capable: DeviceNotRcsCapableObject;
  readonly conflict: ConflictObject;
  readonly duplicate_resource: DuplicateResourceObject;
  readonly idempotency_conflict: IdempotencyConflictObject;
  readonly rate_limit_exceeded: RateLimitExceededObject;
  readonly throttled: ThrottledObject;
  readonly sandbox_quota_exceeded: SandboxQuotaExceededObject;
  readonly outbound_limit_reached: OutboundLimitReachedObject;
  readonly new_conversation_limit_reached: NewConversationLimitReachedObject;
  readonly internal_error: InternalErrorObject;
  readonly dependency_unavailable: DependencyUnavailableObject;
  readonly no_active_number: NoActiveNumberObject;
}

/** Code → its own fields, as they stand inside `error`. */
export interface ErrorFieldsMap {
  readonly missing_api_key: {};
  readonly invalid_api_key: {};
  readonly unauthorized: {};
  readonly insufficient_scope: {};
  readonly line_not_accessible: {};
  readonly sandbox_not_activated: {};
  readonly sandbox_requires_owner: {};
  readonly forbidden: {};
  readonly spend_limit_exceeded: { readonly period?: "daily" | "monthly" | (string & {}) };
  readonly ip_not_allowed: {};
  readonly policy_violation: {};
  readonly agent_not_approved: {};
  readonly test_number_mismatch: {};
  readonly missing_required_parameter: { readonly param: string };
  readonly invalid_parameter_value: { readonly param: string };
  readonly invalid_json: {};
  readonly empty_file: {};
  readonly validation_failed: { readonly details?: readonly ErrorDetail[] };
  readonly advanced_features_required: {};
  readonly attachment_first_message_not_allowed: {};
  readonly sandbox_contact_mismatch: {};
  readonly contact_has_not_messaged: {};
  readonly inbound_only_no_prior_inbound: { readonly allocation_id: string; readonly external_id: string };
  readonly traffic_not_routable: { readonly traffic_type: string };
  readonly sender_not_approved: {};
  readonly no_valid_recipients: {};
  readonly no_valid_numbers: {};
  readonly invalid_recipient: {};
  readonly invalid_request: {};
  readonly audio_error: {};
  readonly semantic_validation_failed: { readonly details: readonly ErrorDetail[] };
  readonly payload_too_large: {};
  readonly unsupported_media_type: {};
  readonly insufficient_balance: { readonly free_balance?: string; readonly held_balance?: string; readonly required_amount: string; readonly currency?: string; readonly topup_url: string };
  readonly not_found: {};
  readonly line_not_found: {};
  readonly chat_not_found: {};
  readonly message_not_found: {};
  readonly outbox_item_not_found: {};
  readonly webhook_not_found: {};
  readonly file_not_found: {};
  readonly device_not_rcs_capable: {};
  readonly conflict: {};
  readonly duplicate_resource: {};
  readonly idempotency_conflict: {};
  readonly rate_limit_exceeded: { readonly retry_after?: number };
  readonly throttled: { readonly retry_after?: number };
  readonly sandbox_quota_exceeded: { readonly limit?: number; readonly resets_at?: string; readonly retry_after?: number };
  readonly outbound_limit_reached: { readonly limit: number; readonly current: number; readonly mode: "total" | "per_number" | (string & {}); readonly allocation_id?: string; readonly sender_number?: string; readonly retry_after?: number };
  readonly new_conversation_limit_reached: { readonly plan_id: string; readonly cap: number; readonly current: number; readonly retry_after?: number };
  readonly internal_error: {};
  readonly dependency_unavailable: {};
  readonly no_active_number: {};
}

/** Code → whether a caller must pass some field (`required`) or may pass none (`optional`). */
export interface ErrorFieldsNeed {
  readonly missing_api_key: "optional";
  readonly invalid_api_key: "optional";
  readonly unauthorized: "optional";
  readonly insufficient_scope: "optional";
  readonly line_not_accessible: "optional";
  readonly sandbox_not_activated: "optional";
  readonly sandbox_requires_owner: "optional";
  readonly forbidden: "optional";
  readonly spend_limit_exceeded: "optional";
  readonly ip_not_allowed: "optional";
  readonly policy_violation: "optional";
  readonly agent_not_approved: "optional";
  readonly test_number_mismatch: "optional";
  readonly missing_required_parameter: "required";
  readonly invalid_parameter_value: "required";
  readonly invalid_json: "optional";
  readonly empty_file: "optional";
  readonly validation_failed: "optional";
  readonly advanced_features_required: "optional";
  readonly attachment_first_message_not_allowed: "optional";
  readonly sandbox_contact_mismatch: "optional";
  readonly contact_has_not_messaged: "optional";
  readonly inbound_only_no_prior_inbound: "required";
  readonly traffic_not_routable: "required";
  readonly sender_not_approved: "optional";
  readonly no_valid_recipients: "optional";
  readonly no_valid_numbers: "optional";
  readonly invalid_recipient: "optional";
  readonly invalid_request: "optional";
  readonly audio_error: "optional";
  readonly semantic_validation_failed: "required";
  readonly payload_too_large: "optional";
  readonly unsupported_media_type: "optional";
  readonly insufficient_balance: "required";
  readonly not_found: "optional";
  readonly line_not_found: "optional";
  readonly chat_not_found: "optional";
  readonly message_not_found: "optional";
  readonly outbox_item_not_found: "optional";
  readonly webhook_not_found: "optional";
  readonly file_not_found: "optional";
  readonly device_not_rcs_capable: "optional";
  readonly conflict: "optional";
  readonly duplicate_resource: "optional";
  readonly idempotency_conflict: "optional";
  readonly rate_limit_exceeded: "optional";
  readonly throttled: "optional";
  readonly sandbox_quota_exceeded: "optional";
  readonly outbound_limit_reached: "required";
  readonly new_conversation_limit_reached: "required";
  readonly internal_error: "optional";
  readonly dependency_unavailable: "optional";
  readonly no_active_number: "optional";
}

/** Type → the codes of that type. */
export interface CodesOfType {
  readonly authentication_error: "missing_api_key" | "invalid_api_key" | "unauthorized";
  readonly authorization_error: "insufficient_scope" | "line_not_accessible" | "sandbox_not_activated" | "sandbox_requires_owner" | "forbidden" | "spend_limit_exceeded" | "ip_not_allowed" | "policy_violation" | "agent_not_approved" | "test_number_mismatch";
  readonly invalid_request_error: "missing_required_parameter" | "invalid_parameter_value" | "invalid_json" | "empty_file" | "validation_failed" | "advanced_features_required" | "attachment_first_message_not_allowed" | "sandbox_contact_mismatch" | "contact_has_not_messaged" | "inbound_only_no_prior_inbound" | "traffic_not_routable" | "sender_not_approved" | "no_valid_recipients" | "no_valid_numbers" | "invalid_recipient" | "invalid_request" | "audio_error" | "semantic_validation_failed" | "payload_too_large" | "unsupported_media_type";
  readonly payment_error: "insufficient_balance";
  readonly not_found_error: "not_found" | "line_not_found" | "chat_not_found" | "message_not_found" | "outbox_item_not_found" | "webhook_not_found" | "file_not_found" | "device_not_rcs_capable";
  readonly conflict_error: "conflict" | "duplicate_resource" | "idempotency_conflict";
  readonly rate_limit_error: "rate_limit_exceeded" | "throttled" | "sandbox_quota_exceeded" | "outbound_limit_reached" | "new_conversation_limit_reached";
  readonly api_error: "internal_error" | "dependency_unavailable" | "no_active_number";
}
