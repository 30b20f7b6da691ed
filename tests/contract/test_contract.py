"""The contract test (issue #8 part 5): every request the client builds is one Scenario accepts.

For each of the 28 operations, a minimal call (required arguments only) and a full call (every typed argument),
function style and resource style, in both URL formats: the request is captured at the HTTP level
(``httpx.MockTransport``), mapped onto what LowCodeAPI forwards to Scenario, and validated with openapi-core against
Scenario's own definition (tests/contract/scenario.py). A violation names the operation and the field.

There is no list of known violations: every case must pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import Scenario
from tests.contract import calls
from tests.contract.scenario import BASE_PATH, ScenarioRequest, find_operation, to_scenario, violations
from tests.wire import recording_scenario

TOKEN = "at_contract_secret"
BASE_URL = "https://lowcode.test/scenario"

STYLES = ("function", "resource")


def _cases() -> list[Any]:
    cases = []
    for name in calls.operations():
        for variant in calls.VARIANTS:
            for style in STYLES:
                cases.append(pytest.param(name, variant, style, id=f"{name}-{variant}-{style}"))
    return cases


def _capture(call: Callable[[Scenario], Any], url_format: str) -> httpx.Request:
    client, seen = recording_scenario(api_token=TOKEN, base_url=BASE_URL, url_format=url_format, max_retries=0)
    call(client)
    assert len(seen) == 1, f"expected one request, the client sent {len(seen)}"
    return seen[0]


def _same(a: ScenarioRequest, b: ScenarioRequest) -> bool:
    return (a.method, a.path, sorted(a.query), a.json()) == (b.method, b.path, sorted(b.query), b.json())


@pytest.mark.parametrize(("name", "variant", "style"), _cases())
def test_request_is_accepted_by_scenario(name: str, variant: str, style: str) -> None:
    op = calls.operations()[name]
    if style == "function":
        function = calls.function_call(op, variant)
        call: Callable[[Scenario], Any] = lambda client: function(client.client)  # noqa: E731
    else:
        call = calls.resource_call(op, variant)
    formats = ("new", "old") if op.has_path_params else ("new",)
    sent = {fmt: to_scenario(_capture(call, fmt)) for fmt in formats}
    first = sent["new"]
    for fmt, request in sent.items():
        assert _same(request, first), f"{name}: the {fmt} URL format reaches Scenario as {request}, not {first}"
    found = find_operation(first.method, first.path)
    assert found is not None and BASE_PATH + found[0] == op.path, (
        f"{name}: {first.method} {first.path} reaches {found and found[0]}, not {op.path}"
    )
    problems = violations(first)
    assert not problems, f"{name} ({variant} call, {style} style) violates Scenario's contract: " + "; ".join(problems)


def test_every_operation_is_covered_in_both_styles() -> None:
    ops = calls.operations()
    assert len(ops) == 28
    assert set(calls.resource_methods()) == set(ops), "an operation without a resource method (or the reverse)"


def test_the_full_call_sends_more_than_the_minimal_one() -> None:
    """The full call really exercises the optional arguments (else "full" would prove nothing)."""
    richer = 0
    for op in calls.operations().values():
        minimal = to_scenario(_capture(calls.resource_call(op, "minimal"), "new"))
        full = to_scenario(_capture(calls.resource_call(op, "full"), "new"))
        size = (len(minimal.query), len(minimal.body or b""))
        if (len(full.query), len(full.body or b"")) > size:
            richer += 1
    assert richer >= 15  # every operation with an optional query parameter or body field


def _request(method: str, path: str, **kwargs: Any) -> ScenarioRequest:
    return to_scenario(httpx.Request(method, f"{BASE_URL}{path}", **kwargs))


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (lambda: _request("GET", "/v1/models?pageSize=2&bogus=1&api_token=at_x"), "query.bogus: not a query parameter"),
        (lambda: _request("DELETE", "/v1/models/m/images?api_token=at_x"), "ids"),
        (
            lambda: _request("POST", "/v1/models/m/transfer", json={"destinationProjectId": 5}),
            "body.destinationProjectId",
        ),
        (
            lambda: _request("POST", "/v1/models/m/transfer", json={"destinationProjectId": "p", "x": 1}),
            "'x' was unexpected",
        ),
        (lambda: _request("PUT", "/v1/images/upscale", json={"scalingFactor": "two"}), "body.scalingFactor"),
        (lambda: _request("POST", "/v1/models/m/inferences", json={}), "'parameters' is a required property"),
        (lambda: _request("GET", "/v1/nothing-here"), "no operation GET /v1/nothing-here"),
        (lambda: _request("GET", "/v1/tags", json={"a": 1}), "takes no body"),
    ],
)
def test_the_contract_catches_bad_requests(request_: Callable[[], ScenarioRequest], expected: str) -> None:
    problems = violations(request_())
    assert any(expected in p for p in problems), problems


def test_the_proxy_mapping() -> None:
    old = _request("GET", "/v1/models/modelId/inferences/inferenceId?modelId=m&inferenceId=i&x=1&api_token=at_x")
    assert (old.path, old.query, old.moved) == (
        "/v1/models/m/inferences/i",
        [("x", "1")],
        {"modelId": "m", "inferenceId": "i"},
    )
    new = _request("GET", "/v1/models/m/inferences/i?x=1&api_token=at_x")
    assert _same(old, new) and new.moved == {}
    with pytest.raises(AssertionError, match="lacks the modelId query parameter"):
        _request("GET", "/v1/models/modelId?api_token=at_x")
    with pytest.raises(AssertionError, match="not under the LowCodeAPI mount"):
        to_scenario(httpx.Request("GET", "https://lowcode.test/v1/models"))
