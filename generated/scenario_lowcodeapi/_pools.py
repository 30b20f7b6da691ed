"""The connection pools of a :class:`~._base_client.Client`: the httpx clients it creates lazily, one sync and one
async per event loop, re-created in a child after ``os.fork()``, and closed with it."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._deadline import bound_sockets
from ._exceptions import LowCodeAPIError

if TYPE_CHECKING:  # loaded by the async paths themselves: a sync-only program never imports asyncio
    import asyncio

    from ._timers import Deadlines

__all__ = ["Pools", "check_loop"]


def check_loop() -> asyncio.AbstractEventLoop:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        raise LowCodeAPIError(
            "the async client needs a running asyncio event loop (await it from a coroutine run by asyncio)"
        ) from None


class Pools:
    """The lazily created httpx clients, shared by a :class:`Client` and its :meth:`Client.with_options` copies.

    ``pid`` is the process that created them: in a forked child, the pools we created are dropped (not closed:
    their sockets are the parent's too) and re-created on first use, so parent and child never read each
    other's answers off a shared keep-alive connection. Clients given to ``set_httpx_client`` are the caller's.

    An ``httpx.AsyncClient`` belongs to the event loop its connections were made on, so the async pools we create
    are one per loop (``by_loop``, weakly keyed: a loop that is gone takes its pool with it; ``last`` caches the
    most recent pair for the fast path): successive ``asyncio.run()`` calls and threads each running their own
    loop never share a connection. ``async_`` is only the client given to ``set_async_httpx_client``.
    """

    __slots__ = (
        "async_",
        "by_loop",
        "closed",
        "last",
        "last_timers",
        "lock",
        "no_loop",
        "own_async",
        "own_sync",
        "pid",
        "sync",
        "timers",
    )

    def __init__(self) -> None:
        self.sync: httpx.Client | None = None
        self.async_: httpx.AsyncClient | None = None
        self.by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self.last: tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient] | None = None
        self.no_loop: httpx.AsyncClient | None = None  # get_async_httpx_client() called outside any loop
        # the attempt deadlines of each loop (see _timers), weakly keyed like by_loop; last_timers: the fast path
        self.timers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Deadlines] = weakref.WeakKeyDictionary()
        self.last_timers: tuple[asyncio.AbstractEventLoop, Deadlines] | None = None
        self.own_sync = True
        self.own_async = True
        self.closed = False
        self.lock = threading.Lock()
        self.pid = os.getpid()

    def check(self) -> None:
        """Raise if closed; forget the parent's pools after a fork."""
        if self.closed:
            raise LowCodeAPIError(
                "This client has been closed (close()/aclose() or the end of its with-block); create a new one"
            )
        pid = os.getpid()
        if self.pid != pid:
            self.lock = threading.Lock()  # another thread of the parent may have held it at fork time
            if self.own_sync:
                self.sync = None
            self.by_loop = weakref.WeakKeyDictionary()
            self.last = self.no_loop = None
            self.timers = weakref.WeakKeyDictionary()
            self.last_timers = None
            self.pid = pid

    def take_async(self) -> list[tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient]]:
        """Every async pool we created, forgotten here (for closing)."""
        with self.lock:
            taken: list[tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient]] = list(self.by_loop.items())
            if self.no_loop is not None:
                taken.append((None, self.no_loop))
            self.by_loop = weakref.WeakKeyDictionary()
            self.last = self.no_loop = None
        return taken

    def sync_client(self, kwargs: Callable[[], dict[str, Any]]) -> httpx.Client:
        """The sync pool (the one given to ``set_httpx_client`` if any), created from ``kwargs()`` on first use."""
        self.check()
        client = self.sync
        if client is None:
            with self.lock:
                if self.sync is None:
                    self.sync = httpx.Client(**kwargs())
                    bound_sockets(self.sync)  # a sync attempt's deadline covers its headers too (see _deadline)
                    self.own_sync = True
                client = self.sync
        return client

    def async_client(self, kwargs: Callable[[], dict[str, Any]]) -> httpx.AsyncClient:
        """The async pool of the running event loop (the one given to ``set_async_httpx_client`` if any), created
        from ``kwargs()`` on first use."""
        import asyncio

        self.check()
        if self.async_ is not None:
            return self.async_
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        last = self.last
        if last is not None and last[0] is loop:
            return last[1]
        with self.lock:
            client = self.no_loop if loop is None else self.by_loop.get(loop)
            if client is None:
                client = httpx.AsyncClient(**kwargs())
                if loop is None:
                    self.no_loop = client
                else:
                    for old in [old for old in self.by_loop if old.is_closed()]:
                        del self.by_loop[old]  # its sockets are closed when the client is collected
                    self.by_loop[loop] = client
            self.last = (loop, client)
        return client

    def deadlines(self, loop: asyncio.AbstractEventLoop) -> Deadlines:
        """The attempt deadlines of ``loop`` (created on first use; see ``_timers``)."""
        last = self.last_timers
        if last is not None and last[0] is loop:
            return last[1]
        with self.lock:
            found = self.timers.get(loop)
            if found is None:
                from ._timers import Deadlines

                found = self.timers[loop] = Deadlines(loop)
            self.last_timers = (loop, found)
        return found

    def close_sync(self) -> None:
        """Mark the pools closed and close the sync one (unless it is the parent's, after a fork)."""
        self.closed = True
        client, self.sync = self.sync, None
        if client is not None and self.pid == os.getpid():
            client.close()

    async def aclose_async(self) -> None:
        """Close the async pools: the running loop's awaited, one of another running loop closed on that loop, one
        of a closed loop dropped (none of them after a fork: they are the parent's)."""
        import asyncio

        client, self.async_ = self.async_, None
        owned = self.take_async() if self.pid == os.getpid() else []
        if client is not None and self.pid == os.getpid():
            await client.aclose()
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        for loop, pool in owned:
            if loop is None or loop is running:
                await pool.aclose()
            elif not loop.is_closed():
                closing = pool.aclose()
                try:
                    asyncio.run_coroutine_threadsafe(closing, loop)
                except RuntimeError:  # closed meanwhile
                    closing.close()
