from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PixelateImageBody")


@_attrs_define
class PixelateImageBody:
    image: str | Unset = UNSET
    """ The input image as a data URL """
    asset_id: str | Unset = UNSET
    """ The asset ID """
    pixel_grid_size: float | Unset = UNSET
    """ The size of the pixel grid in the output image """
    name: str | Unset = UNSET
    """ The original file name of the image """
    remove_noise: bool | Unset = UNSET
    """ Reduce pixel art artefacts """
    remove_background: bool | Unset = UNSET
    """ Remove the background from the image """
    return_image: bool | Unset = UNSET
    """ If true the image will be returned in the response """
    color_palette: list[Any] | Unset = UNSET
    """ The color palette to use for the pixel art """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        asset_id = self.asset_id

        pixel_grid_size = self.pixel_grid_size

        name = self.name

        remove_noise = self.remove_noise

        remove_background = self.remove_background

        return_image = self.return_image

        color_palette: list[Any] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = self.color_palette

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if pixel_grid_size is not UNSET:
            field_dict["pixelGridSize"] = pixel_grid_size
        if name is not UNSET:
            field_dict["name"] = name
        if remove_noise is not UNSET:
            field_dict["removeNoise"] = remove_noise
        if remove_background is not UNSET:
            field_dict["removeBackground"] = remove_background
        if return_image is not UNSET:
            field_dict["returnImage"] = return_image
        if color_palette is not UNSET:
            field_dict["colorPalette"] = color_palette

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        image = d.pop("image", UNSET)

        asset_id = d.pop("assetId", UNSET)

        pixel_grid_size = d.pop("pixelGridSize", UNSET)

        name = d.pop("name", UNSET)

        remove_noise = d.pop("removeNoise", UNSET)

        remove_background = d.pop("removeBackground", UNSET)

        return_image = d.pop("returnImage", UNSET)

        color_palette = cast(list[Any], d.pop("colorPalette", UNSET))

        pixelate_image_body = cls(
            image=image,
            asset_id=asset_id,
            pixel_grid_size=pixel_grid_size,
            name=name,
            remove_noise=remove_noise,
            remove_background=remove_background,
            return_image=return_image,
            color_palette=color_palette,
        )

        pixelate_image_body.additional_properties = d
        return pixelate_image_body

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
