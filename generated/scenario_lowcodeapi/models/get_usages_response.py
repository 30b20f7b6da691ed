from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.get_usages_response_activity_item import GetUsagesResponseActivityItem
    from ..models.get_usages_response_consumption_item import GetUsagesResponseConsumptionItem
    from ..models.get_usages_response_usages_item import GetUsagesResponseUsagesItem


T = TypeVar("T", bound="GetUsagesResponse")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "activity",
        "consumption",
        "usages",
    )
)


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
        activity: Any  # list[GetUsagesResponseActivityItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("activity")
        if _v is None:
            activity = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            activity = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                activity = _deferred_converters()["activity"](_v)
            except _p.PayloadError:
                activity = UNSET
                bad = _p.note(bad, "activity")

        consumption: Any  # list[GetUsagesResponseConsumptionItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("consumption")
        if _v is None:
            consumption = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            consumption = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                consumption = _deferred_converters()["consumption"](_v)
            except _p.PayloadError:
                consumption = UNSET
                bad = _p.note(bad, "consumption")

        usages: Any  # list[GetUsagesResponseUsagesItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("usages")
        if _v is None:
            usages = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            usages = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                usages = _deferred_converters()["usages"](_v)
            except _p.PayloadError:
                usages = UNSET
                bad = _p.note(bad, "usages")

        get_usages_response = cls(
            activity=activity,
            consumption=consumption,
            usages=usages,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_response.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.get_usages_response_activity_item import GetUsagesResponseActivityItem  # noqa: PLC0415
    from ..models.get_usages_response_consumption_item import GetUsagesResponseConsumptionItem  # noqa: PLC0415
    from ..models.get_usages_response_usages_item import GetUsagesResponseUsagesItem  # noqa: PLC0415

    return {
        "activity": _p.list_of(GetUsagesResponseActivityItem.from_dict),
        "consumption": _p.list_of(GetUsagesResponseConsumptionItem.from_dict),
        "usages": _p.list_of(GetUsagesResponseUsagesItem.from_dict),
    }


_p.defer(
    GetUsagesResponse,
    {
        "activity": "list",
        "consumption": "list",
        "usages": "list",
    },
    _deferred_converters,
)
