"""How a batch's work is scheduled, whatever the work is: at most so many requests in flight, paced down and paused
by 429 answers (:class:`Pacer`); coroutines run together and cancelled together (:func:`gather_or_cancel`); and a
coroutine run to completion on a private event loop in a worker thread, for the sync driver (:func:`run_in_thread`).
Nothing here knows about journals, items or money (that is :mod:`._batch_run`)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any, TypeVar

from ._exceptions import RateLimitError

__all__ = ["MAX_RATE_LIMITED", "Pacer", "gather_or_cancel", "run_in_thread"]

T = TypeVar("T")
# 429s one request may get before its item fails. Each pauses the whole batch for its Retry-After (honoured as
# sent, 0 included), else 0.5 s doubling up to 64 s: a storm of any length the server ends is ridden out.
MAX_RATE_LIMITED = 200
_MAX_PAUSE = 60.0


class Pacer:
    """At most ``limit`` requests in flight. A 429 halves the limit and pauses every new request for its
    ``Retry-After`` (else a doubling backoff); each success adds ``1/limit`` back, up to the configured maximum."""

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum
        self.limit = float(maximum)
        self.in_flight = 0
        self.max_in_flight = 0
        self.rate_limited = 0
        self._paused_until = 0.0
        self._waiters: list[asyncio.Future[None]] = []

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            delay = self._paused_until - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
                continue
            if self.in_flight < max(1, int(self.limit)):
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                return
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def release(self, *, ok: bool) -> None:
        self.in_flight -= 1
        if ok and self.limit < self.maximum:
            self.limit = min(float(self.maximum), self.limit + 1.0 / self.limit)
        while self._waiters:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def rate_limited_by(self, exc: RateLimitError, attempt: int) -> None:
        self.rate_limited += 1
        self.limit = max(1.0, self.limit / 2)
        wait = exc.retry_after if exc.retry_after is not None else 0.5 * 2 ** min(attempt, 7)
        loop = asyncio.get_running_loop()
        self._paused_until = max(self._paused_until, loop.time() + min(max(wait, 0.0), _MAX_PAUSE))

    async def call(self, fn: Callable[[], Awaitable[T]]) -> T:
        """``fn()`` inside a slot; a 429 pauses, slows down and tries again (only for requests safe to repeat)."""
        attempt = 0
        while True:
            await self.acquire()
            try:
                result = await fn()
            except RateLimitError as exc:
                self.release(ok=False)
                attempt += 1
                if attempt > MAX_RATE_LIMITED:
                    raise
                self.rate_limited_by(exc, attempt)
                continue
            except BaseException:
                self.release(ok=False)
                raise
            self.release(ok=True)
            return result


async def gather_or_cancel(coroutines: Iterable[Coroutine[Any, Any, T]]) -> list[T]:
    """Run them concurrently; if one raises, the others are cancelled (and awaited) before the error propagates, so
    nothing keeps working on a batch whose journal is about to close."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def run_in_thread(factory: Callable[[], Coroutine[Any, Any, T]], workers: int) -> T:
    """Run a coroutine on a private event loop in a worker thread (so it works from any thread, inside a running
    loop too), its blocking calls in a pool of ``workers`` threads. An interrupt of the caller (Ctrl-C) cancels it."""
    from concurrent.futures import ThreadPoolExecutor

    outcome: list[Any] = []
    failure: list[BaseException] = []
    started = threading.Event()
    finished = threading.Event()  # waited on instead of Thread.join: see below
    state: dict[str, Any] = {}

    def target() -> None:
        try:
            loop = asyncio.new_event_loop()
            executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scenario-batch")
            loop.set_default_executor(executor)
            try:
                task = loop.create_task(factory())
                state["loop"], state["task"] = loop, task
                started.set()
                outcome.append(loop.run_until_complete(task))
            except BaseException as exc:  # handed to the caller's thread
                failure.append(exc)
            finally:
                started.set()
                try:
                    loop.run_until_complete(loop.shutdown_default_executor())
                finally:
                    loop.close()
        finally:
            started.set()  # also when the loop could not even be made: the caller's except waits for it
            finished.set()

    thread = threading.Thread(target=target, name="scenario-batch-loop", daemon=True)
    thread.start()
    # An Event, not Thread.join(): a KeyboardInterrupt landing inside join() can leave the thread marked as stopped
    # on CPython 3.11/3.12 (join's interrupted lock wait releases the lock the running thread holds), so a later
    # join() returns at once, the program exits with the loop still running, and its executor shutdown fails with
    # "can't create new thread at interpreter shutdown".
    try:
        while not finished.wait(0.2):
            pass
    except BaseException:
        started.wait()
        loop, task = state.get("loop"), state.get("task")
        if loop is not None and task is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:
                pass
        finished.wait(30.0)
        raise
    if failure:
        raise failure[0]
    return outcome[0]  # type: ignore[no-any-return]
