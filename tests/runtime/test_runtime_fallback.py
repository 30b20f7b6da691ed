"""URL-format fallback (new <-> old) and FormatMemory learning through the Client."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import httpx
import pytest
from rt_helpers import BASE, TOKEN, Proxy, Script, html_404, is_old_format, respond

from codegen.runtime._base_client import Client
from codegen.runtime._routing import Route

MODEL = Route.from_template("GET", "/v1/models/{modelId}")
INFERENCE = Route.from_template("GET", "/v1/models/{modelId}/inferences/{inferenceId}")
MODELS = Route.from_template("GET", "/v1/models")
ClientFactory = Callable[..., Client]


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def is_async(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


async def get_model(client: Client, model_id: str, is_async: bool) -> httpx.Response:
    if is_async:
        return await client.arequest(MODEL, path_params={"modelId": model_id})
    return client.request(MODEL, path_params={"modelId": model_id})


@pytest.mark.anyio
async def test_old_only_server_costs_one_extra_request_once(
    client_factory: ClientFactory, is_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="scenario_lowcodeapi")
    proxy = Proxy("old")
    client = client_factory(proxy)
    for i in range(50):
        response = await get_model(client, f"model_{i}", is_async)
        assert response.status_code == 200
        assert response.json() == {"data": {"model": {"id": f"model_{i}"}}}
    assert len(proxy.requests) == 51
    first, second, *rest = proxy.requests
    assert str(first.url) == f"{BASE}/v1/models/model_0?api_token={TOKEN}"
    assert str(second.url) == f"{BASE}/v1/models/modelId?modelId=model_0&api_token={TOKEN}"
    assert all(is_old_format(r) for r in rest)
    assert client._formats.get(BASE) == "old"
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO and r.name == "scenario_lowcodeapi"]
    assert infos == [f"LowCodeAPI at {BASE} routes path parameters in the old URL format; using it from now on"]
    # what a client learned is its own: a copy from with_options shares it, another client learns for itself
    copy = client.with_options(max_retries=1)
    await get_model(copy, "x", is_async)
    assert len(proxy.requests) == 52 and is_old_format(proxy.requests[-1])
    other = client_factory(proxy)
    assert other._formats.get(BASE) is None
    await get_model(other, "y", is_async)
    assert len(proxy.requests) == 54
    assert [is_old_format(r) for r in proxy.requests[-2:]] == [False, True]


@pytest.mark.anyio
async def test_new_only_server_never_sees_an_old_format_request(client_factory: ClientFactory, is_async: bool) -> None:
    proxy = Proxy("new")
    client = client_factory(proxy)
    for i in range(20):
        assert (await get_model(client, f"m{i}", is_async)).status_code == 200
    assert len(proxy.requests) == 20
    assert proxy.old_requests == []
    assert client._formats.get(BASE) == "new"


@pytest.mark.anyio
async def test_json_404_is_scenarios_answer_no_fallback(client_factory: ClientFactory, is_async: bool) -> None:
    proxy = Proxy("new", "old", missing=("gone",))
    client = client_factory(proxy)
    response = await get_model(client, "gone", is_async)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert len(proxy.requests) == 1
    assert client._formats.get(BASE) == "new"


@pytest.mark.anyio
async def test_both_404_returns_the_json_one(client_factory: ClientFactory, is_async: bool) -> None:
    proxy = Proxy("old", missing=("gone",))  # new: HTML route miss, old: Scenario's JSON 404
    client = client_factory(proxy)
    response = await get_model(client, "gone", is_async)
    assert response.status_code == 404
    assert response.json() == {"data": {"error": {"message": "Model not found", "code": "NOT_FOUND"}}}
    assert len(proxy.requests) == 2
    assert client._formats.get(BASE) == "old"


@pytest.mark.anyio
async def test_both_404_json_first_when_old_format_is_remembered(client_factory: ClientFactory, is_async: bool) -> None:
    # the deployment changed: old format now misses, new format answers Scenario's JSON 404
    proxy = Proxy("new", missing=("gone",))
    client = client_factory(proxy)
    client._formats.set(BASE, "old")
    response = await get_model(client, "gone", is_async)
    assert response.status_code == 404 and response.json()["data"]["error"]["code"] == "NOT_FOUND"
    assert [is_old_format(r) for r in proxy.requests] == [True, False]
    assert client._formats.get(BASE) == "new"


@pytest.mark.anyio
async def test_both_html_404_returns_the_first_and_learns_nothing(
    client_factory: ClientFactory, is_async: bool
) -> None:
    proxy = Proxy()  # nothing routed
    client = client_factory(proxy)
    response = await get_model(client, "m", is_async)
    assert response.status_code == 404
    # The first (new-format) answer, its request exposed with the token redacted.
    assert response.request.url.path == proxy.requests[0].url.path == "/scenario/v1/models/m"
    assert response.request.url.params["api_token"] == "***"
    assert len(proxy.requests) == 2
    assert client._formats.get(BASE) is None


@pytest.mark.anyio
@pytest.mark.parametrize("fmt", ["new", "old"])
async def test_forced_formats_no_fallback_no_learning(client_factory: ClientFactory, is_async: bool, fmt: str) -> None:
    other = "old" if fmt == "new" else "new"
    proxy = Proxy(other)  # serves only the format we do not force
    client = client_factory(proxy, url_format=fmt)
    for _ in range(3):
        assert (await get_model(client, "m", is_async)).status_code == 404
    assert len(proxy.requests) == 3
    assert all(is_old_format(r) == (fmt == "old") for r in proxy.requests)
    assert client._formats.get(BASE) is None
    # a forced client ignores what is remembered, too
    client._formats.set(BASE, other)  # type: ignore[arg-type]
    await get_model(client, "m", is_async)
    assert is_old_format(proxy.requests[-1]) == (fmt == "old")


@pytest.mark.anyio
async def test_format_memory_is_per_base_url(client_factory: ClientFactory, is_async: bool) -> None:
    old_proxy, new_proxy = Proxy("old"), Proxy("new")
    old_client = client_factory(old_proxy, base_url="https://old.test/scenario")
    new_client = client_factory(new_proxy, base_url="https://new.test/scenario")
    await get_model(old_client, "m", is_async)
    await get_model(new_client, "m", is_async)
    await get_model(new_client, "m", is_async)
    assert old_client._formats.get("https://old.test/scenario") == "old"
    assert new_client._formats.get("https://new.test/scenario") == "new"
    assert new_proxy.old_requests == []
    assert len(old_proxy.requests) == 2 and len(new_proxy.requests) == 2


@pytest.mark.anyio
async def test_two_path_params_in_old_format(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(html_404, respond(200, {"data": {"inference": {"id": "i"}}}))
    client = client_factory(script)
    values = {"modelId": "m/1", "inferenceId": "inf 2"}
    if is_async:
        response = await client.arequest(INFERENCE, path_params=values)
    else:
        response = client.request(INFERENCE, path_params=values)
    assert response.status_code == 200
    new, old = (str(r.url) for r in script.requests)
    assert new == f"{BASE}/v1/models/m%2F1/inferences/inf%202?api_token={TOKEN}"
    assert old == f"{BASE}/v1/models/modelId/inferences/inferenceId?modelId=m%2F1&inferenceId=inf%202&api_token={TOKEN}"


@pytest.mark.anyio
async def test_routes_without_path_params_never_fall_back(client_factory: ClientFactory, is_async: bool) -> None:
    script = Script(html_404)
    client = client_factory(script)
    response = await (client.arequest(MODELS) if is_async else _sync(client.request(MODELS)))
    assert response.status_code == 404
    assert len(script.requests) == 1
    assert client._formats.get(BASE) is None


async def _sync(response: httpx.Response) -> httpx.Response:
    return response


@pytest.mark.anyio
async def test_fallback_and_retries_combine(client_factory: ClientFactory, is_async: bool) -> None:
    # new format misses, old format is busy once, then answers: the retry stays in the old format
    script = Script(html_404, respond(503, {}, headers={"Retry-After": "0"}), respond(200))
    client = client_factory(script)
    assert (await get_model(client, "m", is_async)).status_code == 200
    assert [is_old_format(r) for r in script.requests] == [False, True, True]
    assert client._formats.get(BASE) == "old"


def test_concurrent_clients_learn_once(client_factory: ClientFactory) -> None:
    proxy = Proxy("old")
    client = client_factory(proxy)
    lock = threading.Lock()
    results: list[int] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        barrier.wait()
        for i in range(25):
            status = client.request(MODEL, path_params={"modelId": f"m{i}"}).status_code
            with lock:
                results.append(status)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 100
    assert 101 <= len(proxy.requests) <= 104  # at most one extra request per thread that raced the learning


@pytest.mark.anyio
async def test_a_json_route_miss_without_an_upstream_error_also_falls_back(
    client_factory: ClientFactory, is_async: bool
) -> None:
    """A deployment that answers unrouted paths with a bare JSON 404 (no LowCodeAPI error envelope)."""
    proxy = Proxy("old", missing=("gone",), json_route_miss=True)
    client = client_factory(proxy)
    for _ in range(10):
        assert (await get_model(client, "m1", is_async)).status_code == 200
    assert len(proxy.requests) == 11
    missing = await get_model(client, "gone", is_async)
    assert missing.status_code == 404 and missing.json()["data"]["error"]["code"] == "NOT_FOUND"
    assert len(proxy.requests) == 12
