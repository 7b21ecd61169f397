"""The error classes: one per code (built on first use, typed by `errors.pyi`), unknown codes and
transport failures, and the raising of a catalogued error with its fields checked."""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from errata._checks import check_of, problems
from errata._entries import known_entry
from errata._json import js_to_string
from errata.catalog import CodeInfo, code_info

__all__ = [
    "Detail",
    "ErrataError",
    "ErrataFieldError",
    "KnownError",
    "TransportError",
    "UnknownError",
    "class_for",
    "create_error",
]


class Detail(TypedDict):
    """One field-level problem: the dotted path of the field (empty for the whole request) and what is wrong."""

    field: str
    message: str


# Members every error has, which the result sets itself.
_META = frozenset({"known", "status", "dialect", "request_id", "retry_after", "body", "reason"})
_ENVELOPE = frozenset({"type", "code", "message", "doc_url"})


class ErrataError(Exception):
    """Any error this package raises or reads: a catalogued code, an unknown code, or no error body at all.

    Its members are the error object's, as the body has them (`error.limit`, `error["limit"]`),
    plus `known`, `status`, `dialect`, `request_id` and `retry_after`.
    """

    _m: dict[str, Any] = {}  # noqa: RUF012 (replaced, never changed in place, on every instance)
    # Members read from the headers on first use (request_id, retry_after): (resolver, arguments).
    _pending: tuple[Callable[..., None], tuple[Any, ...]] | None = None
    _optional: ClassVar[frozenset[str]] = frozenset()
    response: Any = None
    """The HTTP response the error was read from, when an integration read it (httpx)."""

    @property
    def known(self) -> bool:
        """Whether the code is catalogued and the fields fit it."""
        return self._m.get("known") is True

    @property
    def code(self) -> str | None:
        value = self._m.get("code")
        return value if type(value) is str else None

    @property
    def type(self) -> str | None:
        """The code's type (category): from the body, else from the code, else from the status."""
        value = self._m.get("type")
        return value if type(value) is str else None

    @property
    def message(self) -> str:
        value = self._m.get("message")
        return value if type(value) is str else ""

    @property
    def status(self) -> int:
        """The HTTP status (of the response read, or the code's when raised)."""
        value = self._m.get("status")
        return value if type(value) is int else 0

    @property
    def dialect(self) -> str | None:
        """The API's shape the body was in; None for a transport error or an error raised here."""
        return self._m.get("dialect")

    def _members(self) -> dict[str, Any]:
        """The members, with those read from the headers filled in."""
        pending = self._pending
        if pending is not None:
            self._pending = None
            pending[0](self._m, *pending[1])
        return self._m

    @property
    def request_id(self) -> str | None:
        return self._members().get("request_id")

    @property
    def retry_after(self) -> int | None:
        """Whole seconds to wait before retrying, when the server (or the code) gives a delay."""
        return self._members().get("retry_after")

    @property
    def body(self) -> str | None:
        """The body text as received; None for an error raised here."""
        value = self._m.get("body")
        return value if type(value) is str else None

    @property
    def fields(self) -> dict[str, Any]:
        """The error's own members: its fields, `param`, `details` and unknown members."""
        return {k: v for k, v in self._members().items() if k not in _META and k not in _ENVELOPE}

    def to_dict(self) -> dict[str, Any]:
        """Every member, as the TypeScript client's result has them (without `body`)."""
        return {k: v for k, v in self._members().items() if k != "body"}

    def __getitem__(self, name: str) -> Any:
        return self._members()[name]

    def __contains__(self, name: object) -> bool:
        return name in self._members()

    def __iter__(self) -> Iterator[str]:
        return iter(self._members())

    def get(self, name: str, default: Any = None) -> Any:
        return self._members().get(name, default)

    def __str__(self) -> str:
        code = self._m.get("code")
        return f"{code}: {self.message}" if type(code) is str else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status={self.status}, message={self.message!r})"

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            try:
                members = object.__getattribute__(self, "_members")()
            except AttributeError:
                raise AttributeError(name) from None
            if name in members:
                return members[name]
            if name in type(self)._optional:
                return None
            raise AttributeError(f"{type(self).__name__} has no member {name!r}")


class TransportError(ErrataError):
    """A response that holds no error body: only its status (and the type of that status) can be trusted."""

    @property
    def reason(self) -> str:
        """`empty`, `not_json`, `not_error_body`, `too_large`, `timeout` or `unreadable`."""
        return str(self._m.get("reason"))

    @property
    def code(self) -> None:
        return None

    @property
    def dialect(self) -> None:
        return None


class UnknownError(ErrataError):
    """A well-formed error body whose code is not catalogued (a newer server), or whose fields do not fit it."""

    @property
    def code(self) -> str:
        return str(self._m.get("code"))


class ErrataFieldError(TypeError):
    """A developer error: an unknown code, or fields that do not fit the code."""

    def __init__(self, code: str, problems: list[str], fields: list[str] | None = None) -> None:
        super().__init__(f'create_error("{code}"): {"; ".join(problems)}')
        self.problems = problems
        self.fields = fields or []


