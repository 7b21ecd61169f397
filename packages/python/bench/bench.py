"""Benchmarks, as ratios against a baseline run side by side in the same process (not a timed test).

- parse of a typical error body in each dialect vs `json.loads` of the same bytes (target <= 1.5x);
- render vs `json.dumps` of the equivalent literal dict (target <= 1.5x);
- the import cost (`python -X importtime`) vs the standard library's `json` (target <= 30 ms), at the
  real catalogue and at 1,500 codes (a catalogue made by copying entries under new codes, generated
  into a temporary copy of the package).

Run: `.venv/bin/python bench/bench.py` (from packages/python).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent.parent
REPO = PACKAGE.parent.parent
RID = "req_a1b2c3d4e5f6"


def side_by_side(fn: Callable[[], object], base: Callable[[], object], number: int) -> tuple[float, float, float]:
    """(least ns a call of ours, least ns a call of the baseline, median ratio of rounds taken in turn).

    Short rounds of each, one right after the other, so that both see the same load from other work
    on the machine; the ratio of each pair, and their median, is the steadiest figure.
    """
    for _ in range(2000):
        fn()
        base()
    calls = max(1, number // 40)
    ours, theirs, ratios = [], [], []
    for _ in range(80):
        a = timeit.timeit(fn, number=calls) / calls * 1e9
        b = timeit.timeit(base, number=calls) / calls * 1e9
        ours.append(a)
        theirs.append(b)
        ratios.append(a / b)
    return min(ours), min(theirs), statistics.median(ratios)


def parse_bench() -> list[tuple[str, float, float, float]]:
    import errata
    from errata.errors import OutboundLimitReached

    error = OutboundLimitReached(limit=35, current=35, mode="total")
    rows = []
    for dialect in ("standard", "rcs", "imessage", "sms"):
        code = "outbound_limit_reached" if dialect in ("standard", "imessage") else "insufficient_balance"
        if code == "insufficient_balance":
            raised = errata.create_error(
                code,
                {
                    "required_amount": "12.50",
                    "topup_url": "https://dashboard.example.com/billing/top-up",
                    "currency": "USD",
                },
            )
        else:
            raised = error
        sent = errata.render_error(raised, request_id=RID, dialect=dialect)
        body = sent.body.encode()
        headers = dict(sent.headers)
        status = sent.status
        assert errata.parse(status, headers, body).known
        ours, base, ratio = side_by_side(
            lambda s=status, h=headers, b=body: errata.parse(s, h, b),  # type: ignore[misc]
            lambda b=body: json.loads(b),  # type: ignore[misc]
            20000,
        )
        rows.append((f"parse {dialect} ({len(body)} bytes)", ours, base, ratio))
    return rows


def render_bench() -> list[tuple[str, float, float, float]]:
    import errata
    from errata.errors import OutboundLimitReached

    error = OutboundLimitReached(limit=35, current=35, mode="total")
    literal: dict[str, Any] = json.loads(errata.render_error(error, request_id=RID).body)
    rows = []
    ours, base, ratio = side_by_side(
        lambda: errata.render_error(error, request_id=RID), lambda: json.dumps(literal, separators=(",", ":")), 20000
    )
    rows.append(("render standard (raised error)", ours, base, ratio))

    def create_and_render() -> object:
        return errata.render_error(OutboundLimitReached(limit=35, current=35, mode="total"), request_id=RID)

    ours, base, ratio = side_by_side(create_and_render, lambda: json.dumps(literal, separators=(",", ":")), 20000)
    rows.append(("raise + render standard", ours, base, ratio))
    for dialect in ("rcs", "imessage", "sms"):
        raised = errata.create_error("internal_error")
        literal_d = json.loads(errata.render_error(raised, request_id=RID, dialect=dialect).body)
        ours, base, ratio = side_by_side(
            lambda: errata.render_error(raised, request_id=RID, dialect=dialect),  # noqa: B023
            lambda: json.dumps(literal_d, separators=(",", ":")),  # noqa: B023
            20000,
        )
        rows.append((f"render {dialect}", ours, base, ratio))
    return rows


def validate_bench() -> list[tuple[str, float, float, float]]:
    """Validating a standard body: the compiled checks (`fits`) and the shipped schemas (`validate`)."""
    import errata
    from errata.errors import OutboundLimitReached
    from errata.validate import fits, validate

    text = errata.render_error(OutboundLimitReached(limit=35, current=35, mode="total"), request_id=RID).body
    body = json.loads(text)
    error = body["error"]
    assert validate(body) == [] and fits("outbound_limit_reached", error)
    return [
        (
            "validate (jsonschema, shipped schemas)",
            *side_by_side(lambda: validate(body), lambda: json.loads(text), 400),
        ),
        (
            "fits (compiled checks)",
            *side_by_side(lambda: fits("outbound_limit_reached", error), lambda: json.loads(text), 20000),
        ),
    ]


def import_us(module: str, path: Path | None, runs: int = 25) -> float:
    """The least cumulative microseconds (least disturbed by other work on the machine) `python -X importtime -c "import module"` reports for it."""
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, env=env
        )
        for line in result.stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == module:
                times.append(int(parts[1]))
    return min(times)


def grown_package(size: int, workdir: Path) -> Path:
    """A copy of the package generated from a catalogue of `size` codes (entries copied under new codes)."""
    catalog = json.loads((REPO / "schemas" / "catalog.json").read_text(encoding="utf-8"))
    errors = catalog["errors"]
    grown = list(errors)
    i = 0
    while len(grown) < size:
        source = errors[i % len(errors)]
        copy = json.loads(json.dumps(source))
        code = f"{source['code']}_{i}"
        copy["code"] = code
        copy["doc_url"] = source["doc_url"].split("#")[0] + "#" + code
        copy["example"]["error"]["code"] = code
        grown.append(copy)
        i += 1
    catalog["errors"] = grown
    schemas = workdir / "schemas"
    shutil.copytree(REPO / "schemas", schemas, dirs_exist_ok=True)
    (schemas / "catalog.json").write_text(json.dumps(catalog), encoding="utf-8")
    target = workdir / "src"
    shutil.copytree(PACKAGE / "src", target, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [
            sys.executable,
            str(PACKAGE / "scripts" / "generate.py"),
            "--catalog",
            str(schemas / "catalog.json"),
            "--out",
            str(target / "errata"),
        ],
        check=True,
    )
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(target)], check=True)
    return target


def main() -> int:
    print(f"Python {sys.version.split()[0]}; ratios against a baseline run side by side in this process\n")
    print("ratio: least time of ours / least time of the baseline over 80 rounds each (other work on the")
    print("machine only adds time); paired: the median of the ratios of rounds taken one after the other\n")
    print(f"{'what':40} {'ours ns':>10} {'baseline ns':>12} {'ratio':>7} {'paired':>7}  target")
    for name, ours, base, paired in parse_bench():
        ratio = ours / base
        print(
            f"{name:40} {ours:10.0f} {base:12.0f} {ratio:7.2f} {paired:7.2f}  <= 1.5x json.loads: {'met' if ratio <= 1.5 else 'MISSED'}"
        )
    for name, ours, base, paired in render_bench():
        ratio = ours / base
        print(
            f"{name:40} {ours:10.0f} {base:12.0f} {ratio:7.2f} {paired:7.2f}  <= 1.5x json.dumps: {'met' if ratio <= 1.5 else 'MISSED'}"
        )
    for name, ours, base, paired in validate_bench():
        print(f"{name:40} {ours:10.0f} {base:12.0f} {ours / base:7.2f} {paired:7.2f}  (x json.loads of the body)")
    print()
    with tempfile.TemporaryDirectory() as tmp:
        real = PACKAGE / "src"
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(real)], check=True)
        grown = grown_package(1500, Path(tmp))
        base = import_us("json", None)
        print(f"{'import (best of 25, -X importtime)':40} {'errata us':>10} {'json us':>12}")
        for label, path in (("real catalogue", real), ("1,500 codes", grown)):
            ours = import_us("errata", path)
            print(
                f"{'import errata, ' + label:40} {ours:10.0f} {base:12.0f}  <= 30 ms: {'met' if ours <= 30000 else 'MISSED'}"
            )
            for module in ("errata.codes", "errata.errors"):
                extra = import_us(module, path)
                print(f"{'import ' + module + ', ' + label:40} {extra:10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
