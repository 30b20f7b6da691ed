"""Attempt deadlines for async calls: what ``asyncio.timeout`` does, with one timer per group of deadlines.

``asyncio.timeout`` arms a timer in the event loop for each use and cancels it again: 200 concurrent calls put 200
timers in the loop's heap, and that cost about 5% of a ``get_model`` call on a fast transport (``make bench``,
section 4). :class:`Deadlines` (one per client and event loop) groups its attempts' deadlines by :data:`GRAIN` of
their due time: one timer per group, cancelled when the group empties. A deadline fires at most :data:`GRAIN` late.

The semantics are ``asyncio.timeout``'s: at the deadline the task is cancelled; leaving the scope turns that
cancellation into ``TimeoutError``, unless the task was also cancelled from elsewhere (``Task.cancelling()``), in
which case the ``CancelledError`` goes on.
"""

from __future__ import annotations

import asyncio
from types import TracebackType

__all__ = ["GRAIN", "Deadlines"]

GRAIN = 0.01
"""Seconds: deadlines due within the same such slice share one timer (and fire at its end)."""


class Deadlines:
    """The attempt deadlines of one client on one event loop (used from that loop only)."""

    __slots__ = ("_groups", "_loop")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._groups: dict[int, tuple[asyncio.TimerHandle, set[Scope]]] = {}

    def scope(self, seconds: float) -> Scope:
        """A ``with`` block (inside a task of this loop) cancelled ``seconds`` from now: ``TimeoutError`` then."""
        return Scope(self, self._loop.time() + seconds)

    def __len__(self) -> int:
        """The scopes in force (for tests: 0 once every attempt has ended)."""
        return sum(len(members) for _, members in self._groups.values())

    def _add(self, scope: Scope) -> None:
        key = -int(-scope.when // GRAIN)  # the slice's end, in GRAIN units (rounded up: never early)
        scope.key = key
        group = self._groups.get(key)
        if group is None:
            handle = self._loop.call_at(key * GRAIN, self._fire, key)
            self._groups[key] = (handle, {scope})
        else:
            group[1].add(scope)

    def _discard(self, scope: Scope) -> None:
        group = self._groups.get(scope.key)
        if group is None:  # fired
            return
        handle, members = group
        members.discard(scope)
        if not members:
            handle.cancel()
            del self._groups[scope.key]

    def _fire(self, key: int) -> None:
        group = self._groups.pop(key, None)
        if group is not None:
            for scope in group[1]:
                scope.expire()


class Scope:
    """One attempt's deadline (see :meth:`Deadlines.scope`); a context manager, entered once."""

    __slots__ = ("_cancelling", "_deadlines", "_expired", "_task", "key", "when")

    def __init__(self, deadlines: Deadlines, when: float) -> None:
        self._deadlines = deadlines
        self.when = when
        self.key = 0
        self._expired = False
        self._task: asyncio.Task[object] | None = None
        self._cancelling = 0

    def __enter__(self) -> Scope:
        try:
            task = asyncio.current_task()
        except RuntimeError:  # no running loop
            task = None
        if task is None:
            raise RuntimeError("a deadline scope must be entered inside an asyncio task")
        self._task = task
        self._cancelling = task.cancelling()
        self._deadlines._add(self)
        return self

    def expire(self) -> None:
        if self._task is not None and not self._expired:
            self._expired = True
            self._task.cancel()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._deadlines._discard(self)
        if self._expired and self._task is not None:
            # our cancel is taken back; a CancelledError that is ours alone becomes the timeout
            if self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc
