"""The httpx integration: retries by the guidance, keys kept across attempts, typed exceptions, and an
async cancellation that leaves no task and no open response behind."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import ClassVar

import httpx
import pytest

import errata
from errata.errors import OutboundLimitReached, Throttled
from errata.httpx import AsyncRetryTransport, RetryTransport, async_client, client

THROTTLED = b'{"message":"Too many requests.","error":"throttled"}'


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_retries_after_the_server_wait_with_jitter_on_top() -> None:
    waits: list[float] = []
    recorder = Recorder(
        httpx.Response(429, headers={"retry-after": "2"}, content=THROTTLED), httpx.Response(200, text="ok")
    )
    transport = RetryTransport(httpx.MockTransport(recorder), random=lambda: 0.5, sleep=waits.append)
    with httpx.Client(transport=transport) as http:
        response = http.post("https://api.example.com/v1/messages", json={"to": "x"})
    assert response.status_code == 200 and len(recorder.requests) == 2
    assert waits == [(2000 + 250) / 1000]
    keys = {r.headers["idempotency-key"] for r in recorder.requests}
    assert len(keys) == 1 and keys != {""}


def test_never_codes_and_the_attempt_cap() -> None:
    not_found = httpx.Response(404, content=b'{"message":"Resource not found.","error":"not_found"}')
    recorder = Recorder(not_found)
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(recorder), sleep=lambda s: None)) as http:
        assert http.get("https://x/").status_code == 404
    assert len(recorder.requests) == 1
    failing = Recorder(httpx.Response(503, content=b""))
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(failing), sleep=lambda s: None)) as http:
        assert http.get("https://x/").status_code == 503
    assert len(failing.requests) == errata.catalog.MAX_ATTEMPTS


def test_network_errors_are_retried_only_when_safe() -> None:
    def gen() -> Iterator[bytes]:
        yield b"once"

    for method, content, attempts in (("GET", None, 3), ("POST", b"x", 3), ("POST", gen(), 1)):
        recorder = Recorder(httpx.ConnectError("refused"))
        with httpx.Client(transport=RetryTransport(httpx.MockTransport(recorder), sleep=lambda s: None)) as http:
            with pytest.raises(httpx.ConnectError):
                http.request(method, "https://x/", content=content)
        assert len(recorder.requests) == attempts, method


def test_error_responses_raise_typed_errors() -> None:
    body = (
        b'{"error":{"type":"rate_limit_error","code":"outbound_limit_reached","message":"m","limit":35,'
        b'"current":35,"mode":"total"},"request_id":"req_a1b2c3d4e5f6"}'
    )
    with client(transport=httpx.MockTransport(lambda r: httpx.Response(429, content=body)), retry=False) as http:
        with pytest.raises(OutboundLimitReached) as caught:
            http.get("https://x/")
    assert caught.value.limit == 35 and caught.value.response is not None
    with client(transport=httpx.MockTransport(lambda r: httpx.Response(502, text="<html>"))) as http:
        with pytest.raises(errata.TransportError) as transport:
            http.get("https://x/")
    assert transport.value.reason == "not_json"


def test_async_retries_and_raises() -> None:
    async def main() -> None:
        recorder = Recorder(httpx.Response(429, content=THROTTLED), httpx.Response(429, content=THROTTLED))
        mock = httpx.MockTransport(recorder)
        async with async_client(transport=AsyncRetryTransport(mock, sleep=_no_wait)) as http:
            with pytest.raises(Throttled):
                await http.get("https://x/")
        assert len(recorder.requests) == 3

    asyncio.run(main())


async def _no_wait(seconds: float) -> None:
    return None


class SlowStream(httpx.AsyncByteStream):
    """A body that never ends, and records whether it was closed."""

    closed: ClassVar[list[bool]] = []

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"message":'
        await asyncio.sleep(3600)

    async def aclose(self) -> None:
        SlowStream.closed.append(True)


def test_shared_cancellation_leaves_nothing_behind() -> None:
    async def main() -> None:
        opened: list[httpx.Response] = []

        async def handler(request: httpx.Request) -> httpx.Response:
            response = httpx.Response(503, stream=SlowStream())
            opened.append(response)
            return response

        async def waiting(request: httpx.Request) -> httpx.Response:
            return httpx.Response(503, headers={"retry-after": "30"}, content=b"")

        before = asyncio.all_tasks()
        async with (
            async_client(transport=AsyncRetryTransport(httpx.MockTransport(handler))) as slow,
            async_client(transport=AsyncRetryTransport(httpx.MockTransport(waiting))) as sleepy,
        ):
            # One timeout shared by two calls: one stuck reading an error body, one waiting to retry.
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.2):
                    await asyncio.gather(slow.get("https://x/"), sleepy.get("https://y/"))
        await asyncio.sleep(0)
        assert asyncio.all_tasks() == before
        assert opened and SlowStream.closed, "the response being read was not closed"

    asyncio.run(main())


def test_a_huge_error_body_is_read_to_the_limit_and_handed_on_whole() -> None:
    produced: list[int] = []

    def body() -> Iterator[bytes]:
        for i in range(64):
            produced.append(i)
            yield b"x" * 65536

    transport = RetryTransport(
        httpx.MockTransport(lambda request: httpx.Response(500, content=body())),
        max_attempts=1,
        on_attempt=lambda attempt, error, failure, retry, delay: seen.append(error),
    )
    seen: list[errata.ErrataError | None] = []
    with httpx.Client(transport=transport) as http, http.stream("GET", "https://x/") as response:
        assert len(produced) <= errata.catalog.MAX_BYTES // 65536 + 1, "read past the limit"
        assert isinstance(seen[0], errata.TransportError) and seen[0].reason == "too_large"
        assert sum(len(chunk) for chunk in response.iter_bytes()) == 64 * 65536
    compressed = httpx.Response(
        429,
        headers={"content-encoding": "gzip"},
        content=__import__("gzip").compress(b'{"message":"Too many requests.","error":"throttled"}'),
    )
    seen.clear()
    with httpx.Client(
        transport=RetryTransport(
            httpx.MockTransport(lambda r: compressed), max_attempts=1, on_attempt=lambda *a: seen.append(a[1])
        )
    ) as http:
        assert http.get("https://x/").json()["error"] == "throttled"
    assert isinstance(seen[0], Throttled)
