"""Polling until an inference or a training ends.

:func:`wait_for` and :func:`async_wait_for` are thin drivers around :class:`_Poll`, which holds every decision:
whether an object is done (succeeded), broken (failed) or still running (any other status, including ones this
client does not know yet), how long to sleep next (the interval grows x1.5 per poll up to ``max_poll_interval``,
never past the deadline) and when to give up.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from ._budget import call_deadline
from ._exceptions import APITimeoutError, LowCodeAPIError

if TYPE_CHECKING:  # the runtime is also imported without the generated models (codegen.runtime)
    from .models import Inference, Model

__all__ = [
    "INFERENCE_FAILED",
    "INFERENCE_SUCCEEDED",
    "TRAINING_FAILED",
    "TRAINING_SUCCEEDED",
    "InferenceFailedError",
    "InferenceNotSucceededError",
    "TrainingFailedError",
    "WaitTimeoutError",
    "async_wait_for",
    "wait_for",
]

T = TypeVar("T")

INFERENCE_SUCCEEDED: frozenset[str] = frozenset({"succeeded"})
INFERENCE_FAILED: frozenset[str] = frozenset({"failed", "canceled"})
TRAINING_SUCCEEDED: frozenset[str] = frozenset({"trained"})
TRAINING_FAILED: frozenset[str] = frozenset({"failed", "training-canceled"})

_GROWTH = 1.5


class InferenceFailedError(LowCodeAPIError):
    """The inference ended ``failed`` or ``canceled``. The last fetched inference is ``inference``."""

    inference: Inference
    status: str

    def __init__(self, message: str, *, inference: Inference, status: str) -> None:
        super().__init__(message)
        self.inference = inference
        self.status = status


class InferenceNotSucceededError(LowCodeAPIError):
    """Its images were asked for, but the inference has not succeeded: ``status`` names where it is (``queued``,
    ``in-progress``, ``failed``...), ``inference`` is the inference fetched."""

    inference: Inference
    status: str

    def __init__(self, message: str, *, inference: Inference, status: str) -> None:
        super().__init__(message)
        self.inference = inference
        self.status = status


class TrainingFailedError(LowCodeAPIError):
    """The model's training ended ``failed`` or ``training-canceled``. The last fetched model is ``model``."""

    model: Model
    status: str

    def __init__(self, message: str, *, model: Model, status: str) -> None:
        super().__init__(message)
        self.model = model
        self.status = status


class WaitTimeoutError(LowCodeAPIError, TimeoutError):
    """The wait's ``timeout`` passed before the work ended. ``last`` is the last object fetched, ``status`` its
    status, ``elapsed`` the seconds waited and ``timeout`` the limit. Also a :class:`TimeoutError`."""

    last: Inference | Model
    status: str
    elapsed: float
    timeout: float | None

    def __init__(
        self, message: str, *, last: Inference | Model, status: str, elapsed: float, timeout: float | None = None
    ) -> None:
        super().__init__(message)
        self.last = last
        self.status = status
        self.elapsed = elapsed
        self.timeout = timeout


def _status_text(status: object) -> str:
    """A status as its plain value: a (str) enum member gives its value, not ``Class.MEMBER``."""
    if isinstance(status, enum.Enum):
        status = status.value
    return status if type(status) is str else str(status)


def _seconds(value: float) -> str:
    return f"{value:.3g}s" if value < 10 else f"{value:.0f}s"


