"""Routes and LowCodeAPI's two URL formats for path parameters, and the per-base-URL memory of which works."""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

from ._redact import logger, redact_url
from ._retry import RetryPolicy, check_retry_policy, default_retry_policy

if TYPE_CHECKING:  # loaded by the async paths themselves: a sync-only program never imports asyncio
    import asyncio

__all__ = ["FormatMemory", "Probe", "Route", "UrlFormat", "build_path", "check_path_values"]

UrlFormat = Literal["new", "old"]

_PARAM_RE = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True, slots=True)
class Route:
    """One endpoint: ``Route("GET", "/v1/models/{modelId}", "/v1/models/modelId", ("modelId",))``.

    ``old_path`` is the old URL format's path (each parameter's name as a literal segment), ``None`` when the route
    has no path parameters. :meth:`from_template` computes both from the template. ``retry`` says whether a failed
    attempt may be repeated (see :mod:`._retry`); ``None`` means the safe default for the method (reads
    ``"safe"``, anything else ``"unsent-only"``).
    """

    method: str
    path: str
    old_path: str | None = None
    path_params: tuple[str, ...] = ()
    retry: RetryPolicy | None = None

    def __post_init__(self) -> None:
        policy = (
            default_retry_policy(self.method)
            if self.retry is None
            else check_retry_policy(self.retry, f"retry of {self.method} {self.path}")
        )
        object.__setattr__(self, "retry", policy)

    @classmethod
    def from_template(cls, method: str, path: str, retry: RetryPolicy | None = None) -> Route:
        names = tuple(_PARAM_RE.findall(path))
        return cls(method.upper(), path, _PARAM_RE.sub(r"\1", path) if names else None, names, retry)


def _path_value(route: Route, values: Mapping[str, object], name: str) -> str:
    try:
        value = values[name]
    except KeyError:
        raise ValueError(f"Missing path parameter {name!r} for {route.method} {route.path}") from None
    if not isinstance(value, str):
        # str(None) would send GET /v1/models/None; an ID is a string, nothing else is guessed at.
        raise TypeError(
            f"Path parameter {name!r} of {route.method} {route.path} must be a str, got {type(value).__name__}"
        )
    text = value
    # An empty value would turn GET /v1/models/{modelId} into the list route, ".." would climb out of it.
    if text in ("", ".", ".."):
        raise ValueError(f"Invalid value {text!r} for path parameter {name!r} of {route.method} {route.path}")
    return text


def build_path(route: Route, path_values: Mapping[str, object], url_format: UrlFormat) -> tuple[str, dict[str, str]]:
    """The path to request and the extra query parameters for ``route`` in ``url_format``.

    New format: the values URL-quoted (``safe=""``) into the template, no extra query parameters. Old format:
    the literal ``old_path``, each value moved to the query under its parameter's name.
    """
    names = route.path_params
    if not names:
        return route.path, {}
    if url_format == "old":
        query = {name: _path_value(route, path_values, name) for name in names}
        return route.old_path or _PARAM_RE.sub(r"\1", route.path), query
    path = route.path
    for name in names:
        path = path.replace("{" + name + "}", quote(_path_value(route, path_values, name), safe=""))
    return path, {}


def check_path_values(route: Route, values: Mapping[str, object]) -> None:
    """Raise the TypeError/ValueError :func:`build_path` would, before anything is sent or waited for."""
    for name in route.path_params:
        _path_value(route, values, name)


class Probe:
    """One in-flight discovery of a base URL's format: the first call probes, concurrent first calls wait for it.

    Waiters are threads (:meth:`wait`) and coroutines on any event loop (:meth:`await_done`); :meth:`finish`
    wakes them all, thread-safely.
    """

    __slots__ = ("_done", "_lock", "_waiters")

    def __init__(self) -> None:
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    async def await_done(self, timeout: float | None = None) -> bool:
        """Wait (at most ``timeout`` seconds) for the probe to end; True if it did."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            if self._done.is_set():
                return True
            future: asyncio.Future[None] = loop.create_future()
            entry = (loop, future)
            self._waiters.append(entry)
        try:
            async with asyncio.timeout(timeout):
                await future
        except TimeoutError:
            return False
        finally:
            with self._lock:
                if entry in self._waiters:
                    self._waiters.remove(entry)
        return True

    def finish(self) -> None:
        with self._lock:
            self._done.set()
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            try:
                loop.call_soon_threadsafe(_resolve, future)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                pass


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class FormatMemory:
    """Which URL format works, per LowCodeAPI base URL; thread-safe. Each :class:`Client` has its own (the clients
    ``with_options`` derives from it share it): nothing one client learns changes what another sends.

    It also coordinates discovery: :meth:`claim_probe` lets the first of many concurrent cold calls probe the
    new format while the others wait for its answer, instead of every one of them probing.

    After ``os.fork()`` the child drops the parent's lock and probes (another thread of the parent may have held
    the one or been running the other) the first time it claims or learns; what was learned is kept.
    """

    __slots__ = ("_formats", "_lock", "_pid", "_probes")

    def __init__(self) -> None:
        self._formats: dict[str, UrlFormat] = {}
        self._probes: dict[str, Probe] = {}
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def _forked(self) -> None:
        pid = os.getpid()
        if pid != self._pid:
            self._lock = threading.Lock()
            self._probes = {}
            self._pid = pid

    def claim_probe(self, base_url: str) -> tuple[Probe | None, Probe | None]:
        """``(mine, theirs)``: ``mine`` when the caller is now the one probing (it must :meth:`release` it),
        ``theirs`` when another call is probing (wait for it, then look again); both ``None`` once the format
        is known."""
        self._forked()
        with self._lock:
            if base_url in self._formats:
                return None, None
            current = self._probes.get(base_url)
            if current is not None:
                return None, current
            mine = self._probes[base_url] = Probe()
            return mine, None

    def release(self, base_url: str, probe: Probe) -> None:
        """End the probe (whatever its outcome) and wake its waiters."""
        self._forked()
        with self._lock:
            if self._probes.get(base_url) is probe:
                del self._probes[base_url]
        probe.finish()

    def get(self, base_url: str) -> UrlFormat | None:
        return self._formats.get(base_url)  # a dict read is atomic: no lock on the hot path

    def set(self, base_url: str, fmt: UrlFormat) -> None:
        self._forked()
        with self._lock:
            previous = self._formats.get(base_url)
            if previous == fmt:
                return
            self._formats[base_url] = fmt
        if fmt == "old":
            logger.info(
                "LowCodeAPI at %s routes path parameters in the old URL format; using it from now on",
                redact_url(base_url),
            )
        elif previous == "old" and logger.isEnabledFor(logging.DEBUG):
            logger.debug("LowCodeAPI at %s routes path parameters in the new URL format again", redact_url(base_url))

    def clear(self) -> None:
        self._forked()
        with self._lock:
            self._formats.clear()
            probes, self._probes = self._probes, {}
        for probe in probes.values():
            probe.finish()

    def __repr__(self) -> str:
        return f"FormatMemory({dict(self._formats)!r})"
