"""Starlette / FastAPI integration (the `fastapi` extra): every error a request raises, sent as a
catalogued error in the configured dialect.

`install(app, dialect=...)` registers exception handlers on a Starlette or FastAPI app:

- a raised Errata error (`raise OutboundLimitReached(limit=35, current=35, mode="total")`) is sent
  as it is, with `Request-Id` and `Retry-After`;
- the framework's own errors (404, 405, a request body that fails validation, any 4xx
  `HTTPException`) are sent as the catalogued code of their status (`not_found`,
  `validation_failed` with the failing fields in `details`), in the code the dialect's API sends;
- anything else is `internal_error`: its message, stack and cause never reach the wire
  (`on_error` hears of it, for logs).

The form (JSON or problem details) is negotiated from `Accept`; the request ID is the request's
`X-Request-Id` when well formed, else a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from errata._errors import KnownError
from errata.render import DialectOption, RenderedError, RequestContext, choose_dialect, error_for_status, render_error

__all__ = ["error_response", "install"]

# Validation error types whose message may carry an application's own text (a validator's exception).
_OWN_TEXT = frozenset({"value_error", "assertion_error"})
_LOCATIONS = frozenset({"body", "query", "path", "header", "cookie"})


def _details(errors: Any) -> list[dict[str, str]] | None:
    details: list[dict[str, str]] = []
    try:
        for item in list(errors)[:100]:
            loc = [str(part) for part in item.get("loc", ())]
            if loc and loc[0] in _LOCATIONS:
                loc = loc[1:]
            kind = str(item.get("type", ""))
            message = item.get("msg")
            if kind in _OWN_TEXT or type(message) is not str:
                message = "Invalid value."
            details.append({"field": ".".join(loc), "message": message})
    except Exception:
        return None
    return details or None


def _to_sendable(thrown: BaseException, dialect: str) -> object:
    if isinstance(thrown, KnownError):
        return thrown
    errors = getattr(thrown, "errors", None)
    if type(thrown).__name__ == "RequestValidationError" and callable(errors):
        framework = error_for_status(400, dialect, code="validation_failed", details=_details(errors()))
        if framework is not None:
            return framework
    if isinstance(thrown, HTTPException):
        framework = error_for_status(thrown.status_code, dialect)
        if framework is not None:
            return framework
    return thrown


def error_response(
    request: Request,
    thrown: BaseException,
    *,
    dialect: DialectOption | None = None,
    on_error: Callable[[object, KnownError, str, bool], None] | None = None,
) -> Response:
    """The response for `thrown` raised while serving `request`."""
    headers = request.headers
    name = _resolve(dialect, request)
    rendered: RenderedError = render_error(
        _to_sendable(thrown, name),
        accept=headers.get("accept"),
        request_id=headers.get("x-request-id"),
        dialect=name,
        header=headers.get,
        on_error=on_error,
    )
    return Response(content=rendered.body.encode("utf-8"), status_code=rendered.status, headers=rendered.headers)


def _resolve(dialect: DialectOption | None, request: Request) -> str:
    headers = request.headers
    return choose_dialect(dialect, RequestContext(headers.get("accept"), headers.get("x-request-id"), headers.get))


def install(
    app: Any,
    *,
    dialect: DialectOption | None = None,
    on_error: Callable[[object, KnownError, str, bool], None] | None = None,
) -> None:
    """Registers the handlers on a Starlette or FastAPI `app`."""

    async def handle(request: Request, thrown: Exception) -> Response:
        return error_response(request, thrown, dialect=dialect, on_error=on_error)

    app.add_exception_handler(KnownError, handle)
    app.add_exception_handler(HTTPException, handle)
    try:
        from fastapi.exceptions import RequestValidationError
    except ImportError:
        pass
    else:
        app.add_exception_handler(RequestValidationError, handle)
    app.add_exception_handler(Exception, handle)
