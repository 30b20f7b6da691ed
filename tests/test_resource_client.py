"""The resource-style client against the stand-in: issue #4's acceptance, sync and async."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scenario_lowcodeapi import (
    AsyncScenario,
    InferenceFailedError,
    Scenario,
    SyncPage,
    TrainingFailedError,
    Unset,
    WaitTimeoutError,
)
from scenario_lowcodeapi.models import Inference, InferenceStatus, Model
from tests.conftest import ROOT
from tests.standin import StandIn

TOKEN = "at_resource_tests"
PNG = (ROOT / "examples" / "assets" / "sample.png").read_bytes()


@pytest.fixture
def client(standin: StandIn) -> Iterator[Scenario]:
    with Scenario(TOKEN, base_url=standin.base_url) as c:
        yield c


def test_unknown_status_extra_field_and_missing_required_field_parse(standin: StandIn, client: Scenario) -> None:
    inference = standin.store.inferences["inf_1"]
    inference["status"] = "archived"
    inference["brandNewField"] = {"nested": True}
    del inference["displayPrompt"]
    inference["progress"] = None  # a null where the schema says number: absent, not a crash
    inference["images"] = None
    got = client.inferences.get("model_1", "inf_1").inference
    assert got.status == "archived" and str(got.status) == "archived"
    assert isinstance(got.status, InferenceStatus) and got.status.is_unknown
    assert got.additional_properties["brandNewField"] == {"nested": True}
    assert isinstance(got.display_prompt, Unset)
    assert isinstance(got.progress, Unset) and isinstance(got.images, Unset)
    assert got.to_dict()["status"] == "archived" and "displayPrompt" not in got.to_dict()
    assert not client.inferences.get("model_1", "inf_2").inference.status.is_unknown


def test_list_walks_all_pages_lazily(standin: StandIn, client: Scenario) -> None:
    page = client.models.list(page_size=2)
    assert isinstance(page, SyncPage) and len(page.items) == 2 and len(standin.requests) == 1
    standin.reset_requests()
    models = list(client.models.list(page_size=2))
    assert [m.id for m in models] == [f"model_{i}" for i in range(1, 6)]
    assert all(isinstance(m, Model) for m in models)
    assert len(standin.requests) == 3
    assert [r.query.get("paginationToken") is None for r in standin.requests] == [True, False, False]


def test_next_page_and_other_paginated_lists(client: Scenario) -> None:
    first = client.models.list(page_size=3)
    second = first.next_page()
    assert [m.id for m in second.items] == ["model_4", "model_5"] and not second.has_next_page()
    assert len(list(client.tags.list(page_size=1))) == 3
    assert len(list(client.inferences.list(page_size=2))) == 3
    assert len(list(client.inferences.list_for_model("model_1", page_size=1))) == 2
    assert list(client.models.list_classes("model_1", page_size=1))


@pytest.mark.anyio
async def test_async_pagination(standin: StandIn) -> None:
    async with AsyncScenario(TOKEN, base_url=standin.base_url) as client:
        ids = [m.id async for m in client.models.list(page_size=2)]
        assert ids == [f"model_{i}" for i in range(1, 6)] and len(standin.requests) == 3
        page = await client.models.list(page_size=4)
        assert len(page.items) == 4 and len((await page.next_page()).items) == 1


def _start_inference(client: Scenario) -> tuple[str, str]:
    created = client.inferences.create(
        "model_1", parameters={"type": "txt2img", "prompt": "a lighthouse", "numSamples": 1}
    )
    return "model_1", created.inference.id


def test_wait_returns_the_succeeded_inference_with_progress() -> None:
    # The stand-in advances one status per GET: the polls see queued, in-progress, succeeded.
    with StandIn(routing="both", inference_statuses=("new", "queued", "in-progress", "succeeded")) as s:
        client = Scenario(TOKEN, base_url=s.base_url)
        model_id, inference_id = _start_inference(client)
        seen: list[str] = []
        done = client.inferences.wait(
            model_id, inference_id, poll_interval=0.01, on_progress=lambda i: seen.append(str(i.status))
        )
        assert isinstance(done, Inference) and done.status == "succeeded" and done.id == inference_id
        assert seen == ["queued", "in-progress", "succeeded"]
        assert [r.method for r in s.requests] == ["POST", "GET", "GET", "GET"]


def test_wait_raises_on_failure_and_timeout() -> None:
    with StandIn(routing="both", inference_statuses=("queued", "failed")) as s:
        client = Scenario(TOKEN, base_url=s.base_url)
        model_id, inference_id = _start_inference(client)
        with pytest.raises(InferenceFailedError) as info:
            client.inferences.wait(model_id, inference_id, poll_interval=0.01)
        assert info.value.status == "failed" and isinstance(info.value.inference, Inference)
    with StandIn(routing="both", inference_statuses=("queued",)) as s:
        client = Scenario(TOKEN, base_url=s.base_url)
        model_id, inference_id = _start_inference(client)
        with pytest.raises(WaitTimeoutError):
            client.inferences.wait(model_id, inference_id, poll_interval=0.01, timeout=0.1)


@pytest.mark.anyio
async def test_async_wait_and_training() -> None:
    with StandIn(routing="old", training_statuses=("training", "training", "trained")) as s:
        client = AsyncScenario(TOKEN, base_url=s.base_url)
        created = await client.models.create(name="m")
        await client.models.train(created.model.id, parameters={"maxTrainSteps": 10})
        trained = await client.models.wait_for_training(created.model.id, poll_interval=0.01)
        assert trained.status == "trained"
        job = await client.inferences.create(created.model.id, parameters={"type": "txt2img", "prompt": "x"})
        done = await client.inferences.wait(created.model.id, job.inference.id, poll_interval=0.01)
        assert done.status == "succeeded"
        await client.close()
    with StandIn(routing="both", training_statuses=("training", "failed")) as s:
        sync = Scenario(TOKEN, base_url=s.base_url)
        sync.models.train("model_1", parameters={})
        with pytest.raises(TrainingFailedError):
            sync.models.wait_for_training("model_1", poll_interval=0.01)


@pytest.mark.parametrize(
    ("image", "field", "expected"),
    [
        ("path", "image", "data:image/png;base64," + base64.b64encode(PNG).decode()),
        ("bytes", "image", "data:image/png;base64," + base64.b64encode(PNG).decode()),
        ("data:image/png;base64,AAAA", "image", "data:image/png;base64,AAAA"),
        ("asset_1", "assetId", "asset_1"),
    ],
)
def test_image_inputs(
    standin: StandIn, client: Scenario, tmp_path: Path, image: str, field: str, expected: str
) -> None:
    if image == "path":
        path = tmp_path / "x.png"
        path.write_bytes(PNG)
        value: Any = path
    elif image == "bytes":
        value = PNG
    else:
        value = image
        standin.store.assets.setdefault("asset_1", {"id": "asset_1"})
    result = client.images.erase_background(image=value, return_image=True)
    sent = standin.requests[-1].json
    assert sent is not None and sent[field] == expected
    if field == "assetId":
        assert "image" not in sent
    data = result.image_bytes()
    assert data is not None and data.startswith(b"\x89PNG")
    saved = result.save(tmp_path / "out" / "cut.png")
    assert saved.read_bytes() == data


def test_data_only_image_fields_and_download(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    client.images.remove_background(data=PNG)
    assert standin.requests[-1].json == {"data": "data:image/png;base64," + base64.b64encode(PNG).decode()}
    paths = client.inferences.download_images("model_1", "inf_1", tmp_path / "imgs")
    assert paths and all(p.read_bytes().startswith(b"\x89PNG") for p in paths)
    assert all("api_token" not in r.raw_url for r in standin.requests if "__asset__" in r.path)


def test_raw_response_and_with_options(standin: StandIn, client: Scenario) -> None:
    raw = client.models.with_raw_response.get("model_2")
    assert raw.status_code == 200 and raw.parse().model.id == "model_2"
    assert raw.headers["content-type"].startswith("application/json") and raw.content
    quick = client.with_options(timeout=3.0, max_retries=0)
    assert quick.client.max_retries == 0 and quick.client.timeout.read == 3.0
    assert client.client.max_retries == 2
    assert quick.models.get("model_3").model.id == "model_3"
    assert "at_" not in repr(client) and "at_" not in repr(quick)


def test_every_operation_is_reachable_from_the_resources(client: Scenario) -> None:
    methods = {
        "models": ["list", "create", "get", "update", "delete", "list_categories", "list_classes", "copy", "train",
                   "add_training_image", "delete_training_image", "transfer", "delete_images", "wait_for_training"],
        "inferences": ["list", "list_for_model", "create", "delete_many", "delete_all", "get", "delete", "get_image",
                       "delete_image", "wait", "download_images"],
        "images": ["erase_background", "pixelate", "remove_background", "upscale"],
        "tags": ["list"],
        "usages": ["get"],
    }  # fmt: skip
    for resource, names in methods.items():
        for name in names:
            assert callable(getattr(getattr(client, resource), name)), f"{resource}.{name}"
    assert client.usages.get().to_dict() is not None
    assert client.models.get("model_1").model.id == "model_1"
