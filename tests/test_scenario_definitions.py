"""Every answer Scenario's definition allows parses into a type (issue #17, acceptance 2).

Against ``tests/scenario_mock.py`` (real HTTP on 127.0.0.1), a server answering every operation by Scenario's own
definitions as Prism would: the least a conforming server sends (required properties only, arrays empty), everything
(every property), a dry run's 269 ``DryRunResponse``, and Scenario's error bodies. Unwrapped (Scenario, Prism), in
LowCodeAPI's open-source envelope (the 269 turned into 200) and in the hosted docs' envelope. All 28 operations give
a typed result or a typed status error; none raises ``ResponseDecodeError``.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from scenario_lowcodeapi import BadRequestError, NotFoundError, Scenario
from scenario_lowcodeapi._pagination import SyncPage
from scenario_lowcodeapi.models import DryRunResponse
from tests.contract import calls
from tests.scenario_mock import DRY_RUN_STATUS, ScenarioMock

TOKEN = "at_scenario_definitions"
OPERATIONS = sorted(calls.operations())
DRY_RUN_OPERATIONS = [
    n for n in OPERATIONS if "dry_run" in inspect.signature(calls.operations()[n].module.sync).parameters
]


def test_every_operation_and_every_paid_one_is_here() -> None:
    assert len(OPERATIONS) == 28
    assert DRY_RUN_OPERATIONS == [
        "create_inference",
        "erase_background",
        "pixelate_image",
        "remove_background",
        "train_model",
        "upscale_image",
    ]


@pytest.fixture(
    scope="module", params=[(v, e) for v in ("minimal", "full") for e in ("prism", "result", "data")], ids=str
)
def mock(request: pytest.FixtureRequest) -> Iterator[ScenarioMock]:
    variant, envelope = request.param
    with ScenarioMock(variant, envelope) as m:
        yield m


def _typed(value: Any) -> None:
    """A generated model, every field readable."""
    assert attrs.has(type(value)), type(value)
    for field in attrs.fields(type(value)):
        getattr(value, field.name)
    value.to_dict()


@pytest.mark.parametrize("name", OPERATIONS)
def test_every_answer_scenario_allows_parses(mock: ScenarioMock, name: str) -> None:
    op = calls.operations()[name]
    with Scenario(api_token=TOKEN, base_url=mock.base_url, max_retries=0) as client:
        result = calls.resource_call(op, "minimal")(client)
        if isinstance(result, SyncPage):  # a list: the first page (not walked: a full example has a next token)
            _typed(result.response)
            for item in result.items:
                _typed(item)
        else:
            _typed(result)
            assert not isinstance(result, DryRunResponse)
    assert mock.seen[-1][2] == 200


@pytest.mark.parametrize("name", DRY_RUN_OPERATIONS)
def test_every_dry_run_scenario_allows_is_a_cost(mock: ScenarioMock, name: str) -> None:
    op = calls.operations()[name]
    args, kwargs = calls._arguments(op.module.sync, op, "minimal")
    kwargs["dry_run"] = True
    with Scenario(api_token=TOKEN, base_url=mock.base_url, max_retries=0) as client:
        answer = op.module.sync(*args, client=client.client, **kwargs)
    assert isinstance(answer, DryRunResponse) and answer.creative_units_cost == 1.5
    assert mock.seen[-1][2] == DRY_RUN_STATUS


@pytest.mark.parametrize("name", OPERATIONS)
@pytest.mark.parametrize(("status", "error"), [(404, NotFoundError), (400, BadRequestError)])
def test_every_error_scenario_sends_is_a_typed_status_error(
    mock: ScenarioMock, name: str, status: int, error: type[Exception]
) -> None:
    op = calls.operations()[name]
    args, kwargs = calls._arguments(op.module.sync, op, "minimal")
    with Scenario(api_token=TOKEN, base_url=mock.base_url, max_retries=0, url_format="old") as client:
        with pytest.raises(error) as info:
            op.module.sync(*args, client=client.client, extra_query={"fail": str(status)}, **kwargs)
    exc = info.value
    assert isinstance(exc, NotFoundError | BadRequestError)
    assert (exc.origin, exc.scenario_code) == ("scenario", "modelNotFound")
