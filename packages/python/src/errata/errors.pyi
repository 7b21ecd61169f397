"""Generated from schemas/catalog.json by scripts/generate.py. Do not edit.

Each code's error class, typed: its fields and their types, for mypy and pyright.
"""

from collections.abc import Sequence
from typing import Literal, Required, TypedDict, Unpack

from errata._errors import Detail, KnownError

__all__ = [
    "AdvancedFeaturesRequired",
    "AdvancedFeaturesRequiredFields",
    "AgentNotApproved",
    "AgentNotApprovedFields",
    "AttachmentFirstMessageNotAllowed",
    "AttachmentFirstMessageNotAllowedFields",
    "AudioError",
    "AudioErrorFields",
    "ChatNotFound",
    "ChatNotFoundFields",
    "Conflict",
    "ConflictFields",
    "ContactHasNotMessaged",
    "ContactHasNotMessagedFields",
    "DependencyUnavailable",
    "DependencyUnavailableFields",
    "DeviceNotRcsCapable",
    "DeviceNotRcsCapableFields",
    "DuplicateResource",
    "DuplicateResourceFields",
    "EmptyFile",
    "EmptyFileFields",
    "FileNotFound",
    "FileNotFoundFields",
    "Forbidden",
    "ForbiddenFields",
    "IdempotencyConflict",
    "IdempotencyConflictFields",
    "InboundOnlyNoPriorInbound",
    "InboundOnlyNoPriorInboundFields",
    "InsufficientBalance",
    "InsufficientBalanceFields",
    "InsufficientScope",
    "InsufficientScopeFields",
    "InternalError",
    "InternalErrorFields",
    "InvalidApiKey",
    "InvalidApiKeyFields",
    "InvalidJson",
    "InvalidJsonFields",
    "InvalidParameterValue",
    "InvalidParameterValueFields",
    "InvalidRecipient",
    "InvalidRecipientFields",
    "InvalidRequest",
    "InvalidRequestFields",
    "IpNotAllowed",
    "IpNotAllowedFields",
    "LineNotAccessible",
    "LineNotAccessibleFields",
    "LineNotFound",
    "LineNotFoundFields",
    "MessageNotFound",
    "MessageNotFoundFields",
    "MissingApiKey",
    "MissingApiKeyFields",
    "MissingRequiredParameter",
    "MissingRequiredParameterFields",
    "NewConversationLimitReached",
    "NewConversationLimitReachedFields",
    "NoActiveNumber",
    "NoActiveNumberFields",
    "NoValidNumbers",
    "NoValidNumbersFields",
    "NoValidRecipients",
    "NoValidRecipientsFields",
    "NotFound",
    "NotFoundFields",
    "OutboundLimitReached",
    "OutboundLimitReachedFields",
    "OutboxItemNotFound",
    "OutboxItemNotFoundFields",
    "PayloadTooLarge",
    "PayloadTooLargeFields",
    "PolicyViolation",
    "PolicyViolationFields",
    "RateLimitExceeded",
    "RateLimitExceededFields",
    "SandboxContactMismatch",
    "SandboxContactMismatchFields",
    "SandboxNotActivated",
    "SandboxNotActivatedFields",
    "SandboxQuotaExceeded",
    "SandboxQuotaExceededFields",
    "SandboxRequiresOwner",
    "SandboxRequiresOwnerFields",
    "SemanticValidationFailed",
    "SemanticValidationFailedFields",
    "SenderNotApproved",
    "SenderNotApprovedFields",
    "SpendLimitExceeded",
    "SpendLimitExceededFields",
    "TestNumberMismatch",
    "TestNumberMismatchFields",
    "Throttled",
    "ThrottledFields",
    "TrafficNotRoutable",
    "TrafficNotRoutableFields",
    "Unauthorized",
    "UnauthorizedFields",
    "UnsupportedMediaType",
    "UnsupportedMediaTypeFields",
    "ValidationFailed",
    "ValidationFailedFields",
    "WebhookNotFound",
    "WebhookNotFoundFields",
]

