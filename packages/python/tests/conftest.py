"""Shared paths of the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PACKAGE = Path(__file__).resolve().parent.parent
REPO = PACKAGE.parent.parent
CATALOG_PATH = REPO / "schemas" / "catalog.json"


@pytest.fixture(scope="session")
def catalog() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    return loaded
