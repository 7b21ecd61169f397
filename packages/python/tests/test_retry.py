"""The retry decision: the code's policy (or the type's), the server's wait as a floor, full jitter."""

from __future__ import annotations

import json
from typing import Any

from conftest import CATALOG_PATH
from hypothesis import given, settings
from hypothesis import strategies as st

from errata import parse, retry_decision
from errata.catalog import BASE_DELAY_MS, MAX_ATTEMPTS, MAX_DELAY_MS
from errata.retry import backoff_delay, network_retry


def _standard(entry: dict[str, Any]) -> bytes:
    return json.dumps({"error": entry["example"]["error"], "request_id": "req_a1b2c3d4e5f6"}).encode()


CATALOG: dict[str, Any] = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))


@settings(deadline=None)
@given(st.integers(1, 5), st.floats(0, 1, exclude_max=True))
def test_every_code_follows_its_policy(attempt: int, draw: float) -> None:
    catalog = CATALOG
    for entry in catalog["errors"]:
        error = parse(entry["status"], {}, _standard(entry))
        decision = retry_decision(error, attempt, random=lambda: draw)
        if entry["retry"] == "never" or attempt >= MAX_ATTEMPTS:
            assert decision == (False, 0)
            continue
        wait = (error.retry_after if error.retry_after is not None else entry.get("retry_after", 0)) * 1000
        if wait > MAX_DELAY_MS:
            assert decision == (False, wait)
        else:
            jitter = int(draw * min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1)))
            assert decision == (True, wait + jitter)


def test_unknown_codes_and_transport_errors_follow_the_status() -> None:
    assert retry_decision(parse(503, {}, b"<html>"), 1, random=lambda: 0.0).retry
    assert retry_decision(parse(429, {"retry-after": "3"}, b""), 1, random=lambda: 0.0) == (True, 3000)
    assert not retry_decision(parse(400, {}, b""), 1).retry
    assert retry_decision(parse(503, {}, b'{"error":{"code":"new_code","message":"m"}}'), 2, random=lambda: 0.5) == (
        True,
        500,
    )


@given(st.integers(-5, 100), st.floats(0, 1, exclude_max=True))
def test_backoff_is_bounded(attempt: int, draw: float) -> None:
    assert 0 <= backoff_delay(attempt, random=lambda: draw) <= MAX_DELAY_MS


def test_network_errors() -> None:
    assert network_retry("GET", False, 1, random=lambda: 0.5) == (True, 250)
    assert network_retry("post", False, 2, random=lambda: 0.5) == (True, 500)
    assert network_retry("CONNECT", False, 1) == (False, 0)
    assert network_retry("CONNECT", True, 1, random=lambda: 0.0) == (True, 0)
    assert network_retry("GET", False, MAX_ATTEMPTS) == (False, 0)
