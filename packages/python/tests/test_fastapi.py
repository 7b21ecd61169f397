"""The Starlette/FastAPI integration: raised errors, framework errors and anything else, as catalogued errors."""

from __future__ import annotations

import json

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, field_validator

import errata
from errata.errors import OutboundLimitReached
from errata.fastapi import install


class Message(BaseModel):
    to: str
    count: int

    @field_validator("to")
    @classmethod
    def secret_rule(cls, value: str) -> str:
        if value == "leak":
            raise ValueError("internal rule table at /srv/rules.py")
        return value


def make_app(dialect: object = None) -> FastAPI:
    app = FastAPI()
    install(app, dialect=dialect)  # type: ignore[arg-type]

    @app.get("/limit")
    def limit() -> None:
        raise OutboundLimitReached(limit=35, current=35, mode="total")

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("database password is hunter2")

    @app.post("/messages")
    def send(message: Message) -> dict[str, str]:
        return {"to": message.to}

    return app


def test_raised_errors_are_sent_as_they_are() -> None:
    http = TestClient(make_app())
    response = http.get("/limit", headers={"x-request-id": "req_a1b2c3d4e5f6"})
    assert response.status_code == 429 and response.headers["retry-after"] == "3600"
    assert response.headers["request-id"] == "req_a1b2c3d4e5f6"
    read = errata.parse(response.status_code, response.headers, response.content)
    assert isinstance(read, OutboundLimitReached) and read.limit == 35


def test_framework_errors_are_catalogued() -> None:
    http = TestClient(make_app())
    missing = http.get("/nowhere")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    wrong_method = http.delete("/limit")
    assert wrong_method.json()["error"]["code"] == "validation_failed"
    invalid = http.post("/messages", json={"to": "x", "count": "many"})
    error = invalid.json()["error"]
    assert invalid.status_code == 400 and error["code"] == "validation_failed"
    assert error["details"][0]["field"] == "count"
    leak = http.post("/messages", json={"to": "leak", "count": 1})
    assert "srv" not in leak.text and leak.json()["error"]["details"][0]["field"] == "to"


def test_unexpected_errors_never_leak() -> None:
    http = TestClient(make_app(), raise_server_exceptions=False)
    response = http.get("/boom")
    assert response.status_code == 500 and "hunter2" not in response.text
    assert response.json()["error"]["code"] == "internal_error"


def test_dialect_and_problem_details() -> None:
    http = TestClient(make_app(lambda request: "standard" if request.header("api-version") else "imessage"))
    legacy = http.get("/nowhere")
    assert json.loads(legacy.content) == {"error": "ApiError", "message": "Resource not found.", "status": 404}
    assert http.get("/nowhere", headers={"api-version": "2"}).json()["error"]["code"] == "not_found"
    problem = http.get("/limit", headers={"accept": "application/problem+json", "api-version": "2"})
    assert (
        problem.headers["content-type"] == "application/problem+json"
        and problem.json()["code"] == "outbound_limit_reached"
    )
