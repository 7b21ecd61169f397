"""Reading any response: a status, headers and a body in any of the four dialects, or problem details.

`parse` never raises: a body that is not an error body (an HTML page, nothing, truncated JSON,
megabytes, nesting past the limit) is a `TransportError` with the status, and a code this version
does not know is an `UnknownError` that keeps its code, message and members.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from errata import _catalog
from errata._checks import check_of
from errata._errors import (
    ErrataError,
    KnownError,
    TransportError,
    UnknownError,
    class_for,
    days_from_civil,
    days_in_month,
)
from errata._json import JS_SPACE, deep_json_depth, js_number, js_to_string
from errata._types import DialectData

__all__ = ["HeadersLike", "ParsedError", "parse", "parse_http_date", "retry_after_seconds", "type_of_status"]

ParsedError = KnownError | UnknownError | TransportError
HeadersLike = Mapping[str, Any] | Iterable[tuple[str, str]] | None

MAX_BYTES = _catalog.MAX_BYTES
MAX_DEPTH = _catalog.MAX_DEPTH
_CODES = _catalog.CODES
_TYPES = _catalog.TYPES
_CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z") if _catalog.CODE_PATTERN == "^[a-z][a-z0-9_]*$" else None
_ABSENT = object()
# Members that could reach a prototype in JavaScript: never copied from a body.
_UNSAFE = ("__proto__", "constructor", "prototype")
_BLANK = re.compile(f"[{re.escape(JS_SPACE)}]*\\Z")
_OBJECT_START = re.compile(f"[{re.escape(JS_SPACE)}]*\\{{")
_DIGITS = re.compile(r"[0-9]+\Z")
_MAX_SAFE = 2**53 - 1


def _is_code_name(value: Any) -> bool:
    if type(value) is not str:
        return False
    if _CODE_PATTERN is not None:
        return _CODE_PATTERN.match(value) is not None
    from errata.catalog import CODE_PATTERN

    return CODE_PATTERN.search(value) is not None


def type_of_status(status: int | float) -> str | None:
    """The type whose default status is `status`, else the one of its class (422 -> 400's, 503 -> 500's)."""
    by_class: str | None = None
    for name, entry in _TYPES.items():
        own = entry[0]
        if own == status:
            return name
        if by_class is None and 400 <= status < 600 and own == status - (status % 100):
            by_class = name
    return by_class


def _seconds(value: Any) -> int | None:
    kind = type(value)
    if kind is int:
        return value if 0 <= value <= _MAX_SAFE else None
    if kind is float and value.is_integer() and 0 <= value <= _MAX_SAFE:
        return int(value)
    return None


# --- headers --------------------------------------------------------------------------------------------


def header(headers: Any, name: str) -> str | None:
    """A header's value by lower-case name, read as the TypeScript client reads it; None when absent."""
    if not headers:
        return None
    try:
        if type(headers) is dict:
            size = len(name)
            for key in headers:
                if type(key) is str and len(key) == size and key.lower() == name:
                    return _header_value(headers[key])
            for key in headers:
                if type(key) is str and len(key) != size and key.lower() == name:
                    return _header_value(headers[key])
            return None
        get = getattr(headers, "get", None)
        if callable(get) and not isinstance(headers, Mapping):
            value = get(name)
            return None if value is None else _header_value(value)
        if isinstance(headers, Mapping):
            for key in headers:
                if type(key) is str and key.lower() == name:
                    return _header_value(headers[key])
            if callable(get):
                value = get(name)
                return None if value is None else _header_value(value)
            return None
        for item in headers:
            key, value = item
            if isinstance(key, bytes):
                key = key.decode("latin-1")
            if type(key) is str and key.lower() == name:
                return _header_value(value)
    except Exception:
        # Headers that throw when read say nothing.
        return None
    return None


def _header_value(value: Any) -> str | None:
    if type(value) is str:
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, (list, tuple)):
        return "undefined" if not value else js_to_string(value[0])
    if isinstance(value, str):
        return str(value)
    return None


def _request_id_header(headers: Any) -> str | None:
    value = header(headers, "request-id")
    return header(headers, "x-request-id") if value is None else value


# --- Retry-After ----------------------------------------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_IMF_FIXDATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) ([A-Z][a-z]{2}) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\Z"
)
_RFC_850 = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"([0-9]{2})-([A-Z][a-z]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\Z"
)
_ASCTIME = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ 0-9][0-9]) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})\Z"
)
_MAX_TIME = 8_640_000_000_000_000


