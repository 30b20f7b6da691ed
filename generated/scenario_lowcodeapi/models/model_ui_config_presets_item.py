from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_ui_config_presets_item_presets import ModelUiConfigPresetsItemPresets


T = TypeVar("T", bound="ModelUiConfigPresetsItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "presets",
        "fields",
    )
)


@_attrs_define
class ModelUiConfigPresetsItem:
    presets: ModelUiConfigPresetsItemPresets | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = self.presets.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presets is not UNSET:
            field_dict["presets"] = presets
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        presets: Any  # ModelUiConfigPresetsItemPresets | Unset, or the dict as sent: parsed on first read
        _v = d.get("presets")
        if _v is None:
            presets = UNSET
        elif _v.__class__ is dict:
            presets = _v
        elif isinstance(_v, Mapping):
            presets = dict(_v)
        else:
            presets = UNSET
            bad = _p.note(bad, "presets")

        fields: list[str] | Unset
        _v = d.get("fields")
        if _v is None:
            fields = UNSET
        else:
            try:
                fields = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                fields = UNSET
                bad = _p.note(bad, "fields")

        model_ui_config_presets_item = cls(
            presets=presets,
            fields=fields,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_ui_config_presets_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.model_ui_config_presets_item_presets import ModelUiConfigPresetsItemPresets  # noqa: PLC0415

    return {
        "presets": ModelUiConfigPresetsItemPresets.from_dict,
    }


_p.defer(
    ModelUiConfigPresetsItem,
    {
        "presets": "dict",
    },
    _deferred_converters,
)
