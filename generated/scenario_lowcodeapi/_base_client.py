"""The client every generated endpoint module calls: authentication, the two URL formats, retries, pooling.

The decision logic (which request to send, whether to fall back to the other URL format, whether and how long to
wait before retrying, what to return or raise) is written once, as the sans-IO generator :meth:`Client._flow`:
it yields ``(request, delay)`` ("sleep ``delay`` seconds, then send ``request``"), is sent back the response or
the ``httpx.RequestError``, and finishes by returning the final response or raising. :meth:`Client.request`
(``httpx.Client``, ``time.sleep``) and :meth:`Client.arequest` (``httpx.AsyncClient``, ``asyncio.sleep``) only
drive it.
"""

from __future__ import annotations

import asyncio
import copy
import enum
import logging
import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from types import MappingProxyType, TracebackType
from typing import Any, Final, Literal, TypeAlias, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from . import __version__
from ._envelope import is_route_miss
from ._exceptions import APIConnectionError, APITimeoutError, LowCodeAPIError, make_status_error, one_line
from ._redact import logger, redact_text, redact_url, setup_logging
from ._retry import (
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    backoff_delay,
    retry_after_seconds,
    should_retry_exception,
    should_retry_response,
)
from ._routing import Route, UrlFormat, build_path, format_memory

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "TOKEN_ENV_VAR",
    "Client",
    "NotGiven",
    "TimeoutTypes",
    "UrlFormatOption",
]

DEFAULT_BASE_URL: Final = "https://api.lowcodeapi.com/scenario"
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
TOKEN_ENV_VAR: Final = "LOWCODEAPI_API_TOKEN"
USER_AGENT: Final = f"scenario-lowcodeapi/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"

TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"
UrlFormatOption: TypeAlias = Literal["auto", "new", "old"]

_C = TypeVar("_C", bound="Client")
_Outcome: TypeAlias = "httpx.Response | httpx.RequestError"
_Flow: TypeAlias = "Generator[tuple[httpx.Request, float], _Outcome, httpx.Response]"
_EMPTY: Mapping[str, object] = MappingProxyType({})


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


def _normalize_base_url(base_url: str) -> str:
    text = str(base_url).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an http(s) URL, got {redact_url(text)!r}")
    if parts.query or parts.fragment:
        raise ValueError(
            f"base_url must not have a query string or fragment (the token goes in api_token=), "
            f"got {redact_url(text)!r}"
        )
    return text


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


_URL_FORMATS: Mapping[object, UrlFormatOption] = {"auto": "auto", "new": "new", "old": "old"}


def _check_url_format(url_format: object) -> UrlFormatOption:
    checked = _URL_FORMATS.get(url_format)
    if checked is not None:
        return checked
    raise ValueError(f"url_format must be 'auto', 'new' or 'old', got {url_format!r}")


def _connection_error(exc: httpx.RequestError, request: httpx.Request, attempts: int, token: str) -> APIConnectionError:
    """A one-line, redacted error for a failed transport; nothing of ``exc`` (its request holds the token) kept."""
    detail = one_line(redact_text(str(exc), (token, quote(token, safe=""))), 200)
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    target = f"{request.method} {redact_url(request.url)}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({what}){tries} for {target}")
    return APIConnectionError(f"Connection error ({what}){tries} for {target}")


class _Pools:
    """The lazily created httpx clients, shared by a :class:`Client` and its :meth:`Client.with_options` copies."""

    __slots__ = ("async_", "lock", "sync")

    def __init__(self) -> None:
        self.sync: httpx.Client | None = None
        self.async_: httpx.AsyncClient | None = None
        self.lock = threading.Lock()