class _Poll(Generic[T]):
    """The state of one wait. A driver loops: ``obj = fetch()``; return it if ``poll.check(obj)``; else
    ``sleep(poll.next_delay())``."""

    __slots__ = (
        "_clock",
        "_deadline",
        "_failed",
        "_interval",
        "_max_interval",
        "_on_failure",
        "_on_progress",
        "_start",
        "_status_of",
        "_succeeded",
        "_timeout",
        "_what",
        "last",
        "status",
    )

    def __init__(
        self,
        status_of: Callable[[T], str],
        *,
        succeeded: frozenset[str],
        failed: frozenset[str],
        on_failure: Callable[[T, str], Exception],
        what: str,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: Callable[[T], None] | None,
        clock: Callable[[], float],
    ) -> None:
        if timeout is not None and timeout < 0:
            raise ValueError(f"timeout must be >= 0 or None, got {timeout!r}")
        if poll_interval < 0:
            raise ValueError(f"poll_interval must be >= 0, got {poll_interval!r}")
        self._status_of = status_of
        self._succeeded = succeeded
        self._failed = failed
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._what = what
        self._timeout = timeout
        self._interval = float(poll_interval)
        self._max_interval = float(max(max_poll_interval, poll_interval))  # a larger first interval is kept
        self._clock = clock
        self._start = clock()
        self._deadline = None if timeout is None else self._start + timeout
        self.last: T | None = None
        self.status = ""

    def check(self, obj: T) -> bool:
        """Record a fetched object: True when it succeeded; raises when it failed; False while it runs."""
        status = _status_text(self._status_of(obj))
        self.last = obj
        self.status = status
        if self._on_progress is not None:
            self._on_progress(obj)
        if status in self._succeeded:
            return True
        if status in self._failed:
            raise self._on_failure(obj, status)
        return False

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll (never past the deadline); raises :class:`WaitTimeoutError`
        when the deadline has passed."""
        delay = self._interval
        self._interval = min(self._interval * _GROWTH, self._max_interval)
        if self._deadline is None:
            return delay
        now = self._clock()
        remaining = self._deadline - now
        if remaining <= 0:
            raise self._timed_out(now)
        return min(delay, remaining)

    def remaining(self) -> float | None:
        """Seconds left of the wait (``None``: no timeout): what a poll after the first may take."""
        return None if self._deadline is None else max(self._deadline - self._clock(), 0.0)

    def cut(self, error: APITimeoutError) -> Exception:
        """What a poll cut at the wait's deadline raises: :class:`WaitTimeoutError` once an object was seen (the
        wait ran out), else the poll's own ``error``."""
        now = self._clock()
        if self._deadline is not None and now >= self._deadline and self.last is not None:
            return self._timed_out(now)
        return error

    def _timed_out(self, now: float) -> WaitTimeoutError:
        elapsed = now - self._start
        status = self.status or "unknown"
        limit = _seconds(self._timeout) if self._timeout is not None else "none"
        return WaitTimeoutError(
            f"timed out waiting for {self._what} after {_seconds(elapsed)} (timeout {limit}); last status: {status}",
            # Only reached after check() recorded an object; waits are only ever on inferences and models.
            last=cast("Inference | Model", self.last),
            status=self.status,
            elapsed=elapsed,
            timeout=self._timeout,
        )


def wait_for(
    fetch: Callable[[], T],
    status_of: Callable[[T], str],
    *,
    succeeded: frozenset[str],
    failed: frozenset[str],
    on_failure: Callable[[T, str], Exception],
    what: str,
    timeout: float | None = 600.0,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
    on_progress: Callable[[T], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Call ``fetch()`` until ``status_of`` its result is in ``succeeded`` (then return it) or in ``failed`` (then
    raise ``on_failure(obj, status)``). Any other status, known or not, means "still running".

    ``on_progress`` sees every fetched object. Sleeps start at ``poll_interval`` and grow x1.5 up to
    ``max_poll_interval``. After ``timeout`` seconds (``None``: never) raises :class:`WaitTimeoutError`, which
    carries the last object; ``what`` names the awaited work in its message.
    """
    poll = _Poll(
        status_of,
        succeeded=succeeded,
        failed=failed,
        on_failure=on_failure,
        what=what,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
        clock=clock,
    )
    obj = fetch()  # the first poll always runs (bounded by its own request timeout)
    while True:
        if poll.check(obj):
            return obj
        sleep(poll.next_delay())
        try:
            with call_deadline(poll.remaining()):  # every request of a later poll ends by the wait's deadline
                obj = fetch()
        except APITimeoutError as exc:
            raise poll.cut(exc) from None


async def async_wait_for(
    fetch: Callable[[], Awaitable[T]],
    status_of: Callable[[T], str],
    *,
    succeeded: frozenset[str],
    failed: frozenset[str],
    on_failure: Callable[[T, str], Exception],
    what: str,
    timeout: float | None = 600.0,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
    on_progress: Callable[[T], None] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """:func:`wait_for` for an async ``fetch`` (and ``sleep``, default ``asyncio.sleep``)."""
    if sleep is None:
        import asyncio  # here, not at import time: a sync-only program never pays for loading asyncio

        sleep = asyncio.sleep
    poll = _Poll(
        status_of,
        succeeded=succeeded,
        failed=failed,
        on_failure=on_failure,
        what=what,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
        clock=clock,
    )
    obj = await fetch()
    while True:
        if poll.check(obj):
            return obj
        await sleep(poll.next_delay())
        try:
            with call_deadline(poll.remaining()):
                obj = await fetch()
        except APITimeoutError as exc:
            raise poll.cut(exc) from None
