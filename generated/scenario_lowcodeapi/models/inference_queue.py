from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceQueue")


@_attrs_define
class InferenceQueue:
    """The generation queue information (for generations with the "queued" status)"""

    approximate_number_of_requests: float
    """ The approximate number of requests in the generation queue """
    approximate_position: float
    """ The approximate position in the generation queue """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approximate_number_of_requests: Any = UNSET
        if not isinstance(self.approximate_number_of_requests, Unset):
            approximate_number_of_requests = self.approximate_number_of_requests

        approximate_position: Any = UNSET
        if not isinstance(self.approximate_position, Unset):
            approximate_position = self.approximate_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approximateNumberOfRequests": approximate_number_of_requests,
                "approximatePosition": approximate_position,
            }
        )
        if approximate_number_of_requests is UNSET:
            del field_dict["approximateNumberOfRequests"]
        if approximate_position is UNSET:
            del field_dict["approximatePosition"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        approximate_number_of_requests = d.pop("approximateNumberOfRequests", UNSET)

        approximate_position = d.pop("approximatePosition", UNSET)

        inference_queue = cls(
            approximate_number_of_requests=approximate_number_of_requests,
            approximate_position=approximate_position,
        )

        inference_queue.additional_properties = d
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
