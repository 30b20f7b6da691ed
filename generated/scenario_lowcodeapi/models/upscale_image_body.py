from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.upscale_image_body_preset import UpscaleImageBodyPreset
from ..models.upscale_image_body_style import UpscaleImageBodyStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpscaleImageBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "image",
        "seed",
        "scalingFactor",
        "preset",
        "negativePrompt",
        "halfMode",
        "assetId",
        "overrideEmbeddings",
        "hdr",
        "name",
        "promptFidelity",
        "style",
        "returnImage",
        "creativity",
        "colorCorrection",
        "prompt",
        "imageFidelity",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        image: str | Unset
        _v = d.get("image")
        if _v is None:
            image = UNSET
        elif isinstance(_v, str):
            image = _v
        else:
            image = UNSET
            bad = _p.note(bad, "image")

        seed: str | Unset
        _v = d.get("seed")
        if _v is None:
            seed = UNSET
        elif isinstance(_v, str):
            seed = _v
        else:
            seed = UNSET
            bad = _p.note(bad, "seed")

        scaling_factor: float | Unset
        _v = d.get("scalingFactor")
        if _v is None:
            scaling_factor = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            scaling_factor = _v
        else:
            scaling_factor = UNSET
            bad = _p.note(bad, "scalingFactor")

        preset: UpscaleImageBodyPreset | Unset
        _v = d.get("preset")
        if _v is None:
            preset = UNSET
        else:
            try:
                preset = _p.enum_member(UpscaleImageBodyPreset, _v)
            except _p.PayloadError:
                preset = UNSET
                bad = _p.note(bad, "preset")

        negative_prompt: str | Unset
        _v = d.get("negativePrompt")
        if _v is None:
            negative_prompt = UNSET
        elif isinstance(_v, str):
            negative_prompt = _v
        else:
            negative_prompt = UNSET
            bad = _p.note(bad, "negativePrompt")

        half_mode: bool | Unset
        _v = d.get("halfMode")
        if _v is None:
            half_mode = UNSET
        elif _v.__class__ is bool:
            half_mode = _v
        else:
            half_mode = UNSET
            bad = _p.note(bad, "halfMode")

        asset_id: str | Unset
        _v = d.get("assetId")
        if _v is None:
            asset_id = UNSET
        elif isinstance(_v, str):
            asset_id = _v
        else:
            asset_id = UNSET
            bad = _p.note(bad, "assetId")

        override_embeddings: bool | Unset
        _v = d.get("overrideEmbeddings")
        if _v is None:
            override_embeddings = UNSET
        elif _v.__class__ is bool:
            override_embeddings = _v
        else:
            override_embeddings = UNSET
            bad = _p.note(bad, "overrideEmbeddings")

        hdr: float | Unset
        _v = d.get("hdr")
        if _v is None:
            hdr = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            hdr = _v
        else:
            hdr = UNSET
            bad = _p.note(bad, "hdr")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        prompt_fidelity: float | Unset
        _v = d.get("promptFidelity")
        if _v is None:
            prompt_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            prompt_fidelity = _v
        else:
            prompt_fidelity = UNSET
            bad = _p.note(bad, "promptFidelity")

        style: UpscaleImageBodyStyle | Unset
        _v = d.get("style")
        if _v is None:
            style = UNSET
        else:
            try:
                style = _p.enum_member(UpscaleImageBodyStyle, _v)
            except _p.PayloadError:
                style = UNSET
                bad = _p.note(bad, "style")

        return_image: bool | Unset
        _v = d.get("returnImage")
        if _v is None:
            return_image = UNSET
        elif _v.__class__ is bool:
            return_image = _v
        else:
            return_image = UNSET
            bad = _p.note(bad, "returnImage")

        creativity: float | Unset
        _v = d.get("creativity")
        if _v is None:
            creativity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creativity = _v
        else:
            creativity = UNSET
            bad = _p.note(bad, "creativity")

        color_correction: bool | Unset
        _v = d.get("colorCorrection")
        if _v is None:
            color_correction = UNSET
        elif _v.__class__ is bool:
            color_correction = _v
        else:
            color_correction = UNSET
            bad = _p.note(bad, "colorCorrection")

        prompt: str | Unset
        _v = d.get("prompt")
        if _v is None:
            prompt = UNSET
        elif isinstance(_v, str):
            prompt = _v
        else:
            prompt = UNSET
            bad = _p.note(bad, "prompt")

        image_fidelity: float | Unset
        _v = d.get("imageFidelity")
        if _v is None:
            image_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            image_fidelity = _v
        else:
            image_fidelity = UNSET
            bad = _p.note(bad, "imageFidelity")

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
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            upscale_image_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return upscale_image_body

    def __repr__(self) -> str:
        from .._model_repr import model_repr  # noqa: PLC0415

        return model_repr(self)

    def image_bytes(self) -> bytes | None:
        """The image Scenario returned as base64 (requests with ``return_image=True``), decoded; None if absent."""
        if isinstance(self.image, Unset) or not self.image:
            return None
        from .._images import decode_base64_image  # noqa: PLC0415

        return decode_base64_image(self.image)

    def save(self, path: str | os.PathLike[str]) -> pathlib.Path:
        """Write the returned image to ``path`` (parents created). Raises ValueError if the response has none, and
        InvalidImageError (a ValueError) if its data is not valid base64."""
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
