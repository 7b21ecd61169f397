"""The Python testee of the Errata conformance protocol (packages/conformance/PROTOCOL.md).

Reads one JSON request a line on standard input, answers one line each on standard output: a thin
wrapper over the public API of `errata`. Run with the package's virtual environment:
`.venv/bin/python conformance/testee.py`.
"""

from __future__ import annotations

import base64
import json
import sys
from typing import Any

import errata
from errata.catalog import is_code
from errata.retry import network_retry

_ABSENT = object()


class Refused(Exception):
    """An input the testee must refuse."""


def _body(data: dict[str, Any]) -> bytes | str | None:
    encoded = data.get("body_base64")
    if encoded is not None:
        if type(encoded) is not str:
            raise Refused("body_base64 must be a string")
        return base64.b64decode(encoded)
    body = data.get("body")
    if body is not None and type(body) is not str:
        raise Refused("body must be a string or null")
    return body


def _now(data: dict[str, Any]) -> int | float:
    now = data.get("now")
    return now if isinstance(now, (int, float)) and not isinstance(now, bool) else 0


def render(data: dict[str, Any]) -> dict[str, Any]:
    code = data.get("code")
    if not is_code(code):
        raise Refused(f"unknown code {code!r}")
    fields = data.get("fields")
    if fields is not None and type(fields) is not dict:
        raise Refused("fields must be an object")
    message = data.get("message")
    error = errata.create_error(str(code), fields, message=message if type(message) is str else None)
    accept = data.get("accept")
    request_id = data.get("request_id")
    rendered = errata.render_error(
        error,
        accept=accept if type(accept) is str else None,
        request_id=request_id if type(request_id) is str else None,
        dialect=data.get("dialect") if type(data.get("dialect")) is str else None,
    )
    return {"status": rendered.status, "headers": rendered.headers, "body": rendered.body}


def parse(data: dict[str, Any]) -> dict[str, Any]:
    now = _now(data)
    error = errata.parse(_status(data), data.get("headers"), _body(data), now=lambda: now)
    return error.to_dict()


def _status(data: dict[str, Any]) -> int:
    status = data.get("status")
    return status if type(status) is int else 0


def retry(data: dict[str, Any]) -> dict[str, Any]:
    random = data.get("random")
    draw = float(random) if isinstance(random, (int, float)) else 0.0
    attempt = data.get("attempt")
    attempt = attempt if type(attempt) is int else 1
    body = _body(data)
    status = _status(data)
    if status != 0 or body is not None:
        now = _now(data)
        error = errata.parse(status, data.get("headers"), body, now=lambda: now)
        decision = errata.retry_decision(error, attempt, random=lambda: draw)
    else:
        method = data.get("method")
        key = data.get("idempotency_key")
        decision = network_retry(
            method if type(method) is str else "GET", type(key) is str, attempt, random=lambda: draw
        )
        if attempt < 1:
            decision = errata.RetryDecision(False, 0)
    return {"retry": decision.retry, "delay_ms": decision.delay_ms}


OPERATIONS = {"render": render, "parse": parse, "retry": retry}


def answer(line: str) -> str:
    ident: Any = None
    try:
        request = json.loads(line)
        if type(request) is not dict:
            raise Refused("a request is a JSON object")
        ident = request.get("id")
        if ident is not None and type(ident) is not str:
            ident = None
        operation = OPERATIONS.get(request.get("op"))  # type: ignore[arg-type]
        if operation is None:
            raise Refused(f"unknown op {request.get('op')!r}")
        data = request.get("input")
        if type(data) is not dict:
            raise Refused("input must be an object")
        output = operation(data)
        return errata_json({"id": ident, "output": output})
    except Exception as failure:  # every request gets an answer
        return errata_json({"id": ident, "error": f"{type(failure).__name__}: {failure}"})


def errata_json(value: Any) -> str:
    from errata._json import stringify

    return stringify(value)


def main() -> int:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    out = sys.stdout
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", "surrogateescape").strip()
        if not line:
            continue
        out.write(answer(line) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
