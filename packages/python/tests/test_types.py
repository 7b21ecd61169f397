"""The types catch mistakes: a misspelled field, a missing one, a wrong type, a wrong code."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REPO
from mypy import api

GOOD = """
from errata import parse
from errata.codes import ErrorCode
from errata.errors import InsufficientBalance, OutboundLimitReached

raised = OutboundLimitReached(limit=35, current=35, mode="total", sender_number="+15555550123")
limit: int = raised.limit
error = parse(429, {}, b"")
if isinstance(error, OutboundLimitReached):
    current: int = error.current
    sender: str | None = error.sender_number
match error:
    case InsufficientBalance(required_amount=amount):
        short: str = amount
code: str = ErrorCode.OUTBOUND_LIMIT_REACHED
"""

PLANTED = {
    "misspelled field": 'OutboundLimitReached(limt=35, current=35, mode="total")',
    "missing required field": 'OutboundLimitReached(current=35, mode="total")',
    "wrong field type": 'OutboundLimitReached(limit="35", current=35, mode="total")',
    "field of another code": 'InsufficientBalance(required_amount="1", topup_url="https://x", limit=3)',
    "misspelled read": "def f(e: InsufficientBalance) -> object:\n    return e.required_amout",
    "wrong code": "ErrorCode.OUTBOUND_LIMIT_REACHD",
    "code compared to another literal": "def g(e: OutboundLimitReached) -> None:\n    x: Literal['throttled'] = e.code",
}
HEAD = "from typing import Literal\nfrom errata.codes import ErrorCode\nfrom errata.errors import InsufficientBalance, OutboundLimitReached\n"


def _mypy(tmp_path: Path, name: str, source: str) -> tuple[str, int]:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    out, err, status = api.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".cache"), str(path)])
    return out + err, status


def test_correct_use_type_checks(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, "good", GOOD)
    assert status == 0, out


def test_planted_mistakes_fail_the_type_check(tmp_path: Path) -> None:
    for index, (what, line) in enumerate(PLANTED.items()):
        out, status = _mypy(tmp_path, f"planted{index}", HEAD + line + "\n")
        assert status == 1 and "error:" in out, f"{what} was not caught: {out}"


def _indented(part: str) -> str:
    return "\n".join("    " + x for x in part.strip().splitlines())


def test_the_reference_snippets_type_check(tmp_path: Path) -> None:
    """Every code's Python snippet in the error reference names classes and fields that exist."""
    data = json.loads((REPO / "docs" / "snippets" / "python.json").read_text(encoding="utf-8"))
    imports = {"import httpx"}
    functions = []
    for index, (code, text) in enumerate(sorted(data["snippets"].items())):
        lines = text.splitlines()
        imports.update(line for line in lines if line.startswith(("from ", "import ")))
        raise_part, read_part = "\n".join(x for x in lines if not x.startswith(("from ", "import "))).split(
            "# Read it from a response (httpx):"
        )
        functions.append(f"def raise_{index}() -> None:  # {code}\n{_indented(raise_part)}\n")
        functions.append(f"def read_{index}(response: httpx.Response) -> None:\n{_indented(read_part)}\n")
    out, status = _mypy(tmp_path, "snippets", "\n".join(sorted(imports)) + "\n\n\n" + "\n\n".join(functions))
    assert status == 0, out
