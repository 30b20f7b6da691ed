"""The time a call may spend: each attempt's deadline (``timeout``), the whole call's share of it (:class:`Budget`,
probe waiting included) and an enclosing :func:`call_deadline` that bounds every request of a block."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

import httpx

__all__ = ["MAX_PROBE_WAIT", "Budget", "attempt_deadline", "call_deadline", "request_limit", "spent_why"]

MAX_PROBE_WAIT: Final = 30.0


def attempt_deadline(timeout: float | httpx.Timeout | None) -> float | None:
    """The seconds one whole attempt may take: ``timeout`` when it is a number; ``None`` (no overall bound,
    httpx's per-phase meaning) for an ``httpx.Timeout`` or ``None``."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ValueError(f"timeout must be a number of seconds > 0, an httpx.Timeout or None, got {timeout!r}")
    return float(timeout)


_outer_deadline: ContextVar[float | None] = ContextVar("scenario_lowcodeapi_call_deadline", default=None)


@contextmanager
def call_deadline(seconds: float | None) -> Iterator[None]:
    """Run the block with every request it makes (through any client) ending by ``seconds`` from now: each
    attempt is cut at what is left, and no retry starts after it (``APITimeoutError``). ``None``: no bound.
    Nested blocks keep the earlier deadline. For helpers bounding a whole operation (``wait()``,
    ``download_images()``); per thread and per asyncio task (a ``ContextVar``)."""
    if seconds is None:
        yield
        return
    deadline = time.monotonic() + seconds
    outer = _outer_deadline.get()
    token = _outer_deadline.set(deadline if outer is None else min(outer, deadline))
    try:
        yield
    finally:
        _outer_deadline.reset(token)


def request_limit(limit: float | None) -> float | None:
    """``limit`` (the seconds one request may take, ``None``: unbounded) capped at what is left of the current
    :func:`call_deadline`; 0.0 once it has passed."""
    outer = _outer_deadline.get()
    if outer is None:
        return limit
    left = max(outer - time.monotonic(), 0.0)
    return left if limit is None else min(limit, left)


class Budget:
    """The time one call may still spend, so that it ends within README's bound, ``(max_retries + 1) x timeout``
    plus the backoff, even when it first waited for another call's URL-format probe: that wait is charged to the
    attempts' share (each attempt then gets at most what is left), and every attempt ends by an enclosing
    :func:`call_deadline`. A call that did not wait is not charged (a URL-format fallback is no retry)."""

    __slots__ = ("left", "limit", "total")

    def __init__(self, limit: float | None, max_retries: int) -> None:
        self.limit = limit
        self.total = None if limit is None else limit * (max_retries + 1)
        self.left: float | None = None

    def probe_wait(self) -> float | None:
        """How long the call may wait for another call's probe; ``None``: no bound of its own."""
        return request_limit(self.total)

    def waited(self, seconds: float) -> None:
        if self.total is not None:
            self.left = self.total - seconds

    def next_attempt(self) -> float | None:
        """The next attempt's deadline in seconds (charged now); <= 0.0 when nothing is left."""
        if self.left is None or self.limit is None:
            return request_limit(self.limit)
        granted = request_limit(min(self.limit, self.left))
        if granted is not None:
            self.left -= granted
        return granted


def spent_why(waited: bool, sent: int) -> str:
    if waited and not sent:
        return "waiting for another call's URL-format probe used up this call's time"
    return "this call's time ran out" + (f" after {sent} attempts" if sent else "")
