"""Offline validation against the shipped schemas, pointing at the member that is wrong."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from errata.validate import fits, validate


def test_examples_are_valid_and_mistakes_point_at_their_member(
    catalog: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("validation reached for the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    for entry in catalog["errors"]:
        example = entry["example"]
        assert validate(example) == [], entry["code"]
        assert fits(entry["code"], example["error"])
        for dialect, body in entry.get("dialect_examples", {}).items():
            assert validate(body, dialect=dialect) == [], (entry["code"], dialect)
    body = {
        "error": {
            "type": "rate_limit_error",
            "code": "outbound_limit_reached",
            "message": "m",
            "limit": "35",
            "current": 1,
            "mode": "total",
        },
        "request_id": "req_a1b2c3d4e5f6",
    }
    problems = validate(body)
    assert [p.path for p in problems] == ["error.limit"]
    assert not fits("outbound_limit_reached", body["error"])
    legacy = validate(
        {"message": "m", "error": "insufficient_balance", "required_amount": "x", "topup_url": "https://a"},
        dialect="sms",
    )
    assert [p.path for p in legacy] == ["required_amount"]
