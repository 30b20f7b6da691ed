from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelThumbnail")


@_attrs_define
class ModelThumbnail:
    """A thumbnail for your model"""

    asset_id: str
    """ The AssetId of the image used as a thumbnail for your model (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    url: str
    """ The url of the image used as a thumbnail for your model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id: Any = UNSET
        if not isinstance(self.asset_id, Unset):
            asset_id = self.asset_id

        url: Any = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "url": url,
            }
        )
        if asset_id is UNSET:
            del field_dict["assetId"]
        if url is UNSET:
            del field_dict["url"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        asset_id = d.pop("assetId", UNSET)

        url = d.pop("url", UNSET)

        model_thumbnail = cls(
            asset_id=asset_id,
            url=url,
        )

        model_thumbnail.additional_properties = d
        return model_thumbnail

    def __repr__(self) -> str:
        from .._model_repr import model_repr  # noqa: PLC0415

        return model_repr(self)

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