_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_BASE = frozenset({"param", "details"})


class _Template:
    __slots__ = ("names", "parts")

    def __init__(self, template: str) -> None:
        self.parts: list[str] = _PLACEHOLDER.split(template)
        self.names: tuple[str, ...] = tuple(self.parts[1::2])


class _Code:
    """Per-code constants, computed once: the hot path of raising and sending reads them."""

    __slots__ = (
        "allowed",
        "check",
        "has_retry_after_field",
        "info",
        "json_head",
        "json_tail",
        "template",
        "templated",
        "variants",
    )

    def __init__(self, info: CodeInfo) -> None:
        from errata._json import js_string

        self.info = info
        names = [f.name for f in info.fields]
        self.allowed = frozenset(names) | _BASE
        self.has_retry_after_field = "retry_after" in names
        self.template = _Template(info.message)
        self.templated = len(self.template.parts) > 1
        self.variants = tuple(_Template(v) for v in info.message_variants)
        self.check = check_of(info.code)
        self.json_head = f'{{"error":{{"type":{js_string(info.type)},"code":{js_string(info.code)},"message":'
        self.json_tail = f',"doc_url":{js_string(info.doc_url)}}},"request_id":'


_codes: dict[str, _Code] = {}


def code_constants(code: str) -> _Code | None:
    constants = _codes.get(code)
    if constants is None:
        info = code_info(code)
        if info is None:
            return None
        constants = _codes[code] = _Code(info)
    return constants


def _placeholder(constants: _Code, fields: Mapping[str, Any], name: str) -> str:
    value = fields.get(name)
    if value is None and name == "retry_after" and constants.has_retry_after_field:
        value = constants.info.retry_after
    return "{" + name + "}" if value is None else js_to_string(value)


def _render(constants: _Code, fields: Mapping[str, Any], template: _Template) -> str:
    parts = template.parts
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(_placeholder(constants, fields, parts[i]))
        out.append(parts[i + 1])
    return "".join(out)


