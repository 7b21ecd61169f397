"""Reading: never raises on any input, and reads every dialect as the TypeScript client does."""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import errata
from errata import parse, parse_http_date, retry_after_seconds
from errata.errors import NotFound, OutboundLimitReached

REASONS = {"empty", "not_json", "not_error_body", "too_large", "timeout", "unreadable"}
NOW = 1_700_000_000_000


def _check_invariants(result: errata.ErrataError, status: int) -> None:
    assert isinstance(result, (errata.KnownError, errata.UnknownError, errata.TransportError))
    assert result.status == status or isinstance(result, errata.KnownError | errata.UnknownError)
    members = result.to_dict()
    json.dumps(members)  # every member is JSON data
    if isinstance(result, errata.TransportError):
        assert result.code is None and result.dialect is None and result.reason in REASONS
        assert not result.known
    else:
        assert "reason" not in members
        assert isinstance(result.code, str) and isinstance(result.message, str)
        assert result.dialect in ("standard", "rcs", "imessage", "sms")
        assert result.known == isinstance(result, errata.KnownError)
    assert result.retry_after is None or (type(result.retry_after) is int and result.retry_after >= 0)


HEADERS = st.dictionaries(
    st.sampled_from(["Retry-After", "retry-after", "Request-Id", "X-Request-Id", "content-type", "x"]),
    st.text(max_size=40) | st.lists(st.text(max_size=5), max_size=2),
    max_size=4,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
ERRORISH = st.fixed_dictionaries(
    {},
    optional={
        "error": st.sampled_from(["ApiError", "throttled", "not_found", "x y"]) | JSON_VALUES,
        "message": st.text(max_size=20) | JSON_VALUES,
        "code": st.sampled_from(["not_found", "outbound_limit_reached", "brand_new_code"]) | JSON_VALUES,
        "status": st.sampled_from([400, 404, 429, 503]) | JSON_VALUES,
        "details": JSON_VALUES,
        "detail": st.text(max_size=10),
        "reason": st.text(max_size=5),
        "retry_after": JSON_VALUES,
        "constructor": JSON_VALUES,
        "__proto__": JSON_VALUES,
    },
)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 599), HEADERS, st.binary(max_size=300))
def test_any_bytes(status: int, headers: dict[str, Any], body: bytes) -> None:
    _check_invariants(parse(status, headers, body, now=lambda: NOW), status)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 599), HEADERS, st.text(max_size=300))
def test_any_text(status: int, headers: dict[str, Any], body: str) -> None:
    _check_invariants(parse(status, headers, body, now=lambda: NOW), status)


@settings(max_examples=600, deadline=None)
@given(st.integers(0, 599), HEADERS, ERRORISH, st.booleans())
def test_error_shaped_json(status: int, headers: dict[str, Any], body: dict[str, Any], nested: bool) -> None:
    value: Any = {"error": body, "request_id": "req_a1b2c3d4e5f6"} if nested else body
    text = json.dumps(value)
    _check_invariants(parse(status, headers, text, now=lambda: NOW), status)
    _check_invariants(parse(status, headers, text.encode(), now=lambda: NOW), status)


def test_hostile_bodies() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert parse(500, {}, '{"a":' + deep + "}").reason == "not_error_body"  # type: ignore[union-attr]
    assert parse(500, {}, '{"a":' + "[" * 100_000).reason == "not_json"  # type: ignore[union-attr]
    ok = '{"error":{"type":"api_error","code":"internal_error","message":"m","x":' + "[" * 63 + "]" * 63 + "}}"
    assert parse(500, {}, ok).known
    too_deep = ok.replace("[" * 63, "[" * 64).replace("]" * 63, "]" * 64)
    assert parse(500, {}, too_deep).reason == "not_error_body"  # type: ignore[union-attr]
    assert parse(500, {}, b"x" * 300_000).reason == "too_large"  # type: ignore[union-attr]
    assert parse(500, {}, '{"error":{"code":"x","message":"m","n":NaN}}').reason == "not_json"  # type: ignore[union-attr]
    huge = parse(500, {}, '{"error":{"type":"api_error","code":"internal_error","message":"m","n":' + "9" * 5000 + "}}")
    assert huge.code == "internal_error" and huge["n"] == float("inf")
    assert parse(502, {}, b"<html>Bad gateway</html>").reason == "not_json"  # type: ignore[union-attr]
    assert parse(204, {}, None).reason == "empty"  # type: ignore[union-attr]
    assert parse(500, {}, " \u00a0\ufeff").reason == "empty"  # type: ignore[union-attr]


