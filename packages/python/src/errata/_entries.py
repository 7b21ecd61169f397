"""Each code's entry of the generated catalogue, decoded from its JSON text on first use."""

from __future__ import annotations

import json

from errata import _catalog
from errata._types import Entry

__all__ = ["ENTRIES", "entry", "known_entry"]

# Decoded entries, by code: read `ENTRIES.get(code) or entry(code)` on hot paths.
ENTRIES: dict[str, Entry] = {}


def entry(code: object) -> Entry | None:
    """The entry of a catalogued code, or None."""
    if not isinstance(code, str):
        return None
    found = ENTRIES.get(code)
    if found is not None:
        return found
    raw = _catalog.CODES.get(code)
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
