"""Property-based: mutated versions of complete Scenario responses parse into a model or raise
ResponseDecodeError, never anything else; wait() and pagination survive null and broken elements.

Inputs are complete instances of Scenario's own response definitions (tests/payloads.py, from
codegen/spec/scenario-official-swagger2.json), mutated at random places: nulls, wrong types, numbers as
strings, arrays and objects swapped, unknown enum values, deep nesting, removed keys.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

import scenario_lowcodeapi.models as models
from scenario_lowcodeapi import Scenario
from scenario_lowcodeapi._parsing import PayloadError
from scenario_lowcodeapi._response import parse_model
from scenario_lowcodeapi.errors import ResponseDecodeError
from scenario_lowcodeapi.types import Unset
from tests.models import common
from tests.payloads import complete

ROOTS = [n for n in common.ROOTS if complete(n)]
TOKEN = "at_property_test_token"
Path = tuple[str | int, ...]


def paths(value: Any, here: Path = ()) -> list[Path]:
    """Every location in a JSON value (the root included), in a deterministic order."""
    out = [here]
    if isinstance(value, dict):
        for key, sub in value.items():
            out.extend(paths(sub, (*here, key)))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            out.extend(paths(sub, (*here, index)))
    return out


def nest(value: Any, depth: int) -> Any:
    for _ in range(depth):
        value = [value] if depth % 2 else {"x": value}
    return value


MUTATIONS: dict[str, Callable[[Any], Any]] = {
    "null": lambda v: None,
    "number as string": lambda v: str(v) if isinstance(v, (int, float)) else "12",
    "number": lambda v: 7,
    "float": lambda v: -0.5,
    "bool": lambda v: True,
    "string": lambda v: "surprise",
    "unknown enum value": lambda v: "value-from-the-future",
    "empty object": lambda v: {},
    "empty array": lambda v: [],
    "array of it": lambda v: [v],
    "object of it": lambda v: {"value": v},
    "array<->object": lambda v: (
        list(v.values()) if isinstance(v, dict) else dict(enumerate(v)) if isinstance(v, list) else v
    ),
    "null elements": lambda v: [None, *v, None] if isinstance(v, list) else v,
    "deep": lambda v: nest(v, 300),
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, Any, list[str]]:
    name = draw(st.sampled_from(ROOTS))
    payload = complete(name)
    done: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(paths(payload)))
        how = draw(st.sampled_from(sorted(MUTATIONS)))
        if draw(st.booleans()) and where:  # sometimes remove the key / element instead
            how = "remove"
        done.append(f"{how} at {where}")
        payload = apply(payload, where, how)
    return name, payload, done


def apply(payload: Any, where: Path, how: str) -> Any:
    if not where:
        return MUTATIONS[how](payload) if how != "remove" else payload
    parent = payload
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    if how == "remove":
        if isinstance(parent, dict):
            parent.pop(last, None)
        else:
            parent[last] = None
    else:
        parent[last] = MUTATIONS[how](copy.deepcopy(parent[last]))
    return payload


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_payloads_parse_or_raise_response_decode_error(case: tuple[str, Any, list[str]]) -> None:
    name, payload, _ = case
    cls = getattr(models, name)
    try:
        parsed = parse_model(common.response(payload, token=TOKEN), cls.from_dict)
    except ResponseDecodeError as exc:
        text = str(exc)
        assert "\n" not in text and TOKEN not in text
        event("ResponseDecodeError")
        return
    event("parsed")
    assert isinstance(parsed, cls)
    json.dumps(parsed.to_dict())  # what parsed can be written back out
    repr(parsed)


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_from_dict_raises_only_payload_error(case: tuple[str, Any, list[str]]) -> None:
    name, payload, _ = case
    try:
        parsed = getattr(models, name).from_dict(payload)
    except PayloadError as exc:
        assert "\n" not in str(exc)
        return
    parsed.to_dict()  # reads every field: a nested value parsed on first read must not raise either


# --- wait() and pagination over HTTP (httpx.MockTransport) -----------------------------------------------

junk = st.sampled_from([None, None, "text", 3, [], {}, {"url": "no id"}, {"id": 4}])


def scenario(handler: Callable[[httpx.Request], httpx.Response]) -> Scenario:
    return Scenario(
        api_token=TOKEN,
        base_url="http://127.0.0.1:9/scenario",
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def interleave(good: list[Any], bad: list[Any], positions: list[int]) -> list[Any]:
    out = list(good)
    for item, at in zip(bad, positions, strict=False):
        out.insert(at % (len(out) + 1), item)
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(junk, max_size=6), st.lists(st.integers(0, 20), min_size=6, max_size=6), st.integers(1, 3))
def test_wait_survives_null_and_broken_images(bad: list[Any], positions: list[int], polls: int) -> None:
    inference = complete("GetModelsInferencesByModelIdAndInferenceIdResponse")["inference"]
    good = [{"id": f"img_{i}", "url": f"http://127.0.0.1:9/i{i}.png"} for i in range(3)]
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        body = dict(inference, status="succeeded" if calls["n"] >= polls else "in-progress")
        body["images"] = interleave(good, bad, positions)
        return httpx.Response(200, json={"data": {"inference": body}})

    with scenario(handler) as client:
        done = client.inferences.wait("model_1", inference["id"], poll_interval=0, timeout=30)
    assert not isinstance(done.images, Unset)
    assert [i.id for i in done.images] == ["img_0", "img_1", "img_2"]


@settings(max_examples=60, deadline=None)
@given(st.lists(junk, max_size=6), st.lists(st.integers(0, 20), min_size=6, max_size=6))
def test_pagination_survives_null_and_broken_elements(bad: list[Any], positions: list[int]) -> None:
    pages = [[{"id": "m1"}, {"id": "m2"}], [{"id": "m3"}], [{"id": "m4"}]]

    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("paginationToken")
        index = int(token) if token else 0
        payload: dict[str, Any] = {"models": interleave(pages[index], bad, positions)}
        if index + 1 < len(pages):
            payload["nextPaginationToken"] = str(index + 1)
        return httpx.Response(200, json={"data": payload})

    with scenario(handler) as client:
        assert [m.id for m in client.models.list(page_size=2)] == ["m1", "m2", "m3", "m4"]


# --- exhaustive single-field mutations: only a guaranteed field may fail the response ---------------------

SWEEP = ("null", "number as string", "string", "empty object", "array of it", "array<->object", "unknown enum value")


def guaranteed_root_keys(cls: type) -> set[str]:
    """The JSON keys of the root fields typed without ``| Unset``."""
    plain = {f.name for f in attrs.fields(cls) if f.name != "additional_properties" and "Unset" not in str(f.type)}
    return {key for key in complete(cls.__name__) if snake_case(key) in plain}


def may_fail(keys: set[str], where: Path) -> bool:
    """Whether breaking ``where`` may fail the whole response: the root, a guaranteed payload field, or the id
    of a guaranteed single object. Anything else (array elements, optional fields) must not."""
    if not where:
        return True
    if where[0] not in keys:
        return False
    return len(where) == 1 or (len(where) == 2 and where[1] == "id")


@pytest.mark.parametrize("name", ROOTS)
def test_every_single_field_mutation_parses_or_fails_only_on_a_guaranteed_path(name: str) -> None:
    cls = getattr(models, name)
    keys = guaranteed_root_keys(cls)
    base = complete(name)
    text = json.dumps(base)
    failures: list[str] = []
    count = 0
    for where in paths(base):
        if any(isinstance(step, int) and step > 0 for step in where):
            continue  # arrays hold two identical elements: the first stands for both
        for how in (*SWEEP, "remove"):
            count += 1
            payload = apply(json.loads(text), where, how)
            try:
                cls.from_dict(payload).to_dict()  # to_dict reads every field, the nested ones included
            except PayloadError as exc:
                if not may_fail(keys, where):
                    failures.append(f"{how} at {where}: {exc}")
    assert count >= 8 and not failures, failures[:5]


@pytest.mark.anyio
async def test_async_wait_and_pagination_skip_null_elements() -> None:
    from scenario_lowcodeapi import AsyncScenario

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/models"):
            token = request.url.params.get("paginationToken")
            if token:
                return httpx.Response(200, json={"data": {"models": [None, {"id": "m3"}, {"name": "no id"}]}})
            return httpx.Response(200, json={"data": {"models": [{"id": "m1"}, None], "nextPaginationToken": "2"}})
        images = [None, {"id": "img_0", "url": "http://127.0.0.1:9/a.png"}, "junk", {"url": "no id"}]
        return httpx.Response(200, json={"data": {"inference": {"id": "inf", "status": "succeeded", "images": images}}})

    async with AsyncScenario(
        api_token=TOKEN,
        base_url="http://127.0.0.1:9/scenario",
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(handler)},
    ) as client:
        assert [m.id async for m in client.models.list(page_size=2)] == ["m1", "m3"]
        done = await client.inferences.wait("model_1", "inf", poll_interval=0, timeout=30)
    assert not isinstance(done.images, Unset) and [i.id for i in done.images] == ["img_0"]
