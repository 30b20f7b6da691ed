"""The client every generated endpoint module calls: authentication, the two URL formats, retries, pooling.

The decision logic (which request to send, whether to fall back to the other URL format, whether and how long to
wait before retrying, what to return or raise) is written once, as the sans-IO generator :meth:`Client._flow`:
it yields ``(request, delay)`` ("sleep ``delay`` seconds, then send ``request``"), is sent back the response or
the ``httpx.RequestError``, and finishes by returning the final response or raising. :meth:`Client.request`
(``httpx.Client``, ``time.sleep``) and :meth:`Client.arequest` (``httpx.AsyncClient``, ``asyncio.sleep``) only
drive it.

Reliability guarantees kept here (see README, "Reliability"):

- retries follow each operation's declared policy (``Route.retry``), never the HTTP method alone;
- a client never shares a pooled connection across ``os.fork()``: the pools it created are re-created in the child;
- a ``timeout`` given as a number is a deadline for the whole attempt (headers and body), not per read, and the
  default is one; a whole call (waiting for another call's URL-format probe included) stays within
  ``(max_retries + 1) x timeout`` plus the backoff;
- a response body is read up to ``max_response_bytes`` (decoded), never more;
- async pools are per event loop, so one client works from any loop and any thread;
- the token lives only in the request handed to httpx (whose ``repr`` hides it); responses and errors carry a
  copy of the request with ``api_token=***``, and no frame of ours holds the raw URL in a local when an error
  leaves the library.
"""

from __future__ import annotations

import copy
import enum
import logging
import os
import sys
import threading
import time
import warnings
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from ipaddress import ip_address
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from . import __version__
from ._deadline import bound_sockets
from ._deadline import scope as deadline_scope
from ._envelope import is_route_miss
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    LowCodeAPIError,
    ResponseTooLargeError,
    make_status_error,
    one_line,
)
from ._options import Body, Headers, Query, merge_body, merge_headers, merge_query
from ._redact import (
    REDACTED,
    Secrets,
    attach_secrets,
    calling,
    done_calling,
    logger,
    redact_text,
    redact_url,
    scrub_response,
    setup_logging,
)
from ._retry import (
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    backoff_delay,
    retry_after_seconds,
    should_retry_exception,
    should_retry_response,
)
from ._routing import Probe, Route, UrlFormat, build_path, check_path_values, format_memory

if TYPE_CHECKING:  # loaded by the async paths themselves: a sync-only program never imports asyncio
    import asyncio

__all__ = [
    "BASE_URL_ENV_VAR",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "TOKEN_ENV_VAR",
    "Client",
    "NotGiven",
    "TimeoutTypes",
    "UrlFormatOption",
    "call_deadline",
]

DEFAULT_BASE_URL: Final = "https://api.lowcodeapi.com/scenario"
DEFAULT_TIMEOUT: Final = 60.0
"""Seconds one whole attempt (connect to last byte) may take, by default."""
DEFAULT_MAX_RESPONSE_BYTES: Final = 256 * 1024 * 1024
"""The longest response body (after decompression) a client reads, by default: 256 MiB, room for Scenario's largest
answers (an upscaled image as base64) while a runaway or compression-bomb answer stops early."""
DEFAULT_MAX_RETRIES: Final = 2
TOKEN_ENV_VAR: Final = "LOWCODEAPI_API_TOKEN"
BASE_URL_ENV_VAR: Final = "LOWCODEAPI_BASE_URL"
URL_FORMAT_ENV_VAR: Final = "LOWCODEAPI_URL_FORMAT"
RETRIES_TAKEN: Final = "retries_taken"  # key in a returned httpx.Response's extensions: retries before it
USER_AGENT: Final = f"scenario-lowcodeapi/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"

TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"
UrlFormatOption: TypeAlias = Literal["auto", "new", "old"]

_C = TypeVar("_C", bound="Client")
_Outcome: TypeAlias = "httpx.Response | httpx.RequestError"
_Flow: TypeAlias = "Generator[tuple[httpx.Request, float], _Outcome, httpx.Response]"
_EMPTY: Mapping[str, object] = MappingProxyType({})
_PUBLIC_TOKEN_QUERY: Final = "api_token=" + REDACTED
_MAX_PROBE_WAIT: Final = 30.0
# LowCodeAPI runs on Node.js, whose HTTP server answers 431 when the request line and headers exceed 16 KiB:
# a longer URL cannot work, so it is refused before anything is sent (httpx's own limit is 64 KiB).
MAX_URL_LENGTH: Final = 16_384
_NO_REDIRECTS: Final = (
    "{where}: follow_redirects=True is not supported: the token rides in the request URL (api_token=), so "
    "httpx would send it on to wherever a redirect points; a 3xx answer raises APIStatusError instead "
    "(its Location header says where)"
)
_NO_TIMEOUT: Final = httpx.Timeout(None)


