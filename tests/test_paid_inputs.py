"""Paid calls fail before sending when they cannot work: empty or missing image files, an image operation without
an image, a wrong value type in a typed dict. Nothing reaches the stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario_lowcodeapi import Scenario
from scenario_lowcodeapi.errors import InvalidImageError, NotFoundError
from tests.standin import StandIn


@pytest.fixture
def client(standin: StandIn) -> Scenario:
    return Scenario(api_token="at_test", base_url=standin.base_url)


def test_an_empty_image_file_is_refused_like_empty_bytes(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InvalidImageError, match="empty image file: .*empty.png"):
        client.images.erase_background(image=empty)
    with pytest.raises(InvalidImageError, match="empty image"):
        client.images.erase_background(image=b"")
    with pytest.raises(InvalidImageError, match="empty image file"):
        client.images.upscale(image=empty)
    assert standin.requests == []


def test_a_missing_image_file_is_an_invalid_image_error(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    with pytest.raises(InvalidImageError, match="image file not found: .*nope.png") as caught:
        client.images.pixelate(image=tmp_path / "nope.png", pixel_grid_size=32, remove_noise=False, return_image=False)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(InvalidImageError, match="is a directory"):
        client.images.remove_background(data=tmp_path)
    assert standin.requests == []


@pytest.mark.parametrize("operation", ["erase_background", "upscale"])
def test_an_image_operation_without_image_or_asset_id_is_a_value_error(
    standin: StandIn, client: Scenario, operation: str
) -> None:
    with pytest.raises(ValueError, match="pass image=.* or asset_id=: got neither"):
        getattr(client.images, operation)()
    assert standin.requests == []


def test_pixelate_and_remove_background_without_image_are_value_errors(standin: StandIn, client: Scenario) -> None:
    with pytest.raises(ValueError, match="got neither"):
        client.images.pixelate(pixel_grid_size=32, remove_noise=False, return_image=False)
    with pytest.raises(ValueError, match="pass data=.*the operation needs an image"):
        client.images.remove_background()
    assert standin.requests == []


def test_an_asset_id_alone_is_sent(standin: StandIn, client: Scenario) -> None:
    with pytest.raises(NotFoundError):  # the stand-in knows no asset_1: what matters is that it was asked
        client.images.erase_background(asset_id="asset_1")
    assert len(standin.requests) == 1


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            {"type": "txt2img", "prompt": "x", "numSamples": "2"},
            "parameters: 'numSamples' must be a number, got str '2'",
        ),
        ({"type": "txt2img", "prompt": 3}, "parameters: 'prompt' must be a string, got int 3"),
        ({"type": "txt2img", "prompt": "x", "numSamples": True}, "'numSamples' must be a number, got bool True"),
        ({"type": "txt2img", "prompt": "x", "hideResults": "yes"}, "'hideResults' must be a boolean, got str 'yes'"),
        ({"type": "txt2img", "prompt": "x", "ipAdapterImageIds": "a"}, "'ipAdapterImageIds' must be a list, got str"),
        ({"type": "txt2img", "prompt": "x", "numSamplez": 2}, "unknown key 'numSamplez' (did you mean 'numSamples'?)"),
    ],
)
def test_a_wrong_value_type_in_a_typed_dict_is_named_as_such(
    standin: StandIn, client: Scenario, parameters: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        client.inferences.create("model_1", parameters=parameters)  # type: ignore[arg-type]
    assert message in str(caught.value)
    assert standin.requests == []


def test_right_types_still_pass(standin: StandIn, client: Scenario) -> None:
    answer = client.inferences.create(
        "model_1", parameters={"type": "txt2img", "prompt": "x", "numSamples": 2, "guidance": 7.5, "hideResults": False}
    )
    assert answer.inference.id and len(standin.requests) == 1