def _utc_year(ms: int | float) -> int | None:
    if not -_MAX_TIME <= ms <= _MAX_TIME:
        return None
    days = int(ms // 86_400_000)
    # civil_from_days
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    month = mp + 3 if mp < 10 else mp - 9
    return int(yoe + era * 400 + (month <= 2))


def parse_http_date(text: str, now: int | float) -> int | None:
    """Milliseconds since the epoch of an HTTP-date (its three forms), or None when `text` is not one."""
    m = _IMF_FIXDATE.match(text)
    if m is not None:
        day_s, month_s, year_s, h, mi, s = m.groups()
        year = int(year_s)
    else:
        m = _RFC_850.match(text)
        if m is not None:
            day_s, month_s, year_s, h, mi, s = m.groups()
            year = 2000 + int(year_s)
            current = _utc_year(now)
            if current is not None and year > current + 50:
                year -= 100
        else:
            m = _ASCTIME.match(text)
            if m is None:
                return None
            month_s, day_s, h, mi, s, year_s = m.groups()
            year = int(year_s)
    if month_s not in _MONTHS:
        return None
    month = _MONTHS.index(month_s) + 1
    day = int(day_s.strip())
    hours, minutes, secs = int(h), int(mi), int(s)
    if hours > 23 or minutes > 59 or secs > 60:
        return None
    if day < 1 or day > days_in_month(year, month):
        return None
    return ((days_from_civil(year, month, day) * 24 + hours) * 60 + minutes) * 60_000 + min(secs, 59) * 1000


def retry_after_seconds(value: str | None, now: int | float) -> int | None:
    """Whole seconds from a Retry-After value: delay-seconds or an HTTP-date; anything else is None."""
    if value is None:
        return None
    if _DIGITS.match(value):
        return _seconds(int(value)) if len(value) < 400 else None
    text = value.strip(" \t")
    if _DIGITS.match(text):
        return _seconds(int(text)) if len(text) < 400 else None
    at = parse_http_date(text, now)
    if at is None:
        return None
    delta = at - now
    return max(0, -int(-delta // 1000)) if type(delta) is int else max(0, int(-(-delta // 1000)))


def _retry_after_header(headers: Any, now: Callable[[], int | float]) -> int | None:
    value = header(headers, "retry-after")
    if value is None:
        return None
    if _DIGITS.match(value):
        return _seconds(int(value)) if len(value) < 400 else None
    return retry_after_seconds(value, _clock(now))


def _clock(now: Callable[[], int | float]) -> int | float:
    try:
        at = now()
        if type(at) is int or type(at) is float:
            return at
    except Exception:
        pass
    return time.time_ns() // 1_000_000


def _system_now() -> int:
    return time.time_ns() // 1_000_000


# --- results --------------------------------------------------------------------------------------------


def _transport(
    status: int, reason: str, headers: Any, text: str | None, now: Callable[[], int | float]
) -> TransportError:
    members: dict[str, Any] = {
        "known": False,
        "code": None,
        "type": type_of_status(status),
        "message": f"The HTTP {js_number(status)} response holds no error body ({reason}).",
        "reason": reason,
        "status": status,
    }
    request_id = _request_id_header(headers)
    if request_id is not None:
        members["request_id"] = request_id
    delay = _retry_after_header(headers, now)
    if delay is not None:
        members["retry_after"] = delay
    members["body"] = text
    members["dialect"] = None
    error = TransportError.__new__(TransportError)
    error._m = members
    return error


def transport_error(
    status: int, reason: str, headers: HeadersLike = None, *, now: Callable[[], int | float] | None = None
) -> TransportError:
    """The transport error of a response whose body could not be read (`timeout`, `unreadable`, `too_large`)."""
    return _transport(status, reason, headers, None, now or _system_now)


def _strip(value: Any, depth: int) -> Any:
    """`value` without `__proto__` members at any depth; raises RecursionError past the depth limit."""
    kind = type(value)
    if kind is dict:
        if depth > MAX_DEPTH:
            raise RecursionError
        if "__proto__" in value:
            del value["__proto__"]
        for item in value.values():
            if type(item) is dict or type(item) is list:
                _strip(item, depth + 1)
    elif kind is list:
        if depth > MAX_DEPTH:
            raise RecursionError
        for item in value:
            if type(item) is dict or type(item) is list:
                _strip(item, depth + 1)
    return value


def _big_int(text: str) -> int | float:
    return int(text) if len(text) < 300 else float(text)


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _loads(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise
    except ValueError:
        # An integer longer than Python converts (JavaScript reads it as a number): read it as a float.
        return json.loads(text, parse_constant=_reject_constant, parse_int=_big_int)


# The legacy dialects, in the catalogue's order: (name, data, members that are not the error's fields).
_RESULT_OWN = ("type", "code", "reason", *_UNSAFE)
_LEGACY: tuple[tuple[str, DialectData, frozenset[str]], ...] = tuple(
    (
        name,
        data,
        frozenset({*_RESULT_OWN, *(m for m in data["members"] if data["roles"].get(m, "field") != "field")}),
    )
    for name, data in _catalog.DIALECTS.items()
    if name != "standard"
)
_PROBLEM = frozenset({"type", "title", "status", "detail", "instance", "request_id", *_UNSAFE})
_URL = re.compile(r"https?:")

_Legacy = tuple[str, DialectData, frozenset[str]]


def _generic_code(dialect: str, status: Any, message: str) -> str | None:
    table = _catalog.GENERIC_CODES.get(dialect)
    if not table:
        return None
    if type(status) is float:
        status = int(status)
    by_message = table.get(status)
    if by_message is None:
        return None
    code = by_message.get(message)
    if code is not None:
        return code
    only: str | None = None
    for candidate in by_message.values():
        if only is not None and candidate != only:
            return None
        only = candidate
    return only


def _tie_break(body: dict[str, Any], candidates: list[_Legacy], apis: tuple[str, ...] | None) -> _Legacy:
    if apis is not None:
        sending = [c for c in candidates if c[0] in apis]
        if len(sending) == 1:
            return sending[0]
    for key in body:
        listing = [c for c in candidates if key in c[1]["members"]]
        if len(listing) == 1 and len(listing) < len(candidates):
            return listing[0]
    for key in body:
        for candidate in candidates:
            if candidate[1]["members"][0] == key:
                return candidate
    return candidates[0]


def _safe_int(value: Any) -> int | None:
    kind = type(value)
    if kind is int:
        return value if -_MAX_SAFE <= value <= _MAX_SAFE else None
    if kind is float and value.is_integer() and -_MAX_SAFE <= value <= _MAX_SAFE:
        return int(value)
    return None


def _match_legacy(body: dict[str, Any], status: int) -> tuple[_Legacy, Any, int | None] | None:
    """The legacy dialect `body` is in, the code it gives, and the status it repeats; None when none fits."""
    candidates: list[_Legacy] | None = None
    for entry in _LEGACY:
        data = entry[1]
        constant = data["constant"]
        if constant is not None:
            if constant[0] in body and body[constant[0]] == constant[1] and type(body[constant[0]]) is str:
                sent = _safe_int(body.get(data["status"], _ABSENT)) if data["status"] is not None else None
                code = body.get(data["code"])
                message = body.get("message")
                if code is None and data["code_optional"] and type(message) is str:
                    at = status if data["status"] is None else sent
                    code = None if at is None else _generic_code(entry[0], at, message)
                return entry, code, sent
        elif type(body.get(data["code"])) is str:
            if candidates is None:
                candidates = []
            candidates.append(entry)
    if candidates is None:
        return None
    if len(candidates) == 1:
        chosen = candidates[0]
    else:
        first = body[candidates[0][1]["code"]]
        entry_of = _CODES.get(first)
        chosen = _tie_break(body, candidates, None if entry_of is None else entry_of[9])
    return chosen, body[chosen[1]["code"]], None


def _legacy(
    body: dict[str, Any],
    match: tuple[_Legacy, Any, int | None],
    text: str | None,
    status: int,
    headers: Any,
    now: Callable[[], int | float],
) -> ParsedError:
    (dialect, data, envelope), code, sent = match
    message = body.get("message")
    if type(message) is not str or (data["status"] is not None and sent is None):
        return _transport(status, "not_error_body", headers, text, now)
    entry = _CODES.get(code) if type(code) is str else None
    if entry is None and not _is_code_name(code):
        return _transport(status, "not_error_body", headers, text, now)
    if status == 0 and sent is not None:
        status = sent
    out: dict[str, Any] = {
        "type": entry[0] if entry is not None else type_of_status(status),
        "code": code,
        "message": message,
    }
    for key, value in body.items():
        if key not in envelope:
            out[key] = value
    known = entry is not None and check_of(code)(out, message)
    out["known"] = known
    out["status"] = status
    request_id = _request_id_header(headers)
    if request_id is None:
        given = body.get("request_id")
        request_id = given if type(given) is str else None
    if request_id is None:
        out.pop("request_id", None)
    else:
        out["request_id"] = request_id
    delay = _seconds(out.get("retry_after"))
    if delay is None:
        delay = _retry_after_header(headers, now)
    if delay is None:
        out.pop("retry_after", None)
    else:
        out["retry_after"] = delay
    out["body"] = text
    out["dialect"] = dialect
    cls: type[ErrataError] = class_for(code) if known else UnknownError
    error = cls.__new__(cls)
    error._m = out
    return error  # type: ignore[return-value]


def _safe_float(value: Any) -> bool:
    return type(value) is float and value.is_integer() and -_MAX_SAFE <= value <= _MAX_SAFE


def parse(
    status: int,
    headers: HeadersLike = None,
    body: bytes | bytearray | memoryview | str | None = None,
    *,
    now: Callable[[], int | float] | None = None,
    max_bytes: int = MAX_BYTES,
) -> ParsedError:
    """The error a response holds, whatever it holds. Never raises.

    `status` is the response's (0 when unknown), `headers` any mapping (read case-insensitively) or
    list of pairs, `body` the bytes or text read (None: no body). `now` is the clock, in
    milliseconds since the epoch, for an HTTP-date `Retry-After`.

    >>> error = parse(429, {"retry-after": "30"}, b'{"message": "Too many", "error": "throttled"}')
    >>> error.known, error.code, error.dialect, error.retry_after
    (True, 'throttled', 'sms', 30)
    """
    clock = _system_now if now is None else now
    if type(status) is not int:
        status = _status_of(status)
    text: str | None = None
    try:
        kind = type(body)
        if kind is bytes or kind is bytearray or kind is memoryview:
            if len(body) > max_bytes:  # type: ignore[arg-type]
                return _transport(status, "too_large", headers, None, clock)
            text = bytes(body).decode("utf-8", "replace")  # type: ignore[arg-type]
            if text[:1] == "\ufeff":
                text = text[1:]
            if text[:1] == "\ufeff":
                text = text[1:]
        elif kind is str:
            text = body  # type: ignore[assignment]
            assert text is not None
            if text[:1] == "\ufeff":
                text = text[1:]
            size = len(text)
            if size > max_bytes or (size * 3 > max_bytes and len(text.encode("utf-8", "surrogatepass")) > max_bytes):
                return _transport(status, "too_large", headers, text[:max_bytes], clock)
        elif body is None:
            return _transport(status, "empty", headers, None, clock)
        else:
            return _transport(status, "not_error_body", headers, None, clock)
        if text[:1] != "{" and _OBJECT_START.match(text) is None:
            return _transport(status, "empty" if _BLANK.match(text) else "not_json", headers, text, clock)
        try:
            value = _loads(text)
        except RecursionError:
            depth = deep_json_depth(text)
            return _transport(status, "not_json" if depth is None else "not_error_body", headers, text, clock)
        except Exception:
            return _transport(status, "not_json", headers, text, clock)
        if type(value) is not dict:
            return _transport(status, "not_error_body", headers, text, clock)
        if "__proto__" in text or "\\u" in text or text.count("{") + text.count("[") > MAX_DEPTH:
            try:
                _strip(value, 0)
            except RecursionError:
                return _transport(status, "not_error_body", headers, text, clock)
        error = value.get("error", _ABSENT)
        if type(error) is not dict:
            match = _match_legacy(value, status)
            if match is not None:
                return _legacy(value, match, text, status, headers, clock)
        if error is _ABSENT and type(value.get("detail")) is str:
            error = _problem(value, status)
        if type(error) is not dict:
            return _transport(status, "not_error_body", headers, text, clock)
        code = error.get("code")
        message = error.get("message")
        entry = _CODES.get(code) if type(code) is str else None
        if type(message) is not str or (entry is None and not _is_code_name(code)):
            return _transport(status, "not_error_body", headers, text, clock)
        out = error
        known = entry is not None and out.get("type") == entry[0] and check_of(str(code))(out, message)
        if "constructor" in out or "prototype" in out or "reason" in out:
            for key in ("constructor", "prototype", "reason"):
                out.pop(key, None)
        if type(out.get("type")) is not str:
            out["type"] = type_of_status(status)
        out["known"] = known
        out["status"] = status
        request_id = value.get("request_id")
        if type(request_id) is not str:
            request_id = _request_id_header(headers)
        if request_id is None:
            out.pop("request_id", None)
        else:
            out["request_id"] = request_id
        delay = _seconds(out.get("retry_after"))
        if delay is None:
            delay = _retry_after_header(headers, clock)
            if delay is None:
                out.pop("retry_after", None)
            else:
                out["retry_after"] = delay
        else:
            out["retry_after"] = delay
        out["body"] = text
        out["dialect"] = "standard"
        cls: type[ErrataError] = class_for(str(code)) if known else UnknownError
        result = cls.__new__(cls)
        result._m = out
        return result  # type: ignore[return-value]
    except Exception:
        return _transport(status, "not_error_body", headers, text, clock)


def _status_of(value: Any) -> Any:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return int(value)
    if type(value) is float:
        return value
    return 0


def _problem(problem: dict[str, Any], status: int) -> dict[str, Any]:
    error = {key: value for key, value in problem.items() if key not in _PROBLEM}
    code = problem.get("code")
    entry = _CODES.get(code) if type(code) is str else None
    error["type"] = entry[0] if entry is not None else type_of_status(status)
    error["message"] = problem.get("detail")
    kind = problem.get("type")
    if type(kind) is str and _URL.match(kind):
        error["doc_url"] = kind
    return error
