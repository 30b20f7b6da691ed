from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_usages_response_usages_item_granularity import GetUsagesResponseUsagesItemGranularity
from ..models.get_usages_response_usages_item_usage_name import GetUsagesResponseUsagesItemUsageName
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="GetUsagesResponseUsagesItem")


@_attrs_define
class GetUsagesResponseUsagesItem:
    granularity: GetUsagesResponseUsagesItemGranularity
    """ Granularity for points (example: "1d", "1h", "1m", "15m") """
    usage_name: GetUsagesResponseUsagesItemUsageName
    """ Name of the usage points (example: "images-generation", "generators-training", "background-removal",
    "upscale", ...) """
    points: list[GetUsagesResponseUsagesItemPointsItem]
    """ The usage data points """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity: Any = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity.value

        usage_name: Any = UNSET
        if not isinstance(self.usage_name, Unset):
            usage_name = self.usage_name.value

        points: Any = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granularity": granularity,
                "usageName": usage_name,
                "points": points,
            }
        )
        if granularity is UNSET:
            del field_dict["granularity"]
        if usage_name is UNSET:
            del field_dict["usageName"]
        if points is UNSET:
            del field_dict["points"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _granularity_raw = d.pop("granularity", UNSET)
        granularity: GetUsagesResponseUsagesItemGranularity
        if isinstance(_granularity_raw, Unset):
            granularity = missing_required()
        else:
            granularity = GetUsagesResponseUsagesItemGranularity(_granularity_raw)

        _usage_name_raw = d.pop("usageName", UNSET)
        usage_name: GetUsagesResponseUsagesItemUsageName
        if isinstance(_usage_name_raw, Unset):
            usage_name = missing_required()
        else:
            usage_name = GetUsagesResponseUsagesItemUsageName(_usage_name_raw)

        _points_raw = d.pop("points", UNSET)
        points: list[GetUsagesResponseUsagesItemPointsItem]
        if isinstance(_points_raw, Unset):
            points = missing_required()
        else:
            points = []
            _points = _points_raw
            for points_item_data in _points:
                points_item = GetUsagesResponseUsagesItemPointsItem.from_dict(points_item_data)

                points.append(points_item)

        get_usages_response_usages_item = cls(
            granularity=granularity,
            usage_name=usage_name,
            points=points,
        )

        get_usages_response_usages_item.additional_properties = d
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
