"""Per-call options (issue #8 part 4): ``extra_query``, ``extra_headers``, ``extra_body``, ``timeout`` reach the wire.

Checked on the 127.0.0.1 stand-in (what it records is what LowCodeAPI would receive), sync and async, resource and
function style, raw responses, pagination and the waiting helpers; the exact timeout handed to httpx on an
``httpx.MockTransport``; the merging rules and bad input as unit tests of ``_options``.
"""

from __future__ import annotations

import asyncio
import json
import typing
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_lowcodeapi import APITimeoutError, AsyncScenario, Client, Scenario
from scenario_lowcodeapi._options import merge_body, merge_headers, merge_query
from scenario_lowcodeapi.api.models import create_model, get_model
from tests.standin import Fault, StandIn
from tests.wire import recording_scenario

TOKEN = "at_options_secret"
ORIGINAL = {"originalAssets": "true"}
HEADER = {"x-a": "1"}


def _run(call: Callable[[], Any]) -> Any:
    result = call()
    return asyncio.run(result) if isinstance(result, Awaitable) else result


def _get_model_calls(base_url: str) -> dict[str, Callable[..., Any]]:
    """``get model_1`` in every style, each taking the per-call options as keyword arguments."""
    sync = Scenario(TOKEN, base_url=base_url, max_retries=0)
    low = Client(TOKEN, base_url=base_url, max_retries=0)

    async def resource_async(**options: Any) -> Any:
        async with AsyncScenario(TOKEN, base_url=base_url, max_retries=0) as client:
            return await client.models.get("model_1", **options)

    async def raw_async(**options: Any) -> Any:
        async with AsyncScenario(TOKEN, base_url=base_url, max_retries=0) as client:
            return await client.models.with_raw_response.get("model_1", **options)

    async def function_async(**options: Any) -> Any:
        client = Client(TOKEN, base_url=base_url, max_retries=0)
        try:
            return await get_model.asyncio("model_1", client=client, **options)
        finally:
            await client.aclose()

    async def function_async_detailed(**options: Any) -> Any:
        client = Client(TOKEN, base_url=base_url, max_retries=0)
        try:
            return await get_model.asyncio_detailed("model_1", client=client, **options)
        finally:
            await client.aclose()

    return {
        "resource": lambda **o: sync.models.get("model_1", **o),
        "resource-raw": lambda **o: sync.models.with_raw_response.get("model_1", **o),
        "resource-async": resource_async,
        "resource-async-raw": raw_async,
        "function-sync": lambda **o: get_model.sync("model_1", client=low, **o),
        "function-sync_detailed": lambda **o: get_model.sync_detailed("model_1", client=low, **o),
        "function-asyncio": function_async,
        "function-asyncio_detailed": function_async_detailed,
    }


STYLES = list(_get_model_calls("http://127.0.0.1:1/scenario"))


@pytest.mark.parametrize("style", STYLES)
def test_extra_query_and_headers_reach_the_wire_in_every_style(standin: StandIn, style: str) -> None:
    call = _get_model_calls(standin.base_url)[style]
    result = _run(lambda: call(extra_query=ORIGINAL, extra_headers=HEADER, timeout=3))
    assert getattr(result, "status_code", 200) == 200
    (sent,) = [r for r in standin.requests if r.status == 200]
    assert sent.method == "GET" and sent.path.endswith(("/v1/models/model_1", "/v1/models/modelId"))
    assert sent.query["originalAssets"] == "true" and sent.query["api_token"] == TOKEN
    assert sent.headers["x-a"] == "1"


@pytest.mark.parametrize("style", STYLES)
def test_extra_body_creates_a_body_and_extra_query_cannot_replace_the_token(standin: StandIn, style: str) -> None:
    call = _get_model_calls(standin.base_url)[style]
    _run(lambda: call(extra_body={"probe": [1, 2]}))
    assert standin.requests[-1].json == {"probe": [1, 2]}
    standin.reset_requests()
    for key in ("api_token", "api_token[]", "api_token[0]"):
        with pytest.raises(ValueError, match="must not set") as info:
            _run(lambda key=key: call(extra_query={key: "at_attacker"}))
        assert "at_attacker" not in str(info.value) and "\n" not in str(info.value)
    assert standin.requests == []  # refused before anything was sent


