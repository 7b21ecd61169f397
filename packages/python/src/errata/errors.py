"""Each catalogued code's error class (`errata.errors.OutboundLimitReached`), built on first use.

The classes are typed by the generated stub `errors.pyi`; at run time each is made from the
catalogue's data when first named, so importing the package costs the same at any catalogue size.
"""

from __future__ import annotations

from typing import Any

from errata._entries import class_code, class_names
from errata._errors import Detail, KnownError, class_for

__all__ = ["Detail", "KnownError"]


def __getattr__(name: str) -> Any:
    code = class_code(name)
    if code is not None:
        cls = class_for(code)
        globals()[name] = cls
        return cls
    if name.endswith("Fields") and class_code(name[: -len("Fields")]) is not None:
        # The fields' TypedDicts exist for type checkers; at run time a plain dict is what they describe.
        return dict
    raise AttributeError(f"module 'errata.errors' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *class_names()])
