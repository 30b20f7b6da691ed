"""Dry runs and costs (issue #17, point 1): every paid operation takes ``dry_run: bool``; a dry run's answer is a
typed ``DryRunResponse`` (status 269 from Scenario, or 200 through LowCodeAPI's open-source server) and nothing
is created; paid answers expose ``creative_units_cost``. Against the stand-in (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import AsyncScenario, ResponseDecodeError, Scenario
from scenario_lowcodeapi.api.inferences import create_inference
from scenario_lowcodeapi.api.models import train_model
from scenario_lowcodeapi.models import (
    DryRunResponse,
    PostModelsInferencesByModelIdRequest,
    PostModelsInferencesByModelIdResponse,
    PutModelsTrainByModelIdRequest,
    PutModelsTrainByModelIdResponse,
)
from scenario_lowcodeapi.types import UNSET
from tests.conftest import MYPY_CACHE
from tests.standin import Fault, StandIn
from tests.standin.store import COST_IMAGE_EDIT, COST_PER_IMAGE, COST_TRAINING, COST_UPSCALE

TOKEN = "at_dry_run_tests"
ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

# (operation, call on a resource, the stand-in's cost): every operation Scenario gives a dryRun.
PAID: dict[str, tuple[Callable[[Any], Any], float]] = {
    "inferences.create": (
        lambda c: c.inferences.create(
            "model_1", parameters={"type": "txt2img", "prompt": "a fox", "numSamples": 3}, dry_run=True
        ),
        3 * COST_PER_IMAGE,
    ),
    "models.train": (lambda c: c.models.train("model_2", dry_run=True), COST_TRAINING),
    "images.upscale": (lambda c: c.images.upscale(image=PNG, dry_run=True), COST_UPSCALE),
    "images.erase_background": (lambda c: c.images.erase_background(image=PNG, dry_run=True), COST_IMAGE_EDIT),
    "images.remove_background": (lambda c: c.images.remove_background(data=PNG, dry_run=True), COST_IMAGE_EDIT),
    "images.pixelate": (
        lambda c: c.images.pixelate(image=PNG, pixel_grid_size=32, remove_noise=True, return_image=False, dry_run=True),
        COST_IMAGE_EDIT,
    ),
}


def _state(s: StandIn) -> Any:
    store = s.store
    with store.lock:
        return copy.deepcopy((store.models, store.inferences, store.assets, store.jobs, store.creative_units_used))


@pytest.fixture(params=["result", "data"])
def standin(request: pytest.FixtureRequest) -> Iterator[StandIn]:
    with StandIn(routing="both", envelope=request.param) as s:
        yield s


@pytest.mark.parametrize("operation", sorted(PAID))
@pytest.mark.parametrize("dry_run_status", [200, 269])
def test_dry_run_is_a_typed_cost_and_creates_nothing(operation: str, dry_run_status: int) -> None:
    call, cost = PAID[operation]
    with StandIn(routing="both", envelope="result", dry_run_status=dry_run_status) as s:
        before = _state(s)
        with Scenario(api_token=TOKEN, base_url=s.base_url, max_retries=0) as client:
            answer = call(client)
        assert type(answer) is DryRunResponse
        assert answer.creative_units_cost == cost
        assert answer.creative_units_discount == 0
        assert _state(s) == before  # nothing created, nothing billed
        (sent,) = [r for r in s.requests if r.matched_route]
        assert sent.query["dryRun"] == "true" and sent.status == dry_run_status


@pytest.mark.anyio
@pytest.mark.parametrize("operation", sorted(PAID))
async def test_dry_run_async(standin: StandIn, operation: str) -> None:
    call, cost = PAID[operation]
    before = _state(standin)
    async with AsyncScenario(api_token=TOKEN, base_url=standin.base_url) as client:
        answer = await call(client)
    assert isinstance(answer, DryRunResponse) and answer.creative_units_cost == cost
    assert _state(standin) == before


def test_paid_answers_carry_their_cost(standin: StandIn) -> None:
    with Scenario(api_token=TOKEN, base_url=standin.base_url) as client:
        created = client.inferences.create(
            "model_1", parameters={"type": "txt2img", "prompt": "a fox", "numSamples": 2}
        )
        assert isinstance(created, PostModelsInferencesByModelIdResponse)
        assert created.creative_units_cost == 2 * COST_PER_IMAGE
        assert created.inference.id in standin.store.inferences
        trained = client.models.train("model_3", dry_run=False)
        assert isinstance(trained, PutModelsTrainByModelIdResponse) and trained.creative_units_cost == COST_TRAINING
        assert client.images.upscale(image=PNG).creative_units_cost == COST_UPSCALE
        assert client.images.pixelate(
            image=PNG, pixel_grid_size=8, remove_noise=False, return_image=False
        ).creative_units_cost == (COST_IMAGE_EDIT)
    sent = [r for r in standin.requests if r.matched_route]
    assert "dryRun" not in sent[0].query  # not given: not sent
    assert sent[1].query["dryRun"] == "false"  # a bool goes on the wire as true/false


def test_function_style_and_raw_responses(standin: StandIn) -> None:
    with Scenario(api_token=TOKEN, base_url=standin.base_url) as client:
        body = PostModelsInferencesByModelIdRequest.from_dict(
            {"parameters": {"type": "txt2img", "prompt": "x", "numSamples": 1}}
        )
        dry = create_inference.sync("model_1", client=client.client, body=body, dry_run=True)
        assert isinstance(dry, DryRunResponse) and dry.creative_units_cost == COST_PER_IMAGE
        raw = client.inferences.with_raw_response.create(
            "model_1", parameters={"type": "txt2img", "prompt": "x"}, dry_run=True
        )
        assert raw.status_code == 200 and isinstance(raw.parse(), DryRunResponse)
        train_body = PutModelsTrainByModelIdRequest()
        detailed = train_model.sync_detailed("model_2", client=client.client, body=train_body, dry_run=True)
        assert isinstance(detailed.parsed, DryRunResponse)
        # dryRun given through extra_query is recognised too (the answer is what Scenario sent: the cost)
        via_query = client.inferences.create(
            "model_1", parameters={"type": "txt2img", "prompt": "x"}, extra_query={"dryRun": "true"}
        )
        assert isinstance(via_query, DryRunResponse)
        # a str is still accepted, as before
        assert isinstance(client.models.train("model_2", dry_run="true"), DryRunResponse)
    assert standin.store.inferences.keys() == {"inf_1", "inf_2", "inf_3"}


def test_a_200_with_a_dry_run_body_is_a_dry_run_and_269_with_either_envelope(standin: StandIn) -> None:
    cost = {"creativeUnitsCost": 7.5, "creativeUnitsDiscount": 1}
    standin.inject(
        Fault(status=200, body={"data": cost}, path="/inferences"),  # dryRun not in the request: the shape says it
        Fault(status=269, body={"message": "ok", "provider": "scenario", "result": cost}, path="/train"),
    )
    with Scenario(api_token=TOKEN, base_url=standin.base_url) as client:
        answer = client.inferences.create("model_1", parameters={"type": "txt2img", "prompt": "x"})
        assert isinstance(answer, DryRunResponse) and answer.creative_units_cost == 7.5
        trained = client.models.train("model_2")
        assert isinstance(trained, DryRunResponse) and trained.creative_units_discount == 1


def test_a_dry_run_answer_without_its_cost_is_a_decode_error(standin: StandIn) -> None:
    standin.inject(Fault(status=269, body={"data": {"creativeUnitsDiscount": 1}}, path="/upscale"))
    with Scenario(api_token=TOKEN, base_url=standin.base_url) as client, pytest.raises(ResponseDecodeError) as info:
        client.images.upscale(image=PNG, dry_run=True)
    assert "DryRunResponse" in str(info.value) and "creativeUnitsCost" in str(info.value)


def test_boolean_query_parameters_take_bool_and_str() -> None:
    seen: list[httpx.QueryParams] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params)
        return httpx.Response(200, json={"data": {"models": [], "model": {"id": "m"}}})

    with Scenario(api_token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        client.models.list(loaded_only=True, original_assets=False, blacklisted=True)
        client.models.list(loaded_only="true", blacklisted=UNSET)
        client.models.get("m", original_assets=True)
    assert (seen[0]["loadedOnly"], seen[0]["originalAssets"], seen[0]["blacklisted"]) == ("true", "false", "true")
    assert seen[1]["loadedOnly"] == "true" and "blacklisted" not in seen[1]
    assert seen[2]["originalAssets"] == "true"


TYPING_SNIPPET = """
from typing import assert_type

