from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesActivityItemUserDataAvatar")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "assetId",
        "url",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        asset_id: str | Unset
        _v = d.get("assetId")
        if _v is None:
            asset_id = UNSET
        elif isinstance(_v, str):
            asset_id = _v
        else:
            asset_id = UNSET
            bad = _p.note(bad, "assetId")

        url: str | Unset
        _v = d.get("url")
        if _v is None:
            url = UNSET
        elif isinstance(_v, str):
            url = _v
        else:
            url = UNSET
            bad = _p.note(bad, "url")

        get_usages_activity_item_user_data_avatar = cls(
            asset_id=asset_id,
            url=url,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_activity_item_user_data_avatar.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