class Client:
    """Connection to Scenario through LowCodeAPI, used by the generated endpoint functions.

    ``api_token`` falls back to the ``LOWCODEAPI_API_TOKEN`` environment variable; it is sent as the
    ``api_token`` query parameter and never shown (``repr``, exceptions, logs). ``timeout=None`` disables
    timeouts. ``max_retries`` extra attempts are made on retryable failures (0 disables retries). ``url_format``:
    ``"auto"`` tries the remembered (else the new) URL format and falls back to the other on a route miss,
    ``"new"``/``"old"`` force one. ``headers`` are sent with every request (e.g. ``x-credential-key``);
    ``httpx_args`` go to the ``httpx.Client``/``httpx.AsyncClient`` constructors.
    """

    def __init__(
        self,
        api_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        url_format: UrlFormatOption = "auto",
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        _sleep: Callable[[float], object] | None = None,
        _async_sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        token = api_token if api_token is not None else os.environ.get(TOKEN_ENV_VAR)
        token = token.strip() if token else ""
        if not token:
            raise LowCodeAPIError(f"No LowCodeAPI API token: pass api_token=... or set {TOKEN_ENV_VAR}")
        self._api_token = token
        self._token_query = "api_token=" + quote(token, safe="")
        self._base_url = _normalize_base_url(base_url)
        self._timeout = _as_timeout(timeout)
        self._timeout_ext: dict[str, float | None] = self._timeout.as_dict()
        self._max_retries = _check_max_retries(max_retries)
        self._url_format = _check_url_format(url_format)
        self._headers: dict[str, str] | None = dict(headers) if headers else None
        self._httpx_args: dict[str, Any] = dict(httpx_args) if httpx_args else {}
        self._pools = _Pools()
        self._sleep: Callable[[float], object] = _sleep or time.sleep
        self._async_sleep: Callable[[float], Awaitable[object]] = _async_sleep or asyncio.sleep
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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        url_format: UrlFormatOption | NotGiven = NOT_GIVEN,
    ) -> Client:
        """A copy with other settings that shares this client's connection pools (closing either closes both)."""
        clone = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            clone._timeout = _as_timeout(timeout)
            clone._timeout_ext = clone._timeout.as_dict()
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = _check_max_retries(max_retries)
        if not isinstance(url_format, NotGiven):
            clone._url_format = _check_url_format(url_format)
        return clone

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, url_format={self._url_format!r}, "
            f"max_retries={self._max_retries!r}, api_token='***')"
        )

    # -- httpx clients -----------------------------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"timeout": self._timeout, "headers": {"User-Agent": USER_AGENT}}
        kwargs.update(self._httpx_args)
        return kwargs

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` used by :meth:`request`, created on first use and reused (keep-alive)."""
        pools = self._pools
        client = pools.sync
        if client is None:
            with pools.lock:
                if pools.sync is None:
                    pools.sync = httpx.Client(**self._httpx_kwargs())
                client = pools.sync
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` used by :meth:`arequest`, created on first use and reused (keep-alive)."""
        pools = self._pools
        client = pools.async_
        if client is None:
            with pools.lock:
                if pools.async_ is None:
                    pools.async_ = httpx.AsyncClient(**self._httpx_kwargs())
                client = pools.async_
        return client

    def set_httpx_client(self, client: httpx.Client) -> None:
        """Use ``client`` (e.g. on an ``httpx.MockTransport``) for sync requests; the client then owns it."""
        self._pools.sync = client

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> None:
        """Use ``client`` for async requests; the client then owns it."""
        self._pools.async_ = client

    def close(self) -> None:
        """Close the sync connection pool (if one was created)."""
        client = self._pools.sync
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close both connection pools (if created)."""
        client = self._pools.async_
        if client is not None:
            await client.aclose()
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
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Response:
        """Send ``route`` and return the final response, whatever its status (after retries and URL-format
        fallback). ``timeout=None`` means the client's timeout.

        Raises :class:`APITimeoutError`/:class:`APIConnectionError` when the transport still fails after the
        retries, and the status error at once when a retryable answer asks to wait more than ``MAX_RETRY_AFTER``.
        """
        http = self._pools.sync
        if http is None:
            http = self.get_httpx_client()
        flow = self._flow(http, route, path_params, params, json, timeout)
        request, delay = next(flow)
        outcome: _Outcome
        while True:
            if delay > 0.0:
                self._sleep(delay)
            try:
                outcome = http.send(request)
            except httpx.RequestError as exc:
                outcome = exc
            try:
                request, delay = flow.send(outcome)
            except StopIteration as stop:
                response: httpx.Response = stop.value
                return response

    async def arequest(
        self,
        route: Route,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Response:
        """The async twin of :meth:`request`."""
        http = self._pools.async_
        if http is None:
            http = self.get_async_httpx_client()
        flow = self._flow(http, route, path_params, params, json, timeout)
        request, delay = next(flow)
        outcome: _Outcome
        while True:
            if delay > 0.0:
                await self._async_sleep(delay)
            try:
                outcome = await http.send(request)
            except httpx.RequestError as exc:
                outcome = exc
            try:
                request, delay = flow.send(outcome)
            except StopIteration as stop:
                response: httpx.Response = stop.value
                return response

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
        query = self._token_query
        if user_query:
            query = f"{user_query}&{query}"
        if extra:
            query = f"{_encode_query(extra)}&{query}"
        return http.build_request(
            route.method,
            f"{self._base_url}{path}?{query}",
            json=json,
            headers=self._headers,
            extensions={"timeout": timeout_ext},
        )

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
                                redact_url(request.url),
                                fmt,
                            )
                        request = self._build(http, route, values, fmt, user_query, json, timeout_ext)
                        delay = 0.0
                        continue
                    if fmt != remembered:
                        format_memory.set(self._base_url, fmt)
                        remembered = fmt
                if status in RETRYABLE_STATUSES and retries < max_retries and should_retry_response(method, status):
                    wait = retry_after_seconds(outcome.headers)
                    if wait is not None and wait > MAX_RETRY_AFTER:
                        raise make_status_error(outcome)
                    delay = backoff_delay(retries) if wait is None else wait
                    retries += 1
                    self._log_retry(request, delay, retries, f"HTTP {status}")
                    continue
                return outcome
            if retries < max_retries and should_retry_exception(method, outcome):
                delay = backoff_delay(retries)
                retries += 1
                self._log_retry(request, delay, retries, type(outcome).__name__)
                continue
            raise _connection_error(outcome, request, sent, self._api_token) from None

    def _log_retry(self, request: httpx.Request, delay: float, retry: int, cause: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "Retrying %s %s in %.2f s (retry %d of %d) after %s",
                request.method,
                redact_url(request.url),
                delay,
                retry,
                self._max_retries,
                cause,
            )