def test_extra_body_merges_into_the_operation_body(standin: StandIn) -> None:
    client = Scenario(TOKEN, base_url=standin.base_url)
    client.models.create(name="fox", extra_body={"shortDescription": "d", "name": "wins"})
    assert standin.requests[-1].json == {"name": "wins", "shortDescription": "d"}
    low = Client(TOKEN, base_url=standin.base_url)
    body_class = typing.get_type_hints(create_model.sync)["body"]  # whatever the body model is called

    create_model.sync_detailed(client=low, body=body_class(name="n"), extra_body={"classSlug": "c"})
    assert standin.requests[-1].json == {"name": "n", "classSlug": "c"}


def test_extra_query_wins_over_typed_parameters_and_survives_the_old_url_format() -> None:
    with StandIn(routing="old") as s:  # the new format misses, the client resends in the old one
        client = Scenario(TOKEN, base_url=s.base_url)
        client.inferences.get("model_1", "inf_1", extra_query={"x": "y"}, extra_headers=HEADER)
        assert [r.url_format for r in s.requests] == ["new", "old"]
        for sent in s.requests:
            assert sent.query["x"] == "y" and sent.headers["x-a"] == "1" and sent.query["api_token"] == TOKEN
        assert s.requests[-1].query["modelId"] == "model_1" and s.requests[-1].query["inferenceId"] == "inf_1"
        s.reset_requests()
        client.models.list(page_size=2, extra_query={"pageSize": 4})
        assert s.requests[-1].query["pageSize"] == "4"


def test_pagination_applies_the_options_to_every_page(standin: StandIn) -> None:
    client = Scenario(TOKEN, base_url=standin.base_url)
    ids = [m.id for m in client.models.list(page_size=2, extra_query={"q": "1"}, extra_headers=HEADER)]
    assert len(ids) == 5 and len(standin.requests) == 3
    assert all(r.query["q"] == "1" and r.headers["x-a"] == "1" for r in standin.requests)

    async def walk() -> list[str]:
        async with AsyncScenario(TOKEN, base_url=standin.base_url) as aclient:
            return [m.id async for m in aclient.models.list(page_size=2, extra_headers={"x-b": "2"})]

    standin.reset_requests()
    assert asyncio.run(walk()) == ids
    assert len(standin.requests) == 3 and all(r.headers["x-b"] == "2" for r in standin.requests)


def test_helpers_pass_the_options_to_every_poll_but_not_to_the_cdn(tmp_path: Path) -> None:
    with StandIn(routing="both", inference_statuses=("queued", "in-progress", "succeeded")) as s:
        client = Scenario(TOKEN, base_url=s.base_url)
        job = client.inferences.create("model_1", parameters={"type": "txt2img", "prompt": "p", "numSamples": 1})
        s.reset_requests()
        client.inferences.wait(
            "model_1", job.inference.id, poll_interval=0.01, extra_headers=HEADER, extra_query=ORIGINAL
        )
        assert len(s.requests) == 2 and all(
            r.headers["x-a"] == "1" and r.query["originalAssets"] == "true" for r in s.requests
        )
        s.reset_requests()
        paths = client.inferences.download_images("model_1", job.inference.id, tmp_path, extra_headers=HEADER)
        assert paths and len(s.requests) == 1 + len(paths)
        api, *cdn = s.requests
        assert api.headers["x-a"] == "1" and all("x-a" not in r.headers and "api_token" not in r.query for r in cdn)
        s.reset_requests()
        client.models.train("model_1", parameters={}, extra_headers=HEADER)
        client.models.wait_for_training("model_1", poll_interval=0.01, extra_query={"w": "1"})
        assert all(r.query["w"] == "1" for r in s.requests[1:]) and len(s.requests) >= 2

    async def async_helpers() -> None:
        with StandIn(routing="both", inference_statuses=("queued", "succeeded")) as s:
            async with AsyncScenario(TOKEN, base_url=s.base_url) as client:
                job = await client.inferences.create("model_1", parameters={"type": "txt2img", "prompt": "p"})
                s.reset_requests()
                await client.inferences.wait("model_1", job.inference.id, poll_interval=0.01, extra_headers=HEADER)
                await client.models.wait_for_training("model_1", poll_interval=0.01, extra_headers=HEADER)
                await client.inferences.download_images(
                    "model_1", job.inference.id, tmp_path / "a", extra_headers=HEADER
                )
            api = [r for r in s.requests if "__asset__" not in r.path]
            assert len(api) >= 3 and all(r.headers["x-a"] == "1" for r in api)
            assert all("x-a" not in r.headers for r in s.requests if "__asset__" in r.path)

    asyncio.run(async_helpers())


