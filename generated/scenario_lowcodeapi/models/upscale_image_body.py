from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpscaleImageBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "image",
        "forceFaceRestoration",
        "assetId",
        "name",
        "scalingFactor",
        "returnImage",
        "photorealist",
    )
)


@_attrs_define
class UpscaleImageBody:
    image: str | Unset = UNSET
    """ The image to upscale in base64 format string """
    force_face_restoration: bool | Unset = UNSET
    """ If true the image will be upscaled using a face restoration model """
    asset_id: str | Unset = UNSET
    """ The asset ID """
    name: str | Unset = UNSET
    """ The original file name of the image """
    scaling_factor: float | Unset = UNSET
    """ The scaling factor to apply to the image """
    return_image: bool | Unset = UNSET
    """ If true the image will be returned in the response """
    photorealist: bool | Unset = UNSET
    """ If true the image will be upscaled using a photorealistic model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        force_face_restoration = self.force_face_restoration

        asset_id = self.asset_id

        name = self.name

        scaling_factor = self.scaling_factor

        return_image = self.return_image

        photorealist = self.photorealist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if force_face_restoration is not UNSET:
            field_dict["forceFaceRestoration"] = force_face_restoration
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if name is not UNSET:
            field_dict["name"] = name
        if scaling_factor is not UNSET:
            field_dict["scalingFactor"] = scaling_factor
        if return_image is not UNSET:
            field_dict["returnImage"] = return_image
        if photorealist is not UNSET:
            field_dict["photorealist"] = photorealist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled."""
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

        force_face_restoration: bool | Unset
        _v = d.get("forceFaceRestoration")
        if _v is None:
            force_face_restoration = UNSET
        elif _v.__class__ is bool:
            force_face_restoration = _v
        else:
            force_face_restoration = UNSET
            bad = _p.note(bad, "forceFaceRestoration")

        asset_id: str | Unset
        _v = d.get("assetId")
        if _v is None:
            asset_id = UNSET
        elif isinstance(_v, str):
            asset_id = _v
        else:
            asset_id = UNSET
            bad = _p.note(bad, "assetId")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        scaling_factor: float | Unset
        _v = d.get("scalingFactor")
        if _v is None:
            scaling_factor = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            scaling_factor = _v
        else:
            scaling_factor = UNSET
            bad = _p.note(bad, "scalingFactor")

        return_image: bool | Unset
        _v = d.get("returnImage")
        if _v is None:
            return_image = UNSET
        elif _v.__class__ is bool:
            return_image = _v
        else:
            return_image = UNSET
            bad = _p.note(bad, "returnImage")

        photorealist: bool | Unset
        _v = d.get("photorealist")
        if _v is None:
            photorealist = UNSET
        elif _v.__class__ is bool:
            photorealist = _v
        else:
            photorealist = UNSET
            bad = _p.note(bad, "photorealist")

        upscale_image_body = cls(
            image=image,
            force_face_restoration=force_face_restoration,
            asset_id=asset_id,
            name=name,
            scaling_factor=scaling_factor,
            return_image=return_image,
            photorealist=photorealist,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            upscale_image_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
