# Why this module is long: it is the public Client whole: its settings, pools and closing, the request/arequest
# drivers (twins kept side by side, so that a change to one is seen next to the other) and the sans-IO _flow they
# drive. The wire-level machinery it uses lives in _transport, _wire, _pools, _budget and _config.
"""The client every generated endpoint module calls: authentication, the two URL formats, retries, pooling.

The decision logic (which request to send, whether to fall back to the other URL format, whether and how long to
wait before retrying, what to return or raise) is written once, as the sans-IO generator :meth:`Client._flow`:
it yields ``(request, delay)`` ("sleep ``delay`` seconds, then send ``request``"), is sent back the response or
the ``httpx.RequestError``, and finishes by returning the final response or raising. :meth:`Client.request`
(``httpx.Client``, ``time.sleep``) and :meth:`Client.arequest` (``httpx.AsyncClient``, ``asyncio.sleep``) only
drive it. The wire-level machinery they use lives in modules named for their job: :mod:`._transport` (one
attempt: send, read within the caps and the deadline), :mod:`._wire` (the request holding the token, sealed
afterwards), :mod:`._pools` (connection pools per event loop and process), :mod:`._budget` (deadlines and
``call_deadline``) and :mod:`._config` (defaults, environment variables, checks of the settings).

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
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from types import MappingProxyType, TracebackType
from typing import Any, Final, TypeAlias, TypeVar
from urllib.parse import quote

import httpx

from . import __version__
from ._budget import MAX_PROBE_WAIT, Budget, attempt_deadline, call_deadline, request_limit, spent_why
from ._config import (
    BASE_URL_ENV_VAR,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    TOKEN_ENV_VAR,
    TimeoutTypes,
    UrlFormatOption,
    _as_timeout,
    _check_max_response_bytes,
    _check_max_retries,
    _check_url_format,
    _normalize_base_url,
    _resolve_base_url,
    _resolve_url_format,
    warn_cleartext,
)
from ._config import URL_FORMAT_ENV_VAR as URL_FORMAT_ENV_VAR
from ._envelope import is_route_miss
from ._exceptions import LowCodeAPIError, make_status_error
from ._options import Body, Headers, Query, merge_body, merge_headers, merge_query
from ._pools import Pools, check_loop
from ._redact import Secrets, calling, done_calling, logger, redact_text, setup_logging
from ._retry import (
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    backoff_delay,
    retry_after_seconds,
    should_retry_exception,
    should_retry_response,
)
from ._routing import FormatMemory, Probe, Route, UrlFormat, build_path, check_path_values
from ._transport import RETRIES_TAKEN as RETRIES_TAKEN
from ._transport import (
    Outcome,
    connection_error,
    out_of_time,
    record_attempt,
    send_async,
    send_sync,
)
from ._transport import aread_capped as aread_capped
from ._transport import read_capped as read_capped
from ._wire import PUBLIC_TOKEN_QUERY, WireRequest, encode_query, public_url, publish, seal

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
# The ``X as X`` imports above keep names once defined here importable from here (their home is named beside them).

USER_AGENT: Final = f"scenario-lowcodeapi/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"

_C = TypeVar("_C", bound="Client")
_Flow: TypeAlias = "Generator[tuple[httpx.Request, float], Outcome, httpx.Response]"
_EMPTY: Mapping[str, object] = MappingProxyType({})
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


async def _asyncio_sleep(delay: float) -> None:
    """``asyncio.sleep``, with asyncio loaded on first use rather than when the package is imported."""
    import asyncio

    await asyncio.sleep(delay)


class Client:
    """Connection to Scenario through LowCodeAPI, used by the generated endpoint functions.

    ``api_token`` falls back to the ``LOWCODEAPI_API_TOKEN`` environment variable; it is sent as the
    ``api_token`` query parameter and never shown (``repr``, exceptions, logs). ``timeout``: a number of seconds
    is a deadline for each whole attempt (headers and body); an ``httpx.Timeout`` keeps httpx's per-phase, per-read
    meaning; ``None`` disables timeouts (default: a 60 s deadline). ``max_response_bytes``: the longest body read
    (decoded; default 256 MiB, ``None`` for no limit), past it :class:`ResponseTooLargeError`. ``max_retries`` extra
    attempts are made on failures the operation's retry
    policy allows (``Route.retry``; 0 disables retries). ``url_format``:
    ``"auto"`` tries the format this client remembers (else the new one) and falls back to the other on a route miss,
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
        self._pools = Pools()
        self._formats = FormatMemory()  # this client's (and its with_options copies'): see url_format
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
        return self._pools.sync_client(self._httpx_kwargs)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` used by :meth:`arequest` on the running event loop (one per loop: connections
        belong to the loop that made them), created on first use and reused (keep-alive); the one given to
        :meth:`set_async_httpx_client` if any."""
        return self._pools.async_client(self._httpx_kwargs)

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
        self._pools.close_sync()

    async def aclose(self) -> None:
        """Close the connection pools (if created): sync, and async on every loop (the running loop's awaited, a
        pool of another running loop closed on that loop, one of a closed loop dropped); the client cannot be
        used afterwards."""
        await self._pools.aclose_async()
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
        budget = Budget(limit, client._max_retries)
        max_bytes = client._max_response_bytes
        probe, theirs = self._claim_probe(route, path_params)
        if theirs is not None:
            # Another call is finding out which URL format works: use its answer, waiting out of this call's own
            # time, and never longer than MAX_PROBE_WAIT (a sync call made on the thread of an event loop whose
            # coroutine is probing would block it): then it goes on its own.
            started = time.monotonic()
            bound = budget.probe_wait()
            theirs.wait(MAX_PROBE_WAIT if bound is None else min(bound, MAX_PROBE_WAIT))
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
                    raise out_of_time(request, spent_why(theirs is not None, sent), sent, self._secrets)
                outcome = send_sync(http, request, attempt, max_bytes)
                sent += 1
                try:
                    request, delay = flow.send(outcome)
                except StopIteration as stop:
                    response: httpx.Response = stop.value
                    return publish(response, self._secrets)
        finally:
            done_calling(call)
            if probe is not None:
                self._formats.release(self._base_url, probe)

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
        loop = check_loop()
        last = pools.last
        http = pools.async_ or (last[1] if last is not None and last[0] is loop else None)
        if http is None or pools.pid != os.getpid() or pools.closed:
            http = self.get_async_httpx_client()
        client, params, json, flow_timeout = self._per_call(
            params, json, timeout, extra_query, extra_headers, extra_body
        )
        limit = client._deadline if flow_timeout is None else attempt_deadline(flow_timeout)
        budget = Budget(limit, client._max_retries)
        max_bytes = client._max_response_bytes
        deadlines = pools.deadlines(loop)
        probe, theirs = self._claim_probe(route, path_params)
        if theirs is not None:
            started = time.monotonic()
            bound = budget.probe_wait()
            await theirs.await_done(MAX_PROBE_WAIT if bound is None else min(bound, MAX_PROBE_WAIT))
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
                    raise out_of_time(request, spent_why(theirs is not None, sent), sent, self._secrets)
                outcome = await send_async(http, request, attempt, max_bytes, deadlines)
                sent += 1
                try:
                    request, delay = flow.send(outcome)
                except StopIteration as stop:
                    response: httpx.Response = stop.value
                    return publish(response, self._secrets)
        finally:
            done_calling(call)
            if probe is not None:
                self._formats.release(self._base_url, probe)

    def _claim_probe(self, route: Route, path_params: Mapping[str, object] | None) -> tuple[Probe | None, Probe | None]:
        """``(mine, theirs)`` of :meth:`FormatMemory.claim_probe` when this call's URL format is not known yet
        (``auto``, path parameters, nothing remembered), else ``(None, None)``. Bad path values fail here, before
        the call waits for anyone."""
        if route.path_params and self._url_format == "auto" and self._formats.get(self._base_url) is None:
            check_path_values(route, path_params or _EMPTY)
            return self._formats.claim_probe(self._base_url)
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
            head += f"{encode_query(extra)}&"
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
        request.__class__ = WireRequest  # same layout, a subclass adding no state: only repr differs
        request.public_url = head + PUBLIC_TOKEN_QUERY  # type: ignore[attr-defined]
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
        user_query = encode_query(params) if params else ""
        timeout_ext = self._timeout_ext if timeout is None else _as_timeout(timeout).as_dict()
        fmt: UrlFormat = "new"
        remembered: UrlFormat | None = None
        fallback = False
        if route.path_params:
            mode = self._url_format
            if mode == "auto":
                remembered = self._formats.get(self._base_url)
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
            record_attempt(request, outcome, sent, retries)
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
                                public_url(request),
                                fmt,
                            )
                        request = self._build(http, route, values, fmt, user_query, json, timeout_ext)
                        delay = 0.0
                        continue
                    if fmt != remembered:
                        self._formats.set(self._base_url, fmt)
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
            error = connection_error(outcome, request, sent, self._secrets)
            seal(request)  # nothing sends it again: no local of ours keeps the token past this point
            raise error from None

    def _log_retry(self, request: httpx.Request, delay: float, retry: int, cause: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "Retrying %s %s in %.2f s (retry %d of %d) after %s",
                request.method,
                public_url(request),
                delay,
                retry,
                self._max_retries,
                cause,
            )
