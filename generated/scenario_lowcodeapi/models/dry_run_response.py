from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="DryRunResponse")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "creativeUnitsCost",
        "creativeUnitsDiscount",
    )
)


@_attrs_define
class DryRunResponse:
    """What a request would cost (Scenario's answer to dryRun=true: nothing was done)."""

    creative_units_cost: float
    """ The Creative Units cost for the request billed """
    creative_units_discount: float | Unset = UNSET
    """ The Creative Units discount for the request billed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creative_units_cost: Any = UNSET
        if not isinstance(self.creative_units_cost, Unset):
            creative_units_cost = self.creative_units_cost

        creative_units_discount = self.creative_units_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creativeUnitsCost": creative_units_cost,
            }
        )
        if creative_units_cost is UNSET:
            del field_dict["creativeUnitsCost"]
        if creative_units_discount is not UNSET:
            field_dict["creativeUnitsDiscount"] = creative_units_discount

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
        creative_units_cost: float
        _v = d.get("creativeUnitsCost")
        if _v is None:
            raise _p.missing("creativeUnitsCost")
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creative_units_cost = _v
        else:
            raise _p.wrong("creativeUnitsCost", _v, "a number")

        creative_units_discount: float | Unset
        _v = d.get("creativeUnitsDiscount")
        if _v is None:
            creative_units_discount = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creative_units_discount = _v
        else:
            creative_units_discount = UNSET
            bad = _p.note(bad, "creativeUnitsDiscount")

        dry_run_response = cls(
            creative_units_cost=creative_units_cost,
            creative_units_discount=creative_units_discount,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            dry_run_response.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return dry_run_response

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
