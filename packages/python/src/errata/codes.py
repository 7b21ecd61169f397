"""Generated from schemas/catalog.json by scripts/generate.py. Do not edit.

Every code and every type as string enums, and as `Literal` types.
"""

from enum import StrEnum
from typing import Literal


class ErrorCode(StrEnum):
    """Every catalogued code."""

    MISSING_API_KEY = "missing_api_key"
    INVALID_API_KEY = "invalid_api_key"
    UNAUTHORIZED = "unauthorized"
    INSUFFICIENT_SCOPE = "insufficient_scope"
    LINE_NOT_ACCESSIBLE = "line_not_accessible"
    SANDBOX_NOT_ACTIVATED = "sandbox_not_activated"
    SANDBOX_REQUIRES_OWNER = "sandbox_requires_owner"
    FORBIDDEN = "forbidden"
    SPEND_LIMIT_EXCEEDED = "spend_limit_exceeded"
    IP_NOT_ALLOWED = "ip_not_allowed"
    POLICY_VIOLATION = "policy_violation"
    AGENT_NOT_APPROVED = "agent_not_approved"
    TEST_NUMBER_MISMATCH = "test_number_mismatch"
    MISSING_REQUIRED_PARAMETER = "missing_required_parameter"
    INVALID_PARAMETER_VALUE = "invalid_parameter_value"
    INVALID_JSON = "invalid_json"
    EMPTY_FILE = "empty_file"
    VALIDATION_FAILED = "validation_failed"
    ADVANCED_FEATURES_REQUIRED = "advanced_features_required"
    ATTACHMENT_FIRST_MESSAGE_NOT_ALLOWED = "attachment_first_message_not_allowed"
    SANDBOX_CONTACT_MISMATCH = "sandbox_contact_mismatch"
    CONTACT_HAS_NOT_MESSAGED = "contact_has_not_messaged"
    INBOUND_ONLY_NO_PRIOR_INBOUND = "inbound_only_no_prior_inbound"
    TRAFFIC_NOT_ROUTABLE = "traffic_not_routable"
    SENDER_NOT_APPROVED = "sender_not_approved"
    NO_VALID_RECIPIENTS = "no_valid_recipients"
    NO_VALID_NUMBERS = "no_valid_numbers"
    INVALID_RECIPIENT = "invalid_recipient"
    INVALID_REQUEST = "invalid_request"
    AUDIO_ERROR = "audio_error"
    SEMANTIC_VALIDATION_FAILED = "semantic_validation_failed"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    INSUFFICIENT_BALANCE = "insufficient_balance"
    NOT_FOUND = "not_found"
    LINE_NOT_FOUND = "line_not_found"
    CHAT_NOT_FOUND = "chat_not_found"
    MESSAGE_NOT_FOUND = "message_not_found"
    OUTBOX_ITEM_NOT_FOUND = "outbox_item_not_found"
    WEBHOOK_NOT_FOUND = "webhook_not_found"
    FILE_NOT_FOUND = "file_not_found"
    DEVICE_NOT_RCS_CAPABLE = "device_not_rcs_capable"
    CONFLICT = "conflict"
    DUPLICATE_RESOURCE = "duplicate_resource"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    THROTTLED = "throttled"
    SANDBOX_QUOTA_EXCEEDED = "sandbox_quota_exceeded"
    OUTBOUND_LIMIT_REACHED = "outbound_limit_reached"
    NEW_CONVERSATION_LIMIT_REACHED = "new_conversation_limit_reached"
    INTERNAL_ERROR = "internal_error"
    DEPENDENCY_UNAVAILABLE = "dependency_unavailable"
    NO_ACTIVE_NUMBER = "no_active_number"


class ErrorType(StrEnum):
    """Every type (category) of error."""

    AUTHENTICATION_ERROR = "authentication_error"
    AUTHORIZATION_ERROR = "authorization_error"
    INVALID_REQUEST_ERROR = "invalid_request_error"
    PAYMENT_ERROR = "payment_error"
    NOT_FOUND_ERROR = "not_found_error"
    CONFLICT_ERROR = "conflict_error"
    RATE_LIMIT_ERROR = "rate_limit_error"
    API_ERROR = "api_error"


Code = Literal[
    "missing_api_key",
    "invalid_api_key",
    "unauthorized",
    "insufficient_scope",
    "line_not_accessible",
    "sandbox_not_activated",
    "sandbox_requires_owner",
    "forbidden",
    "spend_limit_exceeded",
    "ip_not_allowed",
    "policy_violation",
    "agent_not_approved",
    "test_number_mismatch",
    "missing_required_parameter",
    "invalid_parameter_value",
    "invalid_json",
    "empty_file",
    "validation_failed",
    "advanced_features_required",
    "attachment_first_message_not_allowed",
    "sandbox_contact_mismatch",
    "contact_has_not_messaged",
    "inbound_only_no_prior_inbound",
    "traffic_not_routable",
    "sender_not_approved",
    "no_valid_recipients",
    "no_valid_numbers",
    "invalid_recipient",
    "invalid_request",
    "audio_error",
    "semantic_validation_failed",
    "payload_too_large",
    "unsupported_media_type",
    "insufficient_balance",
    "not_found",
    "line_not_found",
    "chat_not_found",
    "message_not_found",
    "outbox_item_not_found",
    "webhook_not_found",
    "file_not_found",
    "device_not_rcs_capable",
    "conflict",
    "duplicate_resource",
    "idempotency_conflict",
    "rate_limit_exceeded",
    "throttled",
    "sandbox_quota_exceeded",
    "outbound_limit_reached",
    "new_conversation_limit_reached",
    "internal_error",
    "dependency_unavailable",
    "no_active_number",
]
TypeName = Literal[
    "authentication_error",
    "authorization_error",
    "invalid_request_error",
    "payment_error",
    "not_found_error",
    "conflict_error",
    "rate_limit_error",
    "api_error",
]
Dialect = Literal["standard", "rcs", "imessage", "sms"]
