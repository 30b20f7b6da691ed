from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.get_usages_response_usages_item_granularity import GetUsagesResponseUsagesItemGranularity
from ..models.get_usages_response_usages_item_usage_name import GetUsagesResponseUsagesItemUsageName
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.get_usages_response_usages_item_points_item import GetUsagesResponseUsagesItemPointsItem


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
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
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

        points: Any  # list[GetUsagesResponseUsagesItemPointsItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("points")
        if _v is None:
            points = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            points = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                points = _deferred_converters()["points"](_v)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.get_usages_response_usages_item_points_item import GetUsagesResponseUsagesItemPointsItem  # noqa: PLC0415

    return {
        "points": _p.list_of(GetUsagesResponseUsagesItemPointsItem.from_dict),
    }


_p.defer(
    GetUsagesResponseUsagesItem,
    {
        "points": "list",
    },
    _deferred_converters,
)
