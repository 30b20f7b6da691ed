"""Issue #16, point 4: deadlines by default. The default client's ``timeout`` is a number (60 s), a deadline for
each whole attempt, so a server dripping its body cannot hold a default call longer; ``download_images()`` bounds
each download by the per-request timeout and the whole call by ``timeout``; ``wait()`` cuts a poll at its
``timeout``. Real sockets; figures printed, bounds generous (the machine is loaded).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest

from scenario_lowcodeapi import APITimeoutError, AsyncScenario, Scenario, WaitTimeoutError
from scenario_lowcodeapi._base_client import DEFAULT_TIMEOUT, call_deadline
from tests.faults import Fault, FaultServer
from tests.faults.bodies import Body, BodyServer, drip

TOKEN = "at_deadline_default_40aa"


def test_a_default_client_cuts_a_dripping_body_at_the_default_deadline() -> None:
    """Sync and async at once (one wait of the default 60 s): a 120-byte body at 1 byte/s would take 120 s."""
    assert DEFAULT_TIMEOUT == 60.0
    with FaultServer(Fault("drip", seconds=1.0, size=120)) as server:
        outcome: dict[str, object] = {}

        def sync_call() -> None:
            start = time.monotonic()
            try:
                Scenario(TOKEN, base_url=server.base_url, max_retries=0).models.list()
                outcome["sync"] = "returned"
            except APITimeoutError as exc:
                outcome["sync"] = (time.monotonic() - start, str(exc))

        async def async_call() -> None:
            start = time.monotonic()
            client = AsyncScenario(TOKEN, base_url=server.base_url, max_retries=0)
            try:
                await client.models.list()
                outcome["async"] = "returned"
            except APITimeoutError as exc:
                outcome["async"] = (time.monotonic() - start, str(exc))
            await client.close()

        thread = threading.Thread(target=sync_call)
        thread.start()
        asyncio.run(async_call())
        thread.join(timeout=100)
    print(f"\ndefault client, body dripped at 1 byte/s: {outcome}")
    for mode in ("sync", "async"):
        result = outcome[mode]
        assert isinstance(result, tuple), f"{mode}: {result}"
        elapsed, message = result
        assert DEFAULT_TIMEOUT - 1 < elapsed < DEFAULT_TIMEOUT + 20
        assert "longer than the 60 s timeout" in message


def _inference_server(image: Body, *, first_poll_fast: bool = False, drip_polls: float = 0.0) -> BodyServer:
    """get_inference answers (optionally dripped after the first poll); /img/... answers ``image``."""
    holder: list[BodyServer] = []
    polls: list[int] = []

    def answer(path: str) -> Body:
        if path.startswith("/img/"):
            return image
        polls.append(1)
        url = f"{holder[0].url}/img/one.png"
        status = "succeeded" if not drip_polls else "in-progress"
        payload = {"data": {"inference": {"id": "inf_1", "status": status, "images": [{"id": "a", "url": url}]}}}
        data = json.dumps(payload).encode()
        if drip_polls and not (first_poll_fast and len(polls) == 1):
            return Body(drip(data), pause=drip_polls)
        return Body([data])

    server = BodyServer(answer)
    holder.append(server)
    return server


PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_download_images_is_bounded_by_its_timeout(mode: str, tmp_path: Path) -> None:
    """An image dripped at 1 byte / 0.2 s (42 s in all): ``timeout=1`` ends the whole call after about 1 s."""
    with _inference_server(Body(drip(PNG), headers={"Content-Type": "image/png"}, pause=0.2)) as server:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            if mode == "sync":
                with Scenario(TOKEN, base_url=server.base_url) as client:
                    client.inferences.download_images("m", "inf_1", tmp_path, timeout=1)
            else:
                async with AsyncScenario(TOKEN, base_url=server.base_url) as aclient:
                    await aclient.inferences.download_images("m", "inf_1", tmp_path, timeout=1)
        elapsed = time.monotonic() - start
    print(f"\n{mode}: download_images(timeout=1), image dripped at 1 byte/0.2 s: APITimeoutError after {elapsed:.2f} s")
    assert elapsed < 3.0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_each_download_is_bounded_by_the_request_timeout(mode: str, tmp_path: Path) -> None:
    with _inference_server(Body(drip(PNG), headers={"Content-Type": "image/png"}, pause=0.2)) as server:
        start = time.monotonic()
        with pytest.raises(APITimeoutError, match="longer than 0.5 s"):
            if mode == "sync":
                with Scenario(TOKEN, base_url=server.base_url) as client:
                    client.inferences.download_images("m", "inf_1", tmp_path, timeout=30, request_timeout=0.5)
            else:
                async with AsyncScenario(TOKEN, base_url=server.base_url) as aclient:
                    await aclient.inferences.download_images("m", "inf_1", tmp_path, timeout=30, request_timeout=0.5)
        elapsed = time.monotonic() - start
    print(f"\n{mode}: download_images(request_timeout=0.5): APITimeoutError after {elapsed:.2f} s")
    assert elapsed < 2.5


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_wait_cuts_a_slow_poll_at_its_timeout(mode: str) -> None:
    """The first poll answers at once (still running); the next ones drip (about 6 s each, 60 s with retries):
    ``wait(timeout=1.5)`` ends with WaitTimeoutError after about 1.5 s."""
    with _inference_server(Body([b""]), first_poll_fast=True, drip_polls=0.05) as server:
        start = time.monotonic()
        with pytest.raises(WaitTimeoutError) as info:
            if mode == "sync":
                with Scenario(TOKEN, base_url=server.base_url, timeout=20) as client:
                    client.inferences.wait("m", "inf_1", timeout=1.5, poll_interval=0.1)
            else:
                async with AsyncScenario(TOKEN, base_url=server.base_url, timeout=20) as aclient:
                    await aclient.inferences.wait("m", "inf_1", timeout=1.5, poll_interval=0.1)
        elapsed = time.monotonic() - start
    print(f"\n{mode}: wait(timeout=1.5) with dripping polls: WaitTimeoutError after {elapsed:.2f} s")
    assert info.value.status == "in-progress"
    assert elapsed < 4.0


def test_call_deadline_caps_every_attempt_and_no_retry_starts_after_it() -> None:
    with FaultServer(Fault("drip", seconds=0.2, size=60)) as server:
        client = Scenario(TOKEN, base_url=server.base_url, timeout=5, max_retries=5)
        start = time.monotonic()
        with call_deadline(1.0), pytest.raises(APITimeoutError):
            client.models.list()
        elapsed = time.monotonic() - start
        client.close()
    assert elapsed < 3.0  # 6 attempts x 5 s without it
