"""download_images: typed error on an unfinished inference, complete files never downloaded twice, partial files
never taken for complete ones (stand-in on 127.0.0.1)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from scenario_lowcodeapi import AsyncScenario, Scenario
from scenario_lowcodeapi._downloads import existing_download
from scenario_lowcodeapi.errors import InferenceNotSucceededError, LowCodeAPIError
from tests.standin import StandIn

MODEL = "model_1"


def cdn_requests(standin: StandIn) -> int:
    return sum(1 for r in standin.requests if "__asset__" in r.path)


def new_inference(client: Scenario) -> str:
    return client.inferences.create(
        MODEL, parameters={"type": "txt2img", "prompt": "fox", "numSamples": 2}
    ).inference.id


def test_download_images_on_an_unfinished_inference_names_its_status(standin: StandIn, tmp_path: Path) -> None:
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    inference_id = new_inference(client)
    with pytest.raises(InferenceNotSucceededError) as caught:
        client.inferences.download_images(MODEL, inference_id, tmp_path)  # first GET: queued -> in-progress
    assert caught.value.status == "in-progress" and isinstance(caught.value, LowCodeAPIError)
    assert f"inference {inference_id} of model {MODEL} is in-progress, not succeeded" in str(caught.value)
    assert caught.value.inference.id == inference_id and list(tmp_path.iterdir()) == []


def test_download_images_on_a_failed_inference(tmp_path: Path) -> None:
    with StandIn(routing="both", inference_statuses=("failed",)) as standin:
        client = Scenario(api_token="at_test", base_url=standin.base_url)
        inference_id = new_inference(client)
        with pytest.raises(InferenceNotSucceededError, match="is failed, not succeeded") as caught:
            client.inferences.download_images(MODEL, inference_id, tmp_path)
        assert caught.value.status == "failed" and "wait for it" not in str(caught.value)


def test_a_second_download_reuses_the_complete_files(standin: StandIn, tmp_path: Path) -> None:
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    inference_id = new_inference(client)
    done = client.inferences.wait(MODEL, inference_id, poll_interval=0.01)
    first = client.inferences.download_images(MODEL, done.id, tmp_path)
    assert len(first) == 2 and cdn_requests(standin) == 2
    assert [p.read_bytes() for p in first] == standin.store.inference_pictures(done.id)
    again = client.inferences.download_images(MODEL, done.id, tmp_path)
    assert again == first and cdn_requests(standin) == 2  # not downloaded again


def test_a_partial_file_is_never_taken_for_a_complete_one(standin: StandIn, tmp_path: Path) -> None:
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    inference_id = new_inference(client)
    client.inferences.wait(MODEL, inference_id, poll_interval=0.01)
    images = client.inferences.get(MODEL, inference_id).inference.images
    assert not isinstance(images, type(None)) and images
    stem = images[0].id  # type: ignore[index,union-attr]
    (tmp_path / f".{stem}.abc123.part").write_bytes(b"\x89PN")  # what a download killed half-way leaves
    paths = client.inferences.download_images(MODEL, inference_id, tmp_path)
    assert cdn_requests(standin) == 2 and paths[0].name == f"{stem}.png"
    assert paths[0].read_bytes() == standin.store.picture(stem)


def test_existing_download_only_sees_final_names(tmp_path: Path) -> None:
    (tmp_path / ".img.x1.part").write_bytes(b"x")
    (tmp_path / "img-other.png").write_bytes(b"x")
    assert existing_download(tmp_path, "img") is None
    (tmp_path / "img.png").write_bytes(b"x")
    assert existing_download(tmp_path, "img") == tmp_path / "img.png"
    (tmp_path / "we[ir]d*.png").write_bytes(b"x")
    assert existing_download(tmp_path, "we[ir]d*") == tmp_path / "we[ir]d*.png"


def test_async_download_images_resumes_too(standin: StandIn, tmp_path: Path) -> None:
    async def main() -> None:
        async with AsyncScenario(api_token="at_test", base_url=standin.base_url) as client:
            created = await client.inferences.create(
                MODEL, parameters={"type": "txt2img", "prompt": "x", "numSamples": 1}
            )
            with pytest.raises(InferenceNotSucceededError):
                await client.inferences.download_images(MODEL, created.inference.id, tmp_path)
            await client.inferences.wait(MODEL, created.inference.id, poll_interval=0.01)
            first = await client.inferences.download_images(MODEL, created.inference.id, tmp_path)
            again = await client.inferences.download_images(MODEL, created.inference.id, tmp_path)
            assert first == again and len(first) == 1

    asyncio.run(main())
    assert cdn_requests(standin) == 1