def test_timeout_applies_to_this_call_only(standin: StandIn) -> None:
    client = Scenario(TOKEN, base_url=standin.base_url, max_retries=0, timeout=30)
    standin.inject(Fault(kind="slow", delay=2.0, method="GET", path="/v1/models"))
    with pytest.raises(APITimeoutError):
        client.models.get("model_1", timeout=0.05)
    standin.clear_faults()
    standin.inject(Fault(kind="slow", delay=0.3, method="GET", path="/v1/models"))
    short = Scenario(TOKEN, base_url=standin.base_url, max_retries=0, timeout=0.02)
    assert short.models.get("model_1", timeout=None).model.id == "model_1"  # None: no timeout for this call


def _mock_client(**kwargs: Any) -> tuple[Scenario, list[httpx.Request]]:
    return recording_scenario(api_token=TOKEN, base_url="https://lowcode.test/scenario", url_format="new", **kwargs)


def test_the_timeout_handed_to_httpx() -> None:
    client, seen = _mock_client(timeout=httpx.Timeout(30.0, connect=5.0))
    client.models.get("model_1", timeout=3)
    client.models.get("model_1", timeout=None)
    client.models.get("model_1", timeout=httpx.Timeout(1.0, read=9.0))
    client.models.get("model_1")
    got = [r.extensions["timeout"] for r in seen]
    assert got[0] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert got[1] == {"connect": None, "read": None, "write": None, "pool": None}
    assert got[2] == {"connect": 1.0, "read": 9.0, "write": 1.0, "pool": 1.0}
    assert got[3] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    with pytest.raises(TypeError, match="timeout must be"):
        client.models.get("model_1", timeout="3")  # type: ignore[arg-type]
    assert len(seen) == 4


def test_extra_headers_override_client_headers_case_insensitively() -> None:
    client, seen = _mock_client(headers={"X-Credential-Key": "k"})
    client.models.get("model_1", extra_headers={"x-credential-key": "other", "x-b": "2"})
    client.models.get("model_1")
    assert seen[0].headers.get_list("x-credential-key") == ["other"] and seen[0].headers["x-b"] == "2"
    assert seen[1].headers.get_list("x-credential-key") == ["k"] and "x-b" not in seen[1].headers


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"extra_query": [("a", "b")]}, TypeError, "extra_query must be a mapping"),
        ({"extra_query": {1: "b"}}, TypeError, "extra_query keys must be non-empty strings"),
        ({"extra_headers": {"x-a": 1}}, TypeError, r"extra_headers\['x-a'\] must be a str"),
        ({"extra_headers": {"x-a": "1\r\nx-evil: 1"}}, ValueError, "must not contain CR, LF or NUL"),
        ({"extra_headers": {"bad name": "1"}}, ValueError, "is not a valid header name"),
        ({"extra_body": "raw"}, TypeError, "extra_body must be a mapping"),
        ({"extra_body": {"": 1}}, TypeError, "extra_body keys must be non-empty strings"),
    ],
)
def test_bad_options_raise_one_line_errors_before_sending(kwargs: dict[str, Any], error: type, message: str) -> None:
    client, seen = _mock_client()
    with pytest.raises(error, match=message) as info:
        client.models.get("model_1", **kwargs)
    assert "\n" not in str(info.value) and TOKEN not in str(info.value) and seen == []


def test_merge_helpers() -> None:
    assert merge_query(None, None) is None and merge_query({"a": 1}, {"a": 2, "b": None}) == {"a": 2, "b": None}
    assert merge_body([1], None) == [1] and merge_body(None, {"a": 1}) == {"a": 1}
    with pytest.raises(TypeError, match="extra_body needs a JSON object body"):
        merge_body([1], {"a": 1})
    assert merge_headers(None, None) is None and merge_headers({"A": "1"}, {"a": "2"}) == {"a": "2"}


_keys = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(
    lambda k: not k.startswith("api_token")
)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_keys, st.text(st.characters(blacklist_categories=("Cs",)), max_size=12), max_size=5))
def test_any_extra_query_round_trips_exactly_and_keeps_the_token(extra: dict[str, str]) -> None:
    client, seen = _mock_client()
    client.models.get("model_1", extra_query=extra)
    pairs = parse_qsl(urlsplit(str(seen[0].url)).query, keep_blank_values=True)
    assert [v for k, v in pairs if k == "api_token"] == [TOKEN]
    assert dict(p for p in pairs if p[0] != "api_token") == extra
    assert json.loads(seen[0].content or b"null") is None
