"""httpx integration (the `httpx` extra): retries by the catalogue's guidance, and typed exceptions.

- `RetryTransport` / `AsyncRetryTransport` wrap any transport: an error response is read (at most
  `reading.max_bytes`) and retried by `retry_decision` (Retry-After as a floor, full jitter on top);
  a network error is retried only for a request that can be sent again (an idempotent method, or an
  `Idempotency-Key`, which a POST or PATCH without one gets, the same on every attempt); a streamed
  body that cannot be sent twice is never retried.
- `raise_for_error` / `araise_for_error`: response event hooks that raise the parsed error
  (`OutboundLimitReached`, `UnknownError`, `TransportError`...) for any status of 400 or more.
- `client(...)` / `async_client(...)`: an `httpx.Client` / `httpx.AsyncClient` with both.

The async transport waits with `anyio.sleep` inside the caller's task and starts no task of its own:
a cancellation or timeout of the caller (a shared one included) ends it at once, and every
response it opened is closed.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx

from errata import _catalog
from errata._errors import ErrataError
from errata.parse import parse, transport_error
from errata.retry import _RANDOM, network_retry, retry_decision

__all__ = [
    "AsyncRetryTransport",
    "RetryTransport",
    "araise_for_error",
    "async_client",
    "client",
    "raise_for_error",
]

KEY = "idempotency-key"


def _prepare(request: httpx.Request, make_key: Callable[[], str]) -> tuple[bool, bool]:
    """Gives a POST or PATCH its Idempotency-Key; (whether a network error may be retried, whether the body can be resent)."""
    method = request.method.upper()
    if method in _catalog.KEYED_METHODS and KEY not in request.headers:
        request.headers[KEY] = make_key()
    replayable = KEY in request.headers or method in _catalog.IDEMPOTENT_METHODS
    resendable = isinstance(request.stream, httpx.ByteStream)
    return replayable, resendable


def _too_large(response: httpx.Response) -> bool:
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) > _catalog.MAX_BYTES


class _Options:
    def __init__(
        self,
        max_attempts: int,
        random: Callable[[], float],
        idempotency_key: Callable[[], str],
        on_attempt: Callable[[int, ErrataError | None, BaseException | None, bool, int], None] | None,
    ) -> None:
        self.max_attempts = max(1, min(10, int(max_attempts)))
        self.random = random
        self.idempotency_key = idempotency_key
        self.on_attempt = on_attempt

    def report(
        self, attempt: int, error: ErrataError | None, failure: BaseException | None, retry: bool, delay: int
    ) -> None:
        if self.on_attempt is not None:
            try:
                self.on_attempt(attempt, error, failure, retry, delay)
            except Exception:
                pass


def _new_key() -> str:
    return str(uuid.uuid4())


class RetryTransport(httpx.BaseTransport):
    """A transport that retries by the catalogue's retry guidance (see the module)."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        max_attempts: int = _catalog.MAX_ATTEMPTS,
        random: Callable[[], float] = _RANDOM,
        sleep: Callable[[float], None] = time.sleep,
        idempotency_key: Callable[[], str] = _new_key,
        on_attempt: Callable[[int, ErrataError | None, BaseException | None, bool, int], None] | None = None,
    ) -> None:
        self._transport = transport if transport is not None else httpx.HTTPTransport()
        self._options = _Options(max_attempts, random, idempotency_key, on_attempt)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        options = self._options
        replayable, resendable = _prepare(request, options.idempotency_key)
        attempts = options.max_attempts if resendable else 1
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._transport.handle_request(request)
            except httpx.TransportError as failure:
                decision = network_retry(
                    request.method, replayable, attempt, max_attempts=attempts, random=options.random
                )
                if not replayable:
                    decision = decision._replace(retry=False, delay_ms=0)
                options.report(attempt, None, failure, decision.retry, decision.delay_ms)
                if not decision.retry:
                    raise
                self._sleep(decision.delay_ms / 1000)
                continue
            if response.status_code < 400:
                options.report(attempt, None, None, False, 0)
                return response
            error, response = _read_capped(response)
            decision = retry_decision(error, attempt, max_attempts=attempts, random=options.random)
            options.report(attempt, error, None, decision.retry, decision.delay_ms)
            if not decision.retry:
                return response
            response.close()
            self._sleep(decision.delay_ms / 1000)

    def close(self) -> None:
        self._transport.close()


def _read(response: httpx.Response) -> ErrataError:
    """The error of a response a client already holds (an event hook): read to the limit."""
    if _too_large(response):
        return transport_error(response.status_code, "too_large", response.headers)
    try:
        body = response.read()
    except httpx.HTTPError:
        return transport_error(response.status_code, "unreadable", response.headers)
    return parse(response.status_code, response.headers, body)


async def _aread(response: httpx.Response) -> ErrataError:
    if _too_large(response):
        return transport_error(response.status_code, "too_large", response.headers)
    try:
        body = await response.aread()
    except httpx.HTTPError:
        return transport_error(response.status_code, "unreadable", response.headers)
    return parse(response.status_code, response.headers, body)


class _Replay(httpx.SyncByteStream):
    """The chunks already read, then the rest of the original stream: the caller gets the whole body."""

    def __init__(self, head: list[bytes], rest: Iterator[bytes], stream: httpx.SyncByteStream) -> None:
        self._head = head
        self._rest = rest
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._head
        yield from self._rest

    def close(self) -> None:
        self._stream.close()


