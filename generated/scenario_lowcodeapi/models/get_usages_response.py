from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesResponse")


@_attrs_define
class GetUsagesResponse:
    activity: list[GetUsagesResponseActivityItem] | Unset = UNSET
    consumption: list[GetUsagesResponseConsumptionItem] | Unset = UNSET
    usages: list[GetUsagesResponseUsagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = []
            for activity_item_data in self.activity:
                activity_item = activity_item_data.to_dict()
                activity.append(activity_item)

        consumption: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumption, Unset):
            consumption = []
            for consumption_item_data in self.consumption:
                consumption_item = consumption_item_data.to_dict()
                consumption.append(consumption_item)

        usages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usages, Unset):
            usages = []
            for usages_item_data in self.usages:
                usages_item = usages_item_data.to_dict()
                usages.append(usages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity is not UNSET:
            field_dict["activity"] = activity
        if consumption is not UNSET:
            field_dict["consumption"] = consumption
        if usages is not UNSET:
            field_dict["usages"] = usages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _activity = d.pop("activity", UNSET)
        activity: list[GetUsagesResponseActivityItem] | Unset = UNSET
        if _activity is not UNSET:
            activity = []
            for activity_item_data in _activity:
                activity_item = GetUsagesResponseActivityItem.from_dict(activity_item_data)

                activity.append(activity_item)

        _consumption = d.pop("consumption", UNSET)
        consumption: list[GetUsagesResponseConsumptionItem] | Unset = UNSET
        if _consumption is not UNSET:
            consumption = []
            for consumption_item_data in _consumption:
                consumption_item = GetUsagesResponseConsumptionItem.from_dict(consumption_item_data)

                consumption.append(consumption_item)

        _usages = d.pop("usages", UNSET)
        usages: list[GetUsagesResponseUsagesItem] | Unset = UNSET
        if _usages is not UNSET:
            usages = []
            for usages_item_data in _usages:
                usages_item = GetUsagesResponseUsagesItem.from_dict(usages_item_data)

                usages.append(usages_item)

        get_usages_response = cls(
            activity=activity,
            consumption=consumption,
            usages=usages,
        )

        get_usages_response.additional_properties = d
        return get_usages_response

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
from ..models.get_usages_response_activity_item import GetUsagesResponseActivityItem
from ..models.get_usages_response_consumption_item import GetUsagesResponseConsumptionItem
from ..models.get_usages_response_usages_item import GetUsagesResponseUsagesItem
