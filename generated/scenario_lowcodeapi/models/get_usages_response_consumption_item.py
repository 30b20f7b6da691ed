from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="GetUsagesResponseConsumptionItem")


@_attrs_define
class GetUsagesResponseConsumptionItem:
    """Consumption entries sorted in descending order by consumption value.

    There is no limit on the number of entries

    """

    user_data: GetUsagesActivityItemUserData
    """ The user display data (email, full name, avatar, etc.) for the userId """
    user_id: str
    """ The unique identifier of the user """
    value: float
    """ The Compute Units consumption for the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_data: Any = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        user_id: Any = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = self.user_id

        value: Any = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userData": user_data,
                "userId": user_id,
                "value": value,
            }
        )
        if user_data is UNSET:
            del field_dict["userData"]
        if user_id is UNSET:
            del field_dict["userId"]
        if value is UNSET:
            del field_dict["value"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_data_raw = d.pop("userData", UNSET)
        user_data: GetUsagesActivityItemUserData
        if isinstance(_user_data_raw, Unset):
            user_data = missing_required()
        else:
            user_data = GetUsagesActivityItemUserData.from_dict(_user_data_raw)

        user_id = d.pop("userId", UNSET)

        value = d.pop("value", UNSET)

        get_usages_response_consumption_item = cls(
            user_data=user_data,
            user_id=user_id,
            value=value,
        )

        get_usages_response_consumption_item.additional_properties = d
        return get_usages_response_consumption_item

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
from ..models.get_usages_activity_item_user_data import GetUsagesActivityItemUserData
