"""Errata for Python: the error catalogue's codes, typed errors, rendering, parsing and retrying.

>>> from errata import parse, render_error
>>> from errata.errors import OutboundLimitReached
"""

from errata._errors import (
    Detail,
    ErrataError,
    ErrataFieldError,
    KnownError,
    TransportError,
    UnknownError,
    create_error,
)
from errata._version import __version__
from errata.parse import ParsedError, parse, parse_http_date, retry_after_seconds, transport_error
from errata.render import (
    RenderedError,
    error_for_status,
    generate_request_id,
    is_request_id,
    preferred_form,
    render_error,
    request_id_from,
)
from errata.retry import RetryDecision, backoff_delay, retry_decision, retry_policy_of

__all__ = [
    "Detail",
    "ErrataError",
    "ErrataFieldError",
    "KnownError",
    "ParsedError",
    "RenderedError",
    "RetryDecision",
    "TransportError",
    "UnknownError",
    "__version__",
    "backoff_delay",
    "create_error",
    "error_for_status",
    "generate_request_id",
    "is_request_id",
    "parse",
    "parse_http_date",
    "preferred_form",
    "render_error",
    "request_id_from",
    "retry_after_seconds",
    "retry_decision",
    "retry_policy_of",
    "transport_error",
]