def test_result_members_win_and_prototype_members_drop() -> None:
    body = {
        "error": {
            "type": "not_found_error",
            "code": "not_found",
            "message": "Resource not found.",
            "reason": "forged",
            "known": "forged",
            "status": 1,
            "constructor": 1,
            "details": [{"field": "a", "message": "b", "__proto__": {"x": 1}}],
        },
        "request_id": "req_a1b2c3d4e5f6",
    }
    text = json.dumps(body)
    result = parse(404, {}, text)
    assert isinstance(result, NotFound)
    members = result.to_dict()
    assert "reason" not in members and "constructor" not in members
    assert members["known"] is True and members["status"] == 404
    assert members["details"] == [{"field": "a", "message": "b"}]
    legacy = parse(404, {}, json.dumps({"message": "m", "error": "not_found", "reason": "x", "prototype": 1}))
    assert "reason" not in legacy.to_dict() and "prototype" not in legacy.to_dict()


def test_byte_order_mark() -> None:
    text = '{"message":"Resource not found.","error":"not_found"}'
    for body in ("\ufeff" + text, ("\ufeff" + text).encode()):
        assert parse(404, {}, body).code == "not_found"


def test_every_dialect_and_problem_details() -> None:
    raised = OutboundLimitReached(limit=35, current=35, mode="total")
    for dialect in ("standard", "imessage"):
        rendered = errata.render_error(raised, dialect=dialect)
        read = parse(429, rendered.headers, rendered.body)
        assert isinstance(read, OutboundLimitReached) and read.limit == 35 and read.dialect == dialect
        assert read.retry_after == 3600
    problem = errata.render_error(raised, accept="application/problem+json")
    read = parse(429, problem.headers, problem.body)
    assert isinstance(read, OutboundLimitReached) and read.doc_url.endswith("#outbound_limit_reached")
    generic = parse(404, {}, '{"error":"ApiError","message":"Resource not found.","status":404}')
    assert generic.code == "not_found" and generic.dialect == "imessage"
    unknown = parse(418, {"Request-Id": "req_zzzzzzzzzzzz"}, '{"error":{"code":"brand_new","message":"m"}}')
    assert isinstance(unknown, errata.UnknownError) and unknown.code == "brand_new"
    assert unknown.type == errata.catalog.type_of_status(418) and unknown.request_id == "req_zzzzzzzzzzzz"


def test_retry_after_both_forms() -> None:
    assert retry_after_seconds("120", NOW) == 120
    assert retry_after_seconds(" 7\t", NOW) == 7
    assert retry_after_seconds("-1", NOW) is None
    assert retry_after_seconds("5.5", NOW) is None
    assert retry_after_seconds("9" * 30, NOW) is None
    at = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", NOW)
    assert at == 784111777000
    assert parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT", NOW) == at
    assert parse_http_date("Sun Nov  6 08:49:37 1994", NOW) == at
    assert parse_http_date("Sun, 31 Feb 1994 08:49:37 GMT", NOW) is None
    future = NOW + 90_500
    from datetime import datetime
    from email.utils import format_datetime

    text = format_datetime(datetime.fromtimestamp(future / 1000, UTC), usegmt=True)
    assert retry_after_seconds(text, NOW) == 90
    assert parse(503, {"Retry-After": text}, b"", now=lambda: NOW).retry_after == 90


def test_depth_counts_every_member_of_a_legacy_body() -> None:
    deep = "[" * 65 + "]" * 65
    for member in ("reason", "details", "constructor", "x"):
        body = '{"message":"Too many requests.","error":"throttled","' + member + '":' + deep + "}"
        assert parse(429, {}, body).reason == "not_error_body", member  # type: ignore[union-attr]
        shallow = body.replace("[" * 65, "[" * 64).replace("]" * 65, "]" * 64)
        assert parse(429, {}, shallow).code == "throttled", member


class Hostile:
    """Headers that fail whatever is asked of them."""

    def __bool__(self) -> bool:
        raise RuntimeError("no")

    def __iter__(self) -> Any:
        raise RuntimeError("no")

    def get(self, name: str) -> str:
        raise RuntimeError("no")


def test_hostile_headers_and_clock() -> None:
    def clock() -> int:
        raise RuntimeError("no clock")

    for body in (b"", b"<html>", b'{"message":"m","error":"throttled"}', b'{"error":{"code":"x","message":"m"}}'):
        result = parse(429, Hostile(), body, now=clock)
        assert result.request_id is None and result.retry_after is None
        assert "Wed" not in str(
            parse(503, {"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, body, now=clock).retry_after
        )
