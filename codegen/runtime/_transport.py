"""One attempt on the wire: send a request, read its body within ``max_response_bytes`` and the attempt's deadline,
and turn a transport failure into a one-line, redacted error. The retry and URL-format decisions are the caller's
(``Client._flow``); nothing here loops.

- :func:`send_sync` bounds the whole attempt by its deadline (``_deadline.scope`` for the sockets of a client we
  created, :class:`_DeadlineStream` for the body of any client); :func:`send_async` cancels it (``_timers``).
- :func:`read_capped` stops at ``max_response_bytes`` decoded bytes; a non-2xx body that does not decode per its
  ``Content-Encoding`` is kept raw (:class:`_RawFirst`) so the error answer keeps its status.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Final, TypeAlias

import httpx

from ._deadline import scope as deadline_scope
from ._exceptions import APIConnectionError, APITimeoutError, ResponseTooLargeError, one_line
from ._redact import Secrets, logger, redact_text, redact_url
from ._wire import public_url, seal

if TYPE_CHECKING:  # loaded by the async paths themselves: a sync-only program never imports asyncio
    from ._timers import Deadlines

__all__ = [
    "RETRIES_TAKEN",
    "Outcome",
    "aread_capped",
    "connection_error",
    "out_of_time",
    "read_capped",
    "record_attempt",
    "send_async",
    "send_sync",
]

RETRIES_TAKEN: Final = "retries_taken"  # key in a returned httpx.Response's extensions: retries before it
Outcome: TypeAlias = "httpx.Response | httpx.RequestError"


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
                raise httpx.ReadTimeout("past the attempt's deadline")  # worded by send_sync
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
    url = public_url(request)
    seen = f"{read} bytes" if read is not None else "its Content-Length"
    error = ResponseTooLargeError(
        f"Response to {request.method} {url} is larger than max_response_bytes={limit} ({seen}); "
        "not read further (raise the limit with max_response_bytes=... if this answer is expected)",
        limit=limit,
        request=httpx.Request(request.method, url),
    )
    seal(request)
    return error


def _declared_too_long(response: httpx.Response, limit: int) -> bool:
    """True when an uncompressed response says up front (Content-Length) that it is longer than ``limit``."""
    headers = response.headers
    length = headers.get("content-length")
    if length is None:
        return False
    try:
        declared = int(length)
    except ValueError:
        return False
    if declared <= limit:
        return False
    return headers.get("content-encoding", "identity").strip().lower() in ("", "identity")


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


def send_sync(http: httpx.Client, request: httpx.Request, limit: float | None, max_bytes: int | None) -> Outcome:
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
) -> Outcome:
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
                raise httpx.ReadTimeout("past the attempt's deadline")  # worded by send_sync
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


async def _send_async_read(http: httpx.AsyncClient, request: httpx.Request, max_bytes: int | None) -> Outcome:
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


async def send_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    limit: float | None,
    max_bytes: int | None,
    deadlines: Deadlines,
) -> Outcome:
    """One attempt, the async way; with ``limit``, the whole attempt (connect to last byte) is cancelled at it by
    ``deadlines``, the client's timers on this loop (see ``_timers``)."""
    if limit is None:
        return await _send_async_read(http, request, max_bytes)
    try:
        with deadlines.scope(limit):
            return await _send_async_read(http, request, max_bytes)
    except TimeoutError:
        return _past_deadline(httpx.ReadTimeout, limit, request)


def connection_error(
    exc: httpx.RequestError, request: httpx.Request, attempts: int, secrets: Secrets
) -> APIConnectionError:
    """A one-line, redacted error for a failed transport; nothing of ``exc`` (its request holds the token) kept."""
    detail = one_line(redact_text(str(exc), secrets), 200)
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    url = public_url(request)
    public = httpx.Request(request.method, url)
    target = f"{request.method} {url}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({what}){tries} for {target}", request=public)
    return APIConnectionError(f"Connection error ({what}){tries} for {target}", request=public)


def out_of_time(request: httpx.Request, what: str, attempts: int, secrets: Secrets) -> APITimeoutError:
    """The error of a call that ran out of time before an attempt could start (the token sealed off)."""
    error = connection_error(httpx.PoolTimeout(what), request, attempts, secrets)
    seal(request)
    assert isinstance(error, APITimeoutError)  # a timeout is always worded as one
    return error


def record_attempt(request: httpx.Request, outcome: Outcome, attempt: int, retries: int) -> None:
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
