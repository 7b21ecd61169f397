"""The conformance vectors (schemas/conformance/vectors.json, generated from the catalogue by the
build) through the testee: the same comparison the runner makes, in process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PACKAGE, REPO

sys.path.insert(0, str(PACKAGE / "conformance"))
import testee

VECTORS = Path(os.environ.get("ERRATA_VECTORS", REPO / "schemas" / "conformance" / "vectors.json"))


def same(a: Any, b: Any) -> bool:
    """Equal as JSON values: member order ignored, numbers as numbers, booleans apart from numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _vectors() -> list[dict[str, Any]]:
    if not VECTORS.is_file():
        pytest.skip(f"no vectors at {VECTORS} (the build writes them; ERRATA_VECTORS names another file)")
    loaded: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
    return loaded


def test_every_vector() -> None:
    failures: list[str] = []
    vectors = _vectors()
    for vector in vectors:
        line = json.dumps({"id": vector["id"], "op": vector["op"], "input": vector["input"]})
        answer = json.loads(testee.answer(line))
        expected = vector["expected"]
        if "error" in expected:
            ok = "error" in answer
        elif "output" not in answer:
            ok = False
        elif vector["op"] == "render":
            out, want = answer["output"], expected["output"]
            ok = out.get("body") == want["body"] and same({**out, "body": ""}, {**want, "body": ""})
        else:
            ok = same(answer["output"], expected["output"])
        if not ok:
            failures.append(f"{vector['id']}: expected {expected}, got {answer}")
    assert failures == [], "\n".join(failures[:20])
    assert len(vectors) > 0


def test_the_testee_speaks_the_protocol() -> None:
    lines = [
        "not json",
        json.dumps({"id": "a", "op": "nope", "input": {}}),
        json.dumps({"id": "b", "op": "parse", "input": {"status": 502, "headers": {}, "body": "<html>", "now": 0}}),
        json.dumps(
            {
                "id": "c",
                "op": "render",
                "input": {
                    "code": "throttled",
                    "fields": {"x": 1},
                    "dialect": "standard",
                    "request_id": "req_a1b2c3d4e5f6",
                },
            }
        ),
    ]
    result = subprocess.run(
        [sys.executable, str(PACKAGE / "conformance" / "testee.py")],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == [None, "a", "b", "c"]
    assert "error" in answers[0] and "error" in answers[1] and "error" in answers[3]
    assert answers[2]["output"]["reason"] == "not_json"