class MissingApiKeyFields(TypedDict, total=False):
    """The fields `missing_api_key` is raised with."""

    param: str
    details: Sequence[Detail]

class MissingApiKey(KnownError):
    """Missing API key: 401, `authentication_error`, retry `never`."""

    @property
    def code(self) -> Literal["missing_api_key"]: ...
    @property
    def type(self) -> Literal["authentication_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[MissingApiKeyFields],
    ) -> None: ...

class InvalidApiKeyFields(TypedDict, total=False):
    """The fields `invalid_api_key` is raised with."""

    param: str
    details: Sequence[Detail]

class InvalidApiKey(KnownError):
    """Invalid API key: 401, `authentication_error`, retry `never`."""

    @property
    def code(self) -> Literal["invalid_api_key"]: ...
    @property
    def type(self) -> Literal["authentication_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InvalidApiKeyFields],
    ) -> None: ...

class UnauthorizedFields(TypedDict, total=False):
    """The fields `unauthorized` is raised with."""

    param: str
    details: Sequence[Detail]

class Unauthorized(KnownError):
    """Unauthorized: 401, `authentication_error`, retry `never`."""

    @property
    def code(self) -> Literal["unauthorized"]: ...
    @property
    def type(self) -> Literal["authentication_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[UnauthorizedFields],
    ) -> None: ...

class InsufficientScopeFields(TypedDict, total=False):
    """The fields `insufficient_scope` is raised with."""

    param: str
    details: Sequence[Detail]

class InsufficientScope(KnownError):
    """Insufficient scope: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["insufficient_scope"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InsufficientScopeFields],
    ) -> None: ...

class LineNotAccessibleFields(TypedDict, total=False):
    """The fields `line_not_accessible` is raised with."""

    param: str
    details: Sequence[Detail]

class LineNotAccessible(KnownError):
    """Line not accessible: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["line_not_accessible"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[LineNotAccessibleFields],
    ) -> None: ...

class SandboxNotActivatedFields(TypedDict, total=False):
    """The fields `sandbox_not_activated` is raised with."""

    param: str
    details: Sequence[Detail]

class SandboxNotActivated(KnownError):
    """Sandbox not activated: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["sandbox_not_activated"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SandboxNotActivatedFields],
    ) -> None: ...

class SandboxRequiresOwnerFields(TypedDict, total=False):
    """The fields `sandbox_requires_owner` is raised with."""

    param: str
    details: Sequence[Detail]

class SandboxRequiresOwner(KnownError):
    """Sandbox requires an owner: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["sandbox_requires_owner"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SandboxRequiresOwnerFields],
    ) -> None: ...

class ForbiddenFields(TypedDict, total=False):
    """The fields `forbidden` is raised with."""

    param: str
    details: Sequence[Detail]

class Forbidden(KnownError):
    """Forbidden: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["forbidden"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[ForbiddenFields],
    ) -> None: ...

class SpendLimitExceededFields(TypedDict, total=False):
    """The fields `spend_limit_exceeded` is raised with."""

    param: str
    details: Sequence[Detail]
    period: str

class SpendLimitExceeded(KnownError):
    """Spend limit exceeded: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["spend_limit_exceeded"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    period: str | None
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SpendLimitExceededFields],
    ) -> None: ...

class IpNotAllowedFields(TypedDict, total=False):
    """The fields `ip_not_allowed` is raised with."""

    param: str
    details: Sequence[Detail]

class IpNotAllowed(KnownError):
    """IP address not allowed: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["ip_not_allowed"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[IpNotAllowedFields],
    ) -> None: ...

class PolicyViolationFields(TypedDict, total=False):
    """The fields `policy_violation` is raised with."""

    param: str
    details: Sequence[Detail]

class PolicyViolation(KnownError):
    """Policy violation: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["policy_violation"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[PolicyViolationFields],
    ) -> None: ...

class AgentNotApprovedFields(TypedDict, total=False):
    """The fields `agent_not_approved` is raised with."""

    param: str
    details: Sequence[Detail]

