"""Issue #9, part 1: never charge twice. Retry safety is declared per operation, and checked here for all 28.

Every generated operation's Route is exercised against a raw fault server (tests/faults) for each fault of the
matrix (server slower than the timeout, reset after the request, 502, 503, 429), sync and async; the server
counts what it received. Then the acceptance cases run against the independent LowCodeAPI stand-in through
the resource client: models.train, images.upscale, inferences.create and models.create reach it exactly once,
get_model and delete_model are still retried.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import APIConnectionError, APITimeoutError, AsyncScenario, Client, Scenario
from scenario_lowcodeapi._routing import Route
from scenario_lowcodeapi.errors import APIStatusError
from tests.faults import Fault, FaultServer, no_async_sleep, no_sleep
from tests.ops import operation_modules
from tests.standin import Fault as StandInFault
from tests.standin import StandIn

TOKEN = "at_reliability_7c4e1b"

# Written from Scenario's pricing facts (LOWCODEAPI.md), not from the overlay: what creates or costs credits.
UNSENT_ONLY = {
    "create_model",
    "copy_model",
    "train_model",
    "add_training_image",
    "transfer_model",
    "create_inference",
    "erase_background",
    "pixelate_image",
    "remove_background",
    "upscale_image",
}


ROUTES: dict[str, Route] = {name: module._ROUTE for name, module in operation_modules().items()}
MAX_RETRIES = 1


def test_all_28_operations_declare_the_expected_policy() -> None:
    assert len(ROUTES) == 28
    assert UNSENT_ONLY <= ROUTES.keys()
    for name, route in ROUTES.items():
        expected = "unsent-only" if name in UNSENT_ONLY else "safe"
        assert route.retry == expected, name
        if route.method == "POST":
            assert route.retry == "unsent-only", name
    # The safe ones: reads, deletes and update_model, nothing else.
    safe = {name for name, route in ROUTES.items() if route.retry == "safe"}
    assert {ROUTES[name].method for name in safe} == {"GET", "DELETE", "PUT"}
    assert [name for name in safe if ROUTES[name].method == "PUT"] == ["update_model"]


def test_docstrings_say_the_policy() -> None:
    from scenario_lowcodeapi.api.images import upscale_image
    from scenario_lowcodeapi.api.models import get_model

    assert "Retries (unsent-only): creates something or costs credits" in (upscale_image.sync.__doc__ or "")
    assert "Retries (safe): safe to repeat" in (get_model.sync.__doc__ or "")


# (fault, client timeout, attempts a "safe" operation makes, attempts an "unsent-only" one makes)
MATRIX: dict[str, tuple[Fault, float, int, int]] = {
    # 1 s: ample for a request to reach a local server even on a loaded machine, far below the 4 s delay.
    "slower-than-timeout": (Fault("delay", seconds=4.0), 1.0, 1 + MAX_RETRIES, 1),
    "reset-after-request": (Fault("reset"), 10.0, 1 + MAX_RETRIES, 1),
    "502": (Fault("status", status=502, body=b"<html>bad gateway</html>", content_type="text/html"), 10.0, 2, 1),
    "503": (Fault("status", status=503, body=b'{"message": "busy"}'), 10.0, 1 + MAX_RETRIES, 1),
    "429": (Fault("status", status=429, body=b'{"message": "slow down"}', headers={"Retry-After": "0"}), 10.0, 2, 2),
}


def _call_args(route: Route) -> dict[str, Any]:
    return {
        "path_params": {name: f"id_{name}" for name in route.path_params},
        "json": {"x": 1} if route.method in ("POST", "PUT") else None,
    }


def _outcome(call: Callable[[], httpx.Response]) -> str:
    try:
        return f"HTTP {call().status_code}"
    except APITimeoutError:
        return "timeout"
    except APIConnectionError:
        return "connection"


async def _aoutcome(call: Callable[[], Awaitable[httpx.Response]]) -> str:
    try:
        return f"HTTP {(await call()).status_code}"
    except APITimeoutError:
        return "timeout"
    except APIConnectionError:
        return "connection"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", sorted(MATRIX))
async def test_fault_matrix_all_operations(case: str, mode: str) -> None:
    fault, timeout, safe_attempts, unsent_attempts = MATRIX[case]
    with FaultServer(fault) as server:
        client = Client(
            TOKEN,
            base_url=server.base_url,
            timeout=timeout,
            max_retries=MAX_RETRIES,
            url_format="new",
            _sleep=no_sleep,
            _async_sleep=no_async_sleep,
        )
        names = sorted(ROUTES)
        # All 28 at once (each has its own method + path, so the server's counts tell them apart).
        if mode == "sync":
            with ThreadPoolExecutor(len(names)) as pool:
                outcomes = list(
                    pool.map(lambda n: _outcome(lambda: client.request(ROUTES[n], **_call_args(ROUTES[n]))), names)
                )
            client.close()
        else:
            outcomes = await asyncio.gather(
                *(_aoutcome(lambda n=n: client.arequest(ROUTES[n], **_call_args(ROUTES[n]))) for n in names)
            )
            await client.aclose()
        counts = Counter((r.method, r.path.removeprefix("/scenario")) for r in server.received)
    expected_outcome = {"slower-than-timeout": "timeout", "reset-after-request": "connection"}.get(case, f"HTTP {case}")
    for name, outcome in zip(names, outcomes, strict=True):
        route = ROUTES[name]
        wire_path = route.path
        for param in route.path_params:
            wire_path = wire_path.replace("{" + param + "}", f"id_{param}")
        attempts = unsent_attempts if name in UNSENT_ONLY else safe_attempts
        assert (name, counts[(route.method, wire_path)]) == (name, attempts)
        assert (name, outcome) == (name, expected_outcome)


# -- acceptance against the LowCodeAPI stand-in, through the resource client ------------------------------------

PAID: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
    "models.train": ("PUT", "/train", lambda c: c.models.train("model_1", parameters={})),
    "images.upscale": ("PUT", "/upscale", lambda c: c.images.upscale(asset_id="asset_1")),
    "inferences.create": (
        "POST",
        "/inferences",
        lambda c: c.inferences.create("model_1", parameters={"type": "txt2img", "prompt": "a fox"}),
    ),
    "models.create": ("POST", "/v1/models", lambda c: c.models.create(name="fox")),
}
STANDIN_FAULTS = {
    "slow": lambda method, path: StandInFault(kind="slow", delay=2.0, method=method, path=path),
    "reset": lambda method, path: StandInFault(kind="drop", method=method, path=path),
    "502": lambda method, path: StandInFault(kind="html", status=502, method=method, path=path),
    "503": lambda method, path: StandInFault(status=503, method=method, path=path),
}


async def _resolve(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


@pytest.fixture(scope="module")
def standin() -> Any:
    with StandIn(routing="both") as s:
        yield s


@pytest.fixture
def s(standin: StandIn) -> StandIn:
    standin.clear_faults()
    standin.reset_requests()
    return standin


def _resource_client(mode: str, base_url: str, timeout: float) -> Any:
    client = Client(
        TOKEN, base_url=base_url, timeout=timeout, max_retries=2, _sleep=no_sleep, _async_sleep=no_async_sleep
    )
    return Scenario(client=client) if mode == "sync" else AsyncScenario(client=client)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(STANDIN_FAULTS))
@pytest.mark.parametrize("operation", sorted(PAID))
async def test_paid_operations_reach_the_standin_exactly_once(
    s: StandIn, operation: str, fault: str, mode: str
) -> None:
    method, path, call = PAID[operation]
    s.inject(STANDIN_FAULTS[fault](method, path))
    client = _resource_client(mode, s.base_url, 0.5)
    with pytest.raises((APIStatusError, APIConnectionError)):
        await _resolve(call(client))
    sent = [r for r in s.requests if r.method == method and path in r.path]
    assert len(sent) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(STANDIN_FAULTS))
async def test_get_and_delete_model_are_still_retried(fault: str, mode: str) -> None:
    with StandIn(routing="both") as s:  # its own: the delete changes the store
        s.inject(STANDIN_FAULTS[fault]("GET", "/v1/models/model_1"))
        s.inject(STANDIN_FAULTS[fault]("DELETE", "/v1/models/model_2"))
        client = _resource_client(mode, s.base_url, 0.5)
        got = await _resolve(client.models.get("model_1"))
        assert got.model.id == "model_1"
        await _resolve(client.models.delete("model_2"))
        gets = [r for r in s.requests if r.method == "GET" and r.path.endswith("/model_1")]
        deletes = [r for r in s.requests if r.method == "DELETE" and r.path.endswith("/model_2")]
        assert (len(gets), len(deletes)) == (2, 2)
