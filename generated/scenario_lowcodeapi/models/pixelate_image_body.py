from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="PixelateImageBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "pixelGridSize",
        "removeNoise",
        "returnImage",
        "image",
        "assetId",
        "name",
        "removeBackground",
        "colorPalette",
        "colorPaletteSize",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        pixel_grid_size: float
        _v = d.get("pixelGridSize")
        if _v is None:
            pixel_grid_size = missing_required()
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            pixel_grid_size = _v
        else:
            pixel_grid_size = missing_required()
            bad = _p.note(bad, "pixelGridSize")

        remove_noise: bool
        _v = d.get("removeNoise")
        if _v is None:
            remove_noise = missing_required()
        elif _v.__class__ is bool:
            remove_noise = _v
        else:
            remove_noise = missing_required()
            bad = _p.note(bad, "removeNoise")

        return_image: bool
        _v = d.get("returnImage")
        if _v is None:
            return_image = missing_required()
        elif _v.__class__ is bool:
            return_image = _v
        else:
            return_image = missing_required()
            bad = _p.note(bad, "returnImage")

        image: str | Unset
        _v = d.get("image")
        if _v is None:
            image = UNSET
        elif isinstance(_v, str):
            image = _v
        else:
            image = UNSET
            bad = _p.note(bad, "image")

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

        remove_background: bool | Unset
        _v = d.get("removeBackground")
        if _v is None:
            remove_background = UNSET
        elif _v.__class__ is bool:
            remove_background = _v
        else:
            remove_background = UNSET
            bad = _p.note(bad, "removeBackground")

        color_palette: list[list[float]] | Unset
        _v = d.get("colorPalette")
        if _v is None:
            color_palette = UNSET
        else:
            try:
                color_palette = _p.parse_list(_v, _p.list_of(_p.as_number))
            except _p.PayloadError:
                color_palette = UNSET
                bad = _p.note(bad, "colorPalette")

        color_palette_size: float | Unset
        _v = d.get("colorPaletteSize")
        if _v is None:
            color_palette_size = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            color_palette_size = _v
        else:
            color_palette_size = UNSET
            bad = _p.note(bad, "colorPaletteSize")

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
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            pixelate_image_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
