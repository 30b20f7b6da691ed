from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelUiConfigLorasComponent")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "scaleInput",
        "label",
        "modelInput",
    )
)


@_attrs_define
class ModelUiConfigLorasComponent:
    scale_input: str | Unset = UNSET
    """ The input name of the scale """
    label: str | Unset = UNSET
    """ The label of the component """
    model_input: str | Unset = UNSET
    """ The input name of the model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_input = self.scale_input

        label = self.label

        model_input = self.model_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_input is not UNSET:
            field_dict["scaleInput"] = scale_input
        if label is not UNSET:
            field_dict["label"] = label
        if model_input is not UNSET:
            field_dict["modelInput"] = model_input

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
        scale_input: str | Unset
        _v = d.get("scaleInput")
        if _v is None:
            scale_input = UNSET
        elif isinstance(_v, str):
            scale_input = _v
        else:
            scale_input = UNSET
            bad = _p.note(bad, "scaleInput")

        label: str | Unset
        _v = d.get("label")
        if _v is None:
            label = UNSET
        elif isinstance(_v, str):
            label = _v
        else:
            label = UNSET
            bad = _p.note(bad, "label")

        model_input: str | Unset
        _v = d.get("modelInput")
        if _v is None:
            model_input = UNSET
        elif isinstance(_v, str):
            model_input = _v
        else:
            model_input = UNSET
            bad = _p.note(bad, "modelInput")

        model_ui_config_loras_component = cls(
            scale_input=scale_input,
            label=label,
            model_input=model_input,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_ui_config_loras_component.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
