"""Issue #9, part 5: empty 2xx on a delete, non-str IDs, one shared URL-format probe, cleartext warning,
use after close."""

from __future__ import annotations

import asyncio
import threading
import warnings
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import AsyncScenario, Client, LowCodeAPIError, Scenario
from scenario_lowcodeapi.api.models import delete_model, get_model
from scenario_lowcodeapi.errors import ResponseDecodeError
from tests.faults import Fault, FaultServer
from tests.standin import StandIn

TOKEN = "at_misc_0b3e"


# -- empty 2xx -----------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "fault",
    [
        Fault("status", status=204, body=b"", content_type="application/json"),
        Fault("status", status=200, body=b"", content_type="application/json"),
        Fault("status", status=204, body=b"", content_type="text/plain"),
    ],
    ids=["204-json", "200-empty-json", "204-text"],
)
async def test_empty_2xx_on_a_delete_is_success(fault: Fault, mode: str) -> None:
    with FaultServer(fault) as server:
        client = Client(TOKEN, base_url=server.base_url, url_format="new")
        if mode == "sync":
            result = delete_model.sync("model_1", client=client)
            detailed = delete_model.sync_detailed("model_1", client=client)
        else:
            result = await delete_model.asyncio("model_1", client=client)
            detailed = await delete_model.asyncio_detailed("model_1", client=client)
        assert result.to_dict() == {}
        assert detailed.parsed is not None and detailed.status_code == fault.status
        await client.aclose()


def test_empty_2xx_on_a_read_is_still_a_decode_error() -> None:
    with FaultServer(Fault("status", status=200, body=b"")) as server:
        client = Client(TOKEN, base_url=server.base_url, url_format="new")
        with pytest.raises(ResponseDecodeError):
            get_model.sync("model_1", client=client)
        client.close()


# -- path parameters -------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("value", [None, 42, b"model_1", ["model_1"]])
async def test_non_string_ids_raise_type_error_before_sending(value: Any, mode: str) -> None:
    with FaultServer(Fault("ok")) as server:
        client = (
            Scenario(TOKEN, base_url=server.base_url)
            if mode == "sync"
            else AsyncScenario(TOKEN, base_url=server.base_url)
        )
        with pytest.raises(
            TypeError,
            match=f"Path parameter 'modelId' of GET /v1/models/{{modelId}} must be a str, got {type(value).__name__}",
        ):
            result = client.models.get(value)
            if asyncio.iscoroutine(result):
                await result
        assert server.count == 0


# -- one shared probe ------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_200_cold_async_calls_share_one_probe() -> None:
    with StandIn(routing="old") as s:
        client = Client(TOKEN, base_url=s.base_url, max_retries=0)
        assert client._formats.get(s.base_url) is None
        models = await asyncio.gather(*(get_model.asyncio("model_1", client=client) for _ in range(200)))
        assert {m.model.id for m in models} == {"model_1"}
        sent = len(s.requests)
        print(f"\n200 cold async get_model calls, old-format-only stand-in: {sent} requests")
        assert sent <= 210
        assert client._formats.get(s.base_url) == "old"
        await client.aclose()


def test_cold_threads_share_one_probe() -> None:
    with StandIn(routing="old") as s:
        client = Client(TOKEN, base_url=s.base_url, max_retries=0)
        barrier = threading.Barrier(40)
        ids: list[str] = []

        def call() -> None:
            barrier.wait()
            ids.append(get_model.sync("model_2", client=client).model.id)

        threads = [threading.Thread(target=call) for _ in range(40)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert ids == ["model_2"] * 40
        assert len(s.requests) <= 42
        client.close()


@pytest.mark.anyio
async def test_waiters_proceed_on_their_own_when_the_probe_learns_nothing() -> None:
    """A probe that fails (reset) wakes the others, who then each try for themselves: no serialised queue."""
    with FaultServer(Fault("reset")) as server:
        client = Client(TOKEN, base_url=server.base_url, max_retries=0)
        results = await asyncio.gather(
            *(get_model.asyncio("model_1", client=client) for _ in range(20)), return_exceptions=True
        )
        assert all(isinstance(r, LowCodeAPIError) for r in results)
        assert server.count == 20  # each call tried once, none waited for a second probe
        assert client._formats.get(server.base_url) is None
        await client.aclose()


# -- cleartext warning -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "warns"),
    [
        ("http://api.example.test/scenario", True),
        ("http://10.0.0.5:8080/scenario", True),
        ("https://api.example.test/scenario", False),
        ("http://127.0.0.1:9/scenario", False),
        ("http://127.8.9.1/scenario", False),
        ("http://localhost:8080/scenario", False),
        ("http://[::1]:8080/scenario", False),
    ],
)
def test_cleartext_token_warning(base_url: str, warns: bool) -> None:
    import scenario_lowcodeapi._config as base_client

    base_client._warned_cleartext.discard(base_url.rstrip("/"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Scenario(TOKEN, base_url=base_url)
        Client(TOKEN, base_url=base_url)  # once per base URL
    messages = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    if warns:
        assert len(messages) == 1
        assert "travels in cleartext" in messages[0] and TOKEN not in messages[0]
        assert caught[0].filename == __file__  # points at the caller's line
    else:
        assert messages == []


# -- closed client ---------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_use_after_close_raises_a_clear_error() -> None:
    with FaultServer(Fault("ok")) as server:
        with Client(TOKEN, base_url=server.base_url, url_format="new") as client:
            get_model.sync("model_1", client=client)
        copy = client.with_options(max_retries=0)
        for target in (client, copy):
            with pytest.raises(LowCodeAPIError, match="This client has been closed"):
                get_model.sync("model_1", client=target)
        async with Client(TOKEN, base_url=server.base_url, url_format="new") as aclient:
            await get_model.asyncio("model_1", client=aclient)
        with pytest.raises(LowCodeAPIError, match="This client has been closed"):
            await get_model.asyncio("model_1", client=aclient)
        with pytest.raises(LowCodeAPIError, match="This client has been closed"):
            aclient.get_httpx_client()
        assert server.count == 2


def test_closed_error_is_not_an_untyped_runtime_error() -> None:
    client = Client(TOKEN, httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200))})
    client.close()
    with pytest.raises(LowCodeAPIError) as info:
        client.get_httpx_client()
    assert not isinstance(info.value, RuntimeError)
