from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyModelBody")


@_attrs_define
class CopyModelBody:
    copy_examples: bool | Unset = UNSET
    """ true by default, the example images will be copied """
    copy_as_trained: bool | Unset = UNSET
    """ If set to true, the training data will be copied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy_examples = self.copy_examples

        copy_as_trained = self.copy_as_trained

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copy_examples is not UNSET:
            field_dict["copyExamples"] = copy_examples
        if copy_as_trained is not UNSET:
            field_dict["copyAsTrained"] = copy_as_trained

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        copy_examples = d.pop("copyExamples", UNSET)

        copy_as_trained = d.pop("copyAsTrained", UNSET)

        copy_model_body = cls(
            copy_examples=copy_examples,
            copy_as_trained=copy_as_trained,
        )

        copy_model_body.additional_properties = d
        return copy_model_body

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
