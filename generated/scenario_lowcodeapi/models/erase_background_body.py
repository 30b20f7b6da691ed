from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EraseBackgroundBody")


@_attrs_define
class EraseBackgroundBody:
    image: str | Unset = UNSET
    """ The input image as a data URL """
    background_color: str | Unset = UNSET
    """ The background color as an hexadecimal code """
    asset_id: str | Unset = UNSET
    """ The asset ID """
    format_: str | Unset = UNSET
    """ The output format """
    name: str | Unset = UNSET
    """ The original file name of the image """
    return_image: bool | Unset = UNSET
    """ If true the image will be returned in the response """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        background_color = self.background_color

        asset_id = self.asset_id

        format_ = self.format_

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
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        image = d.pop("image", UNSET)

        background_color = d.pop("backgroundColor", UNSET)

        asset_id = d.pop("assetId", UNSET)

        format_ = d.pop("format", UNSET)

        name = d.pop("name", UNSET)

        return_image = d.pop("returnImage", UNSET)

        erase_background_body = cls(
            image=image,
            background_color=background_color,
            asset_id=asset_id,
            format_=format_,
            name=name,
            return_image=return_image,
        )

        erase_background_body.additional_properties = d
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
