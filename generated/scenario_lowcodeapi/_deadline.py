"""A sync attempt's deadline, enforced on every socket operation of the httpx clients this package creates.

httpx's timeouts bound one read at a time: a server that drips its response headers a byte at a time, each byte
inside the read timeout, holds a sync call forever. Async attempts are cancelled at their deadline
(``asyncio.timeout``); sync ones have no such thing. So the sync ``httpx.Client`` the package creates gets a
network backend (:func:`bound_sockets`) whose connections cap the timeout of each connect, TLS handshake, read
and write at what is left of the current attempt's deadline (a millisecond once nothing is left), so the socket
itself times out and httpcore raises its own timeout, which httpx maps to ``ConnectTimeout``/``ReadTimeout``/
``WriteTimeout``. The deadline is the calling thread's (:func:`scope`), so threads sharing a client and its
pooled connections each keep their own. The wrappers only delegate (httpcore's network interface, duck-typed),
so the package imports nothing beyond httpx and attrs.

A client passed in by the caller (``set_httpx_client``, or a ``transport`` in ``httpx_args``) is left as it is:
there the response body is still checked as each chunk arrives (``_transport._DeadlineStream``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

__all__ = ["bound_sockets", "scope"]

_local = threading.local()


@contextmanager
def scope(deadline: float | None) -> Iterator[None]:
    """Run the block with ``deadline`` (a ``time.monotonic()`` instant; None for none) as this thread's attempt
    deadline; the previous one comes back afterwards."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = deadline
    try:
        yield
    finally:
        _local.deadline = previous


_LAST_WAIT_S = 0.001  # the socket timeout once the deadline has passed: data already there is still read


def _cap(timeout: float | None) -> float | None:
    """``timeout`` capped at what is left of this thread's deadline (at least :data:`_LAST_WAIT_S`)."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    remaining = max(deadline - time.monotonic(), _LAST_WAIT_S)
    return remaining if timeout is None else min(timeout, remaining)


class _Stream:
    """A connection (httpcore's ``NetworkStream``) whose every operation ends by the current attempt's deadline."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, _cap(timeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cap(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _cap(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    """httpcore's network backend (``NetworkBackend``), its connections wrapped in :class:`_Stream`."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        # socket_options only when given: httpcore < 0.17.2 has no such parameter (and never passes one).
        if socket_options is None:
            return _Stream(self._inner.connect_tcp(host, port, _cap(timeout), local_address))
        return _Stream(self._inner.connect_tcp(host, port, _cap(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        if socket_options is None:
            return _Stream(self._inner.connect_unix_socket(path, _cap(timeout)))
        return _Stream(self._inner.connect_unix_socket(path, _cap(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_sockets(client: httpx.Client) -> bool:
    """Give the connection pools of ``client`` (one the package created: its default transport and any proxy
    mounts) the deadline-aware backend. True when every pool got it; False when the transports are not httpx's
    own (a ``MockTransport``) or httpx's internals changed, and the client is then left as it was."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    pools: list[Any] = []
    for transport in transports:
        if transport is None:  # a mount that disables a route (mounts={"all://x": None})
            continue
        pool: Any = getattr(transport, "_pool", None)
        if not hasattr(getattr(pool, "_network_backend", None), "connect_tcp"):
            return False
        pools.append(pool)
    for pool in pools:
        if not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
    return bool(pools)
