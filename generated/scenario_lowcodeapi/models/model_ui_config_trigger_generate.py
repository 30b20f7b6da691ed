from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.model_ui_config_trigger_generate_position import ModelUiConfigTriggerGeneratePosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelUiConfigTriggerGenerate")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "after",
        "label",
        "position",
    )
)


@_attrs_define
class ModelUiConfigTriggerGenerate:
    after: str | Unset = UNSET
    """ The 'name' of the input where the trigger generate button will be displayed (after the input).
    Do not specify both position and after. """
    label: str | Unset = UNSET
    position: ModelUiConfigTriggerGeneratePosition | Unset = UNSET
    """ The position of the trigger generate button. If position specified, the button will be displayed at the
    specified position.
    Do not specify both position and after. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after = self.after

        label = self.label

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = str(self.position)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if after is not UNSET:
            field_dict["after"] = after
        if label is not UNSET:
            field_dict["label"] = label
        if position is not UNSET:
            field_dict["position"] = position

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
        after: str | Unset
        _v = d.get("after")
        if _v is None:
            after = UNSET
        elif isinstance(_v, str):
            after = _v
        else:
            after = UNSET
            bad = _p.note(bad, "after")

        label: str | Unset
        _v = d.get("label")
        if _v is None:
            label = UNSET
        elif isinstance(_v, str):
            label = _v
        else:
            label = UNSET
            bad = _p.note(bad, "label")

        position: ModelUiConfigTriggerGeneratePosition | Unset
        _v = d.get("position")
        if _v is None:
            position = UNSET
        else:
            try:
                position = _p.enum_member(ModelUiConfigTriggerGeneratePosition, _v)
            except _p.PayloadError:
                position = UNSET
                bad = _p.note(bad, "position")

        model_ui_config_trigger_generate = cls(
            after=after,
            label=label,
            position=position,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_ui_config_trigger_generate.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
