"""Issue #9, part 3: a number ``timeout`` bounds the whole attempt (headers and body), not each read.

A raw server (tests/faults) sends its headers at once, then a 60-byte body one byte every 0.5 s (30 s in all).
httpx alone would wait the whole 30 s (every single read is well under the timeout). No timed assertion on
speed: only a generous upper bound (the drip takes 30 s) and the figure is printed.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from scenario_lowcodeapi import APITimeoutError, Client
from scenario_lowcodeapi._routing import Route
from scenario_lowcodeapi.api.models import get_model
from tests.faults import Fault, FaultServer

TOKEN = "at_deadline_1f9a"
MODELS = Route.from_template("GET", "/v1/models")


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_slow_drip_body_times_out_at_the_deadline(mode: str) -> None:
    with FaultServer(Fault("drip", seconds=0.5, size=60)) as server:
        client = Client(TOKEN, base_url=server.base_url, timeout=1, max_retries=0, url_format="new")
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            if mode == "sync":
                get_model.sync("model_1", client=client)
            else:
                await get_model.asyncio("model_1", client=client)
        elapsed = time.monotonic() - start
        print(f"\n{mode}: slow drip (60 bytes, 1 per 0.5 s), timeout=1: APITimeoutError after {elapsed:.2f} s")
        assert elapsed < 5.0  # the drip itself takes 30 s
        assert "longer than the 1 s timeout" in str(info.value)
        assert server.count == 1
        await client.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_whole_call_is_attempts_times_timeout(mode: str) -> None:
    """max_retries=1 on a read: two attempts, each cut at its deadline, then the error names both."""
    with FaultServer(Fault("drip", seconds=0.3, size=60)) as server:
        client = Client(TOKEN, base_url=server.base_url, timeout=0.5, max_retries=1, _sleep=lambda _: None)
        client = client.with_options()
        with pytest.raises(APITimeoutError, match="after 2 attempts"):
            if mode == "sync":
                client.request(MODELS)
            else:
                await client.arequest(MODELS)
        assert server.count == 2
        await client.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_httpx_timeout_object_keeps_the_per_read_meaning(mode: str) -> None:
    """8 bytes, one per 0.15 s: 1.2 s in all. A number 0.8 s cuts it; httpx.Timeout(0.8) bounds each read only."""
    with FaultServer(Fault("drip", seconds=0.15, size=8)) as server:
        per_read = Client(TOKEN, base_url=server.base_url, timeout=httpx.Timeout(0.8), max_retries=0)
        whole = per_read.with_options(timeout=0.8)
        if mode == "sync":
            assert per_read.request(MODELS).status_code == 200
            with pytest.raises(APITimeoutError):
                whole.request(MODELS)
            with pytest.raises(APITimeoutError):  # the per-call timeout is a deadline too
                per_read.request(MODELS, timeout=0.8)
        else:
            assert (await per_read.arequest(MODELS)).status_code == 200
            with pytest.raises(APITimeoutError):
                await whole.arequest(MODELS)
            with pytest.raises(APITimeoutError):
                await per_read.arequest(MODELS, timeout=0.8)
        await per_read.aclose()


def test_timeout_validation() -> None:
    for bad in (0, -1, float("nan"), True, "5"):
        with pytest.raises(ValueError, match="timeout must be a number of seconds > 0"):
            Client(TOKEN, timeout=bad)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_deadline_does_not_break_the_pool() -> None:
    """After attempts cut by the deadline, the same client still works (cancelled connections are discarded)."""
    with FaultServer(Fault("drip", seconds=0.2, size=8)) as server:
        client = Client(TOKEN, base_url=server.base_url, timeout=0.3, max_retries=0)
        for _ in range(3):
            with pytest.raises(APITimeoutError):
                await client.arequest(MODELS)
        server.fault = Fault("ok")
        responses = await asyncio.gather(*(client.arequest(MODELS) for _ in range(5)))
        assert [r.status_code for r in responses] == [200] * 5
        await client.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_slow_drip_headers_time_out_at_the_deadline(mode: str) -> None:
    """The status line and headers one byte every 0.3 s (about 25 s): each read is well under the timeout, so
    only a deadline on the whole attempt ends it; sync too, through the socket-level cap (_deadline.py)."""
    with FaultServer(Fault("drip-headers", seconds=0.3)) as server:
        client = Client(TOKEN, base_url=server.base_url, timeout=1, max_retries=0, url_format="new")
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            if mode == "sync":
                get_model.sync("model_1", client=client)
            else:
                await get_model.asyncio("model_1", client=client)
        elapsed = time.monotonic() - start
        print(f"\n{mode}: headers dripped 1 byte per 0.3 s, timeout=1: APITimeoutError after {elapsed:.2f} s")
        assert elapsed < 5.0  # the headers alone take about 25 s
        assert "longer than the 1 s timeout" in str(info.value)
        assert server.count == 1
        await client.aclose()


def test_threads_sharing_a_client_keep_their_own_deadlines() -> None:
    """One thread's deadline never cuts another's attempt on the same client (the deadline is per thread):
    a 1 s and a 30 s client share one httpx.Client; the 30 s one gets the whole dripped body (about 2.4 s)."""
    from concurrent.futures import ThreadPoolExecutor

    with FaultServer(Fault("drip", seconds=0.3, size=8)) as server:
        patient = Client(TOKEN, base_url=server.base_url, timeout=30, max_retries=0, url_format="new")
        hasty = patient.with_options(timeout=1)

        def call(client: Client) -> object:
            try:
                return client.request(MODELS).status_code
            except APITimeoutError as exc:
                return type(exc).__name__

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(call, [patient, hasty]))
        assert results == [200, "APITimeoutError"]
        patient.close()


def test_bound_sockets_wraps_only_httpx_own_pools_once() -> None:
    from scenario_lowcodeapi._deadline import _Backend, bound_sockets

    def backends(client: httpx.Client) -> list[object]:
        transports = [client._transport, *client._mounts.values()]
        return [t._pool._network_backend for t in transports if t is not None]  # type: ignore[attr-defined]

    plain = httpx.Client(mounts={"http://proxied.invalid": httpx.HTTPTransport(retries=0)})
    assert bound_sockets(plain) and bound_sockets(plain)  # idempotent
    assert [type(b) for b in backends(plain)] == [_Backend, _Backend]
    assert not any(isinstance(b._inner, _Backend) for b in backends(plain))  # type: ignore[attr-defined]
    mocked = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    assert not bound_sockets(mocked)  # not httpx's own transport: left as it is
    plain.close()
    mocked.close()


def test_a_client_the_caller_passes_in_is_left_as_it_is() -> None:
    from scenario_lowcodeapi._deadline import _Backend

    mine = httpx.Client()
    client = Client(TOKEN, base_url="http://127.0.0.1:9/scenario", timeout=1)
    client.set_httpx_client(mine)
    assert client.get_httpx_client() is mine
    assert not isinstance(mine._transport._pool._network_backend, _Backend)  # type: ignore[attr-defined]
    own = Client(TOKEN, base_url="http://127.0.0.1:9/scenario", timeout=1).get_httpx_client()
    assert isinstance(own._transport._pool._network_backend, _Backend)  # type: ignore[attr-defined]
    mine.close()
    own.close()