class NotGiven(enum.Enum):
    """Sentinel for "keep the current value" where ``None`` is meaningful (``timeout=None``: no timeout)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN


def _render(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        return _render(value.value)
    return str(value)


def _encode_query(params: Mapping[str, Any]) -> str:
    """``a=1&b=true&c=x&c=y``: ``None`` values dropped, bools as ``true``/``false``, lists as repeated keys."""
    parts: list[str] = []
    for key, value in params.items():
        if value is None or key == "api_token":
            continue
        name = quote(key, safe="")
        if isinstance(value, (list, tuple)):
            parts.extend(f"{name}={quote(_render(item), safe='')}" for item in value if item is not None)
        else:
            parts.append(f"{name}={quote(_render(value), safe='')}")
    return "&".join(parts)


_warned_cleartext: set[str] = set()
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def warn_cleartext(base_url: str) -> None:
    """Warn (once per base URL and process) when the token would travel unencrypted to another machine."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or _is_loopback(parts.hostname) or base_url in _warned_cleartext:
        return
    _warned_cleartext.add(base_url)
    # Point at the user's line: the first frame outside this package (Scenario(), Client() or a helper of ours).
    level, frame = 1, sys._getframe(0)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    warnings.warn(
        f"base_url {redact_url(base_url)!r} is plain http:// to a non-loopback host: "
        "the LowCodeAPI token travels in cleartext in every request URL; use https://",
        UserWarning,
        stacklevel=level,
    )


def _normalize_base_url(base_url: str) -> str:
    text = str(base_url).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an http(s) URL, got {redact_url(text)!r}")
    if (
        parts.query or parts.fragment or "?" in text or "#" in text
    ):  # an empty "?" or "#" too: it would mangle every URL
        raise ValueError(
            f"base_url must not have a query string or fragment (the token goes in api_token=), "
            f"got {redact_url(text)!r}"
        )
    return text


def _resolve_base_url(base_url: str | None) -> str:
    """``base_url`` if given, else ``$LOWCODEAPI_BASE_URL`` if set (and not blank), else the public proxy."""
    if base_url is not None:
        return base_url
    from_env = os.environ.get(BASE_URL_ENV_VAR, "").strip()
    return from_env or DEFAULT_BASE_URL


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def attempt_deadline(timeout: float | httpx.Timeout | None) -> float | None:
    """The seconds one whole attempt may take: ``timeout`` when it is a number; ``None`` (no overall bound,
    httpx's per-phase meaning) for an ``httpx.Timeout`` or ``None``."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ValueError(f"timeout must be a number of seconds > 0, an httpx.Timeout or None, got {timeout!r}")
    return float(timeout)


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


def _check_max_response_bytes(max_response_bytes: int | None) -> int | None:
    if max_response_bytes is None:
        return None
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
        raise ValueError(f"max_response_bytes must be an int >= 1 or None, got {max_response_bytes!r}")
    return max_response_bytes


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


class _Budget:
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


def _out_of_time(request: httpx.Request, what: str, attempts: int, secrets: Secrets) -> APITimeoutError:
    """The error of a call that ran out of time before an attempt could start (the token sealed off)."""
    error = _connection_error(httpx.PoolTimeout(what), request, attempts, secrets)
    _seal(request)
    assert isinstance(error, APITimeoutError)  # a timeout is always worded as one
    return error


def _spent_why(waited: bool, sent: int) -> str:
    if waited and not sent:
        return "waiting for another call's URL-format probe used up this call's time"
    return "this call's time ran out" + (f" after {sent} attempts" if sent else "")


def _check_loop() -> asyncio.AbstractEventLoop:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        raise LowCodeAPIError(
            "the async client needs a running asyncio event loop (await it from a coroutine run by asyncio)"
        ) from None


_URL_FORMATS: Mapping[object, UrlFormatOption] = {"auto": "auto", "new": "new", "old": "old"}


def _check_url_format(url_format: object) -> UrlFormatOption:
    checked = _URL_FORMATS.get(url_format)
    if checked is not None:
        return checked
    raise ValueError(f"url_format must be 'auto', 'new' or 'old', got {url_format!r}")


def _resolve_url_format(url_format: UrlFormatOption | None) -> UrlFormatOption:
    """``url_format`` if given, else ``$LOWCODEAPI_URL_FORMAT`` if set (and not blank; a self-hosted LowCodeAPI:
    ``old``), else ``auto``."""
    if url_format is not None:
        return _check_url_format(url_format)
    from_env = os.environ.get(URL_FORMAT_ENV_VAR, "").strip().lower()
    if not from_env:
        return "auto"
    checked = _URL_FORMATS.get(from_env)
    if checked is None:
        raise ValueError(f"{URL_FORMAT_ENV_VAR} must be 'auto', 'new' or 'old', got {from_env!r}")
    return checked


class _WireRequest(httpx.Request):
    """The request handed to httpx: the only object holding the token. Its ``repr`` hides it (tracebacks with
    local variables, debuggers), and once its attempts are over (:func:`publish`, or a connection error) the
    URL with the token is dropped and ``url`` (hence ``response.request.url``, ``response.url``) reads as the
    redacted one.

    ``url`` is a property over the instance's own ``url`` (set by ``httpx.Request.__init__``): the redacted
    URL is parsed lazily, only if someone reads it after the call, so publishing costs nothing per call.
    """

    public_url: str

    @property
    def url(self) -> httpx.URL:
        state = self.__dict__
        if state.get("_published"):
            public = state.get("_public")
            if public is None:
                public = state["_public"] = httpx.URL(self.public_url)
            return public
        wire: httpx.URL = state["url"]
        return wire

    @url.setter
    def url(self, value: httpx.URL) -> None:
        self.__dict__["url"] = value
        self.__dict__.pop("_published", None)
        self.__dict__.pop("_public", None)

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {self.public_url!r})>"


def publish(response: httpx.Response, secrets: Secrets | None = None) -> httpx.Response:
    """``response`` with the token gone from its request's URL (``api_token=***``); idempotent. Only for a
    response that ends an attempt sequence: the request is not sent again.

    With the client's ``secrets``: a non-2xx answer (an error is about to carry it) has a token the server echoed
    redacted from its body and headers now; a 2xx keeps them for a :class:`ResponseDecodeError` built from it
    later (most are parsed fine: their body is not searched)."""
    if secrets is not None:
        if 200 <= response.status_code < 300:
            attach_secrets(response, secrets)
        else:
            scrub_response(response, secrets)
    try:
        request = response.request
    except RuntimeError:  # built by hand, without a request
        return response
    _seal(request)
    return response


def _seal(request: httpx.Request) -> None:
    """Forget the token in ``request`` (a :class:`_WireRequest` whose attempts are over): its ``url`` reads as
    the redacted one from now on, and the URL with the token is dropped."""
    if isinstance(request, _WireRequest):
        state = request.__dict__
        state["_published"] = True
        state["url"] = None


def _public_url(request: httpx.Request) -> str:
    return request.public_url if isinstance(request, _WireRequest) else redact_url(request.url)


class _DeadlineStream(httpx.SyncByteStream):
    """A sync response body that raises ``httpx.ReadTimeout`` once the attempt's deadline has passed (checked
    as each chunk arrives; httpx's own timeouts only bound a single read)."""

    __slots__ = ("_deadline", "_inner")

    def __init__(self, inner: httpx.SyncByteStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("past the attempt's deadline")  # worded by _send_sync
            yield chunk

    def close(self) -> None:
        self._inner.close()


_DEADLINE_SLACK_S = 0.01  # a socket timeout set to what was left of the deadline may fire a hair before it
_PHASES: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connecting",
    httpx.WriteTimeout: "sending the request",
    httpx.PoolTimeout: "waiting for a pooled connection",
}


