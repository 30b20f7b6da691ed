from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesActivityItemUserDataAvatar")


@_attrs_define
class GetUsagesActivityItemUserDataAvatar:
    """The user avatar

    Will be available:
    - if the user hasn't left the Scenario platform
    - if the user isn't an API key

    """

    asset_id: str | Unset = UNSET
    """ ID of the asset used as thumbnail if provided, otherwise undefined """
    url: str | Unset = UNSET
    """ Signed URL of the assetId or free url if assetId is undefined """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        asset_id = d.pop("assetId", UNSET)

        url = d.pop("url", UNSET)

        get_usages_activity_item_user_data_avatar = cls(
            asset_id=asset_id,
            url=url,
        )

        get_usages_activity_item_user_data_avatar.additional_properties = d
        return get_usages_activity_item_user_data_avatar

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
