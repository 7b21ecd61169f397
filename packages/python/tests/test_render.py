"""Rendering: the catalogue's examples are the oracle for every code and dialect; properties for the rest."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import errata
from errata import create_error, parse, render_error
from errata._json import js_number, stringify
from errata.catalog import code_info
from errata.errors import InsufficientBalance, OutboundLimitReached

RID = "req_a1b2c3d4e5f6"
ENVELOPE = ("type", "code", "message", "doc_url")


def _fields(error_object: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in error_object.items() if k not in ENVELOPE}


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _examples(catalog: dict[str, Any]) -> list[dict[str, Any]]:
    return list(catalog["errors"])


def test_every_example_renders_as_the_catalogue_writes_it(catalog: dict[str, Any]) -> None:
    for entry in catalog["errors"]:
        example = entry["example"]
        fields = _fields(example["error"])
        info = code_info(entry["code"])
        assert info is not None
        message = example["error"]["message"]
        error = create_error(entry["code"], fields, message=message)
        rendered = render_error(error, request_id=example["request_id"])
        expected = {"error": example["error"], "request_id": example["request_id"]}
        assert json.loads(rendered.body) == expected, entry["code"]
        assert rendered.status == entry["status"]
        assert rendered.headers["request-id"] == example["request_id"]
        for dialect, body in entry.get("dialect_examples", {}).items():
            roles = catalog["dialects"][dialect]["roles"]
            fields = {k: v for k, v in body.items() if roles.get(k, "field") == "field"}
            legacy = render_error(
                create_error(entry["code"], fields, message=body["message"]), request_id=RID, dialect=dialect
            )
            assert json.loads(legacy.body) == body, (entry["code"], dialect)
            assert legacy.body == _compact(body), (entry["code"], dialect)


def test_retry_after_header_and_member_follow_the_code(catalog: dict[str, Any]) -> None:
    for entry in catalog["errors"]:
        if entry["required"] or entry.get("retry_after") is None:
            continue
        rendered = render_error(create_error(entry["code"]), request_id=RID)
        assert rendered.headers["retry-after"] == str(entry["retry_after"])
        body = json.loads(rendered.body)["error"]
        assert ("retry_after" in body) == ("retry_after" in entry["fields"])


def test_fields_that_do_not_fit_are_refused() -> None:
    with pytest.raises(errata.ErrataFieldError) as missing:
        create_error("outbound_limit_reached", {"limit": 35, "mode": "total"})
    assert "current" in missing.value.fields
    with pytest.raises(errata.ErrataFieldError):
        create_error("outbound_limit_reached", {"limit": -1, "current": 1, "mode": "total"})
    with pytest.raises(errata.ErrataFieldError):
        create_error("outbound_limit_reached", {"limit": 2**53, "current": 1, "mode": "total"})
    with pytest.raises(errata.ErrataFieldError):
        create_error("throttled", {"limt": 1})
    with pytest.raises(errata.ErrataFieldError):
        create_error("no_such_code")
    with pytest.raises(errata.ErrataFieldError):
        InsufficientBalance(required_amount="12", topup_url="ftp://x")
    assert OutboundLimitReached(limit=35.0, current=3.5e1, mode="total").status == 429  # type: ignore[arg-type]


def test_message_variants_and_templates() -> None:
    plain = OutboundLimitReached(limit=35, current=34, mode="total")
    assert "34" in plain.message and "35" in plain.message and "{" not in plain.message
    variant = OutboundLimitReached(limit=35, current=34, mode="per_number", sender_number="+15555550123")
    assert "+15555550123" in variant.message
    missing = code_info("missing_required_parameter")
    assert missing is not None
    assert create_error("missing_required_parameter", {"param": "to"}).message == missing.message.replace(
        "{param}", "to"
    )


def test_unexpected_errors_never_leak() -> None:
    secret = "password=hunter2 at /srv/app.py line 3"
    rendered = render_error(RuntimeError(secret), request_id=RID)
    assert rendered.status == 500 and rendered.error.code == "internal_error"
    assert secret not in rendered.body and "hunter2" not in json.dumps(rendered.headers)
    for dialect in ("standard", "rcs", "imessage", "sms"):
        assert "hunter2" not in render_error(ValueError(secret), dialect=dialect).body


def test_request_id_and_negotiation() -> None:
    made = render_error(create_error("not_found"), request_id="not an id")
    assert errata.is_request_id(made.request_id) and made.request_id != "not an id"
    problem = render_error(create_error("not_found"), request_id=RID, accept="application/problem+json")
    assert problem.headers["content-type"] == "application/problem+json"
    body = json.loads(problem.body)
    assert body["detail"] == "Resource not found." and body["code"] == "not_found" and body["status"] == 404
    assert errata.preferred_form("application/json, application/problem+json;q=0.9") == "json"
    assert errata.preferred_form("application/json;q=0.5, application/problem+json") == "problem"
    assert errata.preferred_form("application/*;q=0.2, application/problem+json;q=0.3") == "problem"
    assert errata.preferred_form("application/problem+json;q=2") == "json"


def test_framework_statuses_map_to_catalogued_codes() -> None:
    assert (e := errata.error_for_status(404)) is not None and e.code == "not_found"
    assert (e := errata.error_for_status(405)) is not None and e.code == "validation_failed"
    assert (e := errata.error_for_status(429, "sms")) is not None and e.code == "throttled"
    assert errata.error_for_status(503) is None


# --- JavaScript's JSON text -------------------------------------------------------------------------------

# Number::toString results from the ECMAScript specification's rules.
JS_NUMBERS = {
    1e21: "1e+21",
    1e20: "100000000000000000000",
    1e-7: "1e-7",
    0.000001: "0.000001",
    1.5e-10: "1.5e-10",
    123.456: "123.456",
    -0.0: "0",
    2**53 + 2: "9007199254740994",
    35.0: "35",
    1.7976931348623157e308: "1.7976931348623157e+308",
    5e-324: "5e-324",
}


@pytest.mark.parametrize(("number", "text"), list(JS_NUMBERS.items()))
def test_js_numbers(number: float, text: str) -> None:
    assert js_number(number) == text


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_js_numbers_read_back(number: float) -> None:
    assert float(js_number(number)) == number


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text().filter(lambda k: not k[:1].isdigit() and k != "__proto__"), inner, max_size=4),
    max_leaves=20,
)


@given(JSON)
def test_stringify_is_compact_json(value: Any) -> None:
    assert stringify(value) == _compact(value)


def test_stringify_escapes_as_javascript() -> None:
    assert stringify("<>&\u2028\u2029é😀") == '"<>&\u2028\u2029é😀"'
    assert stringify("\x00\x08\t\n\x0c\r\x1f\x7f") == '"\\u0000\\b\\t\\n\\f\\r\\u001f\x7f"'
    assert stringify("\ud800") == '"\\ud800"'
    assert stringify({"b": 1, "2": 2, "1": 3, "__proto__": 4}) == '{"1":3,"2":2,"b":1}'


# --- properties: whatever renders reads back ----------------------------------------------------------------


def _value_for(rule: str, examples: dict[str, list[Any]], name: str) -> st.SearchStrategy[Any]:
    body = rule.lstrip("?")
    if body == "i":
        return st.integers(0, 2**53 - 1)
    if body == "s":
        return st.text(min_size=1)
    if body == "t":
        return st.text()
    if body == "d":
        return st.lists(st.fixed_dictionaries({"field": st.text(), "message": st.text()}), min_size=1, max_size=3)
    if body.startswith("="):
        return st.sampled_from(body[1:].split("|"))
    return st.sampled_from(examples[name])


@st.composite
def raised(draw: st.DrawFn, catalog: dict[str, Any]) -> tuple[str, dict[str, Any], str]:
    entry = draw(st.sampled_from(catalog["errors"]))
    examples = {name: schema.get("examples", []) for name, schema in entry["fields"].items()}
    examples["param"] = ["to"]
    fields: dict[str, Any] = {}
    for name, rule in entry["checks"][0].items():
        if name in ("message", "doc_url") or (
            name in examples and rule.lstrip("?").startswith("/") and not examples[name]
        ):
            continue
        if rule.startswith("?") and not draw(st.booleans()):
            continue
        fields[name] = draw(_value_for(rule, examples, name))
    order = draw(st.permutations(list(fields)))
    dialect = draw(st.sampled_from(entry["apis"]))
    return entry["code"], {k: fields[k] for k in order}, dialect


def test_render_then_parse_round_trips(catalog: dict[str, Any]) -> None:
    @settings(max_examples=300, deadline=None)
    @given(raised(catalog), st.none() | st.text(min_size=1))
    def check(case: tuple[str, dict[str, Any], str], message: str | None) -> None:
        code, fields, dialect = case
        error = create_error(code, fields, message=message)
        rendered = render_error(error, request_id=RID, dialect=dialect)
        assert rendered.body == _compact(json.loads(rendered.body))
        read = parse(rendered.status, rendered.headers, rendered.body.encode())
        assert read.code == code and read.known
        # An SMS body with `details` has RCS's shape: the reader takes it for RCS, as the TypeScript one does.
        assert read.dialect == dialect or (dialect == "sms" and "details" in fields and read.dialect == "rcs")
        assert read.message == error.message
        for name, value in fields.items():
            assert read[name] == value
        if dialect == "standard":
            assert list(json.loads(rendered.body)["error"])[3 : 3 + len(fields)] == list(fields)

    check()


def test_nested_field_values_are_copied_and_bounded() -> None:
    details: list[Any] = [{"field": "to", "message": "bad"}]
    error = create_error("validation_failed", {"details": details})
    details[0]["message"] = "changed after raising"
    assert json.loads(render_error(error, request_id=RID).body)["error"]["details"][0]["message"] == "bad"
    item: dict[str, Any] = {"field": "", "message": "m"}
    nested: Any = item
    for _ in range(30):
        nested["x"] = {}
        nested = nested["x"]
    create_error("validation_failed", {"details": [item]})  # 32 levels: the list, then 31 objects
    nested["x"] = {}
    with pytest.raises(errata.ErrataFieldError):
        create_error("validation_failed", {"details": [item]})
