"""Whether an error object's members fit a code: the catalogue's `checks`, compiled once per code.

A rule is `i` (a whole number from 0 to 2^53 - 1), `s` (a non-empty string), `t` (any string),
`/<ECMAScript pattern>` (a string matching it), `=a|b` (one of the values), `d` (a non-empty list
of `{field, message}` strings); a leading `?` lets the member be absent. A body fits the code when
its members pass every rule of one of the sets. The message is passed apart, so that a server can
check the fields before it builds the error object.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from errata._entries import known_entry
from errata.catalog import pattern

Check = Callable[[Mapping[str, Any], Any], bool]
MAX_SAFE = 2**53 - 1
_ABSENT = object()


def count(value: Any) -> bool:
    """A whole number from 0 to 2^53 - 1, as `Number.isSafeInteger(value) && value >= 0` reads JSON."""
    kind = type(value)
    if kind is int:
        return 0 <= value <= MAX_SAFE  # type: ignore[no-any-return]
    if kind is float:
        return value.is_integer() and 0 <= value <= MAX_SAFE  # type: ignore[no-any-return]
    return False


def details(value: Any) -> bool:
    """A non-empty list of `{field, message}` strings."""
    if type(value) is not list or not value:
        return False
    for item in value:
        if type(item) is not dict or type(item.get("field")) is not str or type(item.get("message")) is not str:
            return False
    return True


class Matcher:
    """A string matching an ECMAScript pattern; remembers the values it accepted (a service repeats them)."""

    __slots__ = ("accepted", "search")

    def __init__(self, source: str) -> None:
        self.search = pattern(source).search
        self.accepted: set[str] = set()

    def __call__(self, value: Any) -> bool:
        if type(value) is not str:
            return False
        if value in self.accepted:
            return True
        if self.search(value) is None:
            return False
        if len(self.accepted) > 255:
            self.accepted.clear()
        self.accepted.add(value)
        return True


def matcher(source: str) -> Callable[[Any], bool]:
    """The test of `/<pattern>`."""
    return Matcher(source)


def rule_test(rule: str) -> Callable[[Any], bool]:
    """The test of one rule's body (without its `?`), as a function of the value."""
    if rule == "i":
        return count
    if rule == "s":
        return lambda v: type(v) is str and v != ""
    if rule == "t":
        return lambda v: type(v) is str
    if rule == "d":
        return details
    if rule.startswith("/"):
        return matcher(rule[1:])
    if rule.startswith("="):
        values = frozenset(rule[1:].split("|"))
        return lambda v: type(v) is str and v in values
    raise ValueError(f"unknown rule {rule!r}")


_tests: dict[str, Callable[[Any], bool]] = {}


def _test_of(rule: str) -> Callable[[Any], bool]:
    test = _tests.get(rule)
    if test is None:
        test = _tests[rule] = rule_test(rule)
    return test


def compile_checks(sets: tuple[tuple[tuple[str, str], ...], ...]) -> Check:
    """One function for a code's sets of rules, written out as plain reads (built once per code)."""
    namespace: dict[str, Any] = {"U": _ABSENT, "count": count, "details": details}
    alternatives: list[str] = []
    for rules in sets:
        terms: list[str] = []
        for member, rule in rules:
            optional = rule.startswith("?")
            body = rule[1:] if optional else rule
            read = "m" if member == "message" else f"e.get({member!r}, U)"
            if body == "s":
                test = "type(x) is str and x != ''"
            elif body == "t":
                test = "type(x) is str"
            elif body == "i":
                test = f"(type(x) is int and 0 <= x <= {MAX_SAFE} or count(x))"
            elif body == "d":
                test = "details(x)"
            else:
                name = f"t{len(namespace)}"
                namespace[name] = function = _test_of(body)
                if isinstance(function, Matcher):
                    namespace[name + "a"] = function.accepted
                    test = f"(type(x) is str and x in {name}a or {name}(x))"
                else:
                    test = f"{name}(x)"
            terms.append(f"((x := {read}) is U or {test})" if optional else f"((x := {read}) is not U and {test})")
        alternatives.append(" and ".join(terms) or "True")
    source = "def check(e, m):\n    return " + (" or ".join(f"({a})" for a in alternatives) or "True") + "\n"
    exec(compile(source, "<errata checks>", "exec"), namespace)
    check: Check = namespace["check"]
    return check


_compiled: dict[str, Check] = {}


def check_of(code: str) -> Check:
    """The check of a catalogued code's members: `check(error, error["message"])`."""
    check = _compiled.get(code)
    if check is None:
        check = _compiled[code] = compile_checks(known_entry(code)[12])
    return check


def problems(code: str, members: Mapping[str, Any], message: Any) -> list[tuple[str, str]]:
    """(member, what is wrong) for each rule of the code's closest set that `members` break."""
    best: list[tuple[str, str]] | None = None
    for rules in known_entry(code)[12]:
        found: list[tuple[str, str]] = []
        for member, rule in rules:
            optional = rule.startswith("?")
            body = rule[1:] if optional else rule
            value = message if member == "message" else members.get(member, _ABSENT)
            if value is _ABSENT:
                if not optional:
                    found.append((member, "required"))
                continue
            if not _test_of(body)(value):
                found.append(
                    (member, _WORDS.get(body[:1], "not a valid value") + (f" {body[1:]}" if body[:1] in "/=" else ""))
                )
        if best is None or len(found) < len(best):
            best = found
    return best or []


_WORDS = {
    "i": "expected a whole number from 0 to 2^53 - 1",
    "s": "expected a non-empty string",
    "t": "expected a string",
    "d": "expected a non-empty list of {field, message} strings",
    "/": "expected a string matching",
    "=": "expected one of",
}
