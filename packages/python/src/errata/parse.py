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
from errata._checks import _compiled as _CHECKS
from errata._checks import check_of
from errata._entries import ENTRIES, known_entry
from errata._entries import entry as _entry
from errata._errors import (
    ErrataError,
    KnownError,
    TransportError,
    UnknownError,
    class_for,
    days_from_civil,
    days_in_month,
)
from errata._errors import _classes as _CLASSES
from errata._json import JS_SPACE, deep_json_depth, js_number, js_to_string
from errata._types import DialectData

__all__ = ["HeadersLike", "ParsedError", "parse", "parse_http_date", "retry_after_seconds", "type_of_status"]

ParsedError = KnownError | UnknownError | TransportError
HeadersLike = Mapping[str, Any] | Iterable[tuple[str, str]] | None

MAX_BYTES = _catalog.MAX_BYTES
MAX_DEPTH = _catalog.MAX_DEPTH
_ENTRIES = ENTRIES
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
    try:
        if not headers:
            return None
        if type(headers) is dict:
            size = len(name)
            for key in headers:
                # ASCII keys keep their length when lower-cased: only those of the same length can match.
                if type(key) is str and (len(key) == size or not key.isascii()) and key.lower() == name:
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
    members["body"] = text
    members["dialect"] = None
    error = TransportError.__new__(TransportError)
    error._m = members
    if headers is not None:
        error._pending = (_standard_meta, (headers, now, True, True))
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


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_DECODE = _DECODER.decode
_SCAN = _DECODER.scan_once  # type: ignore[attr-defined]
_DECODE_BIG = json.JSONDecoder(parse_constant=_reject_constant, parse_int=_big_int).decode
_JSON_SPACE = " \t\n\r"


def _loads(text: str) -> Any:
    try:
        if text[:1] == "{":
            # The C scanner itself: what `json.loads` runs, without its two white-space regexes.
            value, end = _SCAN(text, 0)
            if end != len(text) and text[end:].strip(_JSON_SPACE):
                raise ValueError("extra data")
            return value
        return _DECODE(text)
    except RecursionError:
        raise
    except StopIteration:
        raise ValueError("not JSON") from None
    except ValueError:
        # An integer longer than Python converts (JavaScript reads it as a number): read it as a float.
        return _DECODE_BIG(text)


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


class _Candidates:
    """A set of dialects whose code member holds a string, and what tells them apart (computed once)."""

    __slots__ = ("by_apis", "by_code", "distinct", "entries", "first")

    def __init__(self, entries: tuple[_Legacy, ...]) -> None:
        self.entries = entries
        members = [m for entry in entries for m in entry[1]["members"]]
        # A member listed by one candidate alone (when there are several) names it.
        self.distinct = {
            m: next(e for e in entries if m in e[1]["members"])
            for m in members
            if sum(m in e[1]["members"] for e in entries) == 1 and len(entries) > 1
        }
        self.first: dict[str, _Legacy] = {}
        for entry in entries:
            self.first.setdefault(entry[1]["members"][0], entry)
        self.by_apis: dict[str, _Legacy | None] = {}
        # The dialect a code alone decides (one candidate, or one API among them that sends it).
        self.by_code: dict[str, _Legacy] = {}

    def choose(self, body: dict[str, Any], code: Any) -> _Legacy:
        entries = self.entries
        if len(entries) == 1:
            return entries[0]
        if type(code) is str:
            sending = self.by_apis.get(code, _ABSENT)
            if sending is _ABSENT:
                entry = _ENTRIES.get(code) or _entry(code)
                if entry is None:
                    # Not catalogued: nothing to remember (a body may carry any string).
                    sending = None
                else:
                    found = [c for c in entries if c[0] in entry[9]]
                    sending = self.by_apis[code] = found[0] if len(found) == 1 else None
            if sending is not None:
                if len(self.by_code) < 4096:
                    self.by_code[code] = sending  # type: ignore[assignment]
                return sending  # type: ignore[return-value]
            if len(self.by_code) < 4096 and code in self.by_apis:
                # The code alone does not decide (both APIs send it, or neither): the body's members do.
                self.by_code[code] = _UNDECIDED
        return self.by_body(body)

    def by_body(self, body: dict[str, Any]) -> _Legacy:
        """The candidate a body's members name: one only it lists, else the one whose first member comes first."""
        entries = self.entries
        distinct = self.distinct
        if len(distinct) == 1:
            for key, hit in distinct.items():
                if key in body:
                    return hit
        elif distinct:
            for key in body:
                named = distinct.get(key)
                if named is not None:
                    return named
        first = self.first
        for key in body:
            leading = first.get(key)
            if leading is not None:
                return leading
        return entries[0]


_CANDIDATES: dict[tuple[str, ...], _Candidates] = {}
_UNDECIDED: Any = object()
_WITH_CONSTANT = tuple(e for e in _LEGACY if e[1]["constant"] is not None)
_WITHOUT_CONSTANT = tuple(e for e in _LEGACY if e[1]["constant"] is None)


