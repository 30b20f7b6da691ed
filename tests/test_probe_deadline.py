"""Issue #21: a call that waits for another call's URL-format probe is bounded by its own deadline.

Fresh format memory (the autouse fixture), a server dripping every body at 1 byte / 50 ms (a 60-byte body takes
3 s), ``timeout=1.0, max_retries=2``: README's bound is 3 x 1 s + 0.5 + 1.0 s of backoff = 4.5 s. Two concurrent
``models.get()`` calls 50 ms apart: the first probes (three attempts, about 4.3 s), the second waits for it, and the
wait counts against its own time, so both end within the bound (plus a scheduling margin), with
``APITimeoutError``. Real sockets (tests/faults).
"""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from scenario_lowcodeapi import APITimeoutError, AsyncScenario, Scenario
from tests.faults import Fault, FaultServer

TOKEN = "at_probe_deadline_93b1"
TIMEOUT, MAX_RETRIES = 1.0, 2
README_BOUND = (MAX_RETRIES + 1) * TIMEOUT + 0.5 + 1.0  # attempts + the backoff between them (at most)
MARGIN = 0.5  # scheduling on a loaded machine; the second call waited 8.5 s (async) and 5.3 s (sync) before


def _check(elapsed: dict[str, float], errors: dict[str, BaseException]) -> None:
    for name in ("first", "second"):
        assert isinstance(errors.get(name), APITimeoutError), f"{name}: {errors.get(name)!r}"
        assert elapsed[name] < README_BOUND + MARGIN, f"{name} took {elapsed[name]:.2f} s"
    assert "api_token=***" in str(errors["second"]) and TOKEN not in str(errors["second"])


def test_sync_waiter_ends_within_its_own_bound() -> None:
    with FaultServer(Fault("drip", seconds=0.05, size=60)) as server:
        client = Scenario(TOKEN, base_url=server.base_url, timeout=TIMEOUT, max_retries=MAX_RETRIES)
        elapsed: dict[str, float] = {}
        errors: dict[str, BaseException] = {}

        def call(name: str) -> None:
            start = time.monotonic()
            try:
                client.models.get("model_1")
            except BaseException as exc:  # checked below
                errors[name] = exc
            elapsed[name] = time.monotonic() - start

        first = threading.Thread(target=call, args=("first",))
        second = threading.Thread(target=call, args=("second",))
        first.start()
        time.sleep(0.05)
        second.start()
        first.join(timeout=30)
        second.join(timeout=30)
        client.close()
    print(f"\nsync, probe coalescing under a 1 s deadline: { ({k: round(v, 2) for k, v in elapsed.items()}) }")
    _check(elapsed, errors)


@pytest.mark.anyio
async def test_async_waiter_ends_within_its_own_bound() -> None:
    with FaultServer(Fault("drip", seconds=0.05, size=60)) as server:
        client = AsyncScenario(TOKEN, base_url=server.base_url, timeout=TIMEOUT, max_retries=MAX_RETRIES)
        elapsed: dict[str, float] = {}
        errors: dict[str, BaseException] = {}

        async def call(name: str, after: float) -> None:
            await asyncio.sleep(after)
            start = time.monotonic()
            try:
                await client.models.get("model_1")
            except BaseException as exc:  # checked below
                errors[name] = exc
            elapsed[name] = time.monotonic() - start

        await asyncio.wait_for(asyncio.gather(call("first", 0.0), call("second", 0.05)), 30)
        await client.close()
    print(f"\nasync, probe coalescing under a 1 s deadline: { ({k: round(v, 2) for k, v in elapsed.items()}) }")
    _check(elapsed, errors)


async def _two_calls(mode: str, base_url: str, timeout: float) -> list[object]:
    """Two ``models.get`` calls 50 ms apart, max_retries=0: their answers' model IDs, or their errors."""
    if mode == "sync":
        client = Scenario(TOKEN, base_url=base_url, timeout=timeout, max_retries=0)
        got: dict[int, object] = {}

        def call(n: int) -> None:
            try:
                got[n] = client.models.get("model_1").model.id
            except BaseException as exc:  # returned to the test
                got[n] = exc

        threads = [threading.Thread(target=call, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
            time.sleep(0.05)
        for thread in threads:
            thread.join(timeout=10)
        client.close()
        return [got[0], got[1]]
    aclient = AsyncScenario(TOKEN, base_url=base_url, timeout=timeout, max_retries=0)
    first = asyncio.create_task(aclient.models.get("model_1"))
    await asyncio.sleep(0.05)
    second = asyncio.create_task(aclient.models.get("model_1"))
    results = await asyncio.gather(first, second, return_exceptions=True)
    await aclient.close()
    return [r if isinstance(r, BaseException) else r.model.id for r in results]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_wait_is_charged_to_the_waiting_calls_time(mode: str) -> None:
    """Every answer takes 1.2 s. With a 4 s timeout the waiter has about 2.75 s left after the probe: both answer.
    With 2 s it has about 0.75 s left, less than its own request needs: it ends with APITimeoutError at about 2 s.
    (Delays far from the 50 ms between the calls and from the budgets, so a loaded machine has room.)"""
    with FaultServer(Fault("delay", seconds=1.2)) as server:
        assert await _two_calls(mode, server.base_url, 4.0) == ["model_1", "model_1"]
    with FaultServer(Fault("delay", seconds=1.2)) as server:
        start = time.monotonic()
        first, second = await _two_calls(mode, server.base_url, 2.0)
        elapsed = time.monotonic() - start
        assert first == "model_1"
        assert isinstance(second, APITimeoutError), repr(second)
        assert elapsed < 2.0 + 0.05 + MARGIN + 0.5
