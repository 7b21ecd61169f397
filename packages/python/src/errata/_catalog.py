"""Generated from schemas/catalog.json by scripts/generate.py. Do not edit.

The catalogue's data, as constants: read through `errata.catalog`.
"""

from errata._types import DialectData

VERSION: str = "0.0.0"
TYPES: dict[str, tuple[int, str, str]] = {
    "authentication_error": (401, "never", "Authentication error"),
    "authorization_error": (403, "never", "Authorization error"),
    "invalid_request_error": (400, "never", "Invalid request error"),
    "payment_error": (402, "never", "Payment error"),
    "not_found_error": (404, "never", "Not found error"),
    "conflict_error": (409, "never", "Conflict error"),
    "rate_limit_error": (429, "retry_after", "Rate limit error"),
    "api_error": (500, "backoff", "API error"),
}
DIALECTS: dict[str, DialectData] = {
    "standard": {
        "title": "Standard",
        "code": "error.code",
        "fields": "error",
        "status": None,
        "constant": None,
        "request_id": "request_id",
        "doc_url": True,
        "code_optional": False,
        "retry_after_member": True,
        "members": ("error", "request_id"),
        "roles": {"error": "field", "request_id": "field"},
    },
    "rcs": {
        "title": "RCS",
        "code": "error",
        "fields": "body",
        "status": None,
        "constant": None,
        "request_id": None,
        "doc_url": False,
        "code_optional": False,
        "retry_after_member": True,
        "members": ("error", "message", "details"),
        "roles": {"error": "code", "message": "message", "details": "field"},
    },
    "imessage": {
        "title": "iMessage",
        "code": "code",
        "fields": "body",
        "status": "status",
        "constant": ("error", "ApiError"),
        "request_id": None,
        "doc_url": False,
        "code_optional": True,
        "retry_after_member": False,
        "members": ("error", "message", "status", "code"),
        "roles": {"error": "constant", "message": "message", "status": "status", "code": "code"},
    },
    "sms": {
        "title": "SMS",
        "code": "error",
        "fields": "body",
        "status": None,
        "constant": None,
        "request_id": None,
        "doc_url": False,
        "code_optional": False,
        "retry_after_member": False,
        "members": ("message", "error"),
        "roles": {"message": "message", "error": "code"},
    },
}
GENERIC_CODES: dict[str, dict[int, dict[str, str]]] = {
    "standard": {},
    "rcs": {},
    "imessage": {
        400: {"Invalid request parameters.": "validation_failed"},
        401: {"Invalid or missing API key.": "unauthorized"},
        403: {"Action not allowed for this API key.": "forbidden"},
        404: {"Resource not found.": "not_found"},
        409: {"Conflict with current state.": "conflict"},
        503: {"No active number available.": "no_active_number"},
    },
    "sms": {},
}
MAX_BYTES: int = 262144
MAX_DEPTH: int = 64
CODE_PATTERN: str = "^[a-z][a-z0-9_]*$"
REQUEST_ID_PATTERN: str = "^req_[A-Za-z0-9]{12,128}$"
MAX_ATTEMPTS: int = 3
BASE_DELAY_MS: int = 500
MAX_DELAY_MS: int = 60000
IDEMPOTENT_METHODS: tuple[str, ...] = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
KEYED_METHODS: tuple[str, ...] = ("POST", "PATCH")
PROBLEM_INSTANCE_PREFIX: str = "tag:errata.dev,2026:request:"
FRAMEWORK_GENERAL: tuple[str, ...] = (
    "validation_failed",
    "unauthorized",
    "forbidden",
    "not_found",
    "conflict",
    "payload_too_large",
    "unsupported_media_type",
    "invalid_request",
    "rate_limit_exceeded",
)
FRAMEWORK_LEGACY: tuple[str, ...] = ("semantic_validation_failed", "throttled")
