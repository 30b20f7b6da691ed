from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutImagesEraseBackgroundResponse")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "asset",
        "image",
        "creativeUnitsCost",
        "creativeUnitsDiscount",
    )
)


@_attrs_define
class PutImagesEraseBackgroundResponse:
    asset: Asset
    image: str | Unset = UNSET
    """ The image without background in base64 format string only if returnImage is true. """
    creative_units_cost: float | Unset = UNSET
    """ The Creative Units cost for the request billed """
    creative_units_discount: float | Unset = UNSET
    """ The Creative Units discount for the request billed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset: Any = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        image = self.image

        creative_units_cost = self.creative_units_cost

        creative_units_discount = self.creative_units_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
            }
        )
        if asset is UNSET:
            del field_dict["asset"]
        if image is not UNSET:
            field_dict["image"] = image
        if creative_units_cost is not UNSET:
            field_dict["creativeUnitsCost"] = creative_units_cost
        if creative_units_discount is not UNSET:
            field_dict["creativeUnitsDiscount"] = creative_units_discount

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
        asset: Asset
        _v = d.get("asset")
        if _v is None:
            raise _p.missing("asset")
        else:
            try:
                asset = Asset.from_dict(_v)
            except _p.PayloadError as error:
                raise error.at("asset") from None

        image: str | Unset
        _v = d.get("image")
        if _v is None:
            image = UNSET
        elif isinstance(_v, str):
            image = _v
        else:
            image = UNSET
            bad = _p.note(bad, "image")

        creative_units_cost: float | Unset
        _v = d.get("creativeUnitsCost")
        if _v is None:
            creative_units_cost = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creative_units_cost = _v
        else:
            creative_units_cost = UNSET
            bad = _p.note(bad, "creativeUnitsCost")

        creative_units_discount: float | Unset
        _v = d.get("creativeUnitsDiscount")
        if _v is None:
            creative_units_discount = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creative_units_discount = _v
        else:
            creative_units_discount = UNSET
            bad = _p.note(bad, "creativeUnitsDiscount")

        put_images_erase_background_response = cls(
            asset=asset,
            image=image,
            creative_units_cost=creative_units_cost,
            creative_units_discount=creative_units_discount,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            put_images_erase_background_response.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return put_images_erase_background_response

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


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.asset import Asset