class AgentNotApproved(KnownError):
    """Agent not approved: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["agent_not_approved"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[AgentNotApprovedFields],
    ) -> None: ...

class TestNumberMismatchFields(TypedDict, total=False):
    """The fields `test_number_mismatch` is raised with."""

    param: str
    details: Sequence[Detail]

class TestNumberMismatch(KnownError):
    """Not a verified test number: 403, `authorization_error`, retry `never`."""

    @property
    def code(self) -> Literal["test_number_mismatch"]: ...
    @property
    def type(self) -> Literal["authorization_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[TestNumberMismatchFields],
    ) -> None: ...

class MissingRequiredParameterFields(TypedDict, total=False):
    """The fields `missing_required_parameter` is raised with."""

    param: Required[str]
    details: Sequence[Detail]

class MissingRequiredParameter(KnownError):
    """Missing required parameter: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["missing_required_parameter"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[MissingRequiredParameterFields],
    ) -> None: ...

class InvalidParameterValueFields(TypedDict, total=False):
    """The fields `invalid_parameter_value` is raised with."""

    param: Required[str]
    details: Sequence[Detail]

class InvalidParameterValue(KnownError):
    """Invalid parameter value: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["invalid_parameter_value"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InvalidParameterValueFields],
    ) -> None: ...

class InvalidJsonFields(TypedDict, total=False):
    """The fields `invalid_json` is raised with."""

    param: str
    details: Sequence[Detail]

class InvalidJson(KnownError):
    """Invalid JSON: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["invalid_json"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InvalidJsonFields],
    ) -> None: ...

class EmptyFileFields(TypedDict, total=False):
    """The fields `empty_file` is raised with."""

    param: str
    details: Sequence[Detail]

class EmptyFile(KnownError):
    """Empty file: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["empty_file"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[EmptyFileFields],
    ) -> None: ...

class ValidationFailedFields(TypedDict, total=False):
    """The fields `validation_failed` is raised with."""

    param: str
    details: Sequence[Detail]

class ValidationFailed(KnownError):
    """Validation failed: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["validation_failed"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[ValidationFailedFields],
    ) -> None: ...

class AdvancedFeaturesRequiredFields(TypedDict, total=False):
    """The fields `advanced_features_required` is raised with."""

    param: str
    details: Sequence[Detail]

class AdvancedFeaturesRequired(KnownError):
    """Advanced features required: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["advanced_features_required"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[AdvancedFeaturesRequiredFields],
    ) -> None: ...

class AttachmentFirstMessageNotAllowedFields(TypedDict, total=False):
    """The fields `attachment_first_message_not_allowed` is raised with."""

    param: str
    details: Sequence[Detail]

class AttachmentFirstMessageNotAllowed(KnownError):
    """Attachment-only first message: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["attachment_first_message_not_allowed"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[AttachmentFirstMessageNotAllowedFields],
    ) -> None: ...

class SandboxContactMismatchFields(TypedDict, total=False):
    """The fields `sandbox_contact_mismatch` is raised with."""

    param: str
    details: Sequence[Detail]

class SandboxContactMismatch(KnownError):
    """Sandbox contact mismatch: 400, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["sandbox_contact_mismatch"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SandboxContactMismatchFields],
    ) -> None: ...

class ContactHasNotMessagedFields(TypedDict, total=False):
    """The fields `contact_has_not_messaged` is raised with."""

    param: str
    details: Sequence[Detail]

class ContactHasNotMessaged(KnownError):
    """Contact has not messaged first: 403, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["contact_has_not_messaged"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[ContactHasNotMessagedFields],
    ) -> None: ...

class InboundOnlyNoPriorInboundFields(TypedDict, total=False):
    """The fields `inbound_only_no_prior_inbound` is raised with."""

    param: str
    details: Sequence[Detail]
    allocation_id: Required[str]
    external_id: Required[str]