def _safe_int(value: Any) -> int | None:
    kind = type(value)
    if kind is int:
        return value if -_MAX_SAFE <= value <= _MAX_SAFE else None
    if kind is float and value.is_integer() and -_MAX_SAFE <= value <= _MAX_SAFE:
        return int(value)
    return None


def _match_legacy(body: dict[str, Any], status: int) -> tuple[_Legacy, Any, int | None] | None:
    """The legacy dialect `body` is in, the code it gives, and the status it repeats; None when none fits."""
    for entry, constant_member, constant_value, status_member, code_member, optional in _CONSTANTS:
        value = body.get(constant_member)
        if value == constant_value and type(value) is str:
            sent = _safe_int(body.get(status_member, _ABSENT)) if status_member is not None else None
            code = body.get(code_member)
            if code is None and optional:
                message = body.get("message")
                if type(message) is str:
                    at = status if status_member is None else sent
                    code = None if at is None else _generic_code(entry[0], at, message)
            return entry, code, sent
    if _ONE_GROUP is not None:
        # The usual catalogue: every dialect without a constant keeps its code in one member.
        code = body.get(_ONE_GROUP[0])
        if type(code) is not str:
            return None
        candidates = _ONE_GROUP[1]
        chosen = candidates.by_code.get(code)
        if chosen is None:
            return candidates.choose(body, code), code, None
        if chosen is _UNDECIDED:
            return candidates.by_body(body), code, None
        return chosen, code, None
    names: list[_Legacy] = [e for e in _WITHOUT_CONSTANT if type(body.get(e[1]["code"])) is str]
    if not names:
        return None
    key = tuple(e[0] for e in names)
    found = _CANDIDATES.get(key)
    if found is None:
        found = _CANDIDATES[key] = _Candidates(tuple(names))
    chosen = found.choose(body, body[names[0][1]["code"]])
    return chosen, body[chosen[1]["code"]], None


def _code_groups() -> tuple[tuple[str, _Candidates], ...]:
    members = {e[1]["code"] for e in _WITHOUT_CONSTANT}
    return tuple(
        (member, _Candidates(tuple(e for e in _WITHOUT_CONSTANT if e[1]["code"] == member))) for member in members
    )


_CODE_GROUPS = _code_groups()
_ONE_GROUP = _CODE_GROUPS[0] if len(_CODE_GROUPS) == 1 else None
# (entry, constant member, constant value, status member, code member, code optional) of each dialect with a constant.
_CONSTANTS = tuple(
    (e, e[1]["constant"][0], e[1]["constant"][1], e[1]["status"], e[1]["code"], e[1]["code_optional"])
    for e in _WITH_CONSTANT
    if e[1]["constant"] is not None
)


def _legacy(
    body: dict[str, Any],
    match: tuple[_Legacy, Any, int | None],
    text: str | None,
    status: int,
    headers: Any,
    now: Callable[[], int | float],
    walked: bool = False,
) -> ParsedError:
    (dialect, data, envelope), code, sent = match
    message = body.get("message")
    if type(message) is not str or (data["status"] is not None and sent is None):
        return _transport(status, "not_error_body", headers, text, now)
    entry = (_ENTRIES.get(code) or _entry(code)) if type(code) is str else None
    if entry is None and not _is_code_name(code):
        return _transport(status, "not_error_body", headers, text, now)
    if status == 0 and sent is not None:
        status = sent
    # Only text with a bracket after its first can hold a nested value: then the depth is checked.
    if not walked and text is not None and ("[" in text or text.find("{", 1) != -1):
        try:
            _strip(body, 0)
        except RecursionError:
            return _transport(status, "not_error_body", headers, text, now)
    known = False
    if entry is not None:
        check = _CHECKS.get(code) or check_of(code)
        if _checks_body(dialect, code, envelope):
            # The members the check reads are none of the envelope's: it reads the body as it is.
            known = check(body, message)
        else:
            known = check({k: v for k, v in body.items() if k not in envelope}, message)
    out: dict[str, Any] = {
        "type": entry[0] if entry is not None else type_of_status(status),
        "code": code,
        "message": message,
        "known": known,
        "status": status,
        "body": text,
        "dialect": dialect,
    }
    cls: type[ErrataError] = (_CLASSES.get(code) or class_for(code)) if known else UnknownError
    error = cls.__new__(cls)
    error._m = out
    # The fields, and the members read from the headers, are copied on first use.
    error._pending = (_legacy_fill, (body, envelope, headers, now))
    return error  # type: ignore[return-value]


# Members the result sets itself: a body's member of the same name never replaces them.
_RESULT_MEMBERS = frozenset({"known", "status", "body", "dialect", "request_id", "retry_after"})
_BODY_CHECKED: dict[tuple[str, str], bool] = {}


