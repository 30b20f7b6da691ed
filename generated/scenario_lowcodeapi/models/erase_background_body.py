from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.erase_background_body_format import EraseBackgroundBodyFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="EraseBackgroundBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "image",
        "backgroundColor",
        "assetId",
        "format",
        "name",
        "returnImage",
    )
)


@_attrs_define
class EraseBackgroundBody:
    image: str | Unset = UNSET
    """ The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCA
    AAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    background_color: str | Unset = UNSET
    """ The background color as an hexadecimal code (ex: "#FFFFff"), an html color (ex: "red") or "transparent" if
    "format" is "png" """
    asset_id: str | Unset = UNSET
    """ Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). Prefer to use image with the asset ID
    instead. """
    format_: EraseBackgroundBodyFormat | Unset = UNSET
    """ The output format """
    name: str | Unset = UNSET
    """ The original file name of the image (example: "low-res-image.jpg"). It will be ignored if assetId is
    provided. """
    return_image: bool | Unset = UNSET
    """ If true, the image will be returned in the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        background_color = self.background_color

        asset_id = self.asset_id

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = str(self.format_)

        name = self.name

        return_image = self.return_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if name is not UNSET:
            field_dict["name"] = name
        if return_image is not UNSET:
            field_dict["returnImage"] = return_image

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

        background_color: str | Unset
        _v = d.get("backgroundColor")
        if _v is None:
            background_color = UNSET
        elif isinstance(_v, str):
            background_color = _v
        else:
            background_color = UNSET
            bad = _p.note(bad, "backgroundColor")

        asset_id: str | Unset
        _v = d.get("assetId")
        if _v is None:
            asset_id = UNSET
        elif isinstance(_v, str):
            asset_id = _v
        else:
            asset_id = UNSET
            bad = _p.note(bad, "assetId")

        format_: EraseBackgroundBodyFormat | Unset
        _v = d.get("format")
        if _v is None:
            format_ = UNSET
        else:
            try:
                format_ = _p.enum_member(EraseBackgroundBodyFormat, _v)
            except _p.PayloadError:
                format_ = UNSET
                bad = _p.note(bad, "format")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        return_image: bool | Unset
        _v = d.get("returnImage")
        if _v is None:
            return_image = UNSET
        elif _v.__class__ is bool:
            return_image = _v
        else:
            return_image = UNSET
            bad = _p.note(bad, "returnImage")

        erase_background_body = cls(
            image=image,
            background_color=background_color,
            asset_id=asset_id,
            format_=format_,
            name=name,
            return_image=return_image,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            erase_background_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return erase_background_body

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
