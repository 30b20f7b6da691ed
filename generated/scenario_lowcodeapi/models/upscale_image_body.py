from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upscale_image_body_preset import UpscaleImageBodyPreset
from ..models.upscale_image_body_style import UpscaleImageBodyStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpscaleImageBody")


@_attrs_define
class UpscaleImageBody:
    image: str | Unset = UNSET
    """ The image to upscale in base64 format string. It will be ignored if assetId is provided. """
    seed: str | Unset = UNSET
    """ Reproduce a preceding result. Default: randomly generated number. If set, "seed" must be an integer between
    0 and 2147483647 sent as string """
    scaling_factor: float | Unset = UNSET
    """ The scaling factor to apply to the image. One of 1, 2, 4, 8, 16. """
    preset: UpscaleImageBodyPreset | Unset = UNSET
    """ Optimize the upscale for a specific use case. Precise: Upscale for high fidelity. Balanced: Upscale for a
    balance between fidelity and creativity. Creative: Upscale for creativity. Default: Balanced. """
    negative_prompt: str | Unset = UNSET
    """ A negative full text prompt that discourages the upscale from generating certain characteristics. It is
    recommended to test without using a negative prompt. Default: empty string. Example: "Low resolution, blurry,
    pixelated, noisy """
    half_mode: bool | Unset = UNSET
    """ Optimize tiling so centered props and characters on an image get better results. Setting it to false will
    enhance performances. Default: false. """
    asset_id: str | Unset = UNSET
    """ The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided, image and name will be ignored. """
    override_embeddings: bool | Unset = UNSET
    """ Override the embeddings of the model. Default: false. Use with caution. """
    hdr: float | Unset = UNSET
    """ Increase definition and details. High value can lead to a loss of realism. Default: optimized for your
    `preset` and `style`. """
    name: str | Unset = UNSET
    """ The original file name of the image (example: "low-res-image.jpg"). It will be ignored if assetId is
    provided. """
    prompt_fidelity: float | Unset = UNSET
    """ Increase the fidelity to the prompt during upscale. Default: optimized for your `preset` and `style`. """
    style: UpscaleImageBodyStyle | Unset = UNSET
    """ Optimize the upscale for a specific style. `standard` works in most cases. Use one of the other `styles` to
    refine the outputs. Default: `standard`. """
    return_image: bool | Unset = UNSET
    """ If true, a placeholder version of the image being processed will be returned in the response. Default:
    false. """
    creativity: float | Unset = UNSET
    """ Allow the generation of "hallucinations" during the upscale process, which adds additional details and
    deviates from the original image. Default: optimized for your `preset` and `style`. """
    color_correction: bool | Unset = UNSET
    """ Apply a color correction to the resulting image hence increasing ressemblance. Default: true. """
    prompt: str | Unset = UNSET
    """ A full text prompt to guide the upscale and forcing the generation of certain characteristics. Default:
    empty string. Example: "UHD 8K hyper detailed studio photo of man face with yellow skin, anatomical++,
    disturbing+++, black background. Exploding brain. Bloody. Use the perspective of a standard lens to produce an
    image that is similar to what the human eye sees, creating a natural and realistic look." """
    image_fidelity: float | Unset = UNSET
    """ Strengthen the similarity to the original image during the upscale. Default: optimized for your `preset` and
    `style`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        seed = self.seed

        scaling_factor = self.scaling_factor

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = str(self.preset)

        negative_prompt = self.negative_prompt

        half_mode = self.half_mode

        asset_id = self.asset_id

        override_embeddings = self.override_embeddings

        hdr = self.hdr

        name = self.name

        prompt_fidelity = self.prompt_fidelity

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = str(self.style)

        return_image = self.return_image

        creativity = self.creativity

        color_correction = self.color_correction

        prompt = self.prompt

        image_fidelity = self.image_fidelity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if seed is not UNSET:
            field_dict["seed"] = seed
        if scaling_factor is not UNSET:
            field_dict["scalingFactor"] = scaling_factor
        if preset is not UNSET:
            field_dict["preset"] = preset
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if half_mode is not UNSET:
            field_dict["halfMode"] = half_mode
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if override_embeddings is not UNSET:
            field_dict["overrideEmbeddings"] = override_embeddings
        if hdr is not UNSET:
            field_dict["hdr"] = hdr
        if name is not UNSET:
            field_dict["name"] = name
        if prompt_fidelity is not UNSET:
            field_dict["promptFidelity"] = prompt_fidelity
        if style is not UNSET:
            field_dict["style"] = style
        if return_image is not UNSET:
            field_dict["returnImage"] = return_image
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if color_correction is not UNSET:
            field_dict["colorCorrection"] = color_correction
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_fidelity is not UNSET:
            field_dict["imageFidelity"] = image_fidelity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        image = d.pop("image", UNSET)

        seed = d.pop("seed", UNSET)

        scaling_factor = d.pop("scalingFactor", UNSET)

        _preset = d.pop("preset", UNSET)
        preset: UpscaleImageBodyPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = UpscaleImageBodyPreset(_preset)

        negative_prompt = d.pop("negativePrompt", UNSET)

        half_mode = d.pop("halfMode", UNSET)

        asset_id = d.pop("assetId", UNSET)

        override_embeddings = d.pop("overrideEmbeddings", UNSET)

        hdr = d.pop("hdr", UNSET)

        name = d.pop("name", UNSET)

        prompt_fidelity = d.pop("promptFidelity", UNSET)

        _style = d.pop("style", UNSET)
        style: UpscaleImageBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = UpscaleImageBodyStyle(_style)

        return_image = d.pop("returnImage", UNSET)

        creativity = d.pop("creativity", UNSET)

        color_correction = d.pop("colorCorrection", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_fidelity = d.pop("imageFidelity", UNSET)

        upscale_image_body = cls(
            image=image,
            seed=seed,
            scaling_factor=scaling_factor,
            preset=preset,
            negative_prompt=negative_prompt,
            half_mode=half_mode,
            asset_id=asset_id,
            override_embeddings=override_embeddings,
            hdr=hdr,
            name=name,
            prompt_fidelity=prompt_fidelity,
            style=style,
            return_image=return_image,
            creativity=creativity,
            color_correction=color_correction,
            prompt=prompt,
            image_fidelity=image_fidelity,
        )

        upscale_image_body.additional_properties = d
        return upscale_image_body

    def image_bytes(self) -> bytes | None:
        """The image Scenario returned as base64 (requests with ``return_image=True``), decoded; None if absent."""
        if isinstance(self.image, Unset) or not self.image:
            return None
        from .._images import decode_base64_image  # noqa: PLC0415

        return decode_base64_image(self.image)

    def save(self, path: str | os.PathLike[str]) -> pathlib.Path:
        """Write the returned image to ``path`` (parents created). Raises ValueError if the response has none."""
        if isinstance(self.image, Unset) or not self.image:
            raise ValueError("this response carries no image: ask for one with return_image=True")
        from .._images import save_image  # noqa: PLC0415

        return save_image(self.image, path)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
