"""Writing an error response: status, headers and body, in any dialect or as RFC 9457 problem details,
byte for byte what the TypeScript server sends. `render_error` never raises and never sends an
internal message: anything that is not a catalogued error goes out as `internal_error`."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple

from errata import _catalog
from errata._entries import entry as _entry
from errata._entries import is_catalogued, known_entry
from errata._errors import ErrataFieldError, KnownError, code_constants, create_error
from errata._json import JS_SPACE, _encode, js_string, stringify

__all__ = [
    "PROBLEM_INSTANCE_PREFIX",
    "RenderedError",
    "RequestContext",
    "error_for_status",
    "generate_request_id",
    "is_request_id",
    "preferred_form",
    "render_error",
    "request_id_from",
    "to_errata_error",
]

ErrorForm = Literal["json", "problem"]
JSON_TYPE = "application/json; charset=utf-8"
# No charset on problem details: JSON defines none (RFC 8259, RFC 9457).
PROBLEM_TYPE = "application/problem+json"
# What every problem `instance` starts with: an absolute `tag:` URI of the request ID.
PROBLEM_INSTANCE_PREFIX = _catalog.PROBLEM_INSTANCE_PREFIX

# --- request IDs -------------------------------------------------------------------------------------------

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_REQUEST_ID = re.compile(r"req_[A-Za-z0-9]{12,128}\Z")


def generate_request_id() -> str:
    """A new request ID: `req_` and 24 base62 characters from a crypto-strong source (`os.urandom`)."""
    chars: list[str] = []
    while len(chars) < 24:
        # Bytes at or above 248 (the largest multiple of 62 a byte holds) are drawn again: no modulo bias.
        chars.extend(_BASE62[b % 62] for b in os.urandom(32) if b < 248)
    return "req_" + "".join(chars[:24])


def is_request_id(value: object) -> bool:
    """Whether `value` is a well-formed request ID (`req_` and 12 to 128 base62 characters)."""
    return type(value) is str and _REQUEST_ID.match(value) is not None


def request_id_from(header: object) -> str:
    """The request ID to answer with: the incoming `X-Request-Id` when well formed, otherwise a new one."""
    return header if type(header) is str and _REQUEST_ID.match(header) else generate_request_id()


# --- Accept negotiation (RFC 9110, section 12.5.1) ----------------------------------------------------------

_Q_VALUE = re.compile(r"(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)\Z")
MAX_RANGES = 32
_MAX_PARAMS = 8
_PROBLEM_WORD = re.compile("problem", re.IGNORECASE)


def _split(text: str, separator: str, limit: int) -> list[str]:
    parts: list[str] = []
    start = 0
    quoted = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c == separator:
            parts.append(text[start:i])
            start = i + 1
            if len(parts) == limit:
                return parts
        i += 1
    parts.append(text[start:])
    return parts


def _trim(text: str) -> str:
    return text.strip(JS_SPACE)


def _parse_accept(header: str) -> list[tuple[str, str, float]]:
    ranges: list[tuple[str, str, float]] = []
    for part in _split(header, ",", MAX_RANGES):
        media_range, *params = _split(part, ";", _MAX_PARAMS + 1)
        slash = media_range.find("/")
        if slash < 0:
            continue
        kind = _trim(media_range[:slash]).lower()
        subtype = _trim(media_range[slash + 1 :]).lower()
        if kind == "" or subtype == "" or (kind == "*" and subtype != "*"):
            continue
        q = 1.0
        valid = True
        for param in params:
            eq = param.find("=")
            if eq < 0 or _trim(param[:eq]).lower() != "q":
                continue
            value = _trim(param[eq + 1 :])
            if _Q_VALUE.match(value):
                q = float(value)
            else:
                valid = False
        if valid:
            ranges.append((kind, subtype, q))
    return ranges


def _weight(ranges: list[tuple[str, str, float]], kind: str, subtype: str) -> float:
    best = -1
    q = 0.0
    for rkind, rsub, rq in ranges:
        if rkind == kind and rsub == subtype:
            specificity = 2
        elif rkind == kind and rsub == "*":
            specificity = 1
        elif rkind == "*" and rsub == "*":
            specificity = 0
        else:
            specificity = -1
        if specificity > best or (specificity == best and specificity >= 0 and rq > q):
            best = specificity
            q = rq
    return 0.0 if best < 0 else q


def preferred_form(accept: str | None) -> ErrorForm:
    """`problem` when `accept` weighs `application/problem+json` above `application/json`; `json` otherwise."""
    if not accept or type(accept) is not str or _PROBLEM_WORD.search(accept) is None:
        return "json"
    ranges = _parse_accept(accept)
    problem = _weight(ranges, "application", "problem+json")
    return "problem" if problem > _weight(ranges, "application", "json") else "json"


# --- framework errors ------------------------------------------------------------------------------------

# The most general code of each client status, and the codes as general that a legacy API sends
# in their stead: the catalogue's mapping of a framework's own errors (404, 405, a body it cannot read).
GENERAL = _catalog.FRAMEWORK_GENERAL
LEGACY_GENERAL = _catalog.FRAMEWORK_LEGACY
_by_status: dict[int, str] | None = None


def _status_codes() -> dict[int, str]:
    """The general code of each client status (built on first use: it reads the codes' entries)."""
    global _by_status
    if _by_status is None:
        table: dict[int, str] = {}
        for code in GENERAL:
            found = _entry(code)
            if found is not None:
                table.setdefault(found[1], code)
        _by_status = table
    return _by_status


def _error_of(code: str, dialect: str, details: list[dict[str, str]] | None = None) -> KnownError | None:
    constants = code_constants(code)
    if constants is None:
        return None
    one = [{"field": "", "message": constants.info.message}] if details is None else details
    writes_details = dialect == "standard" or "details" in _catalog.DIALECTS.get(dialect, {"members": ()})["members"]
    tries: list[dict[str, Any]] = (
        [{"details": one}, {}] if code == "validation_failed" and writes_details else [{}, {"details": one}]
    )
    for fields in tries:
        try:
            return create_error(code, fields)
        except ErrataFieldError:
            continue
    return None


_preferred: dict[tuple[str, int], str | None] = {}


def _preferred_code(dialect: str, status: int) -> str | None:
    key = (dialect, status)
    if key not in _preferred:
        found: str | None = None
        for candidate in (*GENERAL, *LEGACY_GENERAL):
            entry = _entry(candidate)
            if (
                entry is not None
                and entry[1] == status
                and dialect in entry[9]
                and entry[13] is None
                and _error_of(candidate, dialect) is not None
            ):
                found = candidate
                break
        _preferred[key] = found
    return _preferred[key]


def _in_dialect(code: str, dialect: str) -> str:
    if dialect == "standard" or dialect in known_entry(code)[9]:
        return code
    return _preferred_code(dialect, known_entry(code)[1]) or code


def error_for_status(
    status: int, dialect: str = "standard", *, code: str | None = None, details: list[dict[str, str]] | None = None
) -> KnownError | None:
    """The catalogued error for a framework's own client error (4xx) of `status` (404 `not_found`, 405 and
    others without a code of their own `validation_failed`), or of `code` when the case has one, in the
    code a legacy dialect's API sends for that status. None for a status outside 400..499."""
    if type(status) is not int or not 400 <= status < 500:
        return None
    table = _status_codes()
    fallback = table.get(_catalog.TYPES.get("invalid_request_error", (400, "", ""))[0], "validation_failed")
    chosen = code if code is not None and is_catalogued(code) else table.get(status, fallback)
    if details is not None:
        error = _error_of(_in_dialect(chosen, dialect), dialect, details)
        if error is not None:
            return error
    return _error_of(_in_dialect(chosen, dialect), dialect)


# --- rendering ---------------------------------------------------------------------------------------------


class RequestContext(NamedTuple):
    """What the error handler has of the incoming request."""

    accept: str | None = None
    request_id: str | None = None
    lookup: Callable[[str], str | None] | None = None
    """Reads any request header by name (case-insensitive)."""

    def header(self, name: str) -> str | None:
        """A request header by name, or None (a `dialect` function's way to read the request)."""
        if self.lookup is None:
            return None
        try:
            return self.lookup(name)
        except Exception:
            return None


class RenderedError(NamedTuple):
    """An error response, ready for any server API."""

    status: int
    headers: dict[str, str]
    """Lower-case header names."""
    body: str
    request_id: str
    error: KnownError
    dialect: str


DialectOption = str | Callable[[RequestContext], str]


def to_errata_error(thrown: object, dialect: str = "standard") -> tuple[KnownError, bool]:
    """The catalogued error to send for `thrown`, and whether it was unexpected (sent as `internal_error`)."""
    if isinstance(thrown, KnownError) and "_constants" in thrown.__dict__:
        return thrown, False
    if isinstance(thrown, KnownError):
        # A known error read from a response (not raised here): raised again from its members, checked anew.
        try:
            return create_error(thrown.code, thrown.fields, message=thrown.message), False
        except ErrataFieldError:
            pass
    status = getattr(thrown, "status_code", None) if isinstance(thrown, Exception) else None
    if type(status) is int:
        framework = error_for_status(status, dialect)
        if framework is not None:
            framework.__cause__ = thrown if isinstance(thrown, BaseException) else None
            return framework, False
    error = create_error("internal_error", cause=thrown)
    return error, True


def standard_body(error: KnownError, request_id: str) -> str:
    """The body in the standard dialect: `{"error": {...}, "request_id": ...}`."""
    constants = error._constants
    message = error._m["message"]
    parts = [constants.json_head, _encode(message) if message.isascii() else js_string(message)]
    append = parts.append
    fields = error._fields
    for key, value in fields.items():
        append(_COMMA.get(key) or _comma(key))
        kind = type(value)
        if kind is str:
            append(_encode(value) if value.isascii() else js_string(value))
        elif kind is int and -(2**53) <= value <= 2**53:
            append(str(value))
        else:
            append(stringify(value))
    if constants.has_retry_after_field and fields.get("retry_after") is None:
        delay = error._m.get("retry_after")
        if delay is not None:
            append(f',"retry_after":{delay}')
    append(constants.json_tail)
    append(_encode(request_id) if request_id.isascii() else js_string(request_id))
    append("}")
    return "".join(parts)


_COMMA: dict[str, str] = {}


def _comma(name: str) -> str:
    _COMMA[name] = text = "," + js_string(name) + ":"
    return text


_QUOTED: dict[str, str] = {}


def _member(name: str) -> str:
    quoted = _QUOTED.get(name)
    if quoted is None:
        quoted = _QUOTED[name] = js_string(name) + ":"
    return quoted


def _value(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return js_string(value)
    if kind is int and -(2**53) <= value <= 2**53:
        return str(value)
    return stringify(value)


def legacy_body(error: KnownError, dialect: str, request_id: str) -> str:
    """The body in a legacy dialect, members in the order its API writes them (the catalogue's `dialectBody`)."""
    envelope = _catalog.DIALECTS[dialect]
    info = error._constants.info
    code, status, message = info.code, info.status, error._m["message"]
    generic = _catalog.GENERIC_CODES.get(dialect)
    without_code = bool(generic) and envelope["code_optional"] and generic.get(status, {}).get(message) == code  # type: ignore[union-attr]
    fields = error.wire_fields() if envelope["retry_after_member"] else error._fields
    parts: list[str] = []
    written: set[str] = set()
    constant = envelope["constant"]
    status_member = envelope["status"]
    code_member = envelope["code"]
    for member in envelope["members"]:
        if constant is not None and member == constant[0]:
            parts.append(_member(member) + js_string(constant[1]))
        elif member == code_member:
            if without_code:
                continue
            parts.append(_member(member) + js_string(code))
        elif member == "message":
            parts.append(_member(member) + js_string(message))
        elif status_member is not None and member == status_member:
            parts.append(_member(member) + str(status))
        elif member in fields:
            parts.append(_member(member) + _value(fields[member]))
        else:
            continue
        written.add(member)
    for member, value in fields.items():
        if member not in written and member != "__proto__":
            parts.append(_member(member) + _value(value))
    return "{" + ",".join(parts) + "}"


def problem_body(error: KnownError, request_id: str) -> str:
    """The body as RFC 9457 problem details."""
    info = error._constants.info
    body: dict[str, Any] = {
        "type": info.doc_url,
        "title": info.title,
        "status": info.status,
        "detail": error._m["message"],
        "instance": PROBLEM_INSTANCE_PREFIX + request_id,
        "code": info.code,
        "request_id": request_id,
    }
    body.update(error.wire_fields())
    return stringify(body)


def body_in(dialect: str, error: KnownError, request_id: str) -> str:
    return standard_body(error, request_id) if dialect == "standard" else legacy_body(error, dialect, request_id)


def choose_dialect(option: DialectOption | None, request: RequestContext) -> str:
    if option is None or option == "standard":
        return "standard"
    value: object = option
    if callable(option):
        try:
            value = option(request)
        except Exception:
            return "standard"
    return value if type(value) is str and value in _catalog.DIALECTS else "standard"


def render_error(
    thrown: object,
    *,
    accept: str | None = None,
    request_id: str | None = None,
    dialect: DialectOption | None = None,
    form: ErrorForm | None = None,
    header: Callable[[str], str | None] | None = None,
    on_error: Callable[[object, KnownError, str, bool], None] | None = None,
) -> RenderedError:
    """The status, headers and body to send for `thrown`. Never raises.

    The form is negotiated from `accept` (problem details when it weighs them above JSON) unless
    `form` forces one; the dialect is `dialect` (a name, or a function of the request), `standard` by
    default; the request ID is `request_id` when well formed, else a new one, in the `request-id`
    header (and in the standard body). `on_error(thrown, error, request_id, unexpected)` hears of
    every error sent, with the original (stack and all) for logs.
    """
    chosen = "standard"
    try:
        if dialect is None or (type(dialect) is str and dialect in _catalog.DIALECTS):
            chosen = dialect or "standard"
        else:
            chosen = choose_dialect(dialect, RequestContext(accept, request_id, header))
        rid = request_id_from(request_id)
        error, unexpected = to_errata_error(thrown, chosen)
        if on_error is not None:
            try:
                on_error(thrown, error, rid, unexpected)
            except Exception:
                pass
        kind = form if form in ("json", "problem") else preferred_form(accept)
        headers = {"content-type": PROBLEM_TYPE if kind == "problem" else JSON_TYPE, "request-id": rid}
        delay = error._m.get("retry_after")
        if delay is not None:
            headers["retry-after"] = str(delay)
        body = problem_body(error, rid) if kind == "problem" else body_in(chosen, error, rid)
        return RenderedError(error.status, headers, body, rid, error, chosen)
    except Exception:
        fallback = create_error("internal_error")
        rid = generate_request_id()
        try:
            text = body_in(chosen, fallback, rid)
        except Exception:
            chosen = "standard"
            text = standard_body(fallback, rid)
        return RenderedError(
            fallback.status, {"content-type": JSON_TYPE, "request-id": rid}, text, rid, fallback, chosen
        )


def render_headers(rendered: RenderedError) -> Mapping[str, str]:
    return rendered.headers