def _past_deadline(kind: type[httpx.TimeoutException], limit: float, request: httpx.Request) -> httpx.TimeoutException:
    """The timeout of an attempt cut at its ``limit``, worded the same whichever way it was cut."""
    return kind(f"{_PHASES.get(kind, 'the response')} took longer than the {limit:g} s timeout", request=request)


def _too_large(request: httpx.Request, limit: int, read: int | None) -> ResponseTooLargeError:
    """The error for a body past ``limit`` bytes (the token sealed off: nothing sends ``request`` again)."""
    url = _public_url(request)
    seen = f"{read} bytes" if read is not None else "its Content-Length"
    error = ResponseTooLargeError(
        f"Response to {request.method} {url} is larger than max_response_bytes={limit} ({seen}); "
        "not read further (raise the limit with max_response_bytes=... if this answer is expected)",
        limit=limit,
        request=httpx.Request(request.method, url),
    )
    _seal(request)
    return error


def _declared_too_long(response: httpx.Response, limit: int) -> bool:
    """True when an uncompressed response says up front (Content-Length) that it is longer than ``limit``."""
    if response.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity"):
        return False
    try:
        return int(response.headers.get("content-length", "")) > limit
    except ValueError:
        return False


def read_capped(response: httpx.Response, limit: int | None, request: httpx.Request) -> None:
    """Read the body of a streamed ``response`` (``response.content`` is then set), raising
    :class:`ResponseTooLargeError` as soon as more than ``limit`` decoded bytes came (``None``: no limit)."""
    if limit is None:
        response.read()
        return
    if _declared_too_long(response, limit):
        raise _too_large(request, limit, None)
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():  # decoded: a compression bomb is counted as what it expands to
        total += len(chunk)
        if total > limit:
            raise _too_large(request, limit, total)
        chunks.append(chunk)
    response._content = b"".join(chunks)  # what Response.read() itself stores


async def aread_capped(response: httpx.Response, limit: int | None, request: httpx.Request) -> None:
    """:func:`read_capped` for an async response."""
    if limit is None:
        await response.aread()
        return
    if _declared_too_long(response, limit):
        raise _too_large(request, limit, None)
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > limit:
            raise _too_large(request, limit, total)
        chunks.append(chunk)
    response._content = b"".join(chunks)


_TooLarge: TypeAlias = "Callable[[int], ResponseTooLargeError]"


def _add_capped(kept: list[bytes], total: int, chunk: bytes, limit: int | None, too_large: _TooLarge) -> int:
    total += len(chunk)
    if limit is not None and total > limit:
        raise too_large(total)
    kept.append(chunk)
    return total


class _RawFirst(httpx.SyncByteStream):
    """A non-2xx body read whole (up to ``limit`` raw bytes) before httpx decodes it, its raw bytes kept: see
    :func:`_read_body`."""

    __slots__ = ("_inner", "_kept", "_limit", "_too_large")

    def __init__(self, inner: httpx.SyncByteStream, kept: list[bytes], limit: int | None, too_large: _TooLarge) -> None:
        self._inner = inner
        self._kept = kept
        self._limit = limit
        self._too_large = too_large

    def __iter__(self) -> Iterator[bytes]:
        chunks: list[bytes] = []
        total = 0
        for chunk in self._inner:
            total = _add_capped(chunks, total, chunk, self._limit, self._too_large)
        self._kept.append(b"".join(chunks))
        yield self._kept[0]

    def close(self) -> None:
        self._inner.close()


