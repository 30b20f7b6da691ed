from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_ui_config_loras_component import ModelUiConfigLorasComponent
    from ..models.model_ui_config_presets_item import ModelUiConfigPresetsItem
    from ..models.model_ui_config_selects import ModelUiConfigSelects
    from ..models.model_ui_config_trigger_generate import ModelUiConfigTriggerGenerate


T = TypeVar("T", bound="ModelUiConfig")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "selects",
        "presets",
        "triggerGenerate",
        "lorasComponent",
    )
)


@_attrs_define
class ModelUiConfig:
    """The UI configuration for the model"""

    selects: ModelUiConfigSelects | Unset = UNSET
    presets: list[ModelUiConfigPresetsItem] | Unset = UNSET
    trigger_generate: ModelUiConfigTriggerGenerate | Unset = UNSET
    loras_component: ModelUiConfigLorasComponent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selects, Unset):
            selects = self.selects.to_dict()

        presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = []
            for presets_item_data in self.presets:
                presets_item = presets_item_data.to_dict()
                presets.append(presets_item)

        trigger_generate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_generate, Unset):
            trigger_generate = self.trigger_generate.to_dict()

        loras_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loras_component, Unset):
            loras_component = self.loras_component.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selects is not UNSET:
            field_dict["selects"] = selects
        if presets is not UNSET:
            field_dict["presets"] = presets
        if trigger_generate is not UNSET:
            field_dict["triggerGenerate"] = trigger_generate
        if loras_component is not UNSET:
            field_dict["lorasComponent"] = loras_component

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
        selects: Any  # ModelUiConfigSelects | Unset, or the dict as sent: parsed on first read
        _v = d.get("selects")
        if _v is None:
            selects = UNSET
        elif _v.__class__ is dict:
            selects = _v
        elif isinstance(_v, Mapping):
            selects = dict(_v)
        else:
            selects = UNSET
            bad = _p.note(bad, "selects")

        presets: Any  # list[ModelUiConfigPresetsItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("presets")
        if _v is None:
            presets = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            presets = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                presets = _deferred_converters()["presets"](_v)
            except _p.PayloadError:
                presets = UNSET
                bad = _p.note(bad, "presets")

        trigger_generate: Any  # ModelUiConfigTriggerGenerate | Unset, or the dict as sent: parsed on first read
        _v = d.get("triggerGenerate")
        if _v is None:
            trigger_generate = UNSET
        elif _v.__class__ is dict:
            trigger_generate = _v
        elif isinstance(_v, Mapping):
            trigger_generate = dict(_v)
        else:
            trigger_generate = UNSET
            bad = _p.note(bad, "triggerGenerate")

        loras_component: Any  # ModelUiConfigLorasComponent | Unset, or the dict as sent: parsed on first read
        _v = d.get("lorasComponent")
        if _v is None:
            loras_component = UNSET
        elif _v.__class__ is dict:
            loras_component = _v
        elif isinstance(_v, Mapping):
            loras_component = dict(_v)
        else:
            loras_component = UNSET
            bad = _p.note(bad, "lorasComponent")

        model_ui_config = cls(
            selects=selects,
            presets=presets,
            trigger_generate=trigger_generate,
            loras_component=loras_component,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_ui_config.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return model_ui_config

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
    from ..models.model_ui_config_loras_component import ModelUiConfigLorasComponent  # noqa: PLC0415
    from ..models.model_ui_config_presets_item import ModelUiConfigPresetsItem  # noqa: PLC0415
    from ..models.model_ui_config_selects import ModelUiConfigSelects  # noqa: PLC0415
    from ..models.model_ui_config_trigger_generate import ModelUiConfigTriggerGenerate  # noqa: PLC0415

    return {
        "selects": ModelUiConfigSelects.from_dict,
        "presets": _p.list_of(ModelUiConfigPresetsItem.from_dict),
        "trigger_generate": ModelUiConfigTriggerGenerate.from_dict,
        "loras_component": ModelUiConfigLorasComponent.from_dict,
    }


_p.defer(
    ModelUiConfig,
    {
        "selects": "dict",
        "presets": "list",
        "trigger_generate": "dict",
        "loras_component": "dict",
    },
    _deferred_converters,
)
