"""Retry policy: which failures are retried, and how long to wait before the next attempt.

Whether a failed attempt may be repeated is a property of the *operation*, not of its HTTP method: on Scenario,
several PUTs cost credits (training, the image operations). Each generated operation declares its policy
(``x-scenario-retry`` in ``overrides/30-retry.overlay.yaml``):

- ``"safe"``: repeating it is harmless (reads, deletes, ``update_model``); retried on any transport failure and
  on 408/429/5xx.
- ``"unsent-only"``: it creates something or costs credits; retried only when the request provably never left
  (connect errors and timeouts, pool timeouts) or on 429 (refused before doing anything).
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping
from typing import Literal, TypeAlias

import httpx

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUSES",
    "RETRY_POLICIES",
    "RetryPolicy",
    "backoff_delay",
    "check_retry_policy",
    "default_retry_policy",
    "retry_after_seconds",
    "should_retry_exception",
    "should_retry_response",
]

MAX_RETRY_AFTER = 60.0
"""A server asking for a longer wait than this (seconds) gets its error raised at once instead."""
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

RetryPolicy: TypeAlias = Literal["safe", "unsent-only"]
RETRY_POLICIES: tuple[RetryPolicy, ...] = ("safe", "unsent-only")
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Failures that prove the request never reached the server: safe to retry whatever the operation.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def default_retry_policy(method: str) -> RetryPolicy:
    """The policy of an operation that declares none: reads are safe, anything else only when unsent."""
    return "safe" if method.upper() in _READ_METHODS else "unsent-only"


def check_retry_policy(value: object, where: str = "retry policy") -> RetryPolicy:
    """``value`` as a :data:`RetryPolicy`; a one-line ValueError naming ``where`` otherwise."""
    if value == "safe":
        return "safe"
    if value == "unsent-only":
        return "unsent-only"
    raise ValueError(f"{where} must be 'safe' or 'unsent-only', got {value!r}")


def _parse_float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0:
        return None
    return number


def retry_after_seconds(headers: httpx.Headers | Mapping[str, str]) -> float | None:
    """The wait the server asks for, in seconds, from ``retry-after-ms`` or ``Retry-After`` (seconds or an
    HTTP date); ``None`` when absent or unparseable. A date in the past gives ``0.0``."""
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)
    value = headers.get("retry-after-ms")
    if value is not None:
        millis = _parse_float(value.strip())
        if millis is not None:
            return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    seconds = _parse_float(value)
    if seconds is not None:
        return seconds
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    if parsed[9] is None:  # "-0000": UTC, without a claim about the sender's zone
        parsed = (*parsed[:9], 0)
    try:
        when = email.utils.mktime_tz(parsed)
    except (OverflowError, ValueError):
        return None
    return max(0.0, when - time.time())


def backoff_delay(retries_taken: int) -> float:
    """Exponential backoff: 0.5 s doubling per retry up to 8 s, minus up to 25 % jitter."""
    delay = min(INITIAL_RETRY_DELAY * 2.0 ** max(retries_taken, 0), MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * random.random())


def should_retry_response(policy: RetryPolicy, status: int) -> bool:
    """``"safe"`` operations are retried on every retryable status; ``"unsent-only"`` ones only on 429, which
    says the request was refused before doing anything (a 502/503 may come after the work was done)."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 or policy == "safe"


def should_retry_exception(policy: RetryPolicy, exc: BaseException) -> bool:
    """``"safe"`` operations are retried on any transport failure; ``"unsent-only"`` ones (creating an
    inference costs money) only when the request provably never left: connect errors and timeouts, pool
    timeouts. A read timeout or a reset after the request was written is not proof: the server may be working."""
    if not isinstance(exc, httpx.TransportError) or isinstance(exc, httpx.UnsupportedProtocol):
        return False
    if policy == "safe":
        return True
    return isinstance(exc, _NEVER_SENT)
