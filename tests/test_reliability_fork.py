"""Issue #9, part 2: after os.fork(), parent and child never share a pooled connection (sync and async).

A real fork, an echoing server on 127.0.0.1 (tests/faults): before forking, the client opens a keep-alive
connection; then parent and child each make 200 get_model calls at the same time, each asking for its own
IDs. An answer carrying an ID the process did not ask for is cross-talk. 3 runs, 0 cross-talk, 0 errors.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys

import pytest

from scenario_lowcodeapi import Client
from scenario_lowcodeapi.api.models import get_model
from tests.faults import Fault, FaultServer

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs os.fork"),
    # The echo server runs on threads of this process, so Python 3.12+ warns that the fork copies a
    # multi-threaded process; the child only uses the client (no lock the server holds), which is the point.
    pytest.mark.filterwarnings("ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"),
]

TOKEN = "at_fork_5e8d"
CALLS = 200
RUNS = 3


def _sync_calls(client: Client, who: str) -> dict[str, int]:
    wrong = errors = 0
    for i in range(CALLS):
        asked = f"model_{who}_{i}"
        try:
            got = get_model.sync(asked, client=client).model.id
        except Exception:
            errors += 1
            continue
        wrong += got != asked
    return {"wrong": wrong, "errors": errors}


async def _async_calls(client: Client, who: str) -> dict[str, int]:
    wrong = errors = 0
    for i in range(CALLS):
        asked = f"model_{who}_{i}"
        try:
            got = (await get_model.asyncio(asked, client=client)).model.id
        except Exception:
            errors += 1
            continue
        wrong += got != asked
    return {"wrong": wrong, "errors": errors}


def _fork(child: object) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which reports through the pipe and never returns
        code = 0
        try:
            os.close(read_end)
            result = child()  # type: ignore[operator]
            os.write(write_end, json.dumps(result).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _child_result(pid: int, read_end: int) -> dict[str, int]:
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    assert os.waitstatus_to_exitcode(status) == 0, data
    result: dict[str, int] = json.loads(data)
    return result


def test_sync_fork_no_cross_talk() -> None:
    with FaultServer(Fault("echo")) as server:
        for _ in range(RUNS):
            client = Client(TOKEN, base_url=server.base_url, url_format="new", max_retries=0, timeout=30)
            assert get_model.sync("model_warm", client=client).model.id == "model_warm"  # a pooled connection
            pid, read_end = _fork(lambda c=client: _sync_calls(c, "child"))
            parent = _sync_calls(client, "parent")
            child = _child_result(pid, read_end)
            client.close()
            assert (parent, child) == ({"wrong": 0, "errors": 0}, {"wrong": 0, "errors": 0})


def test_async_fork_no_cross_talk() -> None:
    with FaultServer(Fault("echo")) as server:
        for _ in range(RUNS):
            client = Client(TOKEN, base_url=server.base_url, url_format="new", max_retries=0, timeout=30)
            loop = asyncio.new_event_loop()
            try:
                warm = loop.run_until_complete(get_model.asyncio("model_warm", client=client))
                assert warm.model.id == "model_warm"
                pid, read_end = _fork(lambda c=client: asyncio.run(_async_calls(c, "child")))
                parent = loop.run_until_complete(_async_calls(client, "parent"))
                child = _child_result(pid, read_end)
                loop.run_until_complete(client.aclose())
            finally:
                loop.close()
            assert (parent, child) == ({"wrong": 0, "errors": 0}, {"wrong": 0, "errors": 0})
