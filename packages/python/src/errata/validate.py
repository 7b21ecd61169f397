"""Validating a body against the catalogue's JSON Schemas, offline.

The schemas ship inside the package (`errata/schemas/`, copied from `schemas/` by the generator);
every `$ref` resolves from those files, never from the network. The body is checked against its own
code's schema rather than the `oneOf` of every code, so each problem points at the member that is
wrong. Needs the `jsonschema` extra (`pip install errata-errors[jsonschema]`); `fits` needs nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from errata import _catalog
from errata._checks import check_of
from errata._entries import is_catalogued, known_entry

__all__ = ["SchemaProblem", "fits", "schema", "validate"]

BASE = "https://errata.dev/schemas/"


class SchemaProblem(NamedTuple):
    """One problem: the dotted path of the member (empty for the body as a whole) and what is wrong."""

    path: str
    message: str


def fits(code: str, error: Mapping[str, Any]) -> bool:
    """Whether the members of an error object (the standard dialect's `error`) fit a catalogued code.

    The catalogue's own checks, compiled: no dependency, about as fast as reading the members.
    """
    return is_catalogued(code) and check_of(code)(error, error.get("message"))


def schema(relative: str) -> dict[str, Any]:
    """A schema shipped in the package, by its path under `schemas/` (`errors/throttled.schema.json`)."""
    text = resources.files("errata").joinpath("schemas", *relative.split("/")).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _schema_files() -> list[str]:
    root = resources.files("errata").joinpath("schemas")
    out: list[str] = []
    stack = [("", root)]
    while stack:
        prefix, folder = stack.pop()
        for item in folder.iterdir():
            if item.is_dir():
                stack.append((f"{prefix}{item.name}/", item))
            elif item.name.endswith(".json"):
                out.append(prefix + item.name)
    return sorted(out)


@cache
def _registry() -> Any:
    from referencing import Registry, Resource

    resources_ = [
        (str(document.get("$id", BASE + name)), Resource.from_contents(document))
        for name in _schema_files()
        for document in [schema(name)]
    ]

    def refuse(uri: str) -> Any:
        raise LookupError(f"{uri}: not a schema shipped with errata (no network access)")

    registry: Any = Registry(retrieve=refuse)  # type: ignore[call-arg]
    return registry.with_resources(resources_)


@cache
def _validator(ref: str) -> Any:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    return Draft202012Validator({"$ref": ref}, registry=_registry())


def _path(parts: Any) -> str:
    return ".".join(str(p) for p in parts)


def validate(body: Any, *, dialect: str = "standard") -> list[SchemaProblem]:
    """The problems of a whole body in `dialect` (none when it is valid), checked against its code's schema."""
    if dialect not in _catalog.DIALECTS:
        raise ValueError(f"{dialect}: not a dialect")
    if dialect == "standard":
        error = body.get("error") if isinstance(body, Mapping) else None
        code = error.get("code") if isinstance(error, Mapping) else None
        if type(code) is str and is_catalogued(code):
            problems = [
                SchemaProblem(_path(["error", *e.absolute_path]), e.message)
                for e in _validator(f"{BASE}errors/{code}.schema.json").iter_errors(error)
            ]
            request_id = _validator(f"{BASE}error.schema.json#/properties/request_id")
            problems += [
                SchemaProblem(_path(["request_id", *e.absolute_path]), e.message)
                for e in request_id.iter_errors(body.get("request_id"))
            ]
            if "request_id" not in body:
                problems.append(SchemaProblem("", "'request_id' is a required property"))
            return problems
        ref = f"{BASE}error.schema.json"
    else:
        data = _catalog.DIALECTS[dialect]
        member = data["code"]
        code = body.get(member) if isinstance(body, Mapping) else None
        if code is None and isinstance(body, Mapping) and data["code_optional"]:
            status = body.get(data["status"] or "status")
            message = body.get("message")
            code = (
                _catalog.GENERIC_CODES.get(dialect, {})
                .get(status if type(status) is int else -1, {})
                .get(message if type(message) is str else "")
            )
        apis = known_entry(code)[9] if type(code) is str and is_catalogued(code) else ()
        if dialect in apis:
            ref = f"{BASE}dialects/{dialect}/error.schema.json#/$defs/{code}"
        else:
            ref = f"{BASE}dialects/{dialect}/error.schema.json"
    return [SchemaProblem(_path(e.absolute_path), e.message) for e in _validator(ref).iter_errors(body)]