class InboundOnlyNoPriorInbound(KnownError):
    """Inbound-only number: 403, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["inbound_only_no_prior_inbound"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    allocation_id: str
    external_id: str
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InboundOnlyNoPriorInboundFields],
    ) -> None: ...

class TrafficNotRoutableFields(TypedDict, total=False):
    """The fields `traffic_not_routable` is raised with."""

    param: str
    details: Sequence[Detail]
    traffic_type: Required[str]

class TrafficNotRoutable(KnownError):
    """Traffic not routable: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["traffic_not_routable"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    traffic_type: str
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[TrafficNotRoutableFields],
    ) -> None: ...

class SenderNotApprovedFields(TypedDict, total=False):
    """The fields `sender_not_approved` is raised with."""

    param: str
    details: Sequence[Detail]

class SenderNotApproved(KnownError):
    """Sender not approved: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["sender_not_approved"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SenderNotApprovedFields],
    ) -> None: ...

class NoValidRecipientsFields(TypedDict, total=False):
    """The fields `no_valid_recipients` is raised with."""

    param: str
    details: Sequence[Detail]

class NoValidRecipients(KnownError):
    """No valid recipients: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["no_valid_recipients"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[NoValidRecipientsFields],
    ) -> None: ...

class NoValidNumbersFields(TypedDict, total=False):
    """The fields `no_valid_numbers` is raised with."""

    param: str
    details: Sequence[Detail]

class NoValidNumbers(KnownError):
    """No valid numbers: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["no_valid_numbers"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[NoValidNumbersFields],
    ) -> None: ...

class InvalidRecipientFields(TypedDict, total=False):
    """The fields `invalid_recipient` is raised with."""

    param: str
    details: Sequence[Detail]

class InvalidRecipient(KnownError):
    """Invalid recipient: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["invalid_recipient"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InvalidRecipientFields],
    ) -> None: ...

class InvalidRequestFields(TypedDict, total=False):
    """The fields `invalid_request` is raised with."""

    param: str
    details: Sequence[Detail]

class InvalidRequest(KnownError):
    """Invalid request: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["invalid_request"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InvalidRequestFields],
    ) -> None: ...

class AudioErrorFields(TypedDict, total=False):
    """The fields `audio_error` is raised with."""

    param: str
    details: Sequence[Detail]

class AudioError(KnownError):
    """Audio error: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["audio_error"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[AudioErrorFields],
    ) -> None: ...

class SemanticValidationFailedFields(TypedDict, total=False):
    """The fields `semantic_validation_failed` is raised with."""

    param: str
    details: Required[Sequence[Detail]]

class SemanticValidationFailed(KnownError):
    """Semantic validation failed: 422, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["semantic_validation_failed"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail]
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SemanticValidationFailedFields],
    ) -> None: ...

class PayloadTooLargeFields(TypedDict, total=False):
    """The fields `payload_too_large` is raised with."""

    param: str
    details: Sequence[Detail]

class PayloadTooLarge(KnownError):
    """Payload too large: 413, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["payload_too_large"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[PayloadTooLargeFields],
    ) -> None: ...

class UnsupportedMediaTypeFields(TypedDict, total=False):
    """The fields `unsupported_media_type` is raised with."""

    param: str
    details: Sequence[Detail]

class UnsupportedMediaType(KnownError):
    """Unsupported media type: 415, `invalid_request_error`, retry `never`."""

    @property
    def code(self) -> Literal["unsupported_media_type"]: ...
    @property
    def type(self) -> Literal["invalid_request_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[UnsupportedMediaTypeFields],
    ) -> None: ...

class InsufficientBalanceFields(TypedDict, total=False):
    """The fields `insufficient_balance` is raised with."""

    param: str
    details: Sequence[Detail]
    free_balance: str
    held_balance: str
    required_amount: Required[str]
    currency: str
    topup_url: Required[str]

class InsufficientBalance(KnownError):
    """Insufficient balance: 402, `payment_error`, retry `never`."""

    @property
    def code(self) -> Literal["insufficient_balance"]: ...
    @property
    def type(self) -> Literal["payment_error"]: ...
    free_balance: str | None
    held_balance: str | None
    required_amount: str
    currency: str | None
    topup_url: str
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InsufficientBalanceFields],
    ) -> None: ...