_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})\Z"
)


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (any year, as JavaScript's Date counts)."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def rfc3339_ms(text: str) -> int | None:
    """Milliseconds since the epoch of an RFC 3339 time, as `Date.parse` reads it; None when it is not one."""
    m = _RFC3339.match(text)
    if m is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction, zone = m.group(7), m.group(8)
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    if hour > 24 or minute > 59 or second > 59 or (hour == 24 and (minute or second or (fraction and int(fraction)))):
        return None
    offset = 0
    if zone != "Z":
        oh, om = int(zone[1:3]), int(zone[4:6])
        if oh > 23 or om > 59:
            return None
        offset = (oh * 60 + om) * (1 if zone[0] == "+" else -1)
    ms = int((fraction or "0")[:3].ljust(3, "0"))
    days = days_from_civil(year, month, day)
    return ((days * 24 + hour) * 60 + minute - offset) * 60_000 + second * 1000 + ms


def seconds_until(value: Any) -> int | None:
    """Whole seconds from now until an RFC 3339 time, at least 1; None when it is not one."""
    if type(value) is not str:
        return None
    at = rfc3339_ms(value)
    if at is None:
        return None
    now = time.time_ns() // 1_000_000
    return max(1, -((now - at) // 1000))


# How deep a field's value may nest: far beyond any field of the catalogue, and short of a cycle.
MAX_FIELD_DEPTH = 32
_TOO_DEEP = object()


def _copy(value: Any, depth: int) -> Any:
    """A copy of a JSON-like value, lists and objects copied member by member; `_TOO_DEEP` past the limit."""
    if isinstance(value, dict):
        if depth >= MAX_FIELD_DEPTH:
            return _TOO_DEEP
        out: dict[Any, Any] = {}
        for key, member in value.items():
            copied = _copy(member, depth + 1)
            if copied is _TOO_DEEP:
                return _TOO_DEEP
            out[key] = copied
        return out
    if isinstance(value, (list, tuple)):
        if depth >= MAX_FIELD_DEPTH:
            return _TOO_DEEP
        items = []
        for member in value:
            copied = _copy(member, depth + 1)
            if copied is _TOO_DEEP:
                return _TOO_DEEP
            items.append(copied)
        return items
    return value


def init_known(
    error: KnownError, constants: _Code, given: Mapping[str, Any] | None, message: str | None, cause: Any
) -> None:
    info = constants.info
    code = info.code
    if given is not None and not isinstance(given, Mapping):
        raise ErrataFieldError(code, ["fields must be a mapping"])
    fields: dict[str, Any] = {} if given is None else dict(given)
    for key in fields:
        if key not in constants.allowed:
            known = ", ".join(sorted(constants.allowed))
            raise ErrataFieldError(code, [f"{key}: not a field of this code (its fields: {known})"], [key])
        # A nested value (a `details` list) is copied all the way down: the caller's list, changed
        # after raising, cannot change the body without its being checked again.
        value = fields[key]
        if isinstance(value, (dict, list, tuple)):
            copy = _copy(value, 0)
            if copy is _TOO_DEEP:
                raise ErrataFieldError(code, [f"{key}: nested more than {MAX_FIELD_DEPTH} levels deep"], [key])
            fields[key] = copy
    if message is None:
        template = constants.template if constants.templated else None
        for variant in constants.variants:
            if all(fields.get(name) is not None for name in variant.names):
                template = variant
                break
        text = info.message if template is None else _render(constants, fields, template)
    else:
        text = message
    if not constants.check(fields, text):
        found = problems(code, fields, text)
        raise ErrataFieldError(code, [f"{m}: {why}" for m, why in found], [m for m, _ in found])
    if info.deprecated is not None:
        replacement = info.deprecated.replacement
        warnings.warn(
            f"{code} is deprecated: {info.deprecated.reason}" + (f" Use {replacement}." if replacement else ""),
            DeprecationWarning,
            stacklevel=4,
        )
    given_delay = fields.get("retry_after")
    delay: int | None
    if type(given_delay) is int or type(given_delay) is float:
        delay = int(given_delay)
    else:
        delay = seconds_until(fields.get(info.retry_after_from)) if info.retry_after_from else None
        if delay is None:
            delay = info.retry_after
    members: dict[str, Any] = {"type": info.type, "code": code, "message": text}
    members.update(fields)
    members["known"] = True
    members["status"] = info.status
    if delay is not None:
        members["retry_after"] = delay
    error._m = members
    error._fields = fields
    error._constants = constants
    error._custom_message = message is not None
    error.args = (text,)
    if cause is not None:
        error.__cause__ = cause if isinstance(cause, BaseException) else None
        error.cause = cause


class KnownError(ErrataError):
    """A catalogued error: raised by a service with its typed fields, or read from a body that fits its code.

    Each code has its own subclass in `errata.errors` (`OutboundLimitReached`), with its fields as
    typed attributes; `isinstance` and `match` narrow on it.
    """

    _code: ClassVar[str] = ""
    _fields: dict[str, Any]
    _constants: _Code
    _custom_message: bool
    cause: Any = None

    def __init__(self, *, message: str | None = None, cause: Any = None, **fields: Any) -> None:
        constants = code_constants(type(self)._code)
        if constants is None:
            raise TypeError("KnownError is abstract: raise a code's class from errata.errors, or use create_error")
        init_known(self, constants, fields, message, cause)

    @property
    def code(self) -> str:
        return str(self._m["code"])

    @property
    def type(self) -> str:
        value = self._m.get("type")
        return value if type(value) is str else str(known_entry(self.code)[0])

    @property
    def info(self) -> CodeInfo:
        """The catalogue's entry of the code."""
        info = code_info(self.code)
        assert info is not None
        return info

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def doc_url(self) -> str:
        value = self._m.get("doc_url")
        return value if type(value) is str else self.info.doc_url

    @property
    def retry(self) -> str:
        """How a client should treat it: `never`, `backoff` or `retry_after`."""
        return self.info.retry

    @property
    def fields(self) -> dict[str, Any]:
        given = self.__dict__.get("_fields")
        return dict(given) if given is not None else super().fields

    def wire_fields(self) -> dict[str, Any]:
        """The fields as they go on the wire: the given ones, plus `retry_after` from the code's default."""
        fields = self._fields
        constants = self._constants
        delay = self._m.get("retry_after")
        if not constants.has_retry_after_field or fields.get("retry_after") is not None or delay is None:
            return fields
        return {**fields, "retry_after": delay}


_classes: dict[str, type[KnownError]] = {}


def class_for(code: str) -> type[KnownError]:
    """The error class of a catalogued code (`errata.errors.<Name>`), built once."""
    cls = _classes.get(code)
    if cls is not None:
        return cls
    info = code_info(code)
    if info is None:
        raise KeyError(code)
    optional = frozenset(f.name for f in info.fields if not f.required) | _BASE
    namespace = {
        "__module__": "errata.errors",
        "__qualname__": info.class_name,
        "__doc__": f"{info.title}: {info.status}, `{info.type}`, retry `{info.retry}`.",
        "_code": code,
        "_optional": optional,
    }
    cls = _classes[code] = type(info.class_name, (KnownError,), namespace)
    return cls


def create_error(
    code: str, fields: Mapping[str, Any] | None = None, *, message: str | None = None, cause: Any = None
) -> KnownError:
    """The error of `code` with its fields, checked against the catalogue (an `ErrataFieldError` when they do not fit).

    The message is the code's template rendered with the fields unless `message` replaces it.
    """
    constants = code_constants(str(code)) if isinstance(code, str) else None
    if constants is None:
        raise ErrataFieldError(str(code), ["unknown error code"])
    cls = class_for(code)
    error = cls.__new__(cls)
    init_known(error, constants, fields, message, cause)
    return error
