"""The constants and classes hold what catalog.json says (the catalogue is the oracle)."""

from __future__ import annotations

from typing import Any

import errata
from errata import catalog, errors
from errata.codes import ErrorCode, ErrorType


def test_version_is_the_catalogue_version(catalog: dict[str, Any]) -> None:
    assert errata.__version__ == catalog["version"]


def test_every_code_is_a_constant_and_a_class(catalog: dict[str, Any]) -> None:
    codes = [e["code"] for e in catalog["errors"]]
    assert [c.value for c in ErrorCode] == codes
    assert [t.value for t in ErrorType] == list(catalog["types"])
    for entry in catalog["errors"]:
        info = errata.catalog.code_info(entry["code"])
        assert info is not None
        assert (info.type, info.status, info.retry, info.title, info.message, info.doc_url) == (
            entry["type"],
            entry["status"],
            entry["retry"],
            entry["title"],
            entry["message"],
            entry["doc_url"],
        )
        assert info.retry_after == entry.get("retry_after")
        assert info.apis == tuple(entry["apis"])
        assert [f.name for f in info.fields] == list(entry["fields"])
        assert set(info.required) == set(entry["required"])
        cls = getattr(errors, info.class_name)
        assert issubclass(cls, errata.KnownError)
        assert cls._code == entry["code"]


def test_type_of_status_follows_the_types(catalog: dict[str, Any]) -> None:
    for name, data in catalog["types"].items():
        assert catalog_type(data["status"], catalog) == name
        assert errata.catalog.type_of_status(data["status"]) == name
    assert catalog.get("types") is not None
    assert errata.catalog.type_of_status(0) is None
    assert errata.catalog.type_of_status(418) == catalog_type(400, catalog)


def catalog_type(status: int, data: dict[str, Any]) -> str | None:
    return next((name for name, t in data["types"].items() if t["status"] == status), None)


def test_ecmascript_patterns_translate_faithfully() -> None:
    dollar = catalog.pattern("^[A-Z]{3}$")
    assert dollar.search("USD") and not dollar.search("USD\n")
    space = catalog.pattern("^\\S+$")
    assert space.search("a\x1cb")  # not white space in JavaScript
    assert not space.search("a\ufeffb")  # white space in JavaScript
    assert not catalog.pattern("^\\d$").search("\u0663")  # \d is ASCII in JavaScript
    assert not catalog.pattern("^.$").search("\u2028")