class NotFoundFields(TypedDict, total=False):
    """The fields `not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class NotFound(KnownError):
    """Not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[NotFoundFields],
    ) -> None: ...

class LineNotFoundFields(TypedDict, total=False):
    """The fields `line_not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class LineNotFound(KnownError):
    """Line not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["line_not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[LineNotFoundFields],
    ) -> None: ...

class ChatNotFoundFields(TypedDict, total=False):
    """The fields `chat_not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class ChatNotFound(KnownError):
    """Chat not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["chat_not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[ChatNotFoundFields],
    ) -> None: ...

class MessageNotFoundFields(TypedDict, total=False):
    """The fields `message_not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class MessageNotFound(KnownError):
    """Message not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["message_not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[MessageNotFoundFields],
    ) -> None: ...

class OutboxItemNotFoundFields(TypedDict, total=False):
    """The fields `outbox_item_not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class OutboxItemNotFound(KnownError):
    """Outbox item not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["outbox_item_not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[OutboxItemNotFoundFields],
    ) -> None: ...

class WebhookNotFoundFields(TypedDict, total=False):
    """The fields `webhook_not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class WebhookNotFound(KnownError):
    """Webhook not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["webhook_not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[WebhookNotFoundFields],
    ) -> None: ...

class FileNotFoundFields(TypedDict, total=False):
    """The fields `file_not_found` is raised with."""

    param: str
    details: Sequence[Detail]

