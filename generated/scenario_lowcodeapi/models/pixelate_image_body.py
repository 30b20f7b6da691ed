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
    pixel_grid_size: float
    """ The size of the pixel grid in the output image. Should be 16, 32, 64, 128, or 256. """
    remove_noise: bool
    """ Reduce pixel art artifacts. """
    return_image: bool
    """ If true, the image will be returned in the response. """
    image: str | Unset = UNSET
    """ The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCA
    AAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    asset_id: str | Unset = UNSET
    """ Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). Prefer to use image with the asset ID
    instead. """
    name: str | Unset = UNSET
    """ The original file name of the image (example: "low-res-image.jpg"). It will be ignored if assetId is
    provided. """
    remove_background: bool | Unset = UNSET
    """ Remove the background from the image. Default: false. """
    color_palette: list[list[float]] | Unset = UNSET
    """ The color palette to use for the pixel art. """
    color_palette_size: float | Unset = UNSET
    """ If no colorPalette is provided, you can provide a palette size. Value should be between 2 and 256. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pixel_grid_size: Any = UNSET
        if not isinstance(self.pixel_grid_size, Unset):
            pixel_grid_size = self.pixel_grid_size

        remove_noise: Any = UNSET
        if not isinstance(self.remove_noise, Unset):
            remove_noise = self.remove_noise

        return_image: Any = UNSET
        if not isinstance(self.return_image, Unset):
            return_image = self.return_image

        image = self.image

        asset_id = self.asset_id

        name = self.name

        remove_background = self.remove_background

        color_palette: list[list[float]] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = []
            for color_palette_item_data in self.color_palette:
                color_palette_item = color_palette_item_data

                color_palette.append(color_palette_item)

        color_palette_size = self.color_palette_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pixelGridSize": pixel_grid_size,
                "removeNoise": remove_noise,
                "returnImage": return_image,
            }
        )
        if pixel_grid_size is UNSET:
            del field_dict["pixelGridSize"]
        if remove_noise is UNSET:
            del field_dict["removeNoise"]
        if return_image is UNSET:
            del field_dict["returnImage"]
        if image is not UNSET:
            field_dict["image"] = image
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if name is not UNSET:
            field_dict["name"] = name
        if remove_background is not UNSET:
            field_dict["removeBackground"] = remove_background
        if color_palette is not UNSET:
            field_dict["colorPalette"] = color_palette
        if color_palette_size is not UNSET:
            field_dict["colorPaletteSize"] = color_palette_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        pixel_grid_size = d.pop("pixelGridSize", UNSET)

        remove_noise = d.pop("removeNoise", UNSET)

        return_image = d.pop("returnImage", UNSET)

        image = d.pop("image", UNSET)

        asset_id = d.pop("assetId", UNSET)

        name = d.pop("name", UNSET)

        remove_background = d.pop("removeBackground", UNSET)

        _color_palette = d.pop("colorPalette", UNSET)
        color_palette: list[list[float]] | Unset = UNSET
        if _color_palette is not UNSET:
            color_palette = []
            for color_palette_item_data in _color_palette:
                color_palette_item = cast(list[float], color_palette_item_data)

                color_palette.append(color_palette_item)

        color_palette_size = d.pop("colorPaletteSize", UNSET)

        pixelate_image_body = cls(
            pixel_grid_size=pixel_grid_size,
            remove_noise=remove_noise,
            return_image=return_image,
            image=image,
            asset_id=asset_id,
            name=name,
            remove_background=remove_background,
            color_palette=color_palette,
            color_palette_size=color_palette_size,
        )

        pixelate_image_body.additional_properties = d
        return pixelate_image_body

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
