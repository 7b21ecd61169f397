"""Whether and when to retry, from the catalogue's retry policy of the error's code and its retry guidance."""

from __future__ import annotations

import math
from _random import Random
from collections.abc import Callable
from typing import NamedTuple

from errata import _catalog
from errata._entries import is_catalogued, known_entry
from errata._errors import ErrataError

# The C generator behind `random.random`, seeded from os.urandom; importing `random` costs more.
_RANDOM: Callable[[], float] = Random().random

__all__ = ["RetryDecision", "backoff_delay", "retry_decision", "retry_policy_of"]


class RetryDecision(NamedTuple):
    """Whether to retry, and after how many milliseconds."""

    retry: bool
    delay_ms: int


def retry_policy_of(error: ErrataError) -> str:
    """The code's policy for a known code; else the type's (5xx `backoff`, 429 `retry_after`, others `never`)."""
    if error.known:
        code = error.code
        if code is not None and is_catalogued(code):
            return known_entry(code)[2]
    entry = _catalog.TYPES.get(error.type) if type(error.type) is str else None
    return "never" if entry is None else entry[1]


def backoff_delay(
    attempt: int,
    *,
    base_delay_ms: float = _catalog.BASE_DELAY_MS,
    max_delay_ms: float = _catalog.MAX_DELAY_MS,
    random: Callable[[], float] = _RANDOM,
) -> int:
    """Full-jitter exponential backoff: a random wait up to `base * 2^(attempt - 1)`, capped at `max_delay_ms`."""
    exponent = attempt - 1
    ceiling = max_delay_ms if exponent > 1000 else min(max_delay_ms, base_delay_ms * 2.0**exponent)
    return int(math.floor(random() * ceiling))


def retry_decision(
    error: ErrataError,
    attempt: int,
    *,
    max_attempts: int = _catalog.MAX_ATTEMPTS,
    base_delay_ms: float = _catalog.BASE_DELAY_MS,
    max_delay_ms: float = _catalog.MAX_DELAY_MS,
    random: Callable[[], float] = _RANDOM,
) -> RetryDecision:
    """Whether to retry after the `attempt`-th attempt (1 for the first) failed with `error`, and how long to wait.

    A server-given wait (Retry-After or `retry_after`, else the code's default) is a floor, with
    full jitter on top of it; `never` codes are not retried; no retry past `max_attempts`, nor when
    the server asks for more than `max_delay_ms`.
    """
    if not attempt < max_attempts or retry_policy_of(error) == "never":
        return RetryDecision(False, 0)
    delay = error.retry_after
    if delay is None and error.known:
        delay = known_entry(str(error.code))[3]
    floor = (delay or 0) * 1000
    if floor > max_delay_ms:
        return RetryDecision(False, floor)
    return RetryDecision(
        True,
        floor + backoff_delay(attempt, base_delay_ms=base_delay_ms, max_delay_ms=max_delay_ms, random=random),
    )


def network_retry(
    method: str,
    has_key: bool,
    attempt: int,
    *,
    max_attempts: int = _catalog.MAX_ATTEMPTS,
    base_delay_ms: float = _catalog.BASE_DELAY_MS,
    max_delay_ms: float = _catalog.MAX_DELAY_MS,
    random: Callable[[], float] = _RANDOM,
) -> RetryDecision:
    """After a network error (no response): retried when the request can be sent again (idempotent or keyed)."""
    upper = method.upper()
    replayable = has_key or upper in _catalog.KEYED_METHODS or upper in _catalog.IDEMPOTENT_METHODS
    if not (replayable and attempt < max_attempts):
        return RetryDecision(False, 0)
    return RetryDecision(
        True, backoff_delay(attempt, base_delay_ms=base_delay_ms, max_delay_ms=max_delay_ms, random=random)
    )
