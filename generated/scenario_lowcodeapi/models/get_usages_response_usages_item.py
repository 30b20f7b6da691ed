from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.get_usages_response_usages_item_granularity import GetUsagesResponseUsagesItemGranularity
from ..models.get_usages_response_usages_item_usage_name import GetUsagesResponseUsagesItemUsageName
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesResponseUsagesItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "granularity",
        "usageName",
        "points",
    )
)


@_attrs_define
class GetUsagesResponseUsagesItem:
    granularity: GetUsagesResponseUsagesItemGranularity | Unset = UNSET
    """ Granularity for points (example: "1d", "1h", "1m", "15m") """
    usage_name: GetUsagesResponseUsagesItemUsageName | Unset = UNSET
    """ Name of the usage points (example: "images-generation", "generators-training", "background-removal",
    "upscale", ...) """
    points: list[GetUsagesResponseUsagesItemPointsItem] | Unset = UNSET
    """ The usage data points """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = str(self.granularity)

        usage_name: str | Unset = UNSET
        if not isinstance(self.usage_name, Unset):
            usage_name = str(self.usage_name)

        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if usage_name is not UNSET:
            field_dict["usageName"] = usage_name
        if points is not UNSET:
            field_dict["points"] = points

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
        granularity: GetUsagesResponseUsagesItemGranularity | Unset
        _v = d.get("granularity")
        if _v is None:
            granularity = UNSET
        else:
            try:
                granularity = _p.enum_member(GetUsagesResponseUsagesItemGranularity, _v)
            except _p.PayloadError:
                granularity = UNSET
                bad = _p.note(bad, "granularity")

        usage_name: GetUsagesResponseUsagesItemUsageName | Unset
        _v = d.get("usageName")
        if _v is None:
            usage_name = UNSET
        else:
            try:
                usage_name = _p.enum_member(GetUsagesResponseUsagesItemUsageName, _v)
            except _p.PayloadError:
                usage_name = UNSET
                bad = _p.note(bad, "usageName")

        points: list[GetUsagesResponseUsagesItemPointsItem] | Unset
        _v = d.get("points")
        if _v is None:
            points = UNSET
        else:
            try:
                points = _p.parse_list(_v, GetUsagesResponseUsagesItemPointsItem.from_dict)
            except _p.PayloadError:
                points = UNSET
                bad = _p.note(bad, "points")

        get_usages_response_usages_item = cls(
            granularity=granularity,
            usage_name=usage_name,
            points=points,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_response_usages_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return get_usages_response_usages_item

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


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.get_usages_response_usages_item_points_item import GetUsagesResponseUsagesItemPointsItem