class _AsyncRawFirst(httpx.AsyncByteStream):
    """The async :class:`_RawFirst`."""

    __slots__ = ("_inner", "_kept", "_limit", "_too_large")

    def __init__(
        self, inner: httpx.AsyncByteStream, kept: list[bytes], limit: int | None, too_large: _TooLarge
    ) -> None:
        self._inner = inner
        self._kept = kept
        self._limit = limit
        self._too_large = too_large

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks: list[bytes] = []
        total = 0
        async for chunk in self._inner:
            total = _add_capped(chunks, total, chunk, self._limit, self._too_large)
        self._kept.append(b"".join(chunks))
        yield self._kept[0]

    async def aclose(self) -> None:
        await self._inner.aclose()


def _keep_raw(response: httpx.Response, limit: int | None, request: httpx.Request) -> list[bytes] | None:
    """For a non-2xx answer with a ``Content-Encoding``, make its raw bytes outlive a failed decoding (returns the
    list they will be in); ``None`` for any other answer (read as httpx reads it)."""
    if 200 <= response.status_code < 300:
        return None
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return None
    kept: list[bytes] = []
    stream = response.stream
    if isinstance(stream, httpx.SyncByteStream):
        response.stream = _RawFirst(stream, kept, limit, lambda read: _too_large(request, limit or 0, read))
    elif isinstance(stream, httpx.AsyncByteStream):
        response.stream = _AsyncRawFirst(stream, kept, limit, lambda read: _too_large(request, limit or 0, read))
    else:
        return None
    return kept


def _undecodable(response: httpx.Response, kept: list[bytes] | None) -> bool:
    """After ``httpx.DecodingError``: keep the raw body of a non-2xx answer (``True``: the error answer stays an
    answer, typed by its status, its body the bytes as sent); ``False``: the error stands."""
    if not kept:
        return False
    response._content = kept[0]  # what .content and .text read; the Content-Encoding header stays as sent
    return True


def _read_body(response: httpx.Response, max_bytes: int | None, request: httpx.Request) -> None:
    """:func:`read_capped`, except that a non-2xx body that does not decode per its ``Content-Encoding`` (a 500
    saying gzip over plain text) is kept raw instead of becoming a connection error that loses the status."""
    kept = _keep_raw(response, max_bytes, request)
    try:
        read_capped(response, max_bytes, request)
    except httpx.DecodingError:
        if not _undecodable(response, kept):
            raise
        response.close()


async def _aread_body(response: httpx.Response, max_bytes: int | None, request: httpx.Request) -> None:
    """The async :func:`_read_body`."""
    kept = _keep_raw(response, max_bytes, request)
    try:
        await aread_capped(response, max_bytes, request)
    except httpx.DecodingError:
        if not _undecodable(response, kept):
            raise
        await response.aclose()


def _send_sync(http: httpx.Client, request: httpx.Request, limit: float | None, max_bytes: int | None) -> _Outcome:
    """One attempt, the sync way; with ``limit``, headers and body together must arrive within it; a body past
    ``max_bytes`` raises :class:`ResponseTooLargeError`."""
    if limit is None:
        return _send_sync_until(http, request, None, max_bytes)
    deadline = time.monotonic() + limit
    with deadline_scope(deadline):  # every socket operation of a client we created ends by it (see _deadline)
        outcome = _send_sync_until(http, request, deadline, max_bytes)
    if isinstance(outcome, httpx.TimeoutException) and time.monotonic() >= deadline - _DEADLINE_SLACK_S:
        return _past_deadline(type(outcome), limit, request)
    return outcome


def _send_sync_until(
    http: httpx.Client, request: httpx.Request, deadline: float | None, max_bytes: int | None
) -> _Outcome:
    try:
        response = http.send(request, stream=True)
    except httpx.RequestError as exc:
        return exc
    extensions = request.extensions
    timeouts = extensions.get("timeout") if deadline is not None else None
    try:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0.0:
                raise httpx.ReadTimeout("past the attempt's deadline")  # worded by _send_sync
            if isinstance(timeouts, dict):
                # httpcore takes the read timeout for the whole body when the body starts: no read of it may
                # wait past the deadline. Restored below: a retry re-sends this request with its own full budget.
                extensions["timeout"] = {**timeouts, "read": min(timeouts.get("read") or remaining, remaining)}
            if isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _DeadlineStream(response.stream, deadline)
        _read_body(response, max_bytes, request)
    except httpx.RequestError as exc:
        response.close()
        return exc
    except BaseException:
        response.close()
        raise
    finally:
        if timeouts is not None:
            extensions["timeout"] = timeouts
    return response


async def _asyncio_sleep(delay: float) -> None:
    """``asyncio.sleep``, with asyncio loaded on first use rather than when the package is imported."""
    import asyncio

    await asyncio.sleep(delay)


async def _send_async_read(http: httpx.AsyncClient, request: httpx.Request, max_bytes: int | None) -> _Outcome:
    try:
        response = await http.send(request, stream=True)
    except httpx.RequestError as exc:
        return exc
    try:
        await _aread_body(response, max_bytes, request)
    except httpx.RequestError as exc:
        await response.aclose()
        return exc
    except BaseException:
        await response.aclose()
        raise
    return response


async def _send_async(
    http: httpx.AsyncClient, request: httpx.Request, limit: float | None, max_bytes: int | None
) -> _Outcome:
    """One attempt, the async way; with ``limit``, the whole attempt (connect to last byte) is cancelled at it."""
    import asyncio  # here, not at import time: a sync-only program never pays for loading asyncio

    if limit is None:
        return await _send_async_read(http, request, max_bytes)
    try:
        async with asyncio.timeout(limit):
            return await _send_async_read(http, request, max_bytes)
    except TimeoutError:
        return _past_deadline(httpx.ReadTimeout, limit, request)


