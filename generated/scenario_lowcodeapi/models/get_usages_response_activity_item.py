from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.get_usages_response_activity_item_action import GetUsagesResponseActivityItemAction
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.get_usages_activity_item_user_data import GetUsagesActivityItemUserData
    from ..models.get_usages_response_activity_item_data import GetUsagesResponseActivityItemData


T = TypeVar("T", bound="GetUsagesResponseActivityItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "creativeUnitsCost",
        "userData",
        "data",
        "action",
        "time",
        "projectId",
        "userId",
        "email",
    )
)


@_attrs_define
class GetUsagesResponseActivityItem:
    """Activity entries listed in the activities results order by time DESC
    Default limit of 100 entries. If you have 100 entries in your result,
    you can use the activityOffset parameter to get the next page of results.
    We recommend you to make the same request with type=activity only (to avoid reload everything)
    And apply the activityOffset=100 to get the next page of results.
    Contains basic infos about each relevant actions

    """

    creative_units_cost: float | Unset = UNSET
    """ The Compute Units cost for this action """
    user_data: GetUsagesActivityItemUserData | Unset = UNSET
    """ The user display data (email, full name, avatar, etc.) for the userId """
    data: GetUsagesResponseActivityItemData | Unset = UNSET
    """ The additional data of the action """
    action: GetUsagesResponseActivityItemAction | Unset = UNSET
    """ The action name """
    time: str | Unset = UNSET
    """ The UTC ISO date of the point """
    project_id: str | Unset = UNSET
    """ The projectId of the project for this action """
    user_id: str | Unset = UNSET
    """ The unique identifier of the user for this action """
    email: str | Unset = UNSET
    """ The unique identifier of the user for this action

    It won't be available if the user has left the Scenario platform """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creative_units_cost = self.creative_units_cost

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = str(self.action)

        time = self.time

        project_id = self.project_id

        user_id = self.user_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creative_units_cost is not UNSET:
            field_dict["creativeUnitsCost"] = creative_units_cost
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if data is not UNSET:
            field_dict["data"] = data
        if action is not UNSET:
            field_dict["action"] = action
        if time is not UNSET:
            field_dict["time"] = time
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        creative_units_cost: float | Unset
        _v = d.get("creativeUnitsCost")
        if _v is None:
            creative_units_cost = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creative_units_cost = _v
        else:
            creative_units_cost = UNSET
            bad = _p.note(bad, "creativeUnitsCost")

        user_data: Any  # GetUsagesActivityItemUserData | Unset, or the dict as sent: parsed on first read
        _v = d.get("userData")
        if _v is None:
            user_data = UNSET
        elif _v.__class__ is dict:
            user_data = _v
        elif isinstance(_v, Mapping):
            user_data = dict(_v)
        else:
            user_data = UNSET
            bad = _p.note(bad, "userData")

        data: Any  # GetUsagesResponseActivityItemData | Unset, or the dict as sent: parsed on first read
        _v = d.get("data")
        if _v is None:
            data = UNSET
        elif _v.__class__ is dict:
            data = _v
        elif isinstance(_v, Mapping):
            data = dict(_v)
        else:
            data = UNSET
            bad = _p.note(bad, "data")

        action: GetUsagesResponseActivityItemAction | Unset
        _v = d.get("action")
        if _v is None:
            action = UNSET
        else:
            try:
                action = _p.enum_member(GetUsagesResponseActivityItemAction, _v)
            except _p.PayloadError:
                action = UNSET
                bad = _p.note(bad, "action")

        time: str | Unset
        _v = d.get("time")
        if _v is None:
            time = UNSET
        elif isinstance(_v, str):
            time = _v
        else:
            time = UNSET
            bad = _p.note(bad, "time")

        project_id: str | Unset
        _v = d.get("projectId")
        if _v is None:
            project_id = UNSET
        elif isinstance(_v, str):
            project_id = _v
        else:
            project_id = UNSET
            bad = _p.note(bad, "projectId")

        user_id: str | Unset
        _v = d.get("userId")
        if _v is None:
            user_id = UNSET
        elif isinstance(_v, str):
            user_id = _v
        else:
            user_id = UNSET
            bad = _p.note(bad, "userId")

        email: str | Unset
        _v = d.get("email")
        if _v is None:
            email = UNSET
        elif isinstance(_v, str):
            email = _v
        else:
            email = UNSET
            bad = _p.note(bad, "email")

        get_usages_response_activity_item = cls(
            creative_units_cost=creative_units_cost,
            user_data=user_data,
            data=data,
            action=action,
            time=time,
            project_id=project_id,
            user_id=user_id,
            email=email,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_response_activity_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.get_usages_activity_item_user_data import GetUsagesActivityItemUserData  # noqa: PLC0415
    from ..models.get_usages_response_activity_item_data import GetUsagesResponseActivityItemData  # noqa: PLC0415

    return {
        "user_data": GetUsagesActivityItemUserData.from_dict,
        "data": GetUsagesResponseActivityItemData.from_dict,
    }


_p.defer(
    GetUsagesResponseActivityItem,
    {
        "user_data": "dict",
        "data": "dict",
    },
    _deferred_converters,
)