def _checks_body(dialect: str, code: str, envelope: frozenset[str]) -> bool:
    key = (dialect, code)
    answer = _BODY_CHECKED.get(key)
    if answer is None:
        members = {member for rules in known_entry(code)[12] for member, _ in rules if member != "message"}
        answer = _BODY_CHECKED[key] = not (members & envelope)
    return answer


def _legacy_fill(
    out: dict[str, Any], body: dict[str, Any], envelope: frozenset[str], headers: Any, now: Callable[[], int | float]
) -> None:
    """A legacy result's own members: the body's fields, the request ID (the `Request-Id` header first,
    then the body's) and the delay (the body's `retry_after`, else the `Retry-After` header)."""
    for key, value in body.items():
        if key not in envelope and key not in _RESULT_MEMBERS:
            out[key] = value
    request_id = _request_id_header(headers) if headers is not None else None
    if request_id is None:
        given = body.get("request_id")
        request_id = given if type(given) is str else None
    if request_id is not None:
        out["request_id"] = request_id
    delay = _seconds(body.get("retry_after")) if "retry_after" not in envelope else None
    if delay is None and headers is not None:
        delay = _retry_after_header(headers, now)
    if delay is not None:
        out["retry_after"] = delay


def _standard_meta(out: dict[str, Any], headers: Any, now: Callable[[], int | float], rid: bool, delay: bool) -> None:
    """A standard result's members from the headers, where the body has none."""
    if rid:
        request_id = _request_id_header(headers)
        if request_id is not None:
            out["request_id"] = request_id
    if delay:
        seconds = _retry_after_header(headers, now)
        if seconds is not None:
            out["retry_after"] = seconds


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
            text = (body if kind is bytes else bytes(body)).decode("utf-8", "replace")  # type: ignore[union-attr,arg-type]
            if text[:1] == "\ufeff":
                # TextDecoder drops one mark from bytes, and the text's own rule another.
                text = text[2:] if text[1:2] == "\ufeff" else text[1:]
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
        # `__proto__` members go at every depth (text that cannot hold one, spelt out or escaped, is
        # not walked), and so does a body nested deeper than the limit.
        walked = "__proto__" in text or ("\\" in text and "\\u" in text)
        if walked:
            try:
                _strip(value, 0)
            except RecursionError:
                return _transport(status, "not_error_body", headers, text, clock)
        error = value.get("error", _ABSENT)
        if type(error) is not dict:
            match = _match_legacy(value, status)
            if match is not None:
                # A legacy body's depth is checked as its members are copied.
                return _legacy(value, match, text, status, headers, clock, walked)
        if not walked and text.count("{") + text.count("[") > MAX_DEPTH:
            try:
                _strip(value, 0)
            except RecursionError:
                return _transport(status, "not_error_body", headers, text, clock)
        if error is _ABSENT and type(value.get("detail")) is str:
            error = _problem(value, status)
        if type(error) is not dict:
            return _transport(status, "not_error_body", headers, text, clock)
        code = error.get("code")
        message = error.get("message")
        entry = (_ENTRIES.get(code) or _entry(code)) if type(code) is str else None
        if type(message) is not str or (entry is None and not _is_code_name(code)):
            return _transport(status, "not_error_body", headers, text, clock)
        out = error
        known = (
            entry is not None and out.get("type") == entry[0] and (_CHECKS.get(code) or check_of(code))(out, message)  # type: ignore[arg-type]
        )
        if "constructor" in out or "prototype" in out or "reason" in out:
            for key in ("constructor", "prototype", "reason"):
                out.pop(key, None)
        if type(out.get("type")) is not str:
            out["type"] = type_of_status(status)
        out["known"] = known
        out["status"] = status
        request_id = value.get("request_id")
        if type(request_id) is str:
            out["request_id"] = request_id
        elif "request_id" in out:
            del out["request_id"]
        delay = out.get("retry_after")
        if delay is not None and not (type(delay) is int and 0 <= delay <= _MAX_SAFE):
            delay = _seconds(delay)
            if delay is None:
                del out["retry_after"]
            else:
                out["retry_after"] = delay
        elif delay is None and "retry_after" in out:
            del out["retry_after"]
        out["body"] = text
        out["dialect"] = "standard"
        cls: type[ErrataError] = (_CLASSES.get(code) or class_for(code)) if known else UnknownError  # type: ignore[arg-type]
        result = cls.__new__(cls)
        result._m = out
        if headers is not None and (delay is None or type(request_id) is not str):
            result._pending = (_standard_meta, (headers, clock, type(request_id) is not str, delay is None))
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
    entry = (_ENTRIES.get(code) or _entry(code)) if type(code) is str else None
    error["type"] = entry[0] if entry is not None else type_of_status(status)
    error["message"] = problem.get("detail")
    kind = problem.get("type")
    if type(kind) is str and _URL.match(kind):
        error["doc_url"] = kind
    return error