def _connection_error(
    exc: httpx.RequestError, request: httpx.Request, attempts: int, secrets: Secrets
) -> APIConnectionError:
    """A one-line, redacted error for a failed transport; nothing of ``exc`` (its request holds the token) kept."""
    detail = one_line(redact_text(str(exc), secrets), 200)
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    url = _public_url(request)
    public = httpx.Request(request.method, url)
    target = f"{request.method} {url}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({what}){tries} for {target}", request=public)
    return APIConnectionError(f"Connection error ({what}){tries} for {target}", request=public)


class _Pools:
    """The lazily created httpx clients, shared by a :class:`Client` and its :meth:`Client.with_options` copies.

    ``pid`` is the process that created them: in a forked child, the pools we created are dropped (not closed:
    their sockets are the parent's too) and re-created on first use, so parent and child never read each
    other's answers off a shared keep-alive connection. Clients given to ``set_httpx_client`` are the caller's.

    An ``httpx.AsyncClient`` belongs to the event loop its connections were made on, so the async pools we create
    are one per loop (``by_loop``, weakly keyed: a loop that is gone takes its pool with it; ``last`` caches the
    most recent pair for the fast path): successive ``asyncio.run()`` calls and threads each running their own
    loop never share a connection. ``async_`` is only the client given to ``set_async_httpx_client``.
    """

    __slots__ = ("async_", "by_loop", "closed", "last", "lock", "no_loop", "own_async", "own_sync", "pid", "sync")

    def __init__(self) -> None:
        self.sync: httpx.Client | None = None
        self.async_: httpx.AsyncClient | None = None
        self.by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self.last: tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient] | None = None
        self.no_loop: httpx.AsyncClient | None = None  # get_async_httpx_client() called outside any loop
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


