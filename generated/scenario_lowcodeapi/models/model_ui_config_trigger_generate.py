from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_ui_config_trigger_generate_position import ModelUiConfigTriggerGeneratePosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelUiConfigTriggerGenerate")


@_attrs_define
class ModelUiConfigTriggerGenerate:
    label: str
    after: str | Unset = UNSET
    """ The 'name' of the input where the trigger generate button will be displayed (after the input).
    Do not specify both position and after. """
    position: ModelUiConfigTriggerGeneratePosition | Unset = UNSET
    """ The position of the trigger generate button. If position specified, the button will be displayed at the
    specified position.
    Do not specify both position and after. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: Any = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        after = self.after

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if label is UNSET:
            del field_dict["label"]
        if after is not UNSET:
            field_dict["after"] = after
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        label = d.pop("label", UNSET)

        after = d.pop("after", UNSET)

        _position = d.pop("position", UNSET)
        position: ModelUiConfigTriggerGeneratePosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = ModelUiConfigTriggerGeneratePosition(_position)

        model_ui_config_trigger_generate = cls(
            label=label,
            after=after,
            position=position,
        )

        model_ui_config_trigger_generate.additional_properties = d
        return model_ui_config_trigger_generate

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
