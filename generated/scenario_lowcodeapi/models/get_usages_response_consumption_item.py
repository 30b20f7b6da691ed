from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.get_usages_activity_item_user_data import GetUsagesActivityItemUserData


T = TypeVar("T", bound="GetUsagesResponseConsumptionItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "userData",
        "userId",
        "value",
    )
)


@_attrs_define
class GetUsagesResponseConsumptionItem:
    """Consumption entries sorted in descending order by consumption value.

    There is no limit on the number of entries

    """

    user_data: GetUsagesActivityItemUserData | Unset = UNSET
    """ The user display data (email, full name, avatar, etc.) for the userId """
    user_id: str | Unset = UNSET
    """ The unique identifier of the user """
    value: float | Unset = UNSET
    """ The Compute Units consumption for the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        user_id = self.user_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if value is not UNSET:
            field_dict["value"] = value

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

        user_id: str | Unset
        _v = d.get("userId")
        if _v is None:
            user_id = UNSET
        elif isinstance(_v, str):
            user_id = _v
        else:
            user_id = UNSET
            bad = _p.note(bad, "userId")

        value: float | Unset
        _v = d.get("value")
        if _v is None:
            value = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            value = _v
        else:
            value = UNSET
            bad = _p.note(bad, "value")

        get_usages_response_consumption_item = cls(
            user_data=user_data,
            user_id=user_id,
            value=value,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_response_consumption_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.get_usages_activity_item_user_data import GetUsagesActivityItemUserData  # noqa: PLC0415

    return {
        "user_data": GetUsagesActivityItemUserData.from_dict,
    }


_p.defer(
    GetUsagesResponseConsumptionItem,
    {
        "user_data": "dict",
    },
    _deferred_converters,
)