class Client:
    """Connection to Scenario through LowCodeAPI, used by the generated endpoint functions.

    ``api_token`` falls back to the ``LOWCODEAPI_API_TOKEN`` environment variable; it is sent as the
    ``api_token`` query parameter and never shown (``repr``, exceptions, logs). ``timeout``: a number of seconds
    is a deadline for each whole attempt (headers and body); an ``httpx.Timeout`` keeps httpx's per-phase, per-read
    meaning; ``None`` disables timeouts (default: a 60 s deadline). ``max_response_bytes``: the longest body read
    (decoded; default 256 MiB, ``None`` for no limit), past it :class:`ResponseTooLargeError`. ``max_retries`` extra
    attempts are made on failures the operation's retry
    policy allows (``Route.retry``; 0 disables retries). ``url_format``:
    ``"auto"`` tries the remembered (else the new) URL format and falls back to the other on a route miss,
    ``"new"``/``"old"`` force one; not given: ``LOWCODEAPI_URL_FORMAT``, then ``"auto"``. ``base_url`` falls back
    to ``LOWCODEAPI_BASE_URL``, then the public proxy.
    ``default_headers`` (or its older name ``headers``) are sent with every request;
    ``httpx_args`` go to the ``httpx.Client``/``httpx.AsyncClient`` constructors.
    """

    def __init__(
        self,
        api_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        url_format: UrlFormatOption | None = None,
        headers: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        _sleep: Callable[[float], object] | None = None,
        _async_sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        token = api_token if api_token is not None else os.environ.get(TOKEN_ENV_VAR)
        del api_token  # from here on no local holds the token (tracebacks with locals, e.g. Sentry)
        token = token.strip() if isinstance(token, str) else token
        if not token:
            raise LowCodeAPIError(f"No LowCodeAPI API token: pass api_token=... or set {TOKEN_ENV_VAR}")
        if not isinstance(token, str):
            raise TypeError(f"api_token must be a str, got {type(token).__name__}")
        self._secrets = Secrets(token)  # this client's token, redacted from what its errors carry
        self._api_token = token
        self._token_query = "api_token=" + quote(token, safe="")
        del token
        self._base_url = _normalize_base_url(_resolve_base_url(base_url))
        warn_cleartext(self._base_url)
        self._deadline = attempt_deadline(timeout)
        self._timeout = _as_timeout(timeout)
        self._timeout_ext: dict[str, float | None] = self._timeout.as_dict()
        self._max_retries = _check_max_retries(max_retries)
        self._max_response_bytes = _check_max_response_bytes(max_response_bytes)
        self._url_format = _resolve_url_format(url_format)
        if headers is not None and default_headers is not None:
            raise ValueError("pass default_headers or headers (its older name), not both")
        self._headers: dict[str, str] | None = merge_headers(
            None, default_headers if default_headers is not None else headers, "default_headers"
        )
        self._httpx_args: dict[str, Any] = dict(httpx_args) if httpx_args else {}
        if self._httpx_args.get("follow_redirects"):
            raise ValueError(_NO_REDIRECTS.format(where="httpx_args"))
        self._pools = _Pools()
        self._sleep: Callable[[float], object] = _sleep or time.sleep
        self._async_sleep: Callable[[float], Awaitable[object]] = _async_sleep or _asyncio_sleep
        setup_logging()

    # -- configuration -------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def url_format(self) -> UrlFormatOption:
        return self._url_format

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_response_bytes(self) -> int | None:
        return self._max_response_bytes

    @property
    def default_headers(self) -> Mapping[str, str]:
        """The headers sent with every request (read-only view)."""
        return MappingProxyType(self._headers or {})

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        url_format: UrlFormatOption | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
    ) -> Client:
        """A copy with other settings that shares this client's connection pools (closing either closes both).

        ``headers`` are added to the default headers (a name already there, in any case, is replaced)."""
        clone = copy.copy(self)
        if not isinstance(headers, NotGiven):
            clone._headers = merge_headers(self._headers, headers, "headers")
        if not isinstance(timeout, NotGiven):
            clone._deadline = attempt_deadline(timeout)
            clone._timeout = _as_timeout(timeout)
            clone._timeout_ext = clone._timeout.as_dict()
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = _check_max_retries(max_retries)
        if not isinstance(url_format, NotGiven):
            clone._url_format = _check_url_format(url_format)
        if not isinstance(max_response_bytes, NotGiven):
            clone._max_response_bytes = _check_max_response_bytes(max_response_bytes)
        return clone

    def __repr__(self) -> str:
        # getattr: a traceback reporter may repr a half-built client (an __init__ that raised)
        return (
            f"{type(self).__name__}(base_url={getattr(self, '_base_url', None)!r}, "
            f"url_format={getattr(self, '_url_format', None)!r}, "
            f"max_retries={getattr(self, '_max_retries', None)!r}, api_token='***')"
        )

    # -- httpx clients -----------------------------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"timeout": self._timeout, "headers": {"User-Agent": USER_AGENT}}
        kwargs.update(self._httpx_args)
        return kwargs

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` used by :meth:`request`, created on first use and reused (keep-alive)."""
        pools = self._pools
        pools.check()
        client = pools.sync
        if client is None:
            with pools.lock:
                if pools.sync is None:
                    pools.sync = httpx.Client(**self._httpx_kwargs())
                    bound_sockets(pools.sync)  # a sync attempt's deadline covers its headers too (see _deadline)
                    pools.own_sync = True
                client = pools.sync
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` used by :meth:`arequest` on the running event loop (one per loop: connections
        belong to the loop that made them), created on first use and reused (keep-alive); the one given to
        :meth:`set_async_httpx_client` if any."""
        import asyncio

        pools = self._pools
        pools.check()
        if pools.async_ is not None:
            return pools.async_
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        last = pools.last
        if last is not None and last[0] is loop:
            return last[1]
        with pools.lock:
            client = pools.no_loop if loop is None else pools.by_loop.get(loop)
            if client is None:
                client = httpx.AsyncClient(**self._httpx_kwargs())
                if loop is None:
                    pools.no_loop = client
                else:
                    for old in [old for old in pools.by_loop if old.is_closed()]:
                        del pools.by_loop[old]  # its sockets are closed when the client is collected
                    pools.by_loop[loop] = client
            pools.last = (loop, client)
        return client

    def set_httpx_client(self, client: httpx.Client) -> None:
        """Use ``client`` (e.g. on an ``httpx.MockTransport``) for sync requests; the client then owns it (and
        keeps it in a forked child: re-creating it there is the caller's business). A client that follows redirects
        is refused (``ValueError``): the token would follow them to another host."""
        if client.follow_redirects:
            raise ValueError(_NO_REDIRECTS.format(where="set_httpx_client"))
        self._pools.sync = client
        self._pools.own_sync = False

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> None:
        """Use ``client`` for async requests, on whatever loop they run (an ``httpx.AsyncClient`` is bound to the
        loop of its first connection: keep it on one loop); the client then owns it (one that follows redirects is
        refused)."""
        if client.follow_redirects:
            raise ValueError(_NO_REDIRECTS.format(where="set_async_httpx_client"))
        self._pools.async_ = client
        self._pools.own_async = False

    def close(self) -> None:
        """Close the sync connection pool (if one was created). The client (and its ``with_options`` copies)
        cannot be used afterwards: a request raises :class:`LowCodeAPIError`."""
        pools = self._pools
        pools.closed = True
        client, pools.sync = pools.sync, None
        if client is not None and pools.pid == os.getpid():
            client.close()

    async def aclose(self) -> None:
        """Close the connection pools (if created): sync, and async on every loop (the running loop's awaited, a
        pool of another running loop closed on that loop, one of a closed loop dropped); the client cannot be
        used afterwards."""
        import asyncio

        pools = self._pools
        client, pools.async_ = pools.async_, None
        owned = pools.take_async() if pools.pid == os.getpid() else []
        if client is not None and pools.pid == os.getpid():
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
        self.close()

    def __enter__(self: _C) -> _C:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self: _C) -> _C:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- requests ----------------------------------------------------------------------------------------------

    def request(
        self,
        route: Route,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
    ) -> httpx.Response:
        """Send ``route`` and return the final response, whatever its status (after retries and URL-format
        fallback). ``timeout``: this call's timeout (``None``: none; not given: the client's); a number is a
        deadline for each attempt. ``extra_query``, ``extra_headers``, ``extra_body``: merged into the request (see
        ``_options``; never the token). A ``path_params`` value that is not a ``str`` raises TypeError before
        anything is sent. After ``close()``, raises :class:`LowCodeAPIError`.

        Raises :class:`APITimeoutError`/:class:`APIConnectionError` when the transport still fails after the
        retries, and the status error at once when a retryable answer asks to wait more than ``MAX_RETRY_AFTER``.
        """
        pools = self._pools
        http = pools.sync
        if http is None or pools.pid != os.getpid() or pools.closed:
            http = self.get_httpx_client()
        client, params, json, flow_timeout = self._per_call(
            params, json, timeout, extra_query, extra_headers, extra_body
        )
        limit = client._deadline if flow_timeout is None else attempt_deadline(flow_timeout)
        budget = _Budget(limit, client._max_retries)
        max_bytes = client._max_response_bytes
        probe, theirs = self._claim_probe(route, path_params)
        if theirs is not None:
            # Another call is finding out which URL format works: use its answer, waiting out of this call's own
            # time, and never longer than _MAX_PROBE_WAIT (a sync call made on the thread of an event loop whose
            # coroutine is probing would block it): then it goes on its own.
            started = time.monotonic()
            bound = budget.probe_wait()
            theirs.wait(_MAX_PROBE_WAIT if bound is None else min(bound, _MAX_PROBE_WAIT))
            budget.waited(time.monotonic() - started)
        call = calling(self._secrets)  # log records of this call (httpx's, httpcore's) redact this client's token
        try:
            flow = client._flow(http, route, path_params, params, json, flow_timeout)
            request, delay = next(flow)
            sent = 0
            while True:
                if delay > 0.0:
                    self._sleep(request_limit(delay) or 0.0)  # never past an enclosing call_deadline
                attempt = budget.next_attempt()
                if attempt is not None and attempt <= 0.0:
                    raise _out_of_time(request, _spent_why(theirs is not None, sent), sent, self._secrets)
                outcome = _send_sync(http, request, attempt, max_bytes)
                sent += 1
                try:
                    request, delay = flow.send(outcome)
                except StopIteration as stop:
                    response: httpx.Response = stop.value
                    return publish(response, self._secrets)
        finally:
            done_calling(call)
            if probe is not None:
                format_memory.release(self._base_url, probe)

    async def arequest(
        self,
        route: Route,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
    ) -> httpx.Response:
        """The async twin of :meth:`request`."""
        pools = self._pools
        loop = _check_loop()
        last = pools.last
        http = pools.async_ or (last[1] if last is not None and last[0] is loop else None)
        if http is None or pools.pid != os.getpid() or pools.closed:
            http = self.get_async_httpx_client()
        client, params, json, flow_timeout = self._per_call(
            params, json, timeout, extra_query, extra_headers, extra_body
        )
        limit = client._deadline if flow_timeout is None else attempt_deadline(flow_timeout)
        budget = _Budget(limit, client._max_retries)
        max_bytes = client._max_response_bytes
        probe, theirs = self._claim_probe(route, path_params)
        if theirs is not None:
            started = time.monotonic()
            bound = budget.probe_wait()
            await theirs.await_done(_MAX_PROBE_WAIT if bound is None else min(bound, _MAX_PROBE_WAIT))
            budget.waited(time.monotonic() - started)
        call = calling(self._secrets)
        try:
            flow = client._flow(http, route, path_params, params, json, flow_timeout)
            request, delay = next(flow)
            sent = 0
            while True:
                if delay > 0.0:
                    await self._async_sleep(request_limit(delay) or 0.0)
                attempt = budget.next_attempt()
                if attempt is not None and attempt <= 0.0:
                    raise _out_of_time(request, _spent_why(theirs is not None, sent), sent, self._secrets)
                outcome = await _send_async(http, request, attempt, max_bytes)
                sent += 1
                try:
                    request, delay = flow.send(outcome)
                except StopIteration as stop:
                    response: httpx.Response = stop.value
                    return publish(response, self._secrets)
        finally:
            done_calling(call)
            if probe is not None:
                format_memory.release(self._base_url, probe)

    def _claim_probe(self, route: Route, path_params: Mapping[str, object] | None) -> tuple[Probe | None, Probe | None]:
        """``(mine, theirs)`` of :meth:`FormatMemory.claim_probe` when this call's URL format is not known yet
        (``auto``, path parameters, nothing remembered), else ``(None, None)``. Bad path values fail here, before
        the call waits for anyone."""
        if route.path_params and self._url_format == "auto" and format_memory.get(self._base_url) is None:
            check_path_values(route, path_params or _EMPTY)
            return format_memory.claim_probe(self._base_url)
        return None, None

    def _per_call(
        self,
        params: Mapping[str, Any] | None,
        json: Any,
        timeout: float | httpx.Timeout | None | NotGiven,
        extra_query: Query | None,
        extra_headers: Headers | None,
        extra_body: Body | None,
    ) -> tuple[Client, Mapping[str, Any] | None, Any, float | httpx.Timeout | None]:
        """Apply the per-call options: (client to send with, params, json, timeout for ``_flow``).

        Extra headers go on a shallow copy (like :meth:`with_options`, sharing the pools), so ``_flow`` and
        ``_build`` need no new argument; ``timeout=None`` (no timeout) becomes ``httpx.Timeout(None)`` because
        ``_flow`` reads ``None`` as "the client's".
        """
        client = self
        if extra_headers is not None:
            client = copy.copy(self)
            client._headers = merge_headers(self._headers, extra_headers)
        if extra_query is not None:
            params = merge_query(params, extra_query)
        if extra_body is not None:
            json = merge_body(json, extra_body)
        if isinstance(timeout, NotGiven):
            return client, params, json, None
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float, httpx.Timeout, type(None))):
            raise TypeError(f"timeout must be seconds (float), an httpx.Timeout or None, got {type(timeout).__name__}")
        return client, params, json, _NO_TIMEOUT if timeout is None else timeout

    # -- the shared, sans-IO decision logic --------------------------------------------------------------------

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        route: Route,
        values: Mapping[str, object],
        fmt: UrlFormat,
        user_query: str,
        json: Any,
        timeout_ext: dict[str, float | None],
    ) -> httpx.Request:
        path, extra = build_path(route, values, fmt)
        head = f"{self._base_url}{path}?"
        if extra:
            head += f"{_encode_query(extra)}&"
        if user_query:
            head += f"{user_query}&"
        size = len(head) + len(self._token_query)
        if size > MAX_URL_LENGTH:
            raise ValueError(
                f"{route.method} {route.path}: the request URL would be {size:,} characters long, over the "
                f"{MAX_URL_LENGTH:,} LowCodeAPI accepts; a path parameter or query value is too long"
            )
        # The token is joined in the call itself: no local of ours ever holds the URL with it.
        invalid: str | None = None
        try:
            request = http.build_request(
                route.method,
                head + self._token_query,
                json=json,
                headers=self._headers,
                extensions={"timeout": timeout_ext},
            )
        except httpx.InvalidURL as exc:  # its traceback's frames hold the URL with the token: raised outside
            invalid = redact_text(str(exc), self._secrets)
        if invalid is not None:
            raise ValueError(f"{route.method} {route.path}: cannot build the request URL: {invalid}")
        request.__class__ = _WireRequest  # same layout, a subclass adding no state: only repr differs
        request.public_url = head + _PUBLIC_TOKEN_QUERY  # type: ignore[attr-defined]
        return request

    def _flow(
        self,
        http: httpx.Client | httpx.AsyncClient,
        route: Route,
        path_params: Mapping[str, object] | None,
        params: Mapping[str, Any] | None,
        json: Any,
        timeout: float | httpx.Timeout | None,
    ) -> _Flow:
        method = route.method
        policy = route.retry or "unsent-only"
        values = path_params if path_params is not None else _EMPTY
        user_query = _encode_query(params) if params else ""
        timeout_ext = self._timeout_ext if timeout is None else _as_timeout(timeout).as_dict()
        fmt: UrlFormat = "new"
        remembered: UrlFormat | None = None
        fallback = False
        if route.path_params:
            mode = self._url_format
            if mode == "auto":
                remembered = format_memory.get(self._base_url)
                fmt = remembered or "new"
                fallback = True
            else:
                fmt = mode
        request = self._build(http, route, values, fmt, user_query, json, timeout_ext)
        max_retries = self._max_retries
        retries = 0
        sent = 0
        delay = 0.0
        first_miss: httpx.Response | None = None
        while True:
            outcome = yield request, delay
            sent += 1
            _record_attempt(request, outcome, sent, retries)
            if isinstance(outcome, httpx.Response):
                status = outcome.status_code
                if fallback:
                    if status == 404 and is_route_miss(outcome):
                        if first_miss is not None:
                            return first_miss  # neither format is routed here: nothing to learn
                        first_miss = outcome
                        fmt = "old" if fmt == "new" else "new"
                        if logger.isEnabledFor(logging.DEBUG):
                            logger.debug(
                                "Route miss (HTML 404) for %s %s; resending in the %s URL format",
                                method,
                                _public_url(request),
                                fmt,
                            )
                        request = self._build(http, route, values, fmt, user_query, json, timeout_ext)
                        delay = 0.0
                        continue
                    if fmt != remembered:
                        format_memory.set(self._base_url, fmt)
                        remembered = fmt
                if status in RETRYABLE_STATUSES and retries < max_retries and should_retry_response(policy, status):
                    wait = retry_after_seconds(outcome.headers)
                    if wait is not None and wait > MAX_RETRY_AFTER:
                        raise make_status_error(publish(outcome, self._secrets))
                    delay = backoff_delay(retries) if wait is None else wait
                    retries += 1
                    self._log_retry(request, delay, retries, f"HTTP {status}")
                    continue
                return outcome
            if retries < max_retries and should_retry_exception(policy, outcome):
                delay = backoff_delay(retries)
                retries += 1
                self._log_retry(request, delay, retries, type(outcome).__name__)
                continue
            error = _connection_error(outcome, request, sent, self._secrets)
            _seal(request)  # nothing sends it again: no local of ours keeps the token past this point
            raise error from None

    def _log_retry(self, request: httpx.Request, delay: float, retry: int, cause: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "Retrying %s %s in %.2f s (retry %d of %d) after %s",
                request.method,
                _public_url(request),
                delay,
                retry,
                self._max_retries,
                cause,
            )


def _record_attempt(request: httpx.Request, outcome: _Outcome, attempt: int, retries: int) -> None:
    """After each send: mark a response with the retries made before it (``extensions["retries_taken"]``, read by
    the raw response) and, at debug level, log one line: method, redacted URL, status or error, time, attempt."""
    if isinstance(outcome, httpx.Response):
        outcome.extensions[RETRIES_TAKEN] = retries
    if not logger.isEnabledFor(logging.DEBUG):
        return
    if isinstance(outcome, httpx.Response):
        try:
            ms = f"{outcome.elapsed.total_seconds() * 1000:.0f} ms"
        except RuntimeError:  # elapsed is only known once the body was read
            ms = "? ms"
        result = f"{outcome.status_code} {outcome.reason_phrase}".rstrip()
    else:
        ms, result = "", type(outcome).__name__
    logger.debug(
        "HTTP %s %s -> %s%s (attempt %d)",
        request.method,
        redact_url(request.url),
        result,
        f" in {ms}" if ms else "",
        attempt,
    )
