"""Retries through the Client, sync and async (sleeps recorded, never real)."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

import httpx
import pytest
from rt_helpers import TOKEN, Script, fail, respond

from codegen.runtime._base_client import Client
from codegen.runtime._exceptions import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError
from codegen.runtime._routing import Route

GET = Route.from_template("GET", "/v1/models")
POST = Route.from_template("POST", "/v1/models/{modelId}/inferences")
DELETE = Route.from_template("DELETE", "/v1/models/{modelId}", "safe")  # as delete_model declares
ClientFactory = Callable[..., Client]

OK = respond(200, {"data": {"models": []}})


async def call(client: Client, route: Route, is_async: bool) -> httpx.Response:
    params = {"modelId": "m"} if route.path_params else None
    if is_async:
        return await client.arequest(route, path_params=params, json={"a": 1} if route.method == "POST" else None)
    return client.request(route, path_params=params, json={"a": 1} if route.method == "POST" else None)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def is_async(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.mark.anyio
async def test_503_twice_with_retry_after_zero_then_200(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(
        respond(503, {"message": "busy"}, headers={"Retry-After": "0"}),
        respond(503, {"message": "busy"}, headers={"Retry-After": "0"}),
        OK,
    )
    client = client_factory(script)
    response = await call(client, GET, is_async)
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert client.sleeps.delays == []  # type: ignore[attr-defined]  # Retry-After: 0 -> no wait


@pytest.mark.anyio
async def test_backoff_and_retry_after_waits(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(respond(502, text="bad gateway"), respond(429, {}, headers={"retry-after-ms": "1500"}), OK)
    client = client_factory(script)
    assert (await call(client, GET, is_async)).status_code == 200
    first, second = client.sleeps.delays  # type: ignore[attr-defined]
    assert 0.375 <= first <= 0.5
    assert second == 1.5


@pytest.mark.anyio
async def test_retries_exhausted_returns_last_response(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(respond(500, {"message": "down"}))
    client = client_factory(script, max_retries=3)
    response = await call(client, GET, is_async)
    assert response.status_code == 500
    assert len(script.requests) == 4
    delays = client.sleeps.delays  # type: ignore[attr-defined]
    assert len(delays) == 3 and delays[0] <= 0.5 <= delays[1] <= 1.0 <= delays[2] <= 2.0


@pytest.mark.anyio
@pytest.mark.parametrize("status", [429, 503])
async def test_long_retry_after_raises_at_once(client_factory: ClientFactory, is_async: bool, status: int) -> None:
    body = {"data": {"error": {"message": "Too many requests", "code": "RATE_LIMIT"}}}
    script = Script(respond(status, body, headers={"Retry-After": "120"}), OK)
    client = client_factory(script)
    expected = RateLimitError if status == 429 else InternalServerError
    with pytest.raises(expected) as info:
        await call(client, GET, is_async)
    assert info.value.retry_after == 120.0
    assert len(script.requests) == 1
    assert client.sleeps.delays == []  # type: ignore[attr-defined]
    # ... but without retries left, the response is returned for the caller to judge
    script = Script(respond(status, body, headers={"Retry-After": "120"}))
    assert (await call(client_factory(script, max_retries=0), GET, is_async)).status_code == status


@pytest.mark.anyio
@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
async def test_post_not_retried_on_server_errors(client_factory: ClientFactory, is_async: bool, status: int) -> None:
    script = Script(respond(status, {"message": "x"}, headers={"Retry-After": "0"}), OK)
    client = client_factory(script)
    assert (await call(client, POST, is_async)).status_code == status
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_post_retried_on_429(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(respond(429, {}, headers={"Retry-After": "1"}), OK)
    client = client_factory(script)
    assert (await call(client, POST, is_async)).status_code == 200
    assert len(script.requests) == 2
    assert client.sleeps.delays == [1.0]  # type: ignore[attr-defined]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("exc_type", "raised"),
    [
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ReadError, APIConnectionError),
    ],
)
async def test_post_not_retried_when_it_may_have_reached_the_server(
    client_factory: ClientFactory, is_async: bool, exc_type: type[httpx.TransportError], raised: type[Exception]
) -> None:
    script = Script(fail(exc_type, "server went away"), OK)
    client = client_factory(script)
    with pytest.raises(raised) as info:
        await call(client, POST, is_async)
    assert type(info.value) is raised
    assert len(script.requests) == 1
    assert str(info.value).startswith(("Request timed out (", "Connection error ("))
    assert f"{exc_type.__name__}: server went away" in str(info.value)
    assert "after" not in str(info.value)


@pytest.mark.anyio
@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_post_retried_when_never_sent(
    client_factory: ClientFactory, is_async: bool, exc_type: type[httpx.TransportError]
) -> None:
    script = Script(fail(exc_type), fail(exc_type), OK)
    client = client_factory(script)
    assert (await call(client, POST, is_async)).status_code == 200
    assert len(script.requests) == 3


@pytest.mark.anyio
@pytest.mark.parametrize("route", [GET, DELETE], ids=["GET", "DELETE"])
@pytest.mark.parametrize("exc_type", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ConnectError])
async def test_idempotent_retried_on_transport_errors(
    client_factory: ClientFactory, is_async: bool, route: Route, exc_type: type[httpx.TransportError]
) -> None:
    script = Script(fail(exc_type), OK)
    client = client_factory(script)
    assert (await call(client, route, is_async)).status_code == 200
    assert len(script.requests) == 2


@pytest.mark.anyio
async def test_transport_failure_after_retries(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(fail(httpx.ConnectTimeout, "timed out"))
    client = client_factory(script)
    with pytest.raises(APITimeoutError) as info:
        await call(client, GET, is_async)
    assert len(script.requests) == 3
    assert str(info.value) == (
        "Request timed out (ConnectTimeout: timed out) after 3 attempts for "
        "GET https://api.lowcodeapi.com/scenario/v1/models?api_token=***"
    )
    assert info.value.__cause__ is None and info.value.__context__ is None and info.value.__suppress_context__


@pytest.mark.anyio
async def test_max_retries_zero(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(respond(503, {}), OK)
    client = client_factory(script, max_retries=0)
    assert (await call(client, GET, is_async)).status_code == 503
    script = Script(fail(httpx.ConnectError), OK)
    client = client_factory(script, max_retries=0)
    with pytest.raises(APIConnectionError):
        await call(client, GET, is_async)
    assert len(script.requests) == 1
    # with_options(max_retries=0) on a retrying client
    script = Script(respond(503, {}), OK)
    client = client_factory(script).with_options(max_retries=0)
    assert (await call(client, GET, is_async)).status_code == 503
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_non_retryable_statuses_single_request(client_factory: ClientFactory, is_async: bool) -> None:
    for status in (400, 401, 403, 404, 409, 422, 501):
        script = Script(respond(status, {"message": "no"}), OK)
        assert (await call(client_factory(script), GET, is_async)).status_code == status
        assert len(script.requests) == 1


@pytest.mark.anyio
async def test_retries_are_logged_at_debug(
    client_factory: ClientFactory, is_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(respond(503, {}, headers={"Retry-After": "2"}), fail(httpx.ReadError), OK)
    client = client_factory(script)
    await call(client, GET, is_async)
    logged = [r.getMessage() for r in caplog.records if r.name == "scenario_lowcodeapi"]
    retries = [m for m in logged if m.startswith("Retrying")]
    assert len(retries) == 2 and len(logged) == 5  # and one line per attempt: 3 attempts
    assert retries[0] == (
        "Retrying GET https://api.lowcodeapi.com/scenario/v1/models?api_token=*** in 2.00 s (retry 1 of 2) "
        "after HTTP 503"
    )
    # second wait: backoff_delay(1), i.e. 0.75 s to 1 s
    assert re.fullmatch(
        r"Retrying GET https://api\.lowcodeapi\.com/scenario/v1/models\?api_token=\*\*\* in (0\.[789]\d|1\.00) s "
        r"\(retry 2 of 2\) after ReadError",
        retries[1],
    ), retries[1]
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "scenario_lowcodeapi")
    assert TOKEN not in caplog.text


def test_default_sleep_is_real_but_unused_on_success(client_factory: ClientFactory) -> None:
    script = Script(OK)
    client = Client(TOKEN, httpx_args={"transport": httpx.MockTransport(script)})
    started = time.perf_counter()
    client.request(GET)
    assert time.perf_counter() - started < 1.0
    assert client._sleep is time.sleep
    client.close()


def test_unexpected_exceptions_propagate(client_factory: ClientFactory) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise KeyError("not a transport error")

    with pytest.raises(KeyError):
        client_factory(handler).request(GET)
