"""Each code's entry of the generated catalogue, decoded from its JSON text on first use.

The per-code tables (`errata._codes_data`) are loaded on first use too: importing the package
costs the same whatever the number of codes.
"""

from __future__ import annotations

import json

from errata._types import Entry

__all__ = ["ENTRIES", "all_codes", "class_code", "class_names", "entry", "is_catalogued", "known_entry"]

# Decoded entries, by code: read `ENTRIES.get(code) or entry(code)` on hot paths.
ENTRIES: dict[str, Entry] = {}
_tables: tuple[dict[str, str], dict[str, str]] | None = None


def _load() -> tuple[dict[str, str], dict[str, str]]:
    global _tables
    if _tables is None:
        from errata import _codes_data

        _tables = (_codes_data.CODES, _codes_data.CLASSES)
    return _tables


def is_catalogued(code: object) -> bool:
    """Whether `code` is a catalogued code."""
    return isinstance(code, str) and (code in ENTRIES or code in (_tables or _load())[0])


def all_codes() -> tuple[str, ...]:
    """Every catalogued code, in the catalogue's order."""
    return tuple((_tables or _load())[0])


def class_code(name: str) -> str | None:
    """The code of a class name of `errata.errors` (`OutboundLimitReached`), or None."""
    return (_tables or _load())[1].get(name)


def class_names() -> tuple[str, ...]:
    """Every class name of `errata.errors`."""
    return tuple((_tables or _load())[1])


def entry(code: object) -> Entry | None:
    """The entry of a catalogued code, or None."""
    if not isinstance(code, str):
        return None
    found = ENTRIES.get(code)
    if found is not None:
        return found
    raw = (_tables or _load())[0].get(code)
    if raw is None:
        return None
    data = json.loads(raw)
    deprecated = data[13]
    decoded: Entry = (
        data[0],
        data[1],
        data[2],
        data[3],
        data[4],
        data[5],
        data[6],
        tuple(data[7]),
        data[8],
        tuple(data[9]),
        tuple(data[10]),
        tuple((f[0], f[1], f[2]) for f in data[11]),
        tuple(tuple((m, r) for m, r in rules) for rules in data[12]),
        None if deprecated is None else (deprecated[0], deprecated[1]),
        data[14],
        data[15],
    )
    ENTRIES[code] = decoded
    return decoded


def known_entry(code: str) -> Entry:
    """The entry of a code known to be catalogued."""
    found = ENTRIES.get(code) or entry(code)
    if found is None:
        raise KeyError(code)
    return found
