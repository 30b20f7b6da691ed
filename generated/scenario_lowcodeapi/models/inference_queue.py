from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceQueue")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "approximateNumberOfRequests",
        "approximatePosition",
    )
)


@_attrs_define
class InferenceQueue:
    """The generation queue information (for generations with the "queued" status)"""

    approximate_number_of_requests: float | Unset = UNSET
    """ The approximate number of requests in the generation queue """
    approximate_position: float | Unset = UNSET
    """ The approximate position in the generation queue """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approximate_number_of_requests = self.approximate_number_of_requests

        approximate_position = self.approximate_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approximate_number_of_requests is not UNSET:
            field_dict["approximateNumberOfRequests"] = approximate_number_of_requests
        if approximate_position is not UNSET:
            field_dict["approximatePosition"] = approximate_position

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
        approximate_number_of_requests: float | Unset
        _v = d.get("approximateNumberOfRequests")
        if _v is None:
            approximate_number_of_requests = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            approximate_number_of_requests = _v
        else:
            approximate_number_of_requests = UNSET
            bad = _p.note(bad, "approximateNumberOfRequests")

        approximate_position: float | Unset
        _v = d.get("approximatePosition")
        if _v is None:
            approximate_position = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            approximate_position = _v
        else:
            approximate_position = UNSET
            bad = _p.note(bad, "approximatePosition")

        inference_queue = cls(
            approximate_number_of_requests=approximate_number_of_requests,
            approximate_position=approximate_position,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            inference_queue.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return inference_queue

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