class _AsyncReplay(httpx.AsyncByteStream):
    def __init__(self, head: list[bytes], rest: AsyncIterator[bytes], stream: httpx.AsyncByteStream) -> None:
        self._head = head
        self._rest = rest
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._head:
            yield chunk
        async for chunk in self._rest:
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _again(response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    return httpx.Response(response.status_code, headers=response.headers, stream=stream, extensions=response.extensions)


def _decoded(response: httpx.Response, raw: bytes) -> ErrataError:
    """The error of a body read whole (as sent: compressed, when it is), decoded to the limit."""
    try:
        body = httpx.Response(response.status_code, headers=response.headers, content=raw).read()
    except httpx.HTTPError:
        return transport_error(response.status_code, "unreadable", response.headers)
    if len(body) > _catalog.MAX_BYTES:
        return transport_error(response.status_code, "too_large", response.headers)
    return parse(response.status_code, response.headers, body)


def _read_capped(response: httpx.Response) -> tuple[ErrataError, httpx.Response]:
    """The error of a transport's response, reading at most `reading.max_bytes` of it, and the response
    to hand on, whole (what was read, then the rest)."""
    if _too_large(response):
        return transport_error(response.status_code, "too_large", response.headers), response
    stream = response.stream
    assert isinstance(stream, httpx.SyncByteStream)
    chunks: list[bytes] = []
    size = 0
    rest = iter(stream)
    try:
        for chunk in rest:
            chunks.append(chunk)
            size += len(chunk)
            if size > _catalog.MAX_BYTES:
                error = transport_error(response.status_code, "too_large", response.headers)
                return error, _again(response, _Replay(chunks, rest, stream))
    except httpx.HTTPError:
        stream.close()
        return transport_error(response.status_code, "unreadable", response.headers), response
    stream.close()
    raw = b"".join(chunks)
    return _decoded(response, raw), _again(response, httpx.ByteStream(raw))


async def _aread_capped(response: httpx.Response) -> tuple[ErrataError, httpx.Response]:
    if _too_large(response):
        return transport_error(response.status_code, "too_large", response.headers), response
    stream = response.stream
    assert isinstance(stream, httpx.AsyncByteStream)
    chunks: list[bytes] = []
    size = 0
    rest = stream.__aiter__()
    try:
        async for chunk in rest:
            chunks.append(chunk)
            size += len(chunk)
            if size > _catalog.MAX_BYTES:
                error = transport_error(response.status_code, "too_large", response.headers)
                return error, _again(response, _AsyncReplay(chunks, rest, stream))
    except httpx.HTTPError:
        await stream.aclose()
        return transport_error(response.status_code, "unreadable", response.headers), response
    await stream.aclose()
    raw = b"".join(chunks)
    return _decoded(response, raw), _again(response, httpx.ByteStream(raw))


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async `RetryTransport`: waits in the caller's task, starts none, closes what it opened when cancelled."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        max_attempts: int = _catalog.MAX_ATTEMPTS,
        random: Callable[[], float] = _RANDOM,
        sleep: Callable[[float], Any] = anyio.sleep,
        idempotency_key: Callable[[], str] = _new_key,
        on_attempt: Callable[[int, ErrataError | None, BaseException | None, bool, int], None] | None = None,
    ) -> None:
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._options = _Options(max_attempts, random, idempotency_key, on_attempt)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        options = self._options
        replayable, resendable = _prepare(request, options.idempotency_key)
        attempts = options.max_attempts if resendable else 1
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._transport.handle_async_request(request)
            except httpx.TransportError as failure:
                decision = network_retry(
                    request.method, replayable, attempt, max_attempts=attempts, random=options.random
                )
                if not replayable:
                    decision = decision._replace(retry=False, delay_ms=0)
                options.report(attempt, None, failure, decision.retry, decision.delay_ms)
                if not decision.retry:
                    raise
                await self._sleep(decision.delay_ms / 1000)
                continue
            if response.status_code < 400:
                options.report(attempt, None, None, False, 0)
                return response
            try:
                error, response = await _aread_capped(response)
                decision = retry_decision(error, attempt, max_attempts=attempts, random=options.random)
                options.report(attempt, error, None, decision.retry, decision.delay_ms)
                if not decision.retry:
                    return response
            except BaseException:
                # Cancelled (or failed) while the error body was read: the response is closed, not left open.
                await response.aclose()
                raise
            await response.aclose()
            await self._sleep(decision.delay_ms / 1000)

    async def aclose(self) -> None:
        await self._transport.aclose()


def raise_for_error(response: httpx.Response) -> None:
    """A response hook: raises the parsed error (a typed `ErrataError`) for a status of 400 or more."""
    if response.status_code >= 400:
        error = _read(response)
        error.response = response
        raise error


async def araise_for_error(response: httpx.Response) -> None:
    """The async response hook: raises the parsed error for a status of 400 or more."""
    if response.status_code >= 400:
        error = await _aread(response)
        error.response = response
        raise error


def client(*, transport: httpx.BaseTransport | None = None, retry: bool = True, **kwargs: Any) -> httpx.Client:
    """An `httpx.Client` that retries by the catalogue's guidance and raises typed errors."""
    hooks = kwargs.pop("event_hooks", {})
    hooks = {**hooks, "response": [*hooks.get("response", []), raise_for_error]}
    wrapped = RetryTransport(transport) if retry and not isinstance(transport, RetryTransport) else transport
    return httpx.Client(transport=wrapped, event_hooks=hooks, **kwargs)


def async_client(
    *, transport: httpx.AsyncBaseTransport | None = None, retry: bool = True, **kwargs: Any
) -> httpx.AsyncClient:
    """An `httpx.AsyncClient` that retries by the catalogue's guidance and raises typed errors."""
    hooks = kwargs.pop("event_hooks", {})
    hooks = {**hooks, "response": [*hooks.get("response", []), araise_for_error]}
    wrapped = AsyncRetryTransport(transport) if retry and not isinstance(transport, AsyncRetryTransport) else transport
    return httpx.AsyncClient(transport=wrapped, event_hooks=hooks, **kwargs)
