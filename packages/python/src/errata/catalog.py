"""The catalogue as data: each code's status, type, title, template, retry policy, fields and APIs.

Read from the generated `errata._catalog`; nothing here restates it.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from errata import _catalog
from errata._entries import all_codes, is_catalogued
from errata._entries import entry as _entry
from errata._json import JS_SPACE
from errata._types import DialectData

RetryPolicy = Literal["never", "backoff", "retry_after"]

VERSION: str = _catalog.VERSION
DIALECTS: dict[str, DialectData] = _catalog.DIALECTS
GENERIC_CODES: dict[str, dict[int, dict[str, str]]] = _catalog.GENERIC_CODES
MAX_BYTES: int = _catalog.MAX_BYTES
MAX_DEPTH: int = _catalog.MAX_DEPTH
MAX_ATTEMPTS: int = _catalog.MAX_ATTEMPTS
BASE_DELAY_MS: int = _catalog.BASE_DELAY_MS
MAX_DELAY_MS: int = _catalog.MAX_DELAY_MS
IDEMPOTENT_METHODS: frozenset[str] = frozenset(_catalog.IDEMPOTENT_METHODS)
KEYED_METHODS: frozenset[str] = frozenset(_catalog.KEYED_METHODS)
DIALECT_NAMES: tuple[str, ...] = tuple(_catalog.DIALECTS) or ("standard",)


class FieldInfo(NamedTuple):
    """One field of a code: its name, its Python type (as written in the stubs) and whether it is required."""

    name: str
    type: str
    required: bool


class Deprecation(NamedTuple):
    reason: str
    replacement: str | None


class TypeInfo(NamedTuple):
    """A type (category) of error: its default status, retry policy and title."""

    name: str
    status: int
    retry: RetryPolicy
    title: str


class CodeInfo(NamedTuple):
    """Everything the catalogue says about one code that a program needs."""

    code: str
    type: str
    status: int
    retry: RetryPolicy
    retry_after: int | None
    """The default `Retry-After`, in whole seconds, when the code has one."""
    retry_after_from: str | None
    title: str
    message: str
    """The message template, with `{field}` placeholders."""
    message_variants: tuple[str, ...]
    doc_url: str
    apis: tuple[str, ...]
    """The APIs (dialects) that send the code."""
    without_code: tuple[str, ...]
    fields: tuple[FieldInfo, ...]
    checks: tuple[tuple[tuple[str, str], ...], ...]
    deprecated: Deprecation | None
    class_name: str
    description: str

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


_infos: dict[str, CodeInfo] = {}


def code_info(code: str) -> CodeInfo | None:
    """The catalogue's entry of `code`, or None when it is not a catalogued code."""
    info = _infos.get(code)
    if info is not None:
        return info
    entry = _entry(code)
    if entry is None:
        return None
    (t, status, retry, ra, raf, title, message, variants, doc, apis, without, fields, checks, dep, cls, desc) = entry
    info = CodeInfo(
        code,
        t,
        status,
        retry,  # type: ignore[arg-type]
        ra,
        raf,
        title,
        message,
        variants,
        doc,
        apis,
        without,
        tuple(FieldInfo(*f) for f in fields),
        checks,
        None if dep is None else Deprecation(*dep),
        cls,
        desc,
    )
    _infos[code] = info
    return info


def codes() -> tuple[str, ...]:
    """Every catalogued code, in the catalogue's order."""
    return all_codes()


def is_code(value: object) -> bool:
    """Whether `value` is a catalogued code."""
    return is_catalogued(value)


def types() -> tuple[TypeInfo, ...]:
    """Every type, in the catalogue's order."""
    return tuple(TypeInfo(name, s, r, t) for name, (s, r, t) in _catalog.TYPES.items())  # type: ignore[arg-type]


def type_of_status(status: int | float) -> str | None:
    """The type whose default status is `status`, else the one of its class (422 -> 400's, 503 -> 500's)."""
    by_class: str | None = None
    for name, (own, _, _) in _catalog.TYPES.items():
        if own == status:
            return name
        if by_class is None and 400 <= status < 600 and own == status - (status % 100):
            by_class = name
    return by_class


def type_retry(name: object) -> RetryPolicy:
    """The retry policy of a type name; `never` for anything that names no type."""
    entry = _catalog.TYPES.get(name) if type(name) is str else None
    return "never" if entry is None else entry[1]  # type: ignore[return-value]


# --- patterns, with ECMAScript semantics --------------------------------------------------------------

_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_", "s": JS_SPACE}


def translate_pattern(source: str) -> str:
    """An ECMAScript pattern (no flags) as a Python one that matches the same strings.

    `$` matches only at the very end, `.` excludes every line terminator, `\\d` and `\\w` are ASCII,
    and `\\s` / `\\S` use JavaScript's white space, which differs from Python's.
    """
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            i += 2
            lower = nxt.lower()
            if lower in _CLASS_ESCAPES:
                chars = re.escape(_CLASS_ESCAPES[lower]) if lower == "s" else _CLASS_ESCAPES[lower]
                negated = nxt.isupper()
                if in_class:
                    if negated:
                        raise ValueError(f"cannot translate a negated class escape inside a class: {source}")
                    out.append(chars)
                else:
                    out.append(f"[{'^' if negated else ''}{chars}]")
            elif nxt == "/":
                out.append("/")
            else:
                out.append("\\" + nxt)
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            if source[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
        elif ch == "$":
            out.append(r"\Z")
        elif ch == ".":
            out.append("[^\\n\\r\\u2028\\u2029]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_compiled: dict[str, re.Pattern[str]] = {}


def pattern(source: str) -> re.Pattern[str]:
    """The compiled Python pattern of an ECMAScript pattern, cached."""
    compiled = _compiled.get(source)
    if compiled is None:
        compiled = _compiled[source] = re.compile(translate_pattern(source))
    return compiled


CODE_PATTERN: re.Pattern[str] = pattern(_catalog.CODE_PATTERN)
REQUEST_ID_PATTERN: re.Pattern[str] = pattern(_catalog.REQUEST_ID_PATTERN)
