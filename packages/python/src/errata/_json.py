"""JSON as JavaScript writes and reads it: `JSON.stringify`'s text, its numbers and its key order.

The wire contract is defined by the TypeScript server, so a body rendered here must be the same
bytes: no spaces, only `"`, `\\` and U+0000..U+001F escaped (lone surrogates as `\\udxxx`), numbers
as `Number.prototype.toString` writes them, and integer-like keys first, as a JavaScript object
orders them.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# JavaScript's `\\s` (WhiteSpace and LineTerminator): not Python's `str.isspace`.
JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
MAX_SAFE = 2**53 - 1

_encode = json.encoder.encode_basestring
_LONE = re.compile("[\ud800-\udfff]")
_INDEX = re.compile(r"(?:0|[1-9][0-9]{0,9})\Z")


def js_number(value: int | float) -> str:
    """A number as JavaScript's `String(number)` writes it."""
    if type(value) is int:
        if -(2**53) <= value <= 2**53:
            return str(value)
        try:
            value = float(value)
        except OverflowError:
            return "Infinity" if value > 0 else "-Infinity"
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    text = repr(abs(value))
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    # The position of the decimal point relative to the first digit (`n` of the specification).
    point = (
        len(whole) + (int(exponent) if exponent else 0) - (len(whole + fraction) - len((whole + fraction).lstrip("0")))
    )
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= point <= 21:
        return sign + digits + "0" * (point - k)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * (-point) + digits
    e = point - 1
    tail = ("e+" if e >= 0 else "e-") + str(abs(e))
    return sign + (digits if k == 1 else digits[0] + "." + digits[1:]) + tail


def js_string(text: str) -> str:
    """A string as `JSON.stringify` writes it (lone surrogates escaped, all else raw)."""
    out: str = _encode(text)
    if not text.isascii() and _LONE.search(text) is not None:
        out = _LONE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return out


def _ordered_keys(value: dict[str, Any]) -> list[str]:
    keys = list(value)
    indexes = [k for k in keys if k[:1].isdigit() and _INDEX.match(k) and int(k) < 2**32 - 1]
    if not indexes:
        return keys
    indexes.sort(key=int)
    taken = set(indexes)
    return indexes + [k for k in keys if k not in taken]


def stringify(value: Any) -> str:
    """`JSON.stringify(value)` with the server's replacer (no `__proto__` member at any depth)."""
    kind = type(value)
    if kind is str:
        return js_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int or kind is float:
        if kind is float and (value != value or value in (math.inf, -math.inf)):
            return "null"
        return js_number(value)
    if isinstance(value, dict):
        parts = []
        for key in _ordered_keys(value) if any(k[:1].isdigit() for k in value) else value:
            if type(key) is not str:
                raise TypeError("object keys must be strings")
            if key == "__proto__":
                continue
            parts.append(js_string(key) + ":" + stringify(value[key]))
        return "{" + ",".join(parts) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(stringify(item) for item in value) + "]"
    if isinstance(value, str):
        return js_string(str(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return js_number(int(value))
    if isinstance(value, float):
        return stringify(float(value))
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def js_to_string(value: Any) -> str:
    """JavaScript's `String(value)` of a JSON value."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int and -(2**53) <= value <= 2**53:
        return str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, (list, tuple)):
        return ",".join("" if item is None else js_to_string(item) for item in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


_TOKEN = re.compile(
    r'[ \t\n\r]*(?:(?P<s>"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")'
    r"|(?P<n>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)|(?P<l>true|false|null)|(?P<p>[{}\[\]:,]))"
)


def deep_json_depth(text: str) -> int | None:
    """The nesting depth of `text` when it is JSON (read without recursion), else None."""
    stack: list[str] = []  # "{" or "["
    deepest = 0
    pos = 0
    end = len(text)
    # What may come next: "value", "key", "colon", "comma_or_end", "value_or_end", "key_or_end".
    state = "value"
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            tail = text[pos:].strip(" \t\n\r")
            return deepest if tail == "" and state == "done" else None
        pos = m.end()
        token = m.group("p")
        if state == "done":
            return None
        if token is None:
            is_string = m.group("s") is not None
            if state == "key" or state == "key_or_end":
                if not is_string:
                    return None
                state = "colon"
                continue
            if state not in ("value", "value_or_end"):
                return None
            state = "comma_or_end" if stack else "done"
        elif token in "{[":
            if state not in ("value", "value_or_end"):
                return None
            stack.append(token)
            deepest = max(deepest, len(stack) - 1)
            state = "key_or_end" if token == "{" else "value_or_end"
        elif token in "}]":
            if not stack or state not in ("comma_or_end", "key_or_end" if token == "}" else "value_or_end"):
                return None
            if stack.pop() != ("{" if token == "}" else "["):
                return None
            state = "comma_or_end" if stack else "done"
        elif token == ":":
            if state != "colon":
                return None
            state = "value"
        else:  # ","
            if state != "comma_or_end":
                return None
            state = "key" if stack[-1] == "{" else "value"
        if pos >= end and state != "done":
            return None
