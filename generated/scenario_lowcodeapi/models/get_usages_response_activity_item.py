from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_usages_response_activity_item_action import GetUsagesResponseActivityItemAction
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="GetUsagesResponseActivityItem")


@_attrs_define
class GetUsagesResponseActivityItem:
    """Activity entries listed in the activities results order by time DESC
    Default limit of 100 entries. If you have 100 entries in your result,
    you can use the activityOffset parameter to get the next page of results.
    We recommend you to make the same request with type=activity only (to avoid reload everything)
    And apply the activityOffset=100 to get the next page of results.
    Contains basic infos about each relevant actions

    """

    user_data: GetUsagesActivityItemUserData
    """ The user display data (email, full name, avatar, etc.) for the userId """
    data: GetUsagesResponseActivityItemData
    """ The additional data of the action """
    action: GetUsagesResponseActivityItemAction
    """ The action name """
    time: str
    """ The UTC ISO date of the point """
    project_id: str
    """ The projectId of the project for this action """
    user_id: str
    """ The unique identifier of the user for this action """
    creative_units_cost: float | Unset = UNSET
    """ The Compute Units cost for this action """
    email: str | Unset = UNSET
    """ The unique identifier of the user for this action

    It won't be available if the user has left the Scenario platform """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_data: Any = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        data: Any = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        action: Any = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        time: Any = UNSET
        if not isinstance(self.time, Unset):
            time = self.time

        project_id: Any = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id

        user_id: Any = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = self.user_id

        creative_units_cost = self.creative_units_cost

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userData": user_data,
                "data": data,
                "action": action,
                "time": time,
                "projectId": project_id,
                "userId": user_id,
            }
        )
        if user_data is UNSET:
            del field_dict["userData"]
        if data is UNSET:
            del field_dict["data"]
        if action is UNSET:
            del field_dict["action"]
        if time is UNSET:
            del field_dict["time"]
        if project_id is UNSET:
            del field_dict["projectId"]
        if user_id is UNSET:
            del field_dict["userId"]
        if creative_units_cost is not UNSET:
            field_dict["creativeUnitsCost"] = creative_units_cost
        if email is not UNSET:
            field_dict["email"] = email

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

        _data_raw = d.pop("data", UNSET)
        data: GetUsagesResponseActivityItemData
        if isinstance(_data_raw, Unset):
            data = missing_required()
        else:
            data = GetUsagesResponseActivityItemData.from_dict(_data_raw)

        _action_raw = d.pop("action", UNSET)
        action: GetUsagesResponseActivityItemAction
        if isinstance(_action_raw, Unset):
            action = missing_required()
        else:
            action = GetUsagesResponseActivityItemAction(_action_raw)

        time = d.pop("time", UNSET)

        project_id = d.pop("projectId", UNSET)

        user_id = d.pop("userId", UNSET)

        creative_units_cost = d.pop("creativeUnitsCost", UNSET)

        email = d.pop("email", UNSET)

        get_usages_response_activity_item = cls(
            user_data=user_data,
            data=data,
            action=action,
            time=time,
            project_id=project_id,
            user_id=user_id,
            creative_units_cost=creative_units_cost,
            email=email,
        )

        get_usages_response_activity_item.additional_properties = d
        return get_usages_response_activity_item

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
from ..models.get_usages_response_activity_item_data import GetUsagesResponseActivityItemData