class FileNotFound(KnownError):
    """File not found: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["file_not_found"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[FileNotFoundFields],
    ) -> None: ...

class DeviceNotRcsCapableFields(TypedDict, total=False):
    """The fields `device_not_rcs_capable` is raised with."""

    param: str
    details: Sequence[Detail]

class DeviceNotRcsCapable(KnownError):
    """Device not RCS-capable: 404, `not_found_error`, retry `never`."""

    @property
    def code(self) -> Literal["device_not_rcs_capable"]: ...
    @property
    def type(self) -> Literal["not_found_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[DeviceNotRcsCapableFields],
    ) -> None: ...

class ConflictFields(TypedDict, total=False):
    """The fields `conflict` is raised with."""

    param: str
    details: Sequence[Detail]

class Conflict(KnownError):
    """Conflict: 409, `conflict_error`, retry `never`."""

    @property
    def code(self) -> Literal["conflict"]: ...
    @property
    def type(self) -> Literal["conflict_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[ConflictFields],
    ) -> None: ...

class DuplicateResourceFields(TypedDict, total=False):
    """The fields `duplicate_resource` is raised with."""

    param: str
    details: Sequence[Detail]

class DuplicateResource(KnownError):
    """Duplicate resource: 409, `conflict_error`, retry `never`."""

    @property
    def code(self) -> Literal["duplicate_resource"]: ...
    @property
    def type(self) -> Literal["conflict_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[DuplicateResourceFields],
    ) -> None: ...

class IdempotencyConflictFields(TypedDict, total=False):
    """The fields `idempotency_conflict` is raised with."""

    param: str
    details: Sequence[Detail]

class IdempotencyConflict(KnownError):
    """Idempotency conflict: 409, `conflict_error`, retry `backoff`."""

    @property
    def code(self) -> Literal["idempotency_conflict"]: ...
    @property
    def type(self) -> Literal["conflict_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[IdempotencyConflictFields],
    ) -> None: ...

class RateLimitExceededFields(TypedDict, total=False):
    """The fields `rate_limit_exceeded` is raised with."""

    param: str
    details: Sequence[Detail]
    retry_after: int

class RateLimitExceeded(KnownError):
    """Rate limit exceeded: 429, `rate_limit_error`, retry `retry_after`."""

    @property
    def code(self) -> Literal["rate_limit_exceeded"]: ...
    @property
    def type(self) -> Literal["rate_limit_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[RateLimitExceededFields],
    ) -> None: ...

class ThrottledFields(TypedDict, total=False):
    """The fields `throttled` is raised with."""

    param: str
    details: Sequence[Detail]
    retry_after: int

class Throttled(KnownError):
    """Throttled: 429, `rate_limit_error`, retry `retry_after`."""

    @property
    def code(self) -> Literal["throttled"]: ...
    @property
    def type(self) -> Literal["rate_limit_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[ThrottledFields],
    ) -> None: ...

class SandboxQuotaExceededFields(TypedDict, total=False):
    """The fields `sandbox_quota_exceeded` is raised with."""

    param: str
    details: Sequence[Detail]
    limit: int
    resets_at: str
    retry_after: int

class SandboxQuotaExceeded(KnownError):
    """Sandbox quota exceeded: 429, `rate_limit_error`, retry `retry_after`."""

    @property
    def code(self) -> Literal["sandbox_quota_exceeded"]: ...
    @property
    def type(self) -> Literal["rate_limit_error"]: ...
    limit: int | None
    resets_at: str | None
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[SandboxQuotaExceededFields],
    ) -> None: ...

class OutboundLimitReachedFields(TypedDict, total=False):
    """The fields `outbound_limit_reached` is raised with."""

    param: str
    details: Sequence[Detail]
    limit: Required[int]
    current: Required[int]
    mode: Required[str]
    allocation_id: str
    sender_number: str
    retry_after: int

class OutboundLimitReached(KnownError):
    """Outbound contact limit reached: 429, `rate_limit_error`, retry `retry_after`."""

    @property
    def code(self) -> Literal["outbound_limit_reached"]: ...
    @property
    def type(self) -> Literal["rate_limit_error"]: ...
    limit: int
    current: int
    mode: str
    allocation_id: str | None
    sender_number: str | None
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[OutboundLimitReachedFields],
    ) -> None: ...

class NewConversationLimitReachedFields(TypedDict, total=False):
    """The fields `new_conversation_limit_reached` is raised with."""

    param: str
    details: Sequence[Detail]
    plan_id: Required[str]
    cap: Required[int]
    current: Required[int]
    retry_after: int

class NewConversationLimitReached(KnownError):
    """New conversation limit reached: 429, `rate_limit_error`, retry `retry_after`."""

    @property
    def code(self) -> Literal["new_conversation_limit_reached"]: ...
    @property
    def type(self) -> Literal["rate_limit_error"]: ...
    plan_id: str
    cap: int
    current: int
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[NewConversationLimitReachedFields],
    ) -> None: ...

class InternalErrorFields(TypedDict, total=False):
    """The fields `internal_error` is raised with."""

    param: str
    details: Sequence[Detail]

class InternalError(KnownError):
    """Internal error: 500, `api_error`, retry `backoff`."""

    @property
    def code(self) -> Literal["internal_error"]: ...
    @property
    def type(self) -> Literal["api_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[InternalErrorFields],
    ) -> None: ...

class DependencyUnavailableFields(TypedDict, total=False):
    """The fields `dependency_unavailable` is raised with."""

    param: str
    details: Sequence[Detail]

class DependencyUnavailable(KnownError):
    """Dependency unavailable: 503, `api_error`, retry `backoff`."""

    @property
    def code(self) -> Literal["dependency_unavailable"]: ...
    @property
    def type(self) -> Literal["api_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[DependencyUnavailableFields],
    ) -> None: ...

class NoActiveNumberFields(TypedDict, total=False):
    """The fields `no_active_number` is raised with."""

    param: str
    details: Sequence[Detail]

class NoActiveNumber(KnownError):
    """No active number: 503, `api_error`, retry `backoff`."""

    @property
    def code(self) -> Literal["no_active_number"]: ...
    @property
    def type(self) -> Literal["api_error"]: ...
    param: str | None
    details: Sequence[Detail] | None
    def __init__(
        self,
        *,
        message: str | None = None,
        cause: BaseException | None = None,
        **fields: Unpack[NoActiveNumberFields],
    ) -> None: ...
