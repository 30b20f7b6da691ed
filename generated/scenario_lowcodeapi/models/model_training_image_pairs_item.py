from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTrainingImagePairsItem")


@_attrs_define
class ModelTrainingImagePairsItem:
    source_id: str | Unset = UNSET
    """ The source asset ID (must be a training asset) """
    target_id: str | Unset = UNSET
    """ The target asset ID (must be a training asset) """
    instruction: str | Unset = UNSET
    """ The instruction for the image pair, source to target """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        target_id = self.target_id

        instruction = self.instruction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if target_id is not UNSET:
            field_dict["targetId"] = target_id
        if instruction is not UNSET:
            field_dict["instruction"] = instruction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        source_id = d.pop("sourceId", UNSET)

        target_id = d.pop("targetId", UNSET)

        instruction = d.pop("instruction", UNSET)

        model_training_image_pairs_item = cls(
            source_id=source_id,
            target_id=target_id,
            instruction=instruction,
        )

        model_training_image_pairs_item.additional_properties = d
        return model_training_image_pairs_item

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
