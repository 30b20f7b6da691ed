from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelUiConfigLorasComponent")


@_attrs_define
class ModelUiConfigLorasComponent:
    scale_input: str
    """ The input name of the scale """
    label: str
    """ The label of the component """
    model_input: str
    """ The input name of the model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_input: Any = UNSET
        if not isinstance(self.scale_input, Unset):
            scale_input = self.scale_input

        label: Any = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        model_input: Any = UNSET
        if not isinstance(self.model_input, Unset):
            model_input = self.model_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scaleInput": scale_input,
                "label": label,
                "modelInput": model_input,
            }
        )
        if scale_input is UNSET:
            del field_dict["scaleInput"]
        if label is UNSET:
            del field_dict["label"]
        if model_input is UNSET:
            del field_dict["modelInput"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        scale_input = d.pop("scaleInput", UNSET)

        label = d.pop("label", UNSET)

        model_input = d.pop("modelInput", UNSET)

        model_ui_config_loras_component = cls(
            scale_input=scale_input,
            label=label,
            model_input=model_input,
        )

        model_ui_config_loras_component.additional_properties = d
        return model_ui_config_loras_component

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