from scenario_lowcodeapi import AsyncScenario, Scenario
from scenario_lowcodeapi.api.inferences import create_inference
from scenario_lowcodeapi.models import (
    DryRunResponse,
    PostModelsInferencesByModelIdRequest,
    PostModelsInferencesByModelIdResponse,
    PutImagesPixelateResponse,
    PutModelsTrainByModelIdResponse,
)
from scenario_lowcodeapi.types import Unset

client = Scenario(api_token="at_x")
cost = client.inferences.create("m", parameters={"type": "txt2img", "prompt": "x"}, dry_run=True)
assert_type(cost, DryRunResponse)
assert_type(cost.creative_units_cost, float)
assert_type(cost.creative_units_discount, float | Unset)
done = client.inferences.create("m", parameters={"type": "txt2img", "prompt": "x"})
assert_type(done, PostModelsInferencesByModelIdResponse)
assert_type(done.creative_units_cost, float | Unset)
assert_type(client.inferences.create("m", parameters={"type": "txt2img", "prompt": "x"}, dry_run=False), PostModelsInferencesByModelIdResponse)
flag: bool = bool(len("x"))
assert_type(client.models.train("m", dry_run=flag), PutModelsTrainByModelIdResponse | DryRunResponse)
assert_type(client.models.train("m", dry_run=True), DryRunResponse)
assert_type(client.images.pixelate(image="a", pixel_grid_size=8, remove_noise=True, return_image=False), PutImagesPixelateResponse)
assert_type(client.images.upscale(image="a", dry_run=True), DryRunResponse)
assert_type(client.images.remove_background(data="a", dry_run=True), DryRunResponse)
assert_type(client.images.erase_background(image="a", dry_run=True), DryRunResponse)
assert_type(client.inferences.with_raw_response.create("m", parameters={"type": "txt2img", "prompt": "x"}, dry_run=True).parse(), DryRunResponse)
body = PostModelsInferencesByModelIdRequest.from_dict({"parameters": {"type": "txt2img", "prompt": "x"}})
assert_type(create_inference.sync("m", client=client.client, body=body, dry_run=True), DryRunResponse)
assert_type(create_inference.sync("m", client=client.client, body=body), PostModelsInferencesByModelIdResponse)
client.models.list(loaded_only=True, original_assets=False, blacklisted="true")


async def main() -> None:
    async with AsyncScenario(api_token="at_x") as a:
        assert_type(await a.inferences.create("m", parameters={"type": "txt2img", "prompt": "x"}, dry_run=True), DryRunResponse)
        assert_type(await a.models.train("m"), PutModelsTrainByModelIdResponse)
"""


def test_mypy_strict_sees_the_dry_run_types(tmp_path: Path) -> None:
    snippet = tmp_path / "dry_run_snippet.py"
    snippet.write_text(TYPING_SNIPPET, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(MYPY_CACHE), str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
