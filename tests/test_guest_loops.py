"""Issue #16, point 5: one ``AsyncScenario`` works from any event loop: successive ``asyncio.run()`` calls and
several threads each running its own loop (the async connection pools are per loop). Real sockets: the raw fault
server (keep-alive, so a pooled connection of a finished loop would be reused if pools were shared).

Every call runs under ``timeout=5`` (and the threads are joined with a bound), so a hang fails instead of hanging.
"""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from scenario_lowcodeapi import AsyncScenario, Client, LowCodeAPIError
from scenario_lowcodeapi._routing import Route
from tests.faults import Fault, FaultServer

TOKEN = "at_loops_5e2d"
MODELS = Route.from_template("GET", "/v1/models")


def test_successive_asyncio_run_calls_share_one_client() -> None:
    with FaultServer(Fault("ok")) as server:
        client = AsyncScenario(TOKEN, base_url=server.base_url, timeout=5, max_retries=0)

        async def three() -> list[str]:
            got = await asyncio.gather(*(client.models.get(f"model_{i}") for i in range(3)))
            return [m.model.id for m in got]

        for _ in range(4):  # each run has its own loop; the previous one is closed
            assert asyncio.run(three()) == ["model_1"] * 3
        asyncio.run(client.close())
        assert server.count == 12


def test_threads_each_running_their_own_loop() -> None:
    with FaultServer(Fault("delay", seconds=0.02)) as server:
        client = AsyncScenario(TOKEN, base_url=server.base_url, timeout=5, max_retries=0)
        results: dict[int, object] = {}

        async def batch() -> int:
            got = await asyncio.gather(*(client.models.get("model_1") for _ in range(25)), return_exceptions=True)
            errors = [g for g in got if isinstance(g, BaseException)]
            if errors:
                raise errors[0]
            return len(got)

        def run(n: int) -> None:
            try:
                results[n] = asyncio.run(batch())
            except BaseException as exc:  # reported below, with its type
                results[n] = exc

        threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
        start = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        elapsed = time.monotonic() - start
        print(f"\n4 threads x own loop x 25 concurrent gets on one AsyncScenario: {elapsed:.2f} s, {results}")
        assert not any(thread.is_alive() for thread in threads)
        assert results == {0: 25, 1: 25, 2: 25, 3: 25}
        assert server.count == 100
        asyncio.run(client.close())


def test_a_pool_per_loop_and_close_reaches_them_all() -> None:
    with FaultServer(Fault("ok")) as server:
        client = Client(TOKEN, base_url=server.base_url, timeout=5, max_retries=0)
        pools: list[object] = []

        async def one() -> None:
            await client.arequest(MODELS)
            pools.append(client.get_async_httpx_client())
            assert client.get_async_httpx_client() is pools[-1]  # reused within a loop

        asyncio.run(one())
        asyncio.run(one())
        assert pools[0] is not pools[1]

        # A loop running in another thread: aclose() from here closes that loop's pool on its own loop.
        other = asyncio.new_event_loop()
        thread = threading.Thread(target=other.run_forever, daemon=True)
        thread.start()
        asyncio.run_coroutine_threadsafe(one(), other).result(timeout=10)
        theirs = pools[-1]
        asyncio.run(client.aclose())
        deadline = time.monotonic() + 5
        while not theirs.is_closed and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.01)
        assert theirs.is_closed  # type: ignore[attr-defined]
        other.call_soon_threadsafe(other.stop)
        thread.join(timeout=5)
        other.close()
        with pytest.raises(LowCodeAPIError, match="has been closed"):
            asyncio.run(client.arequest(MODELS))


def test_without_an_asyncio_loop_the_error_says_why() -> None:
    client = Client(TOKEN, base_url="http://127.0.0.1:9/scenario")
    coroutine = client.arequest(MODELS)
    with pytest.raises(LowCodeAPIError, match="needs a running asyncio event loop"):
        coroutine.send(None)  # driven by hand, as a non-asyncio loop would: no asyncio loop is running
    client.close()
