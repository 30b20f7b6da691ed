from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="ModelUiConfigPresetsItem")


@_attrs_define
class ModelUiConfigPresetsItem:
    presets: ModelUiConfigPresetsItemPresets
    fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presets: Any = UNSET
        if not isinstance(self.presets, Unset):
            presets = self.presets.to_dict()

        fields: Any = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "presets": presets,
                "fields": fields,
            }
        )
        if presets is UNSET:
            del field_dict["presets"]
        if fields is UNSET:
            del field_dict["fields"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _presets_raw = d.pop("presets", UNSET)
        presets: ModelUiConfigPresetsItemPresets
        if isinstance(_presets_raw, Unset):
            presets = missing_required()
        else:
            presets = ModelUiConfigPresetsItemPresets.from_dict(_presets_raw)

        _fields_raw = d.pop("fields", UNSET)
        fields: list[str]
        if isinstance(_fields_raw, Unset):
            fields = missing_required()
        else:
            fields = cast(list[str], _fields_raw)

        model_ui_config_presets_item = cls(
            presets=presets,
            fields=fields,
        )

        model_ui_config_presets_item.additional_properties = d
        return model_ui_config_presets_item

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
from ..models.model_ui_config_presets_item_presets import ModelUiConfigPresetsItemPresets
